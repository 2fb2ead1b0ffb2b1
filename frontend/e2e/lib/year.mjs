// The year's work (issue 10) for e2e specs: the seed cases loaded through the API by the demo-data loader.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_URL, KEYCLOAK_URL, apiCall } from './harness.mjs';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..');

/**
 * Runs scripts/demo-data/load.mjs against the e2e backend (idempotent). Without `scoring`, the year's
 * scoring round is left out: a term has one round, and scoring.spec runs Bắc Kạn 2023's through the
 * browser (it then loads the rest, which finds that round and leaves it).
 */
export function loadSeedCases({ scoring = false } = {}) {
  execFileSync('node', [join(root, 'scripts', 'demo-data', 'load.mjs')], {
    env: { ...process.env, API_URL, KEYCLOAK_URL, ...(scoring ? {} : { DEMO_SCORING: 'skip' }) },
    stdio: 'inherit',
    timeout: 600_000,
  });
}

/** The seed term of a bloc named in seed-cases.json, found by its bloc's name and year. */
export async function seedTermId(blocName, year, as = 'admin') {
  const blocs = await apiCall('GET', `/api/v1/blocs?q=${encodeURIComponent(blocName)}&size=100`, { as, expect: 200 });
  const bloc = blocs.json.items.find((b) => b.name === blocName);
  const terms = await apiCall('GET', `/api/v1/terms?blocId=${bloc.id}&year=${year}`, { as, expect: 200 });
  return terms.json.items[0].id;
}
