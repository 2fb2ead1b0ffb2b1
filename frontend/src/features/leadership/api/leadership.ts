import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap, unwrapVersioned, type Versioned } from '@/lib/api/client';
import { isApiError } from '@/lib/api/problem';
import { uploadWithProgress } from '@/lib/api/transfer';
import type { components } from '@/lib/api/schema.gen';
import type { LeadershipDesignationInput, LeadershipResult, RotationOrder } from '@/features/leadership/types';

type DecisionRef = components['schemas']['DecisionRef'];
type StoredFile = components['schemas']['StoredFile'];

export const leadershipKeys = {
  all: ['leadership'] as const,
  term: (termId: number) => ['leadership', 'term', termId] as const,
  rotation: (blocId: number) => ['leadership', 'rotation', blocId] as const,
  proposal: (termId: number, deputyUnitId?: number) => ['leadership', 'proposal', termId, deputyUnitId ?? null] as const,
  files: (id: number) => ['leadership', 'files', id] as const,
  yearEnd: (termId: number) => ['leadership', 'year-end', termId] as const,
};

/** The term's live result for next year's leadership; null while there is none (404). */
export async function getTermLeadership(termId: number): Promise<Versioned<LeadershipResult> | null> {
  try {
    return await call(async () => unwrapVersioned(await api().GET('/api/v1/terms/{termId}/leadership-result', { params: { path: { termId } } })));
  } catch (e) {
    if (isApiError(e) && e.isNotFound) return null;
    throw e;
  }
}

export const useTermLeadership = (termId: number) => useQuery({ queryKey: leadershipKeys.term(termId), queryFn: () => getTermLeadership(termId) });

export const useRotationOrder = (blocId: number, enabled: boolean) =>
  useQuery({
    queryKey: leadershipKeys.rotation(blocId),
    enabled,
    queryFn: () => call(async () => unwrapVersioned(await api().GET('/api/v1/blocs/{blocId}/rotation-order', { params: { path: { blocId } } }))),
  });

export const useRotationPreview = (termId: number, deputyUnitId: number | undefined, enabled: boolean) =>
  useQuery({
    queryKey: leadershipKeys.proposal(termId, deputyUnitId),
    enabled,
    retry: false,
    queryFn: () =>
      call(async () =>
        unwrap(
          await api().GET('/api/v1/terms/{termId}/leadership-result/rotation-proposal', {
            params: { path: { termId }, query: { deputyUnitId } },
          }),
        ),
      ),
  });

/** The term's held year-end reviews: where the leader flag may be handed over. */
export const useYearEndReviews = (termId: number, enabled: boolean) =>
  useQuery({
    queryKey: leadershipKeys.yearEnd(termId),
    enabled,
    queryFn: async () => {
      const page = await call(async () =>
        unwrap(await api().GET('/api/v1/terms/{termId}/conferences', { params: { path: { termId }, query: { size: 100 } } })),
      );
      return page.items.filter((c) => c.kind === 'YEAR_END_REVIEW' && c.status !== 'SCHEDULED' && c.status !== 'CANCELLED');
    },
  });

export const useLeadershipFiles = (id: number, enabled: boolean) =>
  useQuery({
    queryKey: leadershipKeys.files(id),
    enabled,
    queryFn: () => call(async () => unwrap(await api().GET('/api/v1/leadership-results/{id}/decision-files', { params: { path: { id } } }))),
  });

/** Every write invalidates what the leadership card shows (and the terms: a confirmation makes next year's). */
function useLeadershipWrite<A, R>(fn: (args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: leadershipKeys.all });
      await client.invalidateQueries({ queryKey: ['terms'] });
    },
  });
}

export const useDesignate = () =>
  useLeadershipWrite(({ termId, etag, input }: { termId: number; etag?: string; input: LeadershipDesignationInput }) =>
    call(async () =>
      unwrap(
        await api().POST('/api/v1/terms/{termId}/leadership-result/designation', {
          params: { path: { termId }, header: { 'If-Match': etag } },
          body: input,
        }),
      ),
    ),
  );

export const useProposeRotation = () =>
  useLeadershipWrite(({ termId, etag, deputyUnitId }: { termId: number; etag?: string; deputyUnitId?: number }) =>
    call(async () =>
      unwrap(
        await api().POST('/api/v1/terms/{termId}/leadership-result/rotation-proposal', {
          params: { path: { termId }, header: { 'If-Match': etag } },
          body: { deputyUnitId },
        }),
      ),
    ),
  );

export const useConfirmLeadership = () =>
  useLeadershipWrite(({ id, etag, nextTermDecision }: { id: number; etag: string; nextTermDecision?: DecisionRef }) =>
    call(async () =>
      unwrap(
        await api().POST('/api/v1/leadership-results/{id}/confirmation', {
          params: { path: { id }, header: { 'If-Match': etag } },
          body: { nextTermDecision },
        }),
      ),
    ),
  );

export const useWithdrawLeadership = () =>
  useLeadershipWrite(({ id, etag, reason }: { id: number; etag: string; reason: string }) =>
    call(async () =>
      unwrap(await api().POST('/api/v1/leadership-results/{id}/withdrawal', { params: { path: { id }, header: { 'If-Match': etag } }, body: { reason } })),
    ),
  );

export const useRecordHandover = () =>
  useLeadershipWrite(({ id, etag, conferenceId }: { id: number; etag: string; conferenceId: number }) =>
    call(async () =>
      unwrap(
        await api().POST('/api/v1/leadership-results/{id}/handover', { params: { path: { id }, header: { 'If-Match': etag } }, body: { conferenceId } }),
      ),
    ),
  );

export const useUpdateRotationOrder = () =>
  useLeadershipWrite(({ blocId, etag, unitIds }: { blocId: number; etag: string; unitIds: number[] }): Promise<Versioned<RotationOrder>> =>
    call(async () =>
      unwrapVersioned(
        await api().PUT('/api/v1/blocs/{blocId}/rotation-order', { params: { path: { blocId }, header: { 'If-Match': etag } }, body: { unitIds } }),
      ),
    ),
  );

export function useUploadLeadershipFile(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, supersedes, onProgress }: { file: File; supersedes?: number; onProgress: (p: number) => void }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      if (supersedes !== undefined) form.append('supersedes', String(supersedes));
      return uploadWithProgress<StoredFile>(`/api/v1/leadership-results/${id}/decision-files`, form, onProgress);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: leadershipKeys.files(id) }),
  });
}
