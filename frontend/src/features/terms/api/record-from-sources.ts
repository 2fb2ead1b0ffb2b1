import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { Term, TermSourcesRecord } from '@/features/terms/types';

export interface RecordFromSourcesArgs {
  id: number;
  etag: string;
  record: TermSourcesRecord;
}

export function recordTermFromSources({ id, etag, record }: RecordFromSourcesArgs): Promise<Term> {
  return call(async () =>
    unwrap(
      await api().POST('/api/v1/terms/{id}/record-from-sources', {
        params: { path: { id }, header: { 'If-Match': etag } },
        body: record,
      }),
    ),
  );
}

export function useRecordTermFromSources() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: recordTermFromSources, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['terms'] }) });
}
