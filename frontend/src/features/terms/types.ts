import type { components } from '@/lib/api/schema.gen';

export type Term = components['schemas']['Term'];
export type TermInput = components['schemas']['TermInput'];
export type TermUpdate = components['schemas']['TermUpdate'];
export type TermRules = components['schemas']['TermRules'];
export type TermStatus = components['schemas']['TermStatus'];
export type TermStatusChange = components['schemas']['TermStatusChange'];
export type TermSourcesRecord = components['schemas']['TermSourcesRecord'];
export type Membership = components['schemas']['Membership'];
export type MembershipInput = components['schemas']['MembershipInput'];
export type MembershipUpdate = components['schemas']['MembershipUpdate'];
export type MembershipRole = components['schemas']['MembershipRole'];
export type MembershipPage = components['schemas']['PageMembershipData'];
export type UnitOption = components['schemas']['Unit'];
export type BlocOption = components['schemas']['Bloc'];

export const TERM_STATUSES: readonly TermStatus[] = ['PLANNING', 'ACTIVE', 'SCORING', 'RESULTS_CONFIRMED', 'CLOSED'];
export const MEMBERSHIP_ROLES: readonly MembershipRole[] = ['LEADER', 'DEPUTY', 'MEMBER'];
export const LEADER_SELECTIONS: readonly TermRules['leaderSelection'][] = ['ELECTION', 'ROTATION', 'DESIGNATION'];
export const THRESHOLD_BASES: readonly TermRules['winningThresholdBase'][] = ['VALID_BALLOTS', 'PRESENT_MEMBERS', 'ALL_MEMBERS'];

/** The legal defaults (quorum ≥ 2/3, winner > 50% of valid ballots, one flag, three certificates). */
export const DEFAULT_RULES: TermRules = {
  leaderSelection: 'ELECTION',
  quorumNumerator: 2,
  quorumDenominator: 3,
  winningThresholdPercent: 50,
  winningThresholdInclusive: false,
  winningThresholdBase: 'VALID_BALLOTS',
  flagQuota: 1,
  certificateQuota: 3,
  leaderBallots: 'ONE_BALLOT',
  outgoingLeaderReeligible: true,
};
export type StoredFile = components['schemas']['StoredFile'];

/** A past year (before this one in Asia/Ho_Chi_Minh) may be recorded from sources while it is not closed. */
export function mayRecordFromSources(term: Pick<Term, 'year' | 'status'>, today: string): boolean {
  return term.year < Number(today.slice(0, 4)) && term.status !== 'CLOSED';
}
