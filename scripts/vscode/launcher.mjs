#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-electron's runTests() spawns:
// takes the same command line (folder, --extensionDevelopmentPath, --extensionTestsPath,
// --user-data-dir, --extensions-dir) and runs the tests in code-server's real VS Code,
// shown in headless Chromium. Exits with the tests' exit code; fails loudly on a hang.
import path from 'node:path';
import { ensureCodeServerRoute, VSCodeUnavailableError } from './install.mjs';
import { isWorkbenchNoise, openWorkbench, serveScreenshots, workbenchUrl } from './browser.mjs';
import { createWriteStream } from 'node:fs';
import { remoteUri, SCREENSHOT_SETTINGS, startCodeServer } from './server.mjs';
import { cacheRoot } from './paths.mjs';

const TIMEOUT_MS = Number(process.env.NEWSMARK_TEST_TIMEOUT_MS || 10 * 60_000);

/** Splits VS Code's command line into the options this launcher understands. */
export function parseArgs(argv) {
  const out = { folder: undefined, extensionDevelopmentPath: [], extensionTestsPath: undefined, userDataDir: undefined, extensionsDir: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--extensionDevelopmentPath': out.extensionDevelopmentPath.push(path.resolve(value())); break;
      case '--extensionTestsPath': out.extensionTestsPath = path.resolve(value()); break;
      case '--user-data-dir': out.userDataDir = path.resolve(value()); break;
      case '--extensions-dir': out.extensionsDir = path.resolve(value()); break;
      default:
        if (!arg.startsWith('-')) out.folder = path.resolve(arg);
        // Desktop-only switches (--no-sandbox, --disable-updates, ...) mean nothing here.
    }
  }
  return out;
}

export async function launch(argv) {
  const opts = parseArgs(argv);
  if (!opts.folder) throw new Error('launcher: no workspace folder given');
  const route = ensureCodeServerRoute();
  let workbench;
  const shots = await serveScreenshots(async (name) => {
    if (!workbench) throw new Error('workbench not open yet');
    const file = await workbench.screenshot(name);
    console.log(`[screenshot] ${file}`);
    return file;
  });
  const server = await startCodeServer({
    ...route,
    codeServerEntry: route.codeServerEntry,
    userDataDir: opts.userDataDir ?? path.join(cacheRoot, 'user-data'),
    extensionsDir: opts.extensionsDir ?? path.join(cacheRoot, 'extensions'),
    env: { NEWSMARK_SCREENSHOT_URL: shots.url },
    settings: SCREENSHOT_SETTINGS,
  });
  const workbenchLogFile = server.logFile.replace(/code-server-(\d+)\.log$/, 'workbench-$1.log');
  const workbenchLog = createWriteStream(workbenchLogFile);
  const verbose = !!process.env.NEWSMARK_VERBOSE;
  let timer;
  try {
    const payload = [
      ...opts.extensionDevelopmentPath.map((p) => ['extensionDevelopmentPath', remoteUri(server, p)]),
      ...(opts.extensionTestsPath ? [['extensionTestsPath', remoteUri(server, opts.extensionTestsPath)]] : []),
    ];
    workbench = await openWorkbench({
      url: workbenchUrl(server.origin, opts.folder, payload),
      onLog: (type, message) => {
        workbenchLog.write(`[${type}] ${message}\n`);
        if (verbose || !isWorkbenchNoise(message)) (type === 'error' ? console.error : console.log)(message);
      },
    });
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => {
        console.error(`launcher: the tests did not finish within ${TIMEOUT_MS / 1000} s; failing. Logs: ${server.logFile}, ${workbenchLogFile}`);
        resolve(124);
      }, TIMEOUT_MS);
    });
    const code = await Promise.race([workbench.exitCode, timeout]);
    if (code === 124) await workbench.screenshot('timeout').then((f) => console.error(`launcher: screen at timeout: ${f}`)).catch(() => {});
    return code;
  } finally {
    clearTimeout(timer);
    await workbench?.close();
    await server.stop();
    await shots.close();
    workbenchLog.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  launch(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      console.error(e instanceof VSCodeUnavailableError ? e.message : `launcher failed: ${e?.stack ?? e}`);
      process.exit(1);
    },
  );
}
