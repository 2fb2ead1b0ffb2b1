import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap, unwrapVersioned, type Versioned } from '@/lib/api/client';
import { documentBlob, type DocumentFile } from '@/lib/api/document-blob';
import type { components } from '@/lib/api/schema.gen';
import { may, type BallotReceipt, type Vote, type VoteInput, type VoteStatus } from '@/features/votes/types';

type ConferenceSummary = components['schemas']['ConferenceSummary'];
type Membership = components['schemas']['Membership'];

export const voteKeys = {
  all: ['votes'] as const,
  term: (termId: number) => ['votes', 'term', termId] as const,
  one: (id: number) => ['votes', 'one', id] as const,
  conferences: (termId: number) => ['votes', 'conferences', termId] as const,
  members: (termId: number) => ['votes', 'members', termId] as const,
};

export const useTermVotes = (termId: number) =>
  useQuery({
    queryKey: voteKeys.term(termId),
    queryFn: () => call(async () => unwrap(await api().GET('/api/v1/terms/{termId}/votes', { params: { path: { termId }, query: { size: 100 } } }))),
  });

export function getVote(id: number): Promise<Versioned<Vote>> {
  return call(async () => unwrapVersioned(await api().GET('/api/v1/votes/{id}', { params: { path: { id } } })));
}

/** While a vote is open (who voted, never counts) or its tellers enter a paper count (which of them did), it is read again. */
function live(vote: Vote | undefined): boolean {
  return vote?.status === 'OPEN' || (vote?.method === 'PAPER' && vote.status === 'CLOSED');
}

/** A vote as the caller may see it; while it is {@link live}, read again every few seconds. */
export const useVote = (id: number, poll = false, enabled = true) =>
  useQuery({
    queryKey: voteKeys.one(id),
    enabled,
    queryFn: () => getVote(id),
    refetchInterval: (query) => (poll && live(query.state.data?.data) ? 5000 : false),
  });

/**
 * The vote for a page a member opens to see where it stands (the results): read afresh on opening, since
 * a copy cached by another screen may predate the tally or the publication.
 */
export const useFreshVote = (id: number, enabled = true) =>
  useQuery({ queryKey: voteKeys.one(id), enabled, queryFn: () => getVote(id), refetchOnMount: 'always' });

/** How often a ballot page that cannot cast yet (round not open, already voted) reads the vote again. */
export const BALLOT_WAIT_POLL_MS = 3000;

/**
 * The vote for the officer's ballot page: read afresh whenever the page opens (a cached copy may be a round
 * old) and, while the unit cannot cast, every few seconds, so that the phone offers the ballot as soon as the
 * chair opens the round.
 */
export const useBallotVote = (id: number, enabled = true) =>
  useQuery({
    queryKey: voteKeys.one(id),
    enabled,
    queryFn: () => getVote(id),
    refetchOnMount: 'always',
    refetchInterval: (query) => {
      const v = query.state.data?.data;
      return v && !may(v, 'CAST') && v.status !== 'CERTIFIED' && v.status !== 'VOID' ? BALLOT_WAIT_POLL_MS : false;
    },
  });

/** Reads the vote again (e.g. after a refused ballot: the unit may have voted from another device). */
export function useReloadVote() {
  const client = useQueryClient();
  return (id: number) => client.invalidateQueries({ queryKey: voteKeys.one(id) });
}

/** The term's conferences a vote may be held at (not cancelled). */
export const useVoteConferences = (termId: number, enabled: boolean) =>
  useQuery({
    queryKey: voteKeys.conferences(termId),
    enabled,
    queryFn: async (): Promise<ConferenceSummary[]> => {
      const page = await call(async () =>
        unwrap(await api().GET('/api/v1/terms/{termId}/conferences', { params: { path: { termId }, query: { size: 100 } } })),
      );
      return page.items.filter((c) => c.status !== 'CANCELLED');
    },
  });

/** The term's members, the candidates a vote may list. */
export const useVoteMembers = (termId: number, enabled: boolean) =>
  useQuery({
    queryKey: voteKeys.members(termId),
    enabled,
    queryFn: async (): Promise<Membership[]> => {
      const page = await call(async () =>
        unwrap(await api().GET('/api/v1/terms/{termId}/memberships', { params: { path: { termId }, query: { size: 100 } } })),
      );
      return page.items;
    },
  });

/** Every vote write answers the vote: kept at once under its key, and the term's list read again. */
function useVoteWrite<A>(fn: (args: A) => Promise<Versioned<Vote>>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (saved) => {
      client.setQueryData(voteKeys.one(saved.data.id), saved);
      await client.invalidateQueries({ queryKey: voteKeys.term(saved.data.termId) });
      // a certified leader election makes the leadership result; an award vote, the proposals
      await client.invalidateQueries({ queryKey: ['leadership'] });
    },
  });
}

export const useCreateVote = () =>
  useVoteWrite(({ termId, input }: { termId: number; input: VoteInput }) =>
    call(async () => unwrapVersioned(await api().POST('/api/v1/terms/{termId}/votes', { params: { path: { termId } }, body: input }))),
  );

export const useUpdateVote = () =>
  useVoteWrite(({ id, etag, input }: { id: number; etag: string; input: VoteInput }) =>
    call(async () => unwrapVersioned(await api().PUT('/api/v1/votes/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: input }))),
  );

export const useChangeVoteStatus = () =>
  useVoteWrite(({ id, etag, status, reason }: { id: number; etag: string; status: VoteStatus; reason?: string }) =>
    call(async () =>
      unwrapVersioned(await api().POST('/api/v1/votes/{id}/status', { params: { path: { id }, header: { 'If-Match': etag } }, body: { status, reason } })),
    ),
  );

export const usePublishVote = () =>
  useVoteWrite(({ id, etag, acknowledgeDisclosure }: { id: number; etag: string; acknowledgeDisclosure: boolean }) =>
    call(async () =>
      unwrapVersioned(
        await api().POST('/api/v1/votes/{id}/publication', { params: { path: { id }, header: { 'If-Match': etag } }, body: { acknowledgeDisclosure } }),
      ),
    ),
  );

/**
 * Casts the unit's ballot. The key is made once per ballot by the caller and sent again on a retry,
 * so a lost answer never counts twice and the receipt comes back as the first time.
 */
export function castBallot({ id, round, choices, key }: { id: number; round: number; choices: number[]; key: string }): Promise<BallotReceipt> {
  return call(async () =>
    unwrap(await api().POST('/api/v1/votes/{id}/ballots', { params: { path: { id }, header: { 'Idempotency-Key': key } }, body: { round, choices } })),
  );
}

export function useCastBallot() {
  const client = useQueryClient();
  return useMutation({ mutationFn: castBallot, onSuccess: (receipt) => client.invalidateQueries({ queryKey: voteKeys.one(receipt.voteId) }) });
}

export const fetchVoteMinutes = (id: number): Promise<DocumentFile> =>
  documentBlob('/api/v1/votes/{id}/minutes.pdf', { path: { id }, accept: 'application/pdf' });

export const fetchCountingMinutes = (id: number, round: number): Promise<DocumentFile> =>
  documentBlob('/api/v1/votes/{id}/counting-minutes.pdf', { path: { id }, query: { round }, accept: 'application/pdf' });

export type PaperCountInput = components['schemas']['PaperCountInput'];

/** One teller's hand count of the closed PAPER round (the teller's own sheet; entered again, it replaces it). */
export const useEnterPaperCount = () =>
  useVoteWrite(({ id, etag, input }: { id: number; etag: string; input: PaperCountInput }) =>
    call(async () =>
      unwrapVersioned(await api().PUT('/api/v1/votes/{id}/paper-count', { params: { path: { id }, header: { 'If-Match': etag } }, body: input })),
    ),
  );
