// Opens the code-server workbench in headless Debian Chromium through playwright-core, relays
// the smoke-test driver's hooks (extension host console, exit code), and takes screenshots.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { format } from 'node:util';
import { chromiumPath, screenshotsDir, tmpRoot } from './paths.mjs';

export const VIEWPORT = { width: 1600, height: 1000 };

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

/** Workbench URL that opens `folder` and passes development/test extension paths as the payload. */
export function workbenchUrl(origin, folder, payload = []) {
  const params = new URLSearchParams({ folder });
  if (payload.length) params.set('payload', JSON.stringify(payload));
  return `${origin}/?${params}`;
}

function safeName(name) {
  return String(name).replace(/\.png$/i, '').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'screenshot';
}

/** Workbench chatter that shares the channel with the extension host's console. */
const WORKBENCH_NOISE = [
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket \(/,
  /^\[(reconnection-grace-time|Service Worker|AgentHost[^\]]*|AccountPolicyGate)\]/,
  /^Updating additional builtin extensions cache/,
  /^Creation of workbench contribution/,
  /open-vsx\.org/, // no marketplace on these machines
  /^Timed out waiting for authentication provider 'github'/, // no GitHub sign-in either
];

export function isWorkbenchNoise(message) {
  return WORKBENCH_NOISE.some((re) => re.test(message));
}

/**
 * @param {{ url: string, onLog?: (type: string, message: string) => void, verbose?: boolean }} options
 * @returns the page, a promise of the exit code the workbench reports, screenshot(), close()
 */
export async function openWorkbench({ url, onLog = () => {}, verbose = !!process.env.NEWSMARK_VERBOSE }) {
  mkdirSync(tmpRoot, { recursive: true });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
    env: { ...process.env, TMPDIR: tmpRoot },
  });
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  let resolveExit;
  const exitCode = new Promise((resolve) => { resolveExit = resolve; });
  // Both hooks must exist before the workbench script runs, hence before goto.
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    // The arguments of a console call, printf-style as mocha's reporters use them.
    onLog(type, Array.isArray(args) ? format(...args) : String(args));
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
  page.on('pageerror', (err) => { if (verbose) console.error(`[page error] ${err.message}`); });
  if (verbose) page.on('console', (m) => console.error(`[page ${m.type()}] ${m.text()}`));
  await page.goto(url, { waitUntil: 'domcontentloaded' });

  const taken = [];
  async function screenshot(name) {
    mkdirSync(screenshotsDir, { recursive: true });
    const file = path.join(screenshotsDir, `${safeName(name)}.png`);
    await page.screenshot({ path: file });
    taken.push(file);
    return file;
  }
  const close = () => browser.close().catch(() => {});
  return { browser, page, exitCode, screenshot, taken, close };
}

/**
 * Loopback endpoint through which tests inside the extension host ask for a screenshot:
 * POST /screenshot?name=NAME answers with the PNG's path once it is written.
 */
export async function serveScreenshots(screenshot) {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/screenshot') { res.writeHead(404).end(); return; }
    try {
      const file = await screenshot(url.searchParams.get('name') ?? 'screenshot');
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ path: file }));
    } catch (e) {
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(e?.message ?? e) }));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/screenshot`, close: () => new Promise((r) => server.close(() => r())) };
}
