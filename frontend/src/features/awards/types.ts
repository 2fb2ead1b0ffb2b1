import type { components } from '@/lib/api/schema.gen';

export type Restriction = components['schemas']['Restriction'];
export type RestrictionInput = components['schemas']['RestrictionInput'];
export type RestrictionKind = components['schemas']['RestrictionKind'];
export type Award = components['schemas']['Award'];
export type UnitDetail = components['schemas']['UnitDetail'];

export const RESTRICTION_KINDS: readonly RestrictionKind[] = ['DISCIPLINE', 'INVESTIGATION', 'INSPECTION', 'COMPLAINT'];

export function may(record: { permissions?: string[] }, action: string): boolean {
  return record.permissions?.includes(action) ?? false;
}

export type AwardProposal = components['schemas']['AwardProposal'];
export type AwardProposalItem = components['schemas']['AwardProposalItem'];
export type AwardProposalStatus = components['schemas']['AwardProposalStatus'];
export type AwardOutcome = components['schemas']['AwardOutcome'];
export type AwardKind = components['schemas']['AwardKind'];
export type Term = components['schemas']['Term'];
export const AWARD_OUTCOMES: readonly AwardOutcome[] = ['APPROVED', 'DOWNGRADED', 'REJECTED'];
