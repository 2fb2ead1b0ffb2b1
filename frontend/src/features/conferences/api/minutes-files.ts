import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import { uploadWithProgress } from '@/lib/api/transfer';
import type { StoredFile } from '@/features/conferences/types';

export const minutesFilesQueryKey = (id: number) => ['conferences', 'minutes-files', id] as const;

export function listMinutesFiles(id: number): Promise<StoredFile[]> {
  return call(async () => unwrap(await api().GET('/api/v1/conferences/{id}/minutes-files', { params: { path: { id } } })));
}

export function useMinutesFiles(id: number, enabled: boolean) {
  return useQuery({ queryKey: minutesFilesQueryKey(id), queryFn: () => listMinutesFiles(id), enabled });
}

export interface MinutesUpload {
  file: File;
  /** The current scan, which the new one supersedes (the signed minutes are never replaced). */
  supersedes?: number;
  onProgress: (percent: number) => void;
}

export function useUploadMinutesFile(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, supersedes, onProgress }: MinutesUpload) => {
      const form = new FormData();
      form.append('file', file, file.name);
      if (supersedes !== undefined) form.append('supersedes', String(supersedes));
      return uploadWithProgress<StoredFile>(`/api/v1/conferences/${id}/minutes-files`, form, onProgress);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['conferences'] }),
  });
}
