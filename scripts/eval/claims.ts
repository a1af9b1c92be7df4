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

export interface LabelledSentence {
  text: string;
  /** Check-worthy. */
  label: boolean;
}

/**
 * CLEF CheckThat! transcripts (2019 task 1, 2020 task 5): one tab-separated line per sentence,
 * "line number, speaker, sentence, 0|1", in every *.tsv of the folder. Lines by the
 * pseudo-speaker SYSTEM ("(APPLAUSE)", "(CROSSTALK)") are stage directions and left out.
 */
export function readCheckThatDir(dir: string): LabelledSentence[] {
  if (!existsSync(dir)) throw new Error(`CLEF CheckThat! folder not found: ${dir} (expected *.tsv transcripts)`);
  const items: LabelledSentence[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort()) {
    readFileSync(join(dir, file), 'utf8').split(/\r?\n/).forEach((line, i) => {
      if (!line.trim()) return;
      const cols = line.split('\t');
      const label = cols[cols.length - 1]?.trim();
      if (cols.length !== 4 || (label !== '0' && label !== '1')) throw new Error(`${join(dir, file)}:${i + 1}: expected "line<TAB>speaker<TAB>sentence<TAB>0|1"`);
      if (cols[1].trim() === 'SYSTEM') return;
      items.push({ text: cols[2], label: label === '1' });
    });
  }
  return items;
}

/** ClaimBuster two-class JSON: [{ sentence_id, label: 0|1, text }]. */
export function readClaimBusterJson(file: string): LabelledSentence[] {
  if (!existsSync(file)) throw new Error(`ClaimBuster file not found: ${file} (expected a JSON array of { sentence_id, label, text })`);
  const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(data)) throw new Error(`${file}: expected a JSON array`);
  return data.map((d: { text?: unknown; label?: unknown }, i) => {
    if (typeof d?.text !== 'string' || (d.label !== 0 && d.label !== 1)) throw new Error(`${file}: item ${i} lacks a text or a 0/1 label`);
    return { text: d.text, label: d.label === 1 };
  });
}

function evaluateClef2019(root: string): EvalRow[] {
  const items = readCheckThatDir(join(root, 'clef2019_checkthat_task1', 'data', 'test_annotated'));
  return sentenceRows('CLEF CheckThat! 2019 test', items, 'debate transcripts, not news; binary decision, no ranking (the task ranks by MAP)');
}

function evaluateClaimBuster(root: string): EvalRow[] {
  return sentenceRows('ClaimBuster test', readClaimBusterJson(join(root, 'claimbuster', 'test.json')), 'US presidential debate sentences, not news');
}

export const evaluate: Evaluate = async (corpusRoot, options) => {
  const out: EvalRow[] = [];
  if (options.samplesRoot) out.push(evaluateSamples(options.samplesRoot));
  out.push(...evaluateClef2019(corpusRoot));
  out.push(...evaluateClaimBuster(corpusRoot));
  return out;
};
