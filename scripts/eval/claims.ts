// Claims: exact-sentence P/R/F1 and kind accuracy on the samples' gold answer keys, and
// sentence-level check-worthiness P/R/F1 on CLEF CheckThat! 2019 (test gold) and the
// ClaimBuster test set. Both of those are debate transcripts, not news: spoken sentences,
// mostly first person, where far fewer sentences are check-worthy.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/core/extract';
import { findClaims } from '../../src/core/extract/claims';
import { findQuotes } from '../../src/core/extract/quotes';
import type { ClaimKind, Span } from '../../src/core/model';
import { prf, scoreSpans, type Scored } from './score';
import type { EvalRow, Evaluate } from './types';

interface GoldClaim extends Span {
  kind: ClaimKind;
}

function evaluateSamples(samplesRoot: string): EvalRow {
  if (!existsSync(join(samplesRoot, 'gold'))) throw new Error(`samples gold not found under ${samplesRoot}`);
  const s: Scored = { tp: 0, fp: 0, fn: 0 };
  let kindRight = 0;
  let docs = 0;
  for (const file of readdirSync(samplesRoot).filter((f) => f.endsWith('.txt')).sort()) {
    const goldPath = join(samplesRoot, 'gold', file.replace(/\.txt$/, '.json'));
    if (!existsSync(goldPath)) continue;
    docs++;
    const text = readFileSync(join(samplesRoot, file), 'utf8');
    const gold = (JSON.parse(readFileSync(goldPath, 'utf8')) as { claims: GoldClaim[] }).claims;
    const found = extract(text).claims;
    scoreSpans<Span>(gold, found, undefined, s);
    const kinds = new Map(gold.map((g) => [`${g.start}:${g.end}`, g.kind]));
    for (const f of found) if (kinds.get(`${f.start}:${f.end}`) === f.kind) kindRight++;
  }
  return {
    task: 'claims',
    corpus: 'samples/gold (dev)',
    system: 'newsmark',
    ...prf(s),
    note: `${docs} docs, ${s.tp + s.fn} gold claims; kind accuracy ${s.tp ? ((kindRight / s.tp) * 100).toFixed(1) : '0'}% over ${s.tp} matched sentences`,
  };
}

/** One transcript sentence is check-worthy for us when the claims extractor keeps it (as one of `kinds`). */
function flagged(sentence: string, kinds?: ClaimKind[]): boolean {
  return findClaims(sentence, findQuotes(sentence)).some((c) => !kinds || kinds.includes(c.kind));
}

function sentenceRows(corpus: string, items: { text: string; label: boolean }[], note: string): EvalRow[] {
  return [
    sentenceRow(corpus, items, note),
    // Figures are what debate fact-checkers mostly check: a high-precision operating point.
    sentenceRow(`${corpus} (statistic claims only)`, items, note, ['statistic']),
  ];
}

function sentenceRow(corpus: string, items: { text: string; label: boolean }[], note: string, kinds?: ClaimKind[]): EvalRow {
  const s: Scored = { tp: 0, fp: 0, fn: 0 };
  for (const it of items) {
    const f = flagged(it.text, kinds);
    if (f && it.label) s.tp++;
    else if (f) s.fp++;
    else if (it.label) s.fn++;
  }
  const positives = items.filter((i) => i.label).length;
  return { task: 'check-worthiness', corpus, system: 'newsmark', ...prf(s), note: `${items.length} sentences, ${positives} check-worthy; ${note}` };
}

function evaluateClef2019(root: string): EvalRow[] {
  const dir = join(root, 'clef2019_checkthat_task1', 'data', 'test_annotated');
  if (!existsSync(dir)) throw new Error(`CLEF CheckThat! 2019 test gold not found under ${dir}`);
  const items: { text: string; label: boolean }[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const cols = line.split('\t');
      if (cols.length < 4 || cols[1] === 'SYSTEM') continue;
      items.push({ text: cols[2], label: Number(cols[3]) === 1 });
    }
  }
  return sentenceRows('CLEF CheckThat! 2019 test', items, 'debate transcripts, not news; binary decision, no ranking (the task ranks by MAP)');
}

function evaluateClaimBuster(root: string): EvalRow[] {
  const path = join(root, 'claimbuster', 'test.json');
  if (!existsSync(path)) throw new Error(`ClaimBuster test set not found at ${path}`);
  const data = JSON.parse(readFileSync(path, 'utf8')) as { text: string; label: number }[];
  return sentenceRows('ClaimBuster test', data.map((d) => ({ text: d.text, label: d.label === 1 })), 'US presidential debate sentences, not news');
}

export const evaluate: Evaluate = async (corpusRoot, options) => {
  const out: EvalRow[] = [];
  if (options.samplesRoot) out.push(evaluateSamples(options.samplesRoot));
  out.push(...evaluateClef2019(corpusRoot));
  out.push(...evaluateClaimBuster(corpusRoot));
  return out;
};
