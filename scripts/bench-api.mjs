#!/usr/bin/env node
// API read benchmark: prints latency percentiles and throughput for the common reads.
// A benchmark, not a test: it asserts nothing. Needs a running stack with the demo data
// (scripts/run.sh --demo-data). Bounded: REQUESTS per endpoint, CONCURRENCY in flight, loopback only.
//   node scripts/bench-api.mjs            API_URL=http://localhost:8080 KEYCLOAK_URL=http://localhost:8180
const API = process.env.API_URL ?? 'http://localhost:8080';
const KEYCLOAK = process.env.KEYCLOAK_URL ?? 'http://localhost:8180';
const REQUESTS = Number(process.env.REQUESTS ?? 400);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 8);

async function token(username) {
  const body = new URLSearchParams({ grant_type: 'password', client_id: 'thidua-tests', username, password: 'ThiDua@2026' });
  const res = await fetch(`${KEYCLOAK}/realms/thidua/protocol/openid-connect/token`, { method: 'POST', body });
  if (!res.ok) throw new Error(`token for ${username}: ${res.status}`);
  return (await res.json()).access_token;
}

async function run(name, path, bearer) {
  const times = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  async function worker() {
    while (next < REQUESTS) {
      next += 1;
      const t = performance.now();
      const res = await fetch(API + path, { headers: { authorization: `Bearer ${bearer}` } });
      await res.arrayBuffer();
      if (!res.ok) failures += 1;
      times.push(performance.now() - t);
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))].toFixed(1);
  console.log(`${name.padEnd(34)} ${String(times.length).padStart(5)} req  ${(times.length / seconds).toFixed(0).padStart(5)} req/s  p50 ${pct(50).padStart(6)} ms  p95 ${pct(95).padStart(6)} ms  p99 ${pct(99).padStart(6)} ms  failed ${failures}`);
}

const viewer = await token('viewer');
const officer = await token('bk.sct');
const terms = await (await fetch(`${API}/api/v1/terms?year=2023`, { headers: { authorization: `Bearer ${viewer}` } })).json();
const termId = terms.items?.[0]?.id;
if (!termId) throw new Error('no 2023 term: load the demo data first (scripts/run.sh --demo-data)');
console.log(`ThiĐua API read benchmark: ${REQUESTS} requests per endpoint, ${CONCURRENCY} concurrent, ${API}`);
await run('warm-up', '/api/v1/units', viewer);
await run('GET /units?q=so xay dung', '/api/v1/units?q=so%20xay%20dung', viewer);
await run('GET /units?sort=name&size=100', '/api/v1/units?sort=name&size=100', viewer);
await run('GET /terms?year=2023', '/api/v1/terms?year=2023', viewer);
await run(`GET /terms/${termId}/memberships`, `/api/v1/terms/${termId}/memberships?size=50`, viewer);
await run('GET /me (officer)', '/api/v1/me', officer);
