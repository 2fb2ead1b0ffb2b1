import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap, unwrapVersioned, type Versioned } from '@/lib/api/client';
import type { UnitSuccession, UnitSuccessionCorrection } from '@/features/units/types';

/** The succession with its ETag (the If-Match of a correction or withdrawal). */
export function getUnitSuccession(id: number): Promise<Versioned<UnitSuccession>> {
  return call(async () =>
    unwrapVersioned(await api().GET('/api/v1/unit-successions/{id}', { params: { path: { id } } })),
  );
}

export interface CorrectArgs {
  id: number;
  etag: string;
  input: UnitSuccessionCorrection;
}

export function correctUnitSuccession({ id, etag, input }: CorrectArgs): Promise<UnitSuccession> {
  return call(async () =>
    unwrap(
      await api().PUT('/api/v1/unit-successions/{id}', {
        params: { path: { id }, header: { 'If-Match': etag } },
        body: input,
      }),
    ),
  );
}

export interface WithdrawArgs {
  id: number;
  etag: string;
  reason: string;
}

export function withdrawUnitSuccession({ id, etag, reason }: WithdrawArgs): Promise<UnitSuccession> {
  return call(async () =>
    unwrap(
      await api().POST('/api/v1/unit-successions/{id}/withdrawal', {
        params: { path: { id }, header: { 'If-Match': etag } },
        body: { reason },
      }),
    ),
  );
}

/** Units, their names, active dates and lineage all follow a succession's effects. */
function useInvalidatingUnits<A, R>(fn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['units'] });
      void queryClient.invalidateQueries({ queryKey: ['terms'] });
    },
  });
}

export const useCorrectUnitSuccession = () => useInvalidatingUnits(correctUnitSuccession);
export const useWithdrawUnitSuccession = () => useInvalidatingUnits(withdrawUnitSuccession);
