// `npm run eval [-- <corpus root>] [--samples <dir>] [--only actors,dates,quotes,claims]`
// Scores the extractor on the public corpora beside compromise (actors) and chrono-node
// (dates) on the same documents, and on the answer keys of the sample articles when given.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Evaluate, EvalRow } from './types';
import { evaluate as actors } from './actors';
import { evaluate as dates } from './dates';
import { evaluate as quotes } from './quotes';
import { evaluate as claims } from './claims';

const MODULES: Record<string, Evaluate> = { actors, dates, quotes, claims };

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function pct(x: number): string {
  return (100 * x).toFixed(1).padStart(6);
}

export function formatTable(rows: EvalRow[]): string {
  const w = (k: 'task' | 'corpus' | 'system') => Math.max(k.length, ...rows.map((r) => r[k].length));
  const [wt, wc, ws] = [w('task'), w('corpus'), w('system')];
  const head = `${'task'.padEnd(wt)}  ${'corpus'.padEnd(wc)}  ${'system'.padEnd(ws)}       P       R      F1  note`;
  const lines = rows.map((r) => `${r.task.padEnd(wt)}  ${r.corpus.padEnd(wc)}  ${r.system.padEnd(ws)}  ${pct(r.precision)}  ${pct(r.recall)}  ${pct(r.f1)}  ${r.note ?? ''}`);
  return [head, '-'.repeat(head.length), ...lines].join('\n');
}

async function main(): Promise<number> {
  const positional = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
  const root = path.resolve(positional[0] ?? path.join('..', 'shared', 'corpora'));
  if (!existsSync(root)) {
    console.error(`newsmark eval: the corpus root ${root} does not exist.\n` +
      'Give the folder that holds conll2003/, tempeval3/, meantime_en/, polnear/ … as the first argument:\n' +
      '  npm run eval -- /path/to/corpora [--samples /path/to/samples]');
    return 2;
  }
  const samplesArg = arg('samples') ?? path.join(root, '..', 'samples');
  const samplesRoot = existsSync(path.join(samplesArg, 'gold')) ? samplesArg : undefined;
  const only = arg('only')?.split(',');
  const rows: EvalRow[] = [];
  let failed = 0;
  for (const [name, evaluate] of Object.entries(MODULES)) {
    if (only && !only.includes(name)) continue;
    const started = Date.now();
    try {
      const got = await evaluate(root, { samplesRoot });
      rows.push(...got);
      console.error(`[eval] ${name}: ${got.length} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } catch (err) {
      failed++;
      console.error(`[eval] ${name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  console.log(formatTable(rows));
  if (!samplesRoot) console.log('\n(no answer keys found for the sample articles: pass --samples DIR with DIR/gold/*.json)');
  return failed ? 1 : 0;
}

// Run when executed (node dist/eval.js), not when imported (the unit tests import formatTable).
if (require.main === module) main().then((code) => { process.exitCode = code; });
