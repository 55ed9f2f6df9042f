// Gzipped JavaScript loaded by the questionnaire route, against the budget of
// DESIGN.md (≤ 100 KB), and the bytes the API actually sends for it (the build's
// precompressed .br files, see apps/web/scripts/precompress.mjs). Reads the manifest of the Vite build (apps/web/dist);
// run `pnpm --filter @capnum/web build` first. It reports, it does not test:
// it exits 0 whether the target is met or not.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const distDir = fileURLToPath(new URL('../apps/web/dist', import.meta.url));
const manifestPath = join(distDir, '.vite', 'manifest.json');
// kB as Vite prints them: 1 kB = 1000 bytes (the stricter reading of "100 KB").
const budgetBytes = 100 * 1000;

const routes = [
  {
    title: 'Questionnaire (/diagnostic)',
    lazy: ['src/features/assessment/questionnaire/questionnaire-page.tsx'],
    budget: true,
  },
  {
    title: 'Résultats (/diagnostic/resultats/:id), pour information',
    // The results page always draws its radar chart, so its lazy chunk counts too.
    lazy: [
      'src/features/assessment/results/results-page.tsx',
      'src/components/profile/theme-radar-chart.tsx',
    ],
    budget: false,
  },
];

if (!existsSync(manifestPath)) {
  console.error(
    `Pas de manifeste de build dans ${manifestPath}.\nLancez d’abord : pnpm --filter @capnum/web build`,
  );
  process.exit(1);
}

const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) throw new Error('The manifest names no entry chunk.');

/** A chunk and everything it imports statically: what the browser must fetch before running it. */
function withStaticImports(key, files = new Set()) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`Not in the manifest: ${key} (was the file renamed?)`);
  if (!chunk.file.endsWith('.js') || files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) withStaticImports(imported, files);
  return files;
}

/** What the API actually sends a browser that accepts brotli: the precompressed file, if the build wrote one. */
function wireSize(file) {
  const brotli = join(distDir, `${file}.br`);
  return existsSync(brotli)
    ? readFileSync(brotli).length
    : readFileSync(join(distDir, file)).length;
}

const gzippedSize = new Map();
function sizesOf(file) {
  if (!gzippedSize.has(file)) {
    const content = readFileSync(join(distDir, file));
    gzippedSize.set(file, {
      raw: content.length,
      gzip: gzipSync(content).length,
      wire: wireSize(file),
    });
  }
  return gzippedSize.get(file);
}

/** The style sheets of those chunks. */
function cssOf(keys) {
  const css = new Set();
  for (const key of Object.keys(manifest)) {
    if (keys.has(manifest[key].file)) for (const file of manifest[key].css ?? []) css.add(file);
  }
  return css;
}

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

for (const route of routes) {
  const files = withStaticImports(entryKey);
  for (const key of route.lazy) withStaticImports(key, files);
  const rows = [...files].map((file) => ({ file, ...sizesOf(file) }));
  rows.sort((left, right) => right.gzip - left.gzip);
  const total = rows.reduce((sum, row) => sum + row.gzip, 0);
  const rawTotal = rows.reduce((sum, row) => sum + row.raw, 0);
  const width = Math.max(...rows.map((row) => row.file.length), 'Total'.length);

  console.log(`\n${route.title}`);
  const wireTotal = rows.reduce((sum, row) => sum + row.wire, 0);
  console.log(
    `${'Fichier'.padEnd(width)}  ${'brut'.padStart(10)}  ${'gzip'.padStart(10)}  ${'transmis'.padStart(10)}`,
  );
  for (const row of rows) {
    console.log(
      `${row.file.padEnd(width)}  ${kB(row.raw).padStart(10)}  ${kB(row.gzip).padStart(10)}  ${kB(row.wire).padStart(10)}`,
    );
  }
  console.log(
    `${'Total'.padEnd(width)}  ${kB(rawTotal).padStart(10)}  ${kB(total).padStart(10)}  ${kB(wireTotal).padStart(10)}`,
  );
  const page = ['index.html', ...cssOf(files), ...files];
  const pageWire = page.reduce((sum, file) => sum + wireSize(file), 0);
  const pageRaw = page.reduce((sum, file) => sum + readFileSync(join(distDir, file)).length, 0);
  console.log(
    `Sur le réseau (index.html, CSS et JavaScript, brotli précompressé) : ${kB(pageWire)} (${kB(pageRaw)} sans compression)`,
  );
  if (route.budget) {
    const verdict = total <= budgetBytes ? 'OK' : 'NON ATTEINT';
    console.log(`Objectif : ≤ ${kB(budgetBytes)} de JavaScript gzippé → ${verdict}`);
  }
}
