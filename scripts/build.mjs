// Bundles the extension and the command-line tools with esbuild: one file each, so the
// packaged extension loads a single module (fast activation) and ships no node_modules.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

const version = JSON.parse(readFileSync('package.json', 'utf8')).version;

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: process.argv.includes('--minify'),
  logLevel: 'warning',
  legalComments: 'none',
  define: { NEWSMARK_VERSION: JSON.stringify(version) },
};

const entries = [
  // The banner stamps the moment the bundle starts evaluating, so activation time can be
  // reported as bundle evaluation + activate().
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], banner: { js: 'globalThis.__newsmarkLoadStart = performance.now();' } },
  { entryPoints: ['src/extension/extractWorker.ts'], outfile: 'dist/extractWorker.js' },
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['scripts/eval/main.ts'], outfile: 'dist/eval.js' },
  { entryPoints: ['bench/main.ts'], outfile: 'dist/bench.js' },
].filter((e) => existsSync(e.entryPoints[0]));

const started = Date.now();
await Promise.all(entries.map((e) => build({ ...common, ...e })));
if (!watch) console.log(`built ${entries.map((e) => e.outfile).join(', ')} in ${Date.now() - started} ms`);
