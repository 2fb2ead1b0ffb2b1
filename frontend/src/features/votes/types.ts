import type { components } from '@/lib/api/schema.gen';

export type Vote = components['schemas']['Vote'];
export type VoteSummary = components['schemas']['VoteSummary'];
export type VotePage = components['schemas']['VotePage'];
export type VoteInput = components['schemas']['VoteInput'];
export type VoteRound = components['schemas']['VoteRound'];
export type VoteStatus = components['schemas']['VoteStatus'];
export type VoteKind = components['schemas']['VoteKind'];
export type VoteMethod = components['schemas']['VoteMethod'];
export type LeadershipSeats = components['schemas']['LeadershipSeats'];
export type AwardKind = components['schemas']['AwardKind'];
export type BallotReceipt = components['schemas']['BallotReceipt'];
export type UnitRef = components['schemas']['UnitRef'];
export type Term = components['schemas']['Term'];

export const VOTE_KINDS: readonly VoteKind[] = ['LEADER_ELECTION', 'AWARD_VOTE', 'OTHER'];
export const VOTE_METHODS: readonly VoteMethod[] = ['SECRET', 'OPEN', 'PAPER'];
export const LEADERSHIP_SEATS: readonly LeadershipSeats[] = ['LEADER_AND_DEPUTY', 'LEADER', 'DEPUTY'];
export const AWARD_KINDS: readonly AwardKind[] = ['FLAG', 'CERTIFICATE'];

/** What a vote's read may list (the server decides; the SPA only shows what it lists). */
export type VoteAction =
  | 'EDIT'
  | 'OPEN'
  | 'CLOSE'
  | 'TALLY'
  | 'CERTIFY'
  | 'PUBLISH'
  | 'NEXT_ROUND'
  | 'DRAW_LOT'
  | 'VOID'
  | 'CAST'
  | 'ENTER_PAPER_COUNT'
  | 'DOWNLOAD_MINUTES';

export function may(record: { permissions?: string[] }, action: VoteAction | 'CREATE'): boolean {
  return record.permissions?.includes(action) ?? false;
}

/** The round being voted, tallied or published now. */
export function currentRound(vote: Vote): VoteRound | undefined {
  return vote.rounds.find((r) => r.number === vote.currentRound) ?? vote.rounds[vote.rounds.length - 1];
}

/** Units needed present for the quorum: ⌈members × n / d⌉ (the term's rules, default 2/3). */
export function quorumOf(members: number, numerator: number, denominator: number): number {
  return Math.ceil((members * numerator) / denominator);
}
