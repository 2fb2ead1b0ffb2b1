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
export type TermSummary = Pick<components['schemas']['Term'], 'id' | 'year' | 'status' | 'leader' | 'deputy' | 'permissions'>;

export const CAMPAIGN_KINDS: readonly CampaignKind[] = ['YEARLY', 'THEMATIC', 'SPECIAL_PERIOD', 'RESPONSE'];

