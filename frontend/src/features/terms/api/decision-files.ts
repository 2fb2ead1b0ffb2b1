import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import { uploadWithProgress } from '@/lib/api/transfer';
import type { StoredFile } from '@/features/terms/types';

export const decisionFilesQueryKey = (termId: number) => ['terms', 'decision-files', termId] as const;

export function listDecisionFiles(termId: number): Promise<StoredFile[]> {
  return call(async () =>
    unwrap(await api().GET('/api/v1/terms/{id}/decision-files', { params: { path: { id: termId } } })),
  );
}

export function useDecisionFiles(termId: number) {
  return useQuery({ queryKey: decisionFilesQueryKey(termId), queryFn: () => listDecisionFiles(termId) });
}

export interface DecisionUpload {
  file: File;
  /** The current scan, which the new one supersedes (an official act's scan is never replaced). */
  supersedes?: number;
  onProgress: (percent: number) => void;
}

export function useUploadDecisionFile(termId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, supersedes, onProgress }: DecisionUpload) => {
      const form = new FormData();
      form.append('file', file, file.name);
      if (supersedes !== undefined) form.append('supersedes', String(supersedes));
      return uploadWithProgress<StoredFile>(`/api/v1/terms/${termId}/decision-files`, form, onProgress);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: decisionFilesQueryKey(termId) }),
  });
}

