import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap, unwrapVersioned, type Versioned } from '@/lib/api/client';
import { documentBlob, type DocumentFile } from '@/lib/api/document-blob';
import { isApiError } from '@/lib/api/problem';
import { uploadWithProgress } from '@/lib/api/transfer';
import type {
  ReviewerPlan,
  RoundStatus,
  ScoreCell,
  ScoreChange,
  ScoreSheet,
  ScoringRound,
  ScoringRoundInput,
  SheetStatusChange,
  StoredFile,
} from '@/features/scoring/types';

export const termScoringKey = (termId: number) => ['scoring', 'term', termId] as const;
export const sheetKey = (id: number) => ['scoring', 'sheet', id] as const;

/** The term's round; null until scoring opens (the API answers 404). */
export async function getTermScoring(termId: number): Promise<Versioned<ScoringRound> | null> {
  try {
    return await call(async () => unwrapVersioned(await api().GET('/api/v1/terms/{termId}/scoring', { params: { path: { termId } } })));
  } catch (e) {
    if (isApiError(e) && e.isNotFound) return null;
    throw e;
  }
}

export function useTermScoring(termId: number) {
  return useQuery({ queryKey: termScoringKey(termId), queryFn: () => getTermScoring(termId), staleTime: 0 });
}

export function openTermScoring({ termId, input }: { termId: number; input: ScoringRoundInput }): Promise<ScoringRound> {
  return call(async () => unwrap(await api().POST('/api/v1/terms/{termId}/scoring', { params: { path: { termId } }, body: input })));
}

type RoundWrite =
  | { kind: 'status'; status: RoundStatus }
  | { kind: 'reviewers'; plan: ReviewerPlan }
  | { kind: 'consolidate' }
  | { kind: 'finalize' };

export function writeRound({ id, etag, write }: { id: number; etag: string; write: RoundWrite }): Promise<Versioned<ScoringRound>> {
  const header = { 'If-Match': etag };
  return call(async () => {
    switch (write.kind) {
      case 'status':
        return unwrapVersioned(await api().POST('/api/v1/scoring-rounds/{id}/status', { params: { path: { id }, header }, body: { status: write.status } }));
      case 'reviewers':
        return unwrapVersioned(await api().PUT('/api/v1/scoring-rounds/{id}/reviewers', { params: { path: { id }, header }, body: write.plan }));
      case 'consolidate':
        return unwrapVersioned(await api().POST('/api/v1/scoring-rounds/{id}/consolidation', { params: { path: { id }, header } }));
      case 'finalize':
        return unwrapVersioned(await api().POST('/api/v1/scoring-rounds/{id}/finalization', { params: { path: { id }, header } }));
    }
  });
}

/** Every write of a round or sheet changes what the round and its sheets show. */
function useScoringMutation<A, R>(fn: (args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: ['scoring'] }) });
}

export const useOpenTermScoring = () => useScoringMutation(openTermScoring);
/** The round's answer is its new version: kept at once, so the next action sends its ETag (the sheets are read again). */
export function useWriteRound() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: writeRound,
    onSuccess: (saved) => {
      client.setQueryData(termScoringKey(saved.data.termId), saved);
      void client.invalidateQueries({ queryKey: ['scoring', 'sheet'] });
    },
  });
}

export function getSheet(id: number): Promise<Versioned<ScoreSheet>> {
  return call(async () => unwrapVersioned(await api().GET('/api/v1/sheets/{id}', { params: { path: { id } } })));
}

export function useSheet(id: number) {
  return useQuery({ queryKey: sheetKey(id), queryFn: () => getSheet(id), staleTime: 0 });
}

/** Autosave of some cells: the self-scores, or (with reviewId) the caller's review. Answers the new version. */
export function saveCells({ id, etag, reviewId, cells }: { id: number; etag: string; reviewId?: number; cells: ScoreCell[] }): Promise<Versioned<ScoreSheet>> {
  const header = { 'If-Match': etag };
  return call(async () =>
    reviewId === undefined
      ? unwrapVersioned(await api().PUT('/api/v1/sheets/{id}/self-scores', { params: { path: { id }, header }, body: { cells } }))
      : unwrapVersioned(await api().PUT('/api/v1/sheets/{id}/reviews/{reviewId}/scores', { params: { path: { id, reviewId }, header }, body: { cells } })),
  );
}

export function changeSheetStatus({ id, etag, change }: { id: number; etag: string; change: SheetStatusChange }): Promise<ScoreSheet> {
  return call(async () => unwrap(await api().POST('/api/v1/sheets/{id}/status', { params: { path: { id }, header: { 'If-Match': etag } }, body: change })));
}

export function submitReview({ id, etag, reviewId }: { id: number; etag: string; reviewId: number }): Promise<ScoreSheet> {
  return call(async () =>
    unwrap(await api().POST('/api/v1/sheets/{id}/reviews/{reviewId}/submission', { params: { path: { id, reviewId }, header: { 'If-Match': etag } } })),
  );
}

export const useChangeSheetStatus = () => useScoringMutation(changeSheetStatus);
export const useSubmitReview = () => useScoringMutation(submitReview);

export function useSheetHistory(id: number, enabled: boolean) {
  return useQuery({
    queryKey: ['scoring', 'sheet', id, 'history'] as const,
    queryFn: () => call(async () => unwrap(await api().GET('/api/v1/sheets/{id}/history', { params: { path: { id } } })) as ScoreChange[]),
    enabled,
    staleTime: 0,
  });
}

export function useEvidence(id: number, criterionId: number, enabled: boolean) {
  return useQuery({
    queryKey: ['scoring', 'sheet', id, 'evidence', criterionId] as const,
    queryFn: () =>
      call(async () => unwrap(await api().GET('/api/v1/sheets/{id}/criteria/{criterionId}/evidence', { params: { path: { id, criterionId } } })) as StoredFile[]),
    enabled,
    staleTime: 0,
  });
}

export function useUploadEvidence() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, criterionId, file, onProgress }: { id: number; criterionId: number; file: File; onProgress: (p: number) => void }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return uploadWithProgress<StoredFile>(`/api/v1/sheets/${id}/criteria/${criterionId}/evidence`, form, onProgress);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['scoring'] }),
  });
}

/** One unit's sheet as the server writes and names it: an XLSX whose subtotals and total are live formulas. */
export function fetchSheetWorkbook(id: number): Promise<DocumentFile> {
  return documentBlob('/api/v1/sheets/{id}/sheet.xlsx', { path: { id }, accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
