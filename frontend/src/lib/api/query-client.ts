import { MutationCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/lib/api/problem';

/** Query keys whose data any successful write may change (e.g. "my tasks"): marked stale after every mutation. */
export const STALE_AFTER_ANY_WRITE = ['tasks'] as const;

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    mutationCache: new MutationCache({
      onSuccess: () => {
        for (const root of STALE_AFTER_ANY_WRITE) void client.invalidateQueries({ queryKey: [root] });
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => {
          if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
          return failureCount < 2;
        },
      },
      mutations: { retry: false },
    },
  });
  return client;
}
