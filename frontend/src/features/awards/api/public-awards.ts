import { api, call, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import type { PublicAwardsFilter } from '@/lib/routing/paths';

export type AwardPage = components['schemas']['PageAwardData'];

/** Decided awards for everyone, read without a token: of a province, a bloc, a year; newest year first. */
export function listPublishedAwards(filter: PublicAwardsFilter, page: number, size: number): Promise<AwardPage> {
  return call(async () => unwrap(await api().GET('/api/v1/public/awards', { params: { query: { ...filter, page, size } } })));
}
