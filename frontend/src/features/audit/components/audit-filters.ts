import { TIME_ZONE } from '@/lib/format/date';
import { AUDIT_ENTITY_TYPES, type AuditEntityType, type ListAuditEventsParams } from '@/features/audit/types';

/** The filters as the URL holds them (dates as civil yyyy-MM-dd in Asia/Ho_Chi_Minh). */
export interface AuditFilters {
  entityType?: AuditEntityType;
  entityId?: string;
  actor?: string;
  from?: string;
  to?: string;
  page: number;
}

export const AUDIT_PAGE_SIZE = 20;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readFilters(params: URLSearchParams): AuditFilters {
  const entityTypeParam = params.get('entityType');
  const entityId = params.get('entityId')?.trim();
  const actor = params.get('actor')?.trim();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    entityType: AUDIT_ENTITY_TYPES.find((e) => e === entityTypeParam),
    entityId: entityId && /^\d+$/.test(entityId) ? entityId : undefined,
    actor: actor || undefined,
    from: ISO_DATE.test(from) ? from : undefined,
    to: ISO_DATE.test(to) ? to : undefined,
    page: Math.max(0, Number(params.get('page') ?? '0') || 0),
  };
}

/** Midnight starting a civil day in Asia/Ho_Chi_Minh (UTC+7, no daylight saving) as an ISO instant. */
export function startOfDayInstant(isoDate: string, addDays = 0): string {
  if (TIME_ZONE !== 'Asia/Ho_Chi_Minh') throw new Error('offset assumes Asia/Ho_Chi_Minh');
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + addDays) - 7 * 3600_000).toISOString();
}

/** URL filters → API query: "from" is the start of that day, "to" (inclusive day) the start of the next (the API's bound is exclusive). */
export function toQuery(filters: AuditFilters): ListAuditEventsParams {
  return {
    entityType: filters.entityType,
    entityId: filters.entityId,
    actor: filters.actor,
    from: filters.from ? startOfDayInstant(filters.from) : undefined,
    to: filters.to ? startOfDayInstant(filters.to, 1) : undefined,
    page: filters.page,
    size: AUDIT_PAGE_SIZE,
  };
}
