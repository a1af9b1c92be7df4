// Throughput and latency of the whole Newsmark pipeline, the parser alone, compromise
// (people + places + organizations) and chrono-node, in one process on the same text: a
// ~50 KB article and a ~5 MB concatenation built from sample articles read at run time
// (the project's samples/*.txt, else ../shared/samples/*.txt, or the folder given as the
// first argument). Each system is warmed up, then timed over several runs; medians are
// reported, with ratios newsmark / other.
//   npm run bench [-- <samples folder>] [--quick]
import fs from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import * as chrono from 'chrono-node';
import { extract } from '../src/core/extract';
import { parseNews } from '../src/core/parse';

interface System {
  name: string;
  run: (text: string) => unknown;
}

const SYSTEMS: System[] = [
  { name: 'newsmark pipeline', run: (text) => extract(text, { published: '2025-02-13' }) },
  { name: 'newsmark parser', run: (text) => parseNews(text) },
  {
    name: 'compromise',
    run: (text) => {
      // compromise holds the whole document in memory many times over (gigabytes for 5 MB),
      // so long texts go through it in article-sized pieces: the same characters, the same work.
      const out: unknown[] = [];
      for (const piece of pieces(text, 60_000)) {
        const doc = nlp(piece);
        out.push(doc.people().json({ offset: true }), doc.places().json({ offset: true }), doc.organizations().json({ offset: true }));
      }
      return out;
    },
  },
  { name: 'chrono-node', run: (text) => chrono.parse(text, new Date('2025-02-13T12:00:00Z')) },
];

/** Splits at paragraph breaks into pieces of about `size` characters. */
import { benchIncremental } from './incremental';

function pieces(text: string, size: number): string[] {
  if (text.length <= size) return [text];
  const out: string[] = [];
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf('\n\n', from + size);
    if (to < 0) to = text.length;
    out.push(text.slice(from, to));
    from = to;
  }
  return out;
}

function findSamples(): string[] {
  const arg = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const root = path.resolve(__dirname, '..');
  const candidates = arg ? [path.resolve(arg)] : [path.join(root, 'samples'), path.join(root, '../shared/samples'), path.resolve('samples')];
  for (const dir of candidates) {
    if (!fs.existsSync(dir)) continue;
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    if (files.length) return files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  }
  throw new Error(`no sample articles (*.txt) found in ${candidates.join(' or ')}`);
}

function buildText(articles: string[], size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const a = articles[i % articles.length];
    parts.push(a);
    length += a.length + 2;
  }
  return parts.join('\n\n');
}

interface Timing {
  runs: number;
  /** The first (cold, not yet compiled by the JIT) run. */
  firstMs: number;
  medianMs: number;
  p95Ms: number;
  mbPerS: number;
}

/**
 * Warm-up (at least `warmup` runs and until `warmupMs` is spent, so that every system is timed
 * after the JIT has compiled its hot code, as in a long-running editor), then timed runs until
 * `minRuns` are done and `budgetMs` is spent (at least one). The first run is reported apart.
 */
function time(run: (text: string) => unknown, text: string, minRuns: number, budgetMs: number, warmup: number, warmupMs: number): Timing {
  let firstMs = NaN;
  const warmStart = performance.now();
  for (let i = 0; i < warmup || (warmup > 0 && performance.now() - warmStart < warmupMs); i++) {
    const t0 = performance.now();
    run(text);
    if (i === 0) firstMs = performance.now() - t0;
  }
  const times: number[] = [];
  const started = performance.now();
  while (times.length < minRuns || (performance.now() - started < budgetMs && times.length < 200)) {
    const t0 = performance.now();
    run(text);
    times.push(performance.now() - t0);
    if (performance.now() - started > budgetMs && times.length >= 1 && times.length >= Math.min(minRuns, 3)) break;
  }
  times.sort((a, b) => a - b);
  const medianMs = times[Math.floor(times.length / 2)];
  const p95Ms = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))];
  if (Number.isNaN(firstMs)) firstMs = times[0];
  return { runs: times.length, firstMs, medianMs, p95Ms, mbPerS: text.length / 1e6 / (medianMs / 1000) };
}

function main(): void {
  const quick = process.argv.includes('--quick');
  const articles = findSamples();
  const sizes: [string, number, number, number, number][] = [
    // label, characters, minimum runs, time budget per system (ms), warm-up time (ms)
    ['~50 KB article', 50_000, quick ? 5 : 30, quick ? 500 : 3000, quick ? 1000 : 3000],
    ['~5 MB concatenation', 5_000_000, quick ? 1 : 5, quick ? 2000 : 20000, 0],
  ];
  console.log(`Newsmark benchmark — node ${process.version}, ${articles.length} sample articles, medians of timed runs after warm-up\n`);
  for (const [label, size, minRuns, budget, warmupMs] of sizes) {
    const text = buildText(articles, size);
    console.log(`${label}: ${text.length.toLocaleString('en-US')} characters`);
    const results = new Map<string, Timing>();
    for (const s of SYSTEMS) {
      // compromise needs seconds per megabyte: on the large text it gets one warm-up-free run.
      const slow = s.name === 'compromise' || s.name === 'chrono-node';
      const warmup = size > 1e6 ? (slow ? 0 : 1) : 3;
      const t = time(s.run, text, size > 1e6 && slow ? 1 : minRuns, budget, warmup, warmupMs);
      results.set(s.name, t);
      console.log(`  ${s.name.padEnd(18)} ${t.mbPerS.toFixed(2).padStart(8)} MB/s   median ${t.medianMs.toFixed(2).padStart(9)} ms   p95 ${t.p95Ms.toFixed(2).padStart(9)} ms   first ${t.firstMs.toFixed(2).padStart(9)} ms   (${t.runs} runs)`);
    }
    const nm = results.get('newsmark pipeline')!;
    for (const other of ['compromise', 'chrono-node']) {
      const o = results.get(other)!;
      console.log(`  newsmark pipeline / ${other}: ${(nm.mbPerS / o.mbPerS).toFixed(1)}× throughput`);
    }
    console.log('');
  }
  for (const [label, size] of sizes) benchIncremental(label, buildText(articles, size));
}

main();
