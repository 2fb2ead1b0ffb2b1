import type { components } from '@/lib/api/schema.gen';

export type Ranking = components['schemas']['Ranking'];
export type RankingRow = components['schemas']['RankingRow'];
export type RankingGroup = components['schemas']['RankingGroup'];
export type RankingStatus = components['schemas']['RankingStatus'];
export type TieBreak = components['schemas']['TieBreak'];
export type RankingTieVote = components['schemas']['RankingTieVote'];

/** The actions a ranking's read lists. */
export type RankingAction = 'COMPUTE' | 'RECORD_TIE_VOTES' | 'CONFIRM' | 'PUBLISH';

export function mayRanking(ranking: { permissions?: string[] }, action: RankingAction): boolean {
  return ranking.permissions?.includes(action) ?? false;
}

/** The points of one group in a row (0 when the row lacks it). */
export function groupPoints(row: RankingRow, code: string): number {
  return row.groups.find((g) => g.code === code)?.points ?? 0;
}

/** The figure in Vietnamese (decimal comma, at most two decimals). */
export function formatPoints(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(Math.round(value * 100) / 100).replace('.', ',');
}
