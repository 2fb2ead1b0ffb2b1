import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { UnitSuccession, UnitSuccessionInput } from '@/features/units/types';

export function createUnitSuccession(input: UnitSuccessionInput): Promise<UnitSuccession> {
  return call(async () => unwrap(await api().POST('/api/v1/unit-successions', { body: input })));
}

export function useCreateUnitSuccession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUnitSuccession,
    // Names, successions and active dates of every unit involved change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['units'] }),
  });
}
