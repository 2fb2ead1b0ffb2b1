import type { components } from '@/lib/api/schema.gen';

export type Covenant = components['schemas']['Covenant'];
export type CovenantInput = components['schemas']['CovenantInput'];
export type CovenantSignature = components['schemas']['CovenantSignature'];
export type SignatureInput = components['schemas']['SignatureInput'];
export type TermSummary = Pick<components['schemas']['Term'], 'id' | 'year' | 'status' | 'leader' | 'deputy'>;

/** Whether the signed-in user may draft the term's covenant: the Board, or the officer of its leader or deputy unit. */
export function managesTerm(term: TermSummary, isAdmin: boolean, unitCode?: string): boolean {
  if (term.status === 'CLOSED') return false;
  return isAdmin || (!!unitCode && (term.leader?.code === unitCode || term.deputy?.code === unitCode));
}
