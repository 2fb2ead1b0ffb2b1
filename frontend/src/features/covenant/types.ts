import type { components } from '@/lib/api/schema.gen';

export type Covenant = components['schemas']['Covenant'];
export type CovenantInput = components['schemas']['CovenantInput'];
export type CovenantSignature = components['schemas']['CovenantSignature'];
export type SignatureInput = components['schemas']['SignatureInput'];
export type TermSummary = Pick<components['schemas']['Term'], 'id' | 'year' | 'status' | 'leader' | 'deputy' | 'permissions'>;

