import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap, unwrapVersioned, type Versioned } from '@/lib/api/client';
import type { Restriction, RestrictionInput } from '@/features/awards/types';

export const awardKeys = {
  all: ['awards'] as const,
  unitAwards: (unitId: number) => ['awards', 'unit', unitId] as const,
  restrictions: (unitId: number) => ['awards', 'restrictions', unitId] as const,
};

/** A unit's decided awards across years, its predecessors' included, each named as the unit was that year. */
export const useUnitAwards = (unitId: number) =>
  useQuery({
    queryKey: awardKeys.unitAwards(unitId),
    queryFn: () =>
      call(async () => unwrap(await api().GET('/api/v1/units/{id}/awards', { params: { path: { id: unitId }, query: { size: 100 } } }))),
  });

/** The unit's restrictions (discipline, investigation, inspection, complaint): the Board, the Ministry and the unit itself only. */
export const useUnitRestrictions = (unitId: number, enabled: boolean) =>
  useQuery({
    queryKey: awardKeys.restrictions(unitId),
    enabled,
    queryFn: () =>
      call(async () =>
        unwrap(await api().GET('/api/v1/units/{id}/restrictions', { params: { path: { id: unitId }, query: { size: 100 } } })),
      ),
  });

/** A restriction's own read, for its ETag (the list gives none per row). */
export function getRestriction(id: number): Promise<Versioned<Restriction>> {
  return call(async () => unwrapVersioned(await api().GET('/api/v1/restrictions/{id}', { params: { path: { id } } })));
}

function useRestrictionWrite<A, R>(unitId: number, fn: (args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: awardKeys.restrictions(unitId) }) });
}

export const useCreateRestriction = (unitId: number) =>
  useRestrictionWrite(unitId, (input: RestrictionInput) =>
    call(async () => unwrap(await api().POST('/api/v1/units/{id}/restrictions', { params: { path: { id: unitId } }, body: input }))),
  );

export const useUpdateRestriction = (unitId: number) =>
  useRestrictionWrite(unitId, ({ id, etag, input }: { id: number; etag: string; input: RestrictionInput }) =>
    call(async () => unwrap(await api().PUT('/api/v1/restrictions/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: input }))),
  );

export const useDeleteRestriction = (unitId: number) =>
  useRestrictionWrite(unitId, ({ id, etag }: { id: number; etag: string }) =>
    call(async () => {
      const result = await api().DELETE('/api/v1/restrictions/{id}', { params: { path: { id }, header: { 'If-Match': etag } } });
      return unwrap(result);
    }),
  );
