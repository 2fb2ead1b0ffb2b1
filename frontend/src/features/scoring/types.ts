import type { components } from '@/lib/api/schema.gen';

export type ScoringRound = components['schemas']['ScoringRound'];
export type ScoringRoundInput = components['schemas']['ScoringRoundInput'];
export type RoundStatus = components['schemas']['ScoringRoundStatus'];
export type SheetSummary = components['schemas']['ScoreSheetSummary'];
export type ScoreSheet = components['schemas']['ScoreSheet'];
export type SheetGroup = components['schemas']['ScoreSheetGroup'];
export type SheetCell = components['schemas']['ScoreSheetCell'];
export type ReviewCell = components['schemas']['ScoreSheetReviewCell'];
export type SheetStatus = components['schemas']['ScoreSheetStatus'];
export type SheetStatusChange = components['schemas']['ScoreSheetStatusChange'];
export type ScoreCell = components['schemas']['ScoreCell'];
export type ScoreChange = components['schemas']['ScoreChange'];
export type ScoreTotals = components['schemas']['ScoreTotals'];
export type ReviewerPlan = components['schemas']['ReviewerPlan'];
export type Aggregation = components['schemas']['ScoreAggregation'];
export type StoredFile = components['schemas']['StoredFile'];

export const AGGREGATIONS: readonly Aggregation[] = ['MEAN', 'MEDIAN', 'TRIMMED_MEAN', 'REVIEWED'];

/** The actions a round's read lists. */
export type RoundAction = 'ASSIGN_REVIEWERS' | 'START_REVIEW' | 'CLOSE_REVIEW' | 'CONSOLIDATE_ALL' | 'FINALIZE_ALL';
/** The actions a sheet's read lists. */
export type SheetAction =
  | 'SELF_SCORE'
  | 'SUBMIT'
  | 'RETURN'
  | 'REQUEST_EXPLANATION'
  | 'EXPLAIN'
  | 'CONSOLIDATE'
  | 'REOPEN'
  | 'FINALIZE'
  | 'REVIEW'
  | 'SUBMIT_REVIEW'
  | 'UPLOAD_EVIDENCE';

export function may(record: { permissions?: string[] }, action: RoundAction | SheetAction): boolean {
  return record.permissions?.includes(action) ?? false;
}

/** Points-valued kinds: the value typed is points, in the criterion's step. */
export function entersPoints(kind: SheetCell['kind']): boolean {
  return kind === 'QUALITATIVE' || kind === 'BONUS' || kind === 'PENALTY';
}

/** "27,5" or "27.5" → 27.5; "" → null (cleared); undefined when not a number. */
export function parseNumber(text: string): number | null | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

/** The figure as typed back in Vietnamese (decimal comma). */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(Math.round(value * 100) / 100).replace('.', ',');
}

/** Is value a whole multiple of step (to the hundredth, as the API's multipleOf 0.01)? */
export function onStep(value: number, step: number): boolean {
  if (!(step > 0)) return true;
  const ratio = Math.round(value * 100) / Math.round(step * 100);
  return Math.abs(ratio - Math.round(ratio)) < 1e-9;
}

export type CellProblem =
  | { key: 'scoring.invalid.number' }
  | { key: 'scoring.invalid.step'; step: string }
  | { key: 'scoring.invalid.max'; max: string }
  | { key: 'scoring.invalid.whole' }
  | { key: 'scoring.invalid.hundredth' };

/** What is wrong with a typed value for this criterion (undefined: it may be sent). */
export function cellProblem(cell: Pick<SheetCell, 'kind' | 'step' | 'maxPoints' | 'pointsEach'>, text: string): CellProblem | undefined {
  const value = parseNumber(text);
  if (value === null) return undefined;
  if (value === undefined) return { key: 'scoring.invalid.number' };
  if (!onStep(value, 0.01)) return { key: 'scoring.invalid.hundredth' };
  if (entersPoints(cell.kind)) {
    if (value > cell.maxPoints) return { key: 'scoring.invalid.max', max: formatNumber(cell.maxPoints) };
    if (!onStep(value, cell.step)) return { key: 'scoring.invalid.step', step: formatNumber(cell.step) };
  }
  if (cell.kind === 'PER_OCCURRENCE' && !Number.isInteger(value)) return { key: 'scoring.invalid.whole' };
  if (cell.kind === 'DISQUALIFIER' && value !== 0 && value !== 1) return { key: 'scoring.invalid.number' };
  return undefined;
}

/** Equal to the hundredth. */
export function samePoints(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return a == b;
  return Math.round(a * 100) === Math.round(b * 100);
}
