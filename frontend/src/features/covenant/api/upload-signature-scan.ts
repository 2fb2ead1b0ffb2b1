import { useMutation, useQueryClient } from '@tanstack/react-query';
import { uploadWithProgress } from '@/lib/api/transfer';
import type { components } from '@/lib/api/schema.gen';

export interface ScanUpload {
  signatureId: number;
  file: File;
  onProgress: (percent: number) => void;
}

/** The member's signed covenant page, scanned (PDF, PNG or JPEG), with upload progress. */
export function useUploadSignatureScan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ signatureId, file, onProgress }: ScanUpload) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return uploadWithProgress<components['schemas']['StoredFile']>(`/api/v1/covenant-signatures/${signatureId}/files`, form, onProgress);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['covenants'] }),
  });
}
