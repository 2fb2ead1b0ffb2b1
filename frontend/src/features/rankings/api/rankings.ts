import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap, unwrapVersioned, type Versioned } from '@/lib/api/client';
import { documentBlob, type DocumentFile } from '@/lib/api/document-blob';
import { isApiError } from '@/lib/api/problem';
import type { Ranking, RankingStatus, RankingTieVote } from '@/features/rankings/types';

export const roundRankingKey = (roundId: number) => ['rankings', 'round', roundId] as const;

/** The round's ranking; null until computed (or when the caller may not see it: the API answers 404). */
export async function getRoundRanking(roundId: number): Promise<Versioned<Ranking> | null> {
  try {
    return await call(async () => unwrapVersioned(await api().GET('/api/v1/scoring-rounds/{roundId}/ranking', { params: { path: { roundId } } })));
  } catch (e) {
    if (isApiError(e) && e.isNotFound) return null;
    throw e;
  }
}

/** A PUBLISHED ranking, read without a token (the public results page); 404 for any other id. */
export function getPublishedRanking(id: number): Promise<Ranking> {
  return call(async () => unwrap(await api().GET('/api/v1/public/rankings/{id}', { params: { path: { id } } })));
}

export function useRoundRanking(roundId: number) {
  return useQuery({ queryKey: roundRankingKey(roundId), queryFn: () => getRoundRanking(roundId), staleTime: 0 });
}

/** Computes the ranking; with the ranking's ETag, recomputes the draft. */
export function computeRanking({ roundId, etag }: { roundId: number; etag?: string }): Promise<Versioned<Ranking>> {
  return call(async () =>
    unwrapVersioned(
      await api().POST('/api/v1/scoring-rounds/{roundId}/ranking', { params: { path: { roundId }, header: etag ? { 'If-Match': etag } : undefined } }),
    ),
  );
}

export function recordTieVotes({ id, etag, votes }: { id: number; etag: string; votes: RankingTieVote[] }): Promise<Versioned<Ranking>> {
  return call(async () =>
    unwrapVersioned(await api().PUT('/api/v1/rankings/{id}/tie-votes', { params: { path: { id }, header: { 'If-Match': etag } }, body: { votes } })),
  );
}

export function changeRankingStatus({ id, etag, status }: { id: number; etag: string; status: RankingStatus }): Promise<Versioned<Ranking>> {
  return call(async () =>
    unwrapVersioned(await api().POST('/api/v1/rankings/{id}/status', { params: { path: { id }, header: { 'If-Match': etag } }, body: { status } })),
  );
}

export type RankingFileKind = 'xlsx' | 'pdf';

/** The summary as the server writes and names it: the spreadsheet (live formulas) or the PDF (NĐ 30/2020 layout). */
export function fetchRankingFile(id: number, kind: RankingFileKind): Promise<DocumentFile> {
  return kind === 'xlsx'
    ? documentBlob('/api/v1/rankings/{id}/summary.xlsx', {
        path: { id },
        accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      })
    : documentBlob('/api/v1/rankings/{id}/summary.pdf', { path: { id }, accept: 'application/pdf' });
}

/** Every ranking write answers the new version: kept at once under the round's key. */
function useRankingWrite<A>(fn: (args: A) => Promise<Versioned<Ranking>>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (saved) => {
      client.setQueryData(roundRankingKey(saved.data.roundId), saved);
    },
  });
}

export const useComputeRanking = () => useRankingWrite(computeRanking);
export const useRecordTieVotes = () => useRankingWrite(recordTieVotes);
export const useChangeRankingStatus = () => useRankingWrite(changeRankingStatus);
