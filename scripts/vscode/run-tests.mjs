// Runs the integration tests in a real VS Code, then checks the packaged .vsix.
//   route: a downloaded desktop VS Code where one can be had (NEWSMARK_VSCODE=desktop, or a
//   quick probe of the download server with a display), else code-server + headless Chromium
//   (installed and cached under .vscode-test/ by install.mjs). No VS Code at all is a failure.
// Env: NEWSMARK_VSCODE=desktop|code-server, NEWSMARK_TEST_GREP=<mocha grep>,
//      NEWSMARK_TEST_TIMEOUT_MS (default 10 min), NEWSMARK_SKIP_VSIX=1, NEWSMARK_VERBOSE=1.
import { runTests } from '@vscode/test-electron';
import { build } from 'esbuild';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cacheRoot, repoRoot, screenshotsDir, workspacesRoot } from './paths.mjs';
import { ensureCodeServerRoute, VSCodeUnavailableError } from './install.mjs';
import { checkVsix } from '../../test/integration/vsix/check.mjs';

const outDir = path.join(repoRoot, 'out', 'integration');
const HARD_TIMEOUT_MS = Number(process.env.NEWSMARK_TEST_TIMEOUT_MS || 10 * 60_000);

function log(message) { console.log(`[integration] ${message}`); }

function listTests(dir, prefix = '') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const rel = path.join(prefix, d.name);
    if (d.isDirectory()) return listTests(path.join(dir, d.name), rel);
    return d.name.endsWith('.test.ts') ? [rel] : [];
  });
}

/** Bundles the test runner and each suite for the extension host; only `vscode` stays external. */
async function buildTests() {
  rmSync(outDir, { recursive: true, force: true });
  const suiteDir = path.join(repoRoot, 'test', 'integration', 'suite');
  const suites = listTests(suiteDir);
  if (suites.length === 0) throw new Error(`no integration tests in ${suiteDir}`);
  const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: 'inline', external: ['vscode'], logLevel: 'warning' };
  // mocha is bundled too (it is ESM, which not every extension host can require); its
  // parallel mode, whose worker files esbuild warns about, is never used here.
  await build({
    ...common,
    entryPoints: [path.join(repoRoot, 'test', 'integration', 'index.ts')],
    outfile: path.join(outDir, 'index.js'),
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
  await build({ ...common, entryPoints: suites.map((s) => path.join(suiteDir, s)), outdir: path.join(outDir, 'suite'), outbase: suiteDir });
  return suites;
}

/** A fresh copy of samples/, so tests may write sidecars without touching the repo. */
function prepareWorkspace(name) {
  const samples = path.join(repoRoot, 'samples');
  if (!existsSync(samples)) throw new Error(`no samples/ folder at ${samples} to open as the test workspace`);
  mkdirSync(workspacesRoot, { recursive: true });
  // Keep only the previous runs' newest few, so the cache does not grow without bound.
  const old = readdirSync(workspacesRoot).map((d) => path.join(workspacesRoot, d)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  for (const dir of old.slice(3)) rmSync(dir, { recursive: true, force: true });
  const dir = path.join(workspacesRoot, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  cpSync(samples, dir, { recursive: true });
  return dir;
}

function newRunDir() {
  const runs = path.join(cacheRoot, 'runs');
  mkdirSync(runs, { recursive: true });
  const dayAgo = Date.now() - 24 * 3600_000; // runs that were killed, and old logs
  for (const parent of [runs, path.join(cacheRoot, 'logs')]) {
    if (!existsSync(parent)) continue;
    for (const d of readdirSync(parent)) {
      const entry = path.join(parent, d);
      if (statSync(entry).mtimeMs < dayAgo) rmSync(entry, { recursive: true, force: true });
    }
  }
  const dir = path.join(runs, `${Date.now()}-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

async function desktopCanWork() {
  const want = process.env.NEWSMARK_VSCODE;
  if (want === 'desktop') return true;
  if (want === 'code-server') return false;
  if (process.platform === 'linux' && !process.env.DISPLAY) return false; // desktop VS Code needs a display
  try {
    const res = await fetch('https://update.code.visualstudio.com/api/releases/stable', { signal: AbortSignal.timeout(3000) });
    return res.ok;
  } catch {
    return false;
  }
}

/** A shell stub runTests() can spawn as "the VS Code executable"; it runs launcher.mjs with this Node. */
function writeLauncherStub() {
  const stub = path.join(cacheRoot, 'bin', 'code-launcher');
  mkdirSync(path.dirname(stub), { recursive: true });
  const launcher = path.join(repoRoot, 'scripts', 'vscode', 'launcher.mjs');
  writeFileSync(stub, `#!/bin/sh\nexec '${process.execPath}' '${launcher}' "$@"\n`);
  chmodSync(stub, 0o755);
  return stub;
}

function newScreenshots(since) {
  if (!existsSync(screenshotsDir)) return [];
  return readdirSync(screenshotsDir).filter((f) => f.endsWith('.png')).map((f) => path.join(screenshotsDir, f))
    .filter((f) => statSync(f).mtimeMs >= since).sort();
}

async function main() {
  const started = Date.now();
  const suites = await buildTests();
  log(`built ${suites.length} suite file(s) into ${path.relative(repoRoot, outDir)}`);
  const workspace = prepareWorkspace('suite');
  const desktop = await desktopCanWork();
  log(`route: ${desktop ? 'desktop VS Code (downloaded by @vscode/test-electron)' : 'code-server + headless Chromium'}; workspace ${path.relative(repoRoot, workspace)}`);
  // Per-run profile and scratch files, so two runs in one checkout do not clobber each other.
  const runDir = newRunDir();
  const profile = path.join(runDir, 'profile');
  const resultFile = path.join(runDir, 'result.json');
  const options = {
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: path.join(outDir, 'index.js'),
    launchArgs: [workspace, `--user-data-dir=${path.join(profile, 'user-data')}`, `--extensions-dir=${path.join(profile, 'extensions')}`],
    // NO_COLOR: mocha's tick marks are coloured by picocolors whenever CI is set.
    extensionTestsEnv: { NEWSMARK_TEST_WORKSPACE: workspace, NEWSMARK_TEST_RESULT_FILE: resultFile, NO_COLOR: '1' },
  };
  if (!desktop) {
    ensureCodeServerRoute(); // installs (or fails loudly) before the clock of the run starts
    options.vscodeExecutablePath = writeLauncherStub();
  }
  // Backstop over the launcher's own timeout (suite and vsix check), armed after any install.
  setTimeout(() => {
    console.error(`[integration] FAILED: no result within ${(2 * HARD_TIMEOUT_MS + 60_000) / 1000} s (hard timeout)`);
    process.exit(124);
  }, 2 * HARD_TIMEOUT_MS + 60_000).unref();
  const suiteStarted = Date.now();
  let code = 0;
  try {
    await runTests(options);
  } catch (e) {
    code = typeof e?.code === 'number' && e.code !== 0 ? e.code : 1;
    console.error(`[integration] test run failed: ${e?.message ?? e}`);
  }
  log(`suite finished in ${((Date.now() - suiteStarted) / 1000).toFixed(1)} s with exit code ${code}`);
  const totals = existsSync(resultFile) ? JSON.parse(readFileSync(resultFile, 'utf8')) : { passes: 0, failures: 0 };
  // A run that died before mocha could count still counts as one failure.
  if (code !== 0 && totals.failures === 0) totals.failures = 1;

  if (process.env.NEWSMARK_SKIP_VSIX === '1') {
    log('vsix check SKIPPED (NEWSMARK_SKIP_VSIX=1)');
  } else if (desktop) {
    log('vsix check SKIPPED on the desktop route (it installs the .vsix into code-server; run with NEWSMARK_VSCODE=code-server)');
  } else {
    const vsixStarted = Date.now();
    const vsixCode = await checkVsix({ vsix: path.join(repoRoot, 'newsmark.vsix'), workspace: prepareWorkspace('vsix'), root: path.join(runDir, 'vsix-check') });
    log(`vsix check finished in ${((Date.now() - vsixStarted) / 1000).toFixed(1)} s with exit code ${vsixCode}`);
    if (code === 0) code = vsixCode;
    if (vsixCode === 0) totals.passes++; else totals.failures++;
  }

  rmSync(runDir, { recursive: true, force: true });
  const shots = newScreenshots(started);
  log(`screenshots (${shots.length}):`);
  for (const file of shots) console.log(`  ${file}`);
  log(`${code === 0 ? 'PASSED' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`integration: ${totals.passes} passed, ${totals.failures} failed`);
  return code;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof VSCodeUnavailableError ? e.message : `[integration] FAILED: ${e?.stack ?? e}`);
    process.exit(1);
  },
);
