// The "main job": opens Newsmark (built by `npm run build`) on samples/.
//   - with `code` on the PATH: a desktop VS Code Extension Development Host;
//   - otherwise: code-server (installed and cached under .vscode-test/) on 127.0.0.1, with the
//     extension loaded for development; prints the address to open, runs until Ctrl-C.
//   --check: start, load the workbench in headless Chromium, open a sample article, take a
//     screenshot into screenshots/, fail on an activation error, stop. Exit 0 when all went well.
// Env: NEWSMARK_PORT (or PORT) to choose the port, NEWSMARK_HOST (default 127.0.0.1).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { cacheRoot, repoRoot } from './vscode/paths.mjs';
import { ensureCodeServerRoute, VSCodeUnavailableError } from './vscode/install.mjs';
import { remoteUri, SCREENSHOT_SETTINGS, startCodeServer } from './vscode/server.mjs';
import { isWorkbenchNoise, openWorkbench, workbenchUrl } from './vscode/browser.mjs';

const check = process.argv.includes('--check');
const samples = path.join(repoRoot, 'samples');

function log(message) { console.log(`[start] ${message}`); }

function hasDesktopCode() {
  return spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
}

function requireBuild() {
  if (!existsSync(path.join(repoRoot, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run `npm run build` (or `npm start`) first');
  if (!existsSync(samples)) throw new Error(`no samples/ folder at ${samples}`);
}

async function serve({ profile, port, settings = {} }) {
  const route = ensureCodeServerRoute();
  const server = await startCodeServer({
    ...route,
    port,
    host: process.env.NEWSMARK_HOST || '127.0.0.1',
    userDataDir: path.join(profile, 'user-data'),
    extensionsDir: path.join(profile, 'extensions'),
    settings,
  });
  const url = workbenchUrl(server.origin, samples, [['extensionDevelopmentPath', remoteUri(server, repoRoot)]]);
  return { server, url };
}

/** Opens one article the way a person would: Quick Open, its name, Enter. */
async function openArticle(page, name) {
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(name);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${name}"]`, { timeout: 20_000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.tab[data-resource-name="${name}"], .tab[aria-label*="${name}"]`, { timeout: 20_000 });
}

async function runCheck() {
  const profile = path.join(cacheRoot, 'start-check');
  rmSync(profile, { recursive: true, force: true });
  const { server, url } = await serve({ profile, settings: SCREENSHOT_SETTINGS });
  const activationErrors = [];
  let workbench;
  try {
    workbench = await openWorkbench({
      url,
      onLog: (type, message) => {
        if (/newsmark/i.test(message) && (type === 'error' || /failed|error/i.test(message))) activationErrors.push(message);
        if (process.env.NEWSMARK_VERBOSE && !isWorkbenchNoise(message)) console.log(`[workbench ${type}] ${message}`);
      },
    });
    await workbench.page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    const article = readdirSync(samples).filter((f) => f.endsWith('.txt')).sort()[0];
    if (article) {
      await openArticle(workbench.page, article);
      log(`opened ${article}`);
    } else {
      log('no samples/*.txt to open; screenshot shows the workbench only');
    }
    // Let activation, decorations and the status bar settle before the picture.
    await workbench.page.waitForTimeout(3000);
    const file = await workbench.screenshot('start-check');
    log(`screenshot: ${file}`);
  } finally {
    await workbench?.close();
    await server.stop();
  }
  if (activationErrors.length) {
    console.error(`[start] --check FAILED: the workbench reported errors about Newsmark:\n${activationErrors.join('\n')}`);
    return 1;
  }
  log('--check passed');
  return 0;
}

async function runInteractive() {
  if (hasDesktopCode()) {
    log(`code --extensionDevelopmentPath=${repoRoot} ${samples}`);
    const child = spawn('code', [`--extensionDevelopmentPath=${repoRoot}`, samples], { stdio: 'inherit' });
    return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
  }
  const port = Number(process.env.NEWSMARK_PORT || process.env.PORT) || undefined;
  const { server, url } = await serve({ profile: path.join(cacheRoot, 'start'), port });
  console.log(`\nNewsmark is running in code-server. Open this address in a browser:\n\n  ${url}\n\n(Ctrl-C to stop; server log: ${server.logFile})`);
  return new Promise((resolve) => {
    const stop = async () => { await server.stop(); resolve(0); };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    server.child.once('exit', (code) => { console.error(`[start] code-server exited (${code}); see ${server.logFile}`); resolve(1); });
  });
}

try {
  requireBuild();
  process.exit(await (check ? runCheck() : runInteractive()));
} catch (e) {
  console.error(e instanceof VSCodeUnavailableError ? e.message : `[start] FAILED: ${e?.stack ?? e}`);
  process.exit(1);
}
