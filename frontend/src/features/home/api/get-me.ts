import { useQuery } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { Me } from '@/features/home/types';

export const meQueryKey = ['me'] as const;

export function getMe(): Promise<Me> {
  return call(async () => unwrap(await api().GET('/api/v1/me')));
}

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: getMe });
}
