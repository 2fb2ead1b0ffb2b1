import type { components, operations } from '@/lib/api/schema.gen';

export type AuditEvent = components['schemas']['AuditEvent'];
export type AuditChange = components['schemas']['AuditChange'];
export type AuditPage = components['schemas']['PageAuditEventData'];
export type ListAuditEventsParams = NonNullable<operations['listAuditEvents']['parameters']['query']>;

/** The entity types the backend records (AuditEvent.entityType). */
export const AUDIT_ENTITY_TYPES = ['Unit', 'UnitSuccession', 'Bloc', 'Term', 'Membership'] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];
