// The signed-in application's antd stylesheet (issue 9): antd's own static styles, generated the way antd
// generates antd/dist/antd.css (@ant-design/static-style-extract under ConfigProvider theme={{ hashed: false }}),
// but only for the components the application can render: those src/ imports from 'antd' and every antd
// component their modules import in turn (an Alert's Button, a Table's Pagination, Spin, Checkbox…).
// Written to .cache/antd.css (gitignored; imported as @cache/antd.css?url) when missing or older than antd,
// this file or the sources: the vite plugin below runs it at the start of every build and dev server, vitest's
// globalSetup before the tests.
//
//   node scripts/antd-css.mjs [--check]   regenerate (or report) and print the components
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'package.json'));
export const ANTD_CSS = join(root, '.cache', 'antd.css');

const antdEs = dirname(require.resolve('antd/es/index.js'));

function sources(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sources(path, out);
    else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.(ts|tsx)$/.test(entry.name)) out.push(path);
  }
  return out;
}

/** The names src/ imports as values from 'antd' (type-only imports left out). */
export function importedNames(srcDir = join(root, 'src')) {
  const names = new Set();
  for (const file of sources(srcDir)) {
    for (const [, specifiers] of readFileSync(file, 'utf8').matchAll(/import\s+\{([^}]*)\}\s+from\s+'antd'/g)) {
      for (const s of specifiers.split(',')) {
        const name = s.trim().split(/\s+as\s+/)[0].trim();
        if (name && !name.startsWith('type ')) names.add(name);
      }
    }
  }
  return names;
}

/** antd's exports and the folder each comes from (antd/es/index.js). */
function exportsOfAntd() {
  const byName = new Map();
  for (const [, name, dir] of readFileSync(join(antdEs, 'index.js'), 'utf8').matchAll(/export \{ default as (\w+) \} from '\.\/([\w-]+)'/g)) {
    byName.set(name, dir);
  }
  return byName;
}

function resolveModule(from, spec) {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.js`, join(base, 'index.js')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/**
 * The antd folders whose style hooks (<folder>/style/…) are reachable from the given folders' entry modules
 * through antd's own imports: a component is styled only where it renders (a locale file of the date
 * picker, imported by every locale, brings no date picker).
 */
function styledFolders(dirs) {
  const seen = new Set();
  const folders = new Set();
  const queue = dirs.map((d) => join(antdEs, d, 'index.js'));
  while (queue.length) {
    const file = queue.pop();
    if (!file || seen.has(file)) continue;
    seen.add(file);
    const rel = relative(antdEs, file);
    if (rel.startsWith('..')) continue;
    const parts = rel.split(sep);
    if (parts[1] === 'style') folders.add(parts[0]);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s+'(\.{1,2}\/[^']+)'/g)) {
      queue.push(resolveModule(file, spec));
    }
  }
  return folders;
}

/** The antd components whose styles the application needs: its imports and what they render. */
export function componentsInUse(srcDir) {
  const antdExports = exportsOfAntd();
  const used = [...importedNames(srcDir)].filter((n) => antdExports.has(n));
  const folders = styledFolders(used.map((n) => antdExports.get(n)));
  // Row and Col are one-line re-exports of grid's (whose own export, Grid, is a hook the extractor skips).
  const reExported = (dir) => {
    const entry = readFileSync(join(antdEs, dir, 'index.js'), 'utf8');
    return entry.length < 200 ? [...entry.matchAll(/from '\.\.\/([\w-]+)'/g)].map((m) => m[1]) : [];
  };
  return [...antdExports]
    .filter(([name, dir]) => (folders.has(dir) || reExported(dir).some((d) => folders.has(d))) && (/^[A-Z]/.test(name) || name === 'message' || name === 'notification'))
    .map(([name]) => name)
    .sort();
}

/** antd's static styles of the given components, exactly as antd/dist/antd.css has them. */
export function extractAntdCss(includes) {
  const React = require('react');
  const { ConfigProvider } = require('antd');
  const { extractStyle } = require('@ant-design/static-style-extract');
  const warn = console.error;
  console.error = () => {}; // antd's deprecation warnings for the demo renders (Input.Group, List)
  try {
    return extractStyle({
      includes,
      customTheme: (node) => React.createElement(ConfigProvider, { theme: { hashed: false } }, node),
    });
  } finally {
    console.error = warn;
  }
}

function newestInputTime(srcDir) {
  const inputs = [fileURLToPath(import.meta.url), require.resolve('antd/package.json'), ...sources(srcDir)];
  return Math.max(...inputs.map((f) => statSync(f).mtimeMs));
}

/** Writes .cache/antd.css when missing or stale; returns the components it holds. */
export function ensureAntdCss({ srcDir = join(root, 'src'), force = false } = {}) {
  const components = componentsInUse(srcDir);
  const listFile = `${ANTD_CSS}.components`;
  const stale =
    force ||
    !existsSync(ANTD_CSS) ||
    !existsSync(listFile) ||
    readFileSync(listFile, 'utf8') !== components.join('\n') ||
    statSync(ANTD_CSS).mtimeMs < newestInputTime(srcDir);
  if (stale) {
    mkdirSync(dirname(ANTD_CSS), { recursive: true });
    writeFileSync(ANTD_CSS, extractAntdCss(components));
    writeFileSync(listFile, components.join('\n'));
  }
  return components;
}

/** vitest's globalSetup: the tests read the stylesheet too. */
export function setup() {
  ensureAntdCss();
}

/** Vite plugin: the stylesheet is there before anything imports it (build, dev server). */
export function antdCss() {
  return {
    name: 'thidua-antd-css',
    buildStart() {
      ensureAntdCss();
    },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const components = ensureAntdCss({ force: !process.argv.includes('--check') });
  const size = statSync(ANTD_CSS).size;
  console.log(`${relative(root, ANTD_CSS)}: ${(size / 1024).toFixed(0)} KB, ${components.length} components: ${components.join(', ')}`);
}
