import type { components } from '@/lib/api/schema.gen';

export type Campaign = components['schemas']['Campaign'];
export type CampaignInput = components['schemas']['CampaignInput'];
export type CampaignKind = components['schemas']['CampaignKind'];
export type CampaignStatus = components['schemas']['CampaignStatus'];
export type Registration = components['schemas']['Registration'];
export type RegistrationInput = components['schemas']['RegistrationInput'];
export type RegistrationOverview = components['schemas']['RegistrationOverview'];
export type RegistrationStatus = components['schemas']['RegistrationStatus'];
export type StoredFile = components['schemas']['StoredFile'];
/** The term as the campaigns section needs it (the term page passes its own). */
export type TermSummary = Pick<components['schemas']['Term'], 'id' | 'year' | 'status' | 'leader' | 'deputy'>;

export const CAMPAIGN_KINDS: readonly CampaignKind[] = ['YEARLY', 'THEMATIC', 'SPECIAL_PERIOD', 'RESPONSE'];

/** Whether the signed-in user may draft the term's campaigns: the Board, or the officer of its leader or deputy unit. */
export function managesTerm(term: TermSummary, isAdmin: boolean, unitCode?: string): boolean {
  if (term.status === 'CLOSED') return false;
  return isAdmin || (!!unitCode && (term.leader?.code === unitCode || term.deputy?.code === unitCode));
}
