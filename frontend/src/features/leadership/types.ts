import type { components } from '@/lib/api/schema.gen';

export type LeadershipResult = components['schemas']['LeadershipResult'];
export type LeadershipStatus = components['schemas']['LeadershipStatus'];
export type LeadershipConfirmation = components['schemas']['LeadershipConfirmation'];
export type LeadershipDesignationInput = components['schemas']['LeadershipDesignationInput'];
export type RotationOrder = components['schemas']['RotationOrder'];
export type RotationProposal = components['schemas']['RotationProposal'];
export type UnitRef = components['schemas']['UnitRef'];
export type Term = components['schemas']['Term'];
export type ConferenceSummary = components['schemas']['ConferenceSummary'];

/** What a leadership result's read may list (the server decides; the SPA only shows what it lists). */
export type LeadershipAction = 'CONFIRM' | 'WITHDRAW' | 'UPLOAD_DECISION_FILE' | 'RECORD_HANDOVER';

export function may(record: { permissions?: string[] }, action: string): boolean {
  return record.permissions?.includes(action) ?? false;
}
