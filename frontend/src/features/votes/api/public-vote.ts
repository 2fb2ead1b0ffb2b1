import { api, call, unwrap } from '@/lib/api/client';
import type { Vote } from '@/features/votes/types';

/** A CERTIFIED and published vote, read without a token (its public page); 404 for any other id. */
export function getPublishedVote(id: number): Promise<Vote> {
  return call(async () => unwrap(await api().GET('/api/v1/public/votes/{id}', { params: { path: { id } } })));
}
