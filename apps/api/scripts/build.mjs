// The production build: the server, the migration and retention commands, compiled to
// plain JavaScript in dist/ (Node runs it without a TypeScript loader). The workspace
// packages (@capnum/*, TypeScript sources) are bundled in; every npm dependency stays
// external and is loaded from node_modules as usual (native modules, WebAssembly files).
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const external = Object.keys(manifest.dependencies ?? {}).filter(
  (name) => !name.startsWith('@capnum/'),
);

const started = Date.now();
await build({
  entryPoints: {
    server: 'src/server.ts',
    'migrate-cli': 'src/db/migrate-cli.ts',
    'retention-cli': 'src/modules/privacy/retention-cli.ts',
  },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external,
  // Bundled CommonJS code that calls require() still finds Node's and npm's modules.
  banner: {
    js: "import { createRequire as capnumCreateRequire } from 'node:module'; const require = capnumCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
console.log(`API compilée dans dist/ en ${Date.now() - started} ms`);
