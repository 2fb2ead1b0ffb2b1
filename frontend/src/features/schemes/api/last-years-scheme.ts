import { api, call, unwrap } from '@/lib/api/client';
import { listSchemes } from '@/features/schemes/api/list-schemes';
import type { SchemeSummary } from '@/features/schemes/types';

/**
 * The bloc's scheme of the year before (its adopted version, else the retired one, else the newest the
 * caller may see), to start this year's from; undefined when that year has none.
 */
export async function lastYearsScheme(blocId: number, year: number): Promise<SchemeSummary | undefined> {
  const terms = await call(async () =>
    unwrap(await api().GET('/api/v1/terms', { params: { query: { blocId, year: year - 1 } } })),
  );
  const last = terms.items[0];
  if (!last) return undefined;
  const { items } = await listSchemes(last.id);
  return items.find((s) => s.status === 'ADOPTED') ?? items.find((s) => s.status === 'RETIRED') ?? items[0];
}
