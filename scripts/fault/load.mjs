#!/usr/bin/env node
// Load generators and checks for scripts/fault-tests.sh (Node 20, no dependencies).
//   token                       print an access token (password grant, client thidua-tests)
//   write  API OUT              writers (and readers) until STOP_FILE exists or LOAD_LIMIT_S pass;
//                               one JSON line per request in OUT
//   lost   OUT DBROWS           acknowledged creates vs the rows found in the database
//   outage OUT MARKS            what clients saw while the database was down, and the recovery
//   race   API [opts]           concurrent If-Match updates of one unit: exactly one may win
// Environment: TOKEN, KEYCLOAK_URL, FAULT_USER (admin), WRITERS, READERS, LOAD_LIMIT_S, STOP_FILE,
// PREFIX (unit code prefix), TIMEOUT_MS (per request), ROUNDS, CONCURRENCY, TARGETS, AFTER_MS
// (writes must be acknowledged again after this time), ALLOW_502 (behind nginx).
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';

const env = process.env;
const [cmd, ...args] = process.argv.slice(2);
const num = (name, dflt) => Number(env[name] ?? dflt);
const fail = (message) => {
  console.error(`FAIL: ${message}`);
  process.exitCode = 1;
};
const lines = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

async function token() {
  const kc = env.KEYCLOAK_URL ?? 'http://localhost:8180';
  const body = new URLSearchParams({
    grant_type: 'password',
    client_id: 'thidua-tests',
    username: env.FAULT_USER ?? 'admin',
    password: env.FAULT_PASSWORD ?? 'ThiDua@2026',
    scope: 'openid',
  });
  const res = await fetch(`${kc}/realms/thidua/protocol/openid-connect/token`, {
    method: 'POST',
    body,
    signal: AbortSignal.timeout(10000),
  });
  if (res.status !== 200) throw new Error(`token: ${res.status} ${await res.text()}`);
  return (await res.json()).access_token;
}

/** One HTTP exchange, never throwing: status 0 when no answer came (refused, reset, timeout). */
async function call(method, url, { body, headers = {}, timeoutMs = num('TIMEOUT_MS', 10000) } = {}) {
  const t0 = Date.now();
  const h = { Authorization: `Bearer ${env.TOKEN}`, Accept: 'application/json', ...headers };
  if (body !== undefined) h['Content-Type'] = 'application/json';
  try {
    const res = await fetch(url, {
      method,
      headers: h,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    let json;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return {
      t0,
      t1: Date.now(),
      status: res.status,
      type: res.headers.get('content-type') ?? '',
      retryAfter: res.headers.get('retry-after') ?? undefined,
      etag: res.headers.get('etag') ?? undefined,
      upstream: res.headers.get('x-upstream') ?? undefined,
      json,
    };
  } catch (e) {
    return { t0, t1: Date.now(), status: 0, error: String(e.cause?.code ?? e.name ?? e) };
  }
}

/** The body of a new unit; its code is unique per run, writer and sequence number. */
const unitBody = (code) => ({
  code,
  name: `Đơn vị thử lỗi ${code}`,
  kind: 'SO',
  activeFrom: '2020-01-01',
});

async function write(api, out) {
  writeFileSync(out, '');
  const deadline = Date.now() + num('LOAD_LIMIT_S', 10) * 1000;
  const stop = () => Date.now() > deadline || (env.STOP_FILE && existsSync(env.STOP_FILE));
  const prefix = env.PREFIX ?? 'F';
  const record = (e) => appendFileSync(out, JSON.stringify(e) + '\n');
  const writer = async (w) => {
    for (let seq = 0; !stop(); seq++) {
      const code = `${prefix}.W${w}.${seq}`;
      const r = await call('POST', `${api}/api/v1/units`, { body: unitBody(code) });
      record({ op: 'create', code, id: r.json?.id, ...strip(r) });
      if (r.status === 0 || r.status >= 500) await sleep(100);
    }
  };
  const reader = async () => {
    while (!stop()) {
      const r = await call('GET', `${api}/api/v1/units?size=5&sort=code`);
      record({ op: 'read', ...strip(r) });
      if (r.status === 0 || r.status >= 500) await sleep(100);
    }
  };
  await Promise.all([
    ...Array.from({ length: num('WRITERS', 4) }, (_, w) => writer(w)),
    ...Array.from({ length: num('READERS', 0) }, () => reader()),
  ]);
  const events = lines(out);
  const acked = events.filter((e) => e.op === 'create' && e.status >= 200 && e.status < 300).length;
  console.log(`load: ${events.length} requests, ${acked} creates acknowledged`);
}

const firstAfter = (after) =>
  after.length ? `${((Math.min(...after.map((e) => e.t1)) - Number(env.AFTER_MS)) / 1000).toFixed(2)} s after it` : 'never';
const strip = ({ json, ...rest }) => ({ ...rest, problem: json?.type, problemCode: json?.code });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * DBROWS: tab-separated "code names audits" for every unit in the database. Every acknowledged
 * create must be there whole (its name row and its audit event); no unit may be half-written.
 */
function lost(out, dbRows) {
  const rows = new Map(
    readFileSync(dbRows, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('\t'))
      .map(([code, names, audits]) => [code, { names: Number(names), audits: Number(audits) }]),
  );
  const creates = lines(out).filter((e) => e.op === 'create');
  const acked = creates.filter((e) => e.status >= 200 && e.status < 300);
  const unanswered = creates.filter((e) => e.status === 0 || e.status >= 500);
  const found = acked.filter((e) => rows.has(e.code));
  const lostOnes = acked.filter((e) => !rows.has(e.code));
  const half = [...rows].filter(([, r]) => r.names < 1 || r.audits !== 1);
  const committedUnanswered = unanswered.filter((e) => rows.has(e.code)).length;
  // 503 is the designed "retry later"; 502 only from nginx when a replica died mid-request.
  const allowed = (s) => s === 503 || (s === 502 && env.ALLOW_502);
  const serverErrors = creates.filter((e) => e.status >= 500 && !allowed(e.status)).length;
  const after = env.AFTER_MS ? acked.filter((e) => e.t0 >= Number(env.AFTER_MS)) : undefined;
  const byStatus = {};
  for (const e of creates) byStatus[e.status] = (byStatus[e.status] ?? 0) + 1;
  console.log(
    `acknowledged ${acked.length} / found ${found.length} / lost ${lostOnes.length}; ` +
      `unanswered ${unanswered.length} (of which committed ${committedUnanswered}); ` +
      `half-written ${half.length}; rows ${rows.size}; answers ${JSON.stringify(byStatus)}` +
      (after ? `; acknowledged after the fault ${after.length}, the first ${firstAfter(after)}` : ''),
  );
  if (acked.length === 0) fail('no write was acknowledged: the load did not run');
  if (after && after.length === 0) fail('no write was acknowledged after the fault: service did not continue');
  if (lostOnes.length) fail(`lost acknowledged writes: ${lostOnes.slice(0, 5).map((e) => e.code).join(', ')}`);
  if (half.length) fail(`half-written units: ${half.slice(0, 5).map(([c, r]) => `${c} ${JSON.stringify(r)}`).join(', ')}`);
  if (serverErrors) {
    const codes = [...new Set(creates.filter((e) => e.status >= 500 && !allowed(e.status)).map((e) => `${e.status} ${e.problemCode}`))];
    fail(`${serverErrors} creates answered a 5xx other than 503 (${codes.join(', ')})`);
  }
  const extra = [...rows.keys()].filter((c) => !creates.some((e) => e.code === c));
  if (extra.length) fail(`units nobody asked for: ${extra.slice(0, 5).join(', ')}`);
}

/**
 * MARKS: "down <ms>" when the database was killed, "restart <ms>" when it was started again,
 * "up <ms>" when it answered SQL. While down: every answer is 503 problem+json with Retry-After
 * and code DATABASE_UNAVAILABLE,
 * within MAX_LATENCY_MS; never a 500 at any time; service resumes (first 2xx after the restart)
 * within RECOVER_MS of the database answering again.
 */
function outage(out, marksFile) {
  const marks = Object.fromEntries(
    readFileSync(marksFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split(' '))
      .map(([k, v]) => [k, Number(v)]),
  );
  const events = lines(out);
  const during = events.filter((e) => e.t0 >= marks.down + 200 && e.t1 <= marks.restart);
  const byStatus = {};
  for (const e of during) byStatus[e.status] = (byStatus[e.status] ?? 0) + 1;
  const bad = during.filter(
    (e) =>
      e.status !== 503 ||
      !e.type.startsWith('application/problem+json') ||
      !e.retryAfter ||
      e.problemCode !== 'DATABASE_UNAVAILABLE',
  );
  const maxLatency = Math.max(0, ...during.map((e) => e.t1 - e.t0));
  const firstOk = events
    .filter((e) => e.t1 >= marks.restart && e.status >= 200 && e.status < 300)
    .reduce((min, e) => Math.min(min, e.t1), Infinity);
  const recover = Math.max(0, firstOk - marks.up);
  const fiveHundreds = events.filter((e) => e.status === 500).length;
  console.log(
    `outage ${((marks.restart - marks.down) / 1000).toFixed(1)} s (database restart ${((marks.up - marks.restart) / 1000).toFixed(1)} s): ` +
      `${during.length} answers while down ${JSON.stringify(byStatus)}, max latency ${maxLatency} ms; ` +
      `first success ${Number.isFinite(firstOk) ? ((firstOk - marks.restart) / 1000).toFixed(2) + ' s after the restart began, ' + (recover / 1000).toFixed(2) + ' s after the database answered' : 'never'}; ` +
      `500s overall ${fiveHundreds}; readiness while down: ${marks.readyDown ?? '?'}`,
  );
  if (during.length === 0) fail('no request was answered during the outage');
  if (bad.length) fail(`answers other than 503 problem+json + Retry-After while down: ${JSON.stringify(bad.slice(0, 3))}`);
  if (maxLatency > num('MAX_LATENCY_MS', 6000)) fail(`an answer took ${maxLatency} ms while the database was down`);
  if (!(recover <= num('RECOVER_MS', 15000))) fail('service did not resume by itself after the database came back');
  if (fiveHundreds) fail(`${fiveHundreds} answers were 500`);
}

/**
 * Race: ROUNDS times, CONCURRENCY updates of the same unit with the same If-Match, sent at once
 * (through TARGETS, comma-separated base URLs, round-robin). Exactly one 200 per round, the others
 * 412 (stale) or 409; the stored name is the winner's; the audit trail has one update per round.
 */
async function race(api) {
  const targets = (env.TARGETS ?? api).split(',');
  const code = `${env.PREFIX ?? 'R'}.RACE`;
  const created = await call('POST', `${api}/api/v1/units`, { body: unitBody(code) });
  if (created.status !== 201) return fail(`create: ${created.status} ${JSON.stringify(created.json)}`);
  const id = created.json.id;
  const tally = { 200: 0, 409: 0, 412: 0, other: 0 };
  const upstreams = {};
  let k = 0;
  for (let round = 0; round < num('ROUNDS', 10); round++) {
    const read = await call('GET', `${targets[round % targets.length]}/api/v1/units/${id}`);
    if (read.status !== 200 || !read.etag) return fail(`read: ${read.status}`);
    const puts = await Promise.all(
      Array.from({ length: num('CONCURRENCY', 6) }, (_, i) =>
        call('PUT', `${targets[k++ % targets.length]}/api/v1/units/${id}`, {
          headers: { 'If-Match': read.etag },
          body: { ...unitBody(code), name: `Tên vòng ${round} người ${i}` },
        }).then((r) => ({ ...r, i })),
      ),
    );
    for (const r of puts) {
      tally[r.status in tally ? r.status : 'other']++;
      if (r.upstream) upstreams[r.upstream] = (upstreams[r.upstream] ?? 0) + 1;
    }
    const winners = puts.filter((r) => r.status === 200);
    if (winners.length !== 1) fail(`round ${round}: ${winners.length} updates won (${puts.map((r) => r.status)})`);
    const after = await call('GET', `${targets[(round + 1) % targets.length]}/api/v1/units/${id}`);
    if (winners[0] && after.json?.name !== `Tên vòng ${round} người ${winners[0].i}`)
      fail(`round ${round}: stored name ${after.json?.name} is not the winner's`);
  }
  const audit = await call('GET', `${api}/api/v1/audit-events?entityType=Unit&entityId=${id}&size=100`);
  const updates = (audit.json?.items ?? audit.json?.content ?? []).filter((e) => e.operation === 'UPDATE').length;
  console.log(
    `race ${env.LABEL ?? ''}: ${num('ROUNDS', 10)} rounds x ${num('CONCURRENCY', 6)} writers: ${JSON.stringify(tally)}; ` +
      `audit updates ${updates}; served by ${JSON.stringify(upstreams)}`,
  );
  if (tally.other) fail(`${tally.other} updates answered neither 200, 409 nor 412`);
  if (audit.status === 200 && updates !== num('ROUNDS', 10)) fail(`audit has ${updates} updates`);
}

try {
  if (cmd === 'token') console.log(await token());
  else if (cmd === 'write') await write(args[0], args[1]);
  else if (cmd === 'lost') lost(args[0], args[1]);
  else if (cmd === 'outage') outage(args[0], args[1]);
  else if (cmd === 'race') await race(args[0]);
  else {
    console.error('usage: load.mjs token|write API OUT|lost OUT DBROWS|outage OUT MARKS|race API');
    process.exitCode = 2;
  }
} catch (e) {
  fail(e.stack ?? String(e));
}
