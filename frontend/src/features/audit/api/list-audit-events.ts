import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { AuditPage, ListAuditEventsParams } from '@/features/audit/types';

export const auditEventsQueryKey = (params: ListAuditEventsParams) => ['audit-events', 'list', params] as const;

export function listAuditEvents(params: ListAuditEventsParams): Promise<AuditPage> {
  return call(async () => unwrap(await api().GET('/api/v1/audit-events', { params: { query: params } })));
}

export function useAuditEvents(params: ListAuditEventsParams) {
  return useQuery({
    queryKey: auditEventsQueryKey(params),
    queryFn: () => listAuditEvents(params),
    placeholderData: keepPreviousData,
  });
}
