import { useMutation, useQueryClient } from '@tanstack/react-query';
import { uploadWithProgress } from '@/lib/api/transfer';
import type { StoredFile } from '@/features/campaigns/types';

export interface LaunchDocumentUpload {
  campaignId: number;
  file: File;
  /** The current launch document the new one supersedes (an official act's file is never replaced). */
  supersedes?: number;
  onProgress: (percent: number) => void;
}

export function useUploadCampaignFile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ campaignId, file, supersedes, onProgress }: LaunchDocumentUpload) => {
      const form = new FormData();
      form.append('file', file, file.name);
      if (supersedes !== undefined) form.append('supersedes', String(supersedes));
      return uploadWithProgress<StoredFile>(`/api/v1/campaigns/${campaignId}/files`, form, onProgress);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['campaigns'] }),
  });
}
