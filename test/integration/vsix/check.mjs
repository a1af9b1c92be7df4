// Checks newsmark.vsix as a user would get it: installs it into a FRESH extensions dir with
// `code-server --install-extension`, checks what the package holds, then starts code-server
// with no development copy of Newsmark; the probe extension's tests (probe/run.js) verify in
// the extension host that the installed copy activates and works. Returns an exit code.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheRoot } from '../../../scripts/vscode/paths.mjs';
import { ensureCodeServerRoute } from '../../../scripts/vscode/install.mjs';
import { installExtension } from '../../../scripts/vscode/server.mjs';
import { launch } from '../../../scripts/vscode/launcher.mjs';

const probeDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'probe');

/** Files the package must hold, and paths that must never ship in it. */
const REQUIRED = ['package.json', 'dist/extension.js'];
const FORBIDDEN = ['src', 'test', 'node_modules', 'scripts', '.vscode-test', 'out', 'screenshots', 'tsconfig.json', 'dist/extension.js.map'];

export function inspectInstalled(dir) {
  const problems = [];
  for (const f of REQUIRED) if (!existsSync(path.join(dir, f))) problems.push(`missing ${f}`);
  for (const f of FORBIDDEN) if (existsSync(path.join(dir, f))) problems.push(`should not ship ${f}`);
  return problems;
}

export async function checkVsix({ vsix, workspace, root = path.join(cacheRoot, 'vsix-check') }) {
  const log = (m) => console.log(`[vsix] ${m}`);
  if (!existsSync(vsix)) { console.error(`[vsix] FAILED: ${vsix} does not exist (run npm run package)`); return 1; }
  const route = ensureCodeServerRoute();
  rmSync(root, { recursive: true, force: true });
  const extensionsDir = path.join(root, 'extensions');
  const userDataDir = path.join(root, 'user-data');
  try {
    log(installExtension({ ...route, vsix, userDataDir, extensionsDir }).split('\n').filter(Boolean).pop() ?? 'installed');
  } catch (e) {
    console.error(`[vsix] FAILED: ${e.message}`);
    return 1;
  }
  const installed = readdirSync(extensionsDir).find((d) => d.startsWith('newsmark.newsmark-'));
  if (!installed) { console.error(`[vsix] FAILED: no newsmark.newsmark-* folder in ${extensionsDir}`); return 1; }
  const problems = inspectInstalled(path.join(extensionsDir, installed));
  if (problems.length) { console.error(`[vsix] FAILED: package contents: ${problems.join('; ')}`); return 1; }
  log(`installed ${installed}; contents ok`);
  process.env.NEWSMARK_VSIX_EXTENSIONS_DIR = extensionsDir;
  try {
    return await launch([
      workspace,
      `--extensionDevelopmentPath=${probeDir}`,
      `--extensionTestsPath=${path.join(probeDir, 'run.js')}`,
      `--user-data-dir=${userDataDir}`,
      `--extensions-dir=${extensionsDir}`,
    ]);
  } catch (e) {
    console.error(`[vsix] FAILED: ${e?.stack ?? e}`);
    return 1;
  } finally {
    delete process.env.NEWSMARK_VSIX_EXTENSIONS_DIR;
  }
}
