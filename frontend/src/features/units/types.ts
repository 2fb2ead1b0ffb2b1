import type { components, operations } from '@/lib/api/schema.gen';

export type Unit = components['schemas']['Unit'];
export type UnitDetail = components['schemas']['UnitDetail'];
export type UnitInput = components['schemas']['UnitInput'];
export type UnitKind = components['schemas']['UnitKind'];
export type UnitPage = components['schemas']['PageUnitData'];
export type UnitSuccession = components['schemas']['UnitSuccession'];
export type UnitSuccessionInput = components['schemas']['UnitSuccessionInput'];
export type SuccessionKind = components['schemas']['SuccessionKind'];
export type UnitSuccessionCorrection = components['schemas']['UnitSuccessionCorrection'];
export type NewUnitInput = components['schemas']['NewUnitInput'];
export type UnitLineage = components['schemas']['UnitLineage'];
export type ListUnitsParams = NonNullable<operations['listUnits']['parameters']['query']>;

export const UNIT_KINDS: readonly UnitKind[] = ['SO', 'BAN', 'QUY', 'CUC', 'HOI', 'KHAC'];

export const SUCCESSION_KINDS: readonly SuccessionKind[] = ['RENAME', 'MERGE', 'SPLIT', 'DISSOLVE'];
