// Runs the playwright-core end-to-end specs (e2e/*.spec.mjs) with node's test runner, one file at
// a time, and prints a summary. Expects the stack to be up: the SPA at E2E_BASE_URL (default
// http://localhost:4173; started here with `vite preview` when nothing answers there), the backend
// at API_URL (default http://localhost:8082) and Keycloak at KEYCLOAK_URL (http://localhost:8180).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';

const root = fileURLToPath(new URL('..', import.meta.url));
const baseUrl = process.env.E2E_BASE_URL ?? 'http://localhost:4173';
const apiUrl = process.env.API_URL ?? 'http://localhost:8082';
const only = process.argv.slice(2);

async function answers(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
    return response.ok;
  } catch {
    return false;
  }
}

let preview;
if (!(await answers(baseUrl))) {
  const port = new URL(baseUrl).port || '80';
  console.log(`e2e: nothing answers at ${baseUrl}; starting vite preview on ${port} (proxy /api → ${apiUrl})`);
  preview = spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'preview', '--port', port, '--strictPort'], {
    cwd: root,
    env: { ...process.env, API_PROXY_TARGET: apiUrl },
    stdio: 'ignore',
  });
  for (let i = 0; i < 60 && !(await answers(baseUrl)); i++) await new Promise((r) => setTimeout(r, 500));
}

const files = readdirSync(join(root, 'e2e'))
  .filter((f) => f.endsWith('.spec.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort()
  .map((f) => join(root, 'e2e', f));

const started = Date.now();
let passed = 0;
let failed = 0;
let skipped = 0;
const stream = run({ files, concurrency: 1, timeout: 10 * 60_000 });
stream.on('test:pass', (event) => {
  if (event.details?.type === 'suite') return;
  if (event.skip || event.todo) skipped++;
  else passed++;
});
const failedFiles = new Set();
stream.on('test:fail', (event) => {
  if (event.details?.type === 'suite') return;
  failed++;
  if (event.file) failedFiles.add(event.file);
});
for await (const chunk of stream.compose(spec)) process.stdout.write(chunk);

preview?.kill();

// A failed spec's browsers as they were closed: enough to tell a missing element from a slow one.
const views = join(root, 'e2e-output', 'last-views');
for (const file of failedFiles) {
  const spec = file.split('/').pop().replace(/\.spec\.mjs$/, '');
  const kept = existsSync(views) ? readdirSync(views).filter((f) => f.startsWith(`${spec}.`)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true })) : [];
  for (const f of kept) {
    const lines = readFileSync(join(views, f), 'utf8').split('\n');
    console.log(`\n--- ${spec}: browser ${f.split('.')[1]} when closed (${lines.length} lines${lines.length > 200 ? ', first 200' : ''}) ---`);
    console.log(lines.slice(0, 200).join('\n'));
  }
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\ne2e: ${files.length} spec file(s) in ${seconds}s`);
console.log(`e2e: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
