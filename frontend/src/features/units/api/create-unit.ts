import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { Unit, UnitInput } from '@/features/units/types';

export function createUnit(input: UnitInput): Promise<Unit> {
  return call(async () => unwrap(await api().POST('/api/v1/units', { body: input })));
}

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['units'] }),
  });
}
