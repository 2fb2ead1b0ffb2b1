import { api, call, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';

export type PublishedLeaders = components['schemas']['PublishedLeaders'];

/** A bloc's leaders and deputies the Board confirmed, by year (newest first), read without a token; 404 for no such bloc. */
export function getPublishedLeaders(blocId: number): Promise<PublishedLeaders> {
  return call(async () => unwrap(await api().GET('/api/v1/public/blocs/{blocId}/leaders', { params: { path: { blocId } } })));
}
