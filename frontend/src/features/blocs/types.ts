import type { components, operations } from '@/lib/api/schema.gen';

export type Bloc = components['schemas']['Bloc'];
export type BlocInput = components['schemas']['BlocInput'];
export type BlocKind = components['schemas']['BlocKind'];
export type BlocStatus = components['schemas']['BlocStatus'];
export type BlocPage = components['schemas']['PageBlocData'];
export type Term = components['schemas']['Term'];
export type TermPage = components['schemas']['PageTermData'];
export type ListBlocsParams = NonNullable<operations['listBlocs']['parameters']['query']>;

export const BLOC_KINDS: readonly BlocKind[] = ['KHOI', 'CUM'];
export const BLOC_STATUSES: readonly BlocStatus[] = ['ACTIVE', 'DISSOLVED'];
