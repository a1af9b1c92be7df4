// Starts code-server (the real VS Code workbench and Node extension host) on a loopback port,
// with its own settings, temp, config and data folders under .vscode-test/.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { cacheRoot, tmpRoot, xdgConfig, xdgData } from './paths.mjs';

/** User settings that keep the screen to the editor: no welcome page, tips, AI or update prompts. */
export const CLEAN_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'update.showReleaseNotes': false,
  'update.mode': 'none',
  'extensions.ignoreRecommendations': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'window.commandCenter': false,
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on', // news paragraphs are single long lines
  'workbench.layoutControl.enabled': false,
  'accessibility.signals.sounds.volume': 0,
  'notebook.experimental.generate': false,
};

/**
 * For screenshots only: VS Code's own highlight of the word under the cursor looks like an
 * annotation (the cursor starts at 1:1, on the headline's first word).
 */
export const SCREENSHOT_SETTINGS = { 'editor.occurrencesHighlight': 'off', 'editor.selectionHighlight': false };

export function writeUserSettings(userDataDir, extra = {}) {
  const dir = path.join(userDataDir, 'User');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ ...CLEAN_SETTINGS, ...extra }, null, 2) + '\n');
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Environment for code-server and its children: own temp/config/data; no VS Code IPC or npm run variables leaking in. */
function serverEnv(extraEnv) {
  const env = { ...process.env, TMPDIR: tmpRoot, XDG_CONFIG_HOME: xdgConfig, XDG_DATA_HOME: xdgData, ...extraEnv };
  for (const key of Object.keys(env)) {
    if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE' || /^npm_/i.test(key)) delete env[key];
  }
  for (const dir of [tmpRoot, xdgConfig, xdgData]) mkdirSync(dir, { recursive: true });
  return env;
}

function commonArgs(userDataDir, extensionsDir) {
  return ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
}

/** Installs a .vsix the way a user would; a folder is refused by code-server, a .vsix is not. */
export function installExtension({ node, codeServerEntry, vsix, userDataDir, extensionsDir }) {
  const r = spawnSync(node, [codeServerEntry, ...commonArgs(userDataDir, extensionsDir), '--install-extension', vsix, '--force'], {
    env: serverEnv({}), encoding: 'utf8',
  });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
  if (r.status !== 0) throw new Error(`code-server --install-extension ${vsix} failed (exit ${r.status}):\n${output}`);
  return output;
}

async function waitForHealth(origin, child, logFile, deadline) {
  let exited = null;
  child.once('exit', (code, signal) => { exited = code ?? signal; });
  while (Date.now() < deadline) {
    if (exited !== null) break;
    try {
      const res = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n') : '';
  throw new Error(`code-server did not become healthy at ${origin} (${exited !== null ? `exited: ${exited}` : 'timed out'}). Log ${logFile}:\n${tail}`);
}

/**
 * @param {{ node: string, codeServerEntry: string, userDataDir: string, extensionsDir: string,
 *   port?: number, host?: string, env?: Record<string,string>, settings?: object }} options
 */
export async function startCodeServer({ node, codeServerEntry, userDataDir, extensionsDir, port, host = '127.0.0.1', env = {}, settings = {} }) {
  port ??= await freePort();
  mkdirSync(extensionsDir, { recursive: true });
  writeUserSettings(userDataDir, settings);
  const logDir = path.join(cacheRoot, 'logs');
  mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, `code-server-${port}.log`);
  const args = [
    codeServerEntry,
    '--bind-addr', `${host}:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...commonArgs(userDataDir, extensionsDir),
    // Makes the page report the extension host's console and the tests' exit code.
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  // Own process group, so stopping it also stops the extension host and pty host it forks.
  const child = spawn(node, args, { env: serverEnv(env), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const logStream = createWriteStream(logFile);
  child.stdout.pipe(logStream);
  child.stderr.pipe(logStream);
  const origin = `http://${host}:${port}`;
  const stop = () => stopProcessGroup(child);
  try {
    await waitForHealth(origin, child, logFile, Date.now() + 60_000);
  } catch (e) {
    await stop();
    throw e;
  }
  return { origin, port, host, logFile, child, stop };
}

export async function stopProcessGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  const signal = (sig) => { try { process.kill(-child.pid, sig); } catch { /* already gone */ } };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}

/** `vscode-remote://` URI of a server-side path, as the workbench payload wants it. */
export function remoteUri(server, absPath) {
  return `vscode-remote://${server.host}:${server.port}${absPath.split(path.sep).map(encodeURIComponent).join('/')}`;
}
