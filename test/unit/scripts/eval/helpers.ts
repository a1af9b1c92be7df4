// Shared by the evaluation reader tests: throw-away folders for inline fixtures, and the
// public corpora beside the checkout (../shared/corpora, or NEWSMARK_CORPORA) when present.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh temporary folder holding `files` (relative path -> content); removed by the returned cleanup. */
export function tempTree(files: Record<string, string>): { root: string; cleanup: () => void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-eval-'));
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content, 'utf8');
  }
  return { root, cleanup: () => fs.rmSync(root, { recursive: true, force: true }) };
}

/** The corpus root: $NEWSMARK_CORPORA, else ../shared/corpora beside the checkout. */
export const corpusRoot = path.resolve(process.env.NEWSMARK_CORPORA ?? path.join(__dirname, '..', '..', '..', '..', '..', 'shared', 'corpora'));

/**
 * Runs `body` with the path of `rel` under the corpus root, or marks the test pending with the
 * reason in its title when that corpus is absent (users and most CI machines lack it).
 */
export function withCorpus(ctx: Mocha.Context, rel: string, body: (file: string) => void): void {
  const file = path.join(corpusRoot, rel);
  if (!fs.existsSync(file)) {
    if (ctx.test) ctx.test.title += ` (skipped: ${file} not found; set NEWSMARK_CORPORA to the corpora folder)`;
    ctx.skip();
  }
  body(file);
}
