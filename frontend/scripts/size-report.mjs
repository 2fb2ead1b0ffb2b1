// Reports the gzip size of the initial JavaScript: the entry chunk(s) referenced by dist/index.html
// plus every chunk they import statically (transitively). Fails when it exceeds the budget.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

const BUDGET_KB = Number(process.env.INITIAL_JS_BUDGET_KB ?? 300);
const dist = fileURLToPath(new URL('../dist', import.meta.url));
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error('size: dist/.vite/manifest.json missing — run `vite build` first (build.manifest must be on).');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
const seen = new Set();
const visit = (key) => {
  if (seen.has(key)) return;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) visit(imported);
};
for (const [key] of entries) visit(key);

let total = 0;
const rows = [];
for (const key of seen) {
  const file = manifest[key].file;
  if (!file.endsWith('.js')) continue;
  const gz = gzipSync(readFileSync(resolve(dist, file)), { level: 9 }).length;
  total += gz;
  rows.push([file, gz]);
}
rows.sort((a, b) => b[1] - a[1]);
for (const [file, gz] of rows) console.log(`  ${(gz / 1024).toFixed(1).padStart(7)} KB gzip  ${file}`);
const kb = total / 1024;
console.log(`Initial JS: ${kb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB, ${rows.length} chunk(s))`);
if (kb > BUDGET_KB) {
  console.error(`size: initial JS ${kb.toFixed(1)} KB gzip exceeds the ${BUDGET_KB} KB budget`);
  process.exit(1);
}
