// Packages the bundled extension as newsmark.vsix with vsce. The extension is one esbuild
// bundle (dist/extension.js), so no node_modules go in; .vscodeignore keeps the rest out.
// vsce runs the `vscode:prepublish` script (the build) first.
import { createVSIX } from '@vscode/vsce';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const out = path.join(repoRoot, process.env.NEWSMARK_VSIX ?? 'newsmark.vsix');
const hasLicense = ['LICENSE', 'LICENSE.md', 'LICENSE.txt'].some((f) => existsSync(path.join(repoRoot, f)));
if (!hasLicense) console.warn('package: no LICENSE file; packaging without one');

try {
  await createVSIX({
    cwd: repoRoot,
    packagePath: out,
    dependencies: false,
    // Answers vsce's interactive questions up front, so CI (no stdin) never waits on them.
    allowMissingRepository: true,
    // README images are relative (media/…): keep them so, since the project has no public URL;
    // they render in the .vsix's README inside VS Code.
    rewriteRelativeLinks: false,
    skipLicense: !hasLicense,
  });
} catch (e) {
  console.error(`package: vsce failed: ${e?.message ?? e}`);
  process.exit(1);
}
const kib = (statSync(out).size / 1024).toFixed(0);
console.log(`package: ${path.relative(process.cwd(), out) || out} (${kib} KiB)`);
