import type { components } from '@/lib/api/schema.gen';

export type Scheme = components['schemas']['ScoringScheme'];
export type SchemeSummary = components['schemas']['ScoringSchemeSummary'];
export type SchemeList = components['schemas']['ScoringSchemeList'];
export type SchemeInput = components['schemas']['ScoringSchemeInput'];
export type SchemeStatus = components['schemas']['SchemeStatus'];
export type SchemeStatusChange = components['schemas']['ScoringSchemeStatusChange'];
export type CriterionKind = components['schemas']['CriterionKind'];
export type CriterionInput = components['schemas']['ScoringCriterionInput'];
export type QuantityFormula = components['schemas']['QuantityFormula'];
export type ConferencePage = components['schemas']['ConferencePage'];
export type TieBreak = components['schemas']['TieBreak'];

export const CRITERION_KINDS: readonly CriterionKind[] = ['QUALITATIVE', 'QUANTITATIVE', 'PER_OCCURRENCE', 'BONUS', 'PENALTY', 'DISQUALIFIER'];
export const FORMULAS: readonly QuantityFormula[] = ['PROPORTIONAL', 'THRESHOLD_STEPS'];
/** The server's default chain; LOT always last (every tie ends). */
export const DEFAULT_TIE_BREAKS: readonly TieBreak[] = ['FIRST_GROUP', 'FEWER_PENALTY', 'MEMBER_VOTE', 'LOT'];

/** The actions a scheme's read may list (the server decides; the SPA only shows what it lists). */
export type SchemeAction = 'UPDATE' | 'ADOPT' | 'RETIRE' | 'COPY';

export function may(scheme: { permissions?: string[] }, action: SchemeAction): boolean {
  return scheme.permissions?.includes(action) ?? false;
}

/** Only these kinds' maxima add up to the group's maximum (bonus and penalty have caps of their own). */
export function countsTowardsMaxima(kind: CriterionKind): boolean {
  return kind === 'QUALITATIVE' || kind === 'QUANTITATIVE' || kind === 'PER_OCCURRENCE';
}

/** Equal to the hundredth (points go in steps like 0.25). */
export function samePoints(a: number, b: number): boolean {
  return Math.round(a * 100) === Math.round(b * 100);
}

/** The whole tree a read shows, as the PUT takes it back (each kind keeps only its own fields). */
export function inputOf(s: Scheme): SchemeInput {
  return {
    title: s.title,
    totalPoints: s.totalPoints,
    scoreFloor: s.scoreFloor,
    tieBreaks: [...s.tieBreaks],
    groups: s.groups.map((g) => ({
      code: g.code,
      title: g.title,
      maxPoints: g.maxPoints,
      criteria: g.criteria.map((c) => ({
        code: c.code,
        title: c.title,
        guidance: c.guidance ?? undefined,
        kind: c.kind,
        maxPoints: c.maxPoints,
        step: c.step,
        evidenceRequired: c.evidenceRequired,
        ...(c.kind === 'QUANTITATIVE'
          ? {
              target: c.target ?? undefined,
              unitOfMeasure: c.unitOfMeasure ?? undefined,
              formula: c.formula ?? undefined,
              ...(c.formula === 'THRESHOLD_STEPS' ? { thresholds: c.thresholds.map((t) => ({ atLeastPercent: t.atLeastPercent, points: t.points })) } : {}),
            }
          : {}),
        ...(c.kind === 'PER_OCCURRENCE' ? { pointsEach: c.pointsEach ?? undefined } : {}),
      })),
    })),
  };
}
