// Quotes and speakers: exact-span P/R/F1 of direct quotations and speaker accuracy, on
// PolNeAR (brat attributions whose content opens with a quotation mark) and on the samples'
// gold answer keys.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/core/extract';
import { findQuotes } from '../../src/core/extract/quotes';
import type { ActorMention, QuoteMention, Span } from '../../src/core/model';
import { prf, scoreSpans, type Scored } from './score';
import type { EvalRow, Evaluate } from './types';

export interface GoldQuote extends Span {
  /** PolNeAR: the attribution's source spans; samples: the speaker entity. */
  sources: Span[];
  /** PolNeAR, when the source is a pronoun: the nearest earlier source that names someone. */
  antecedent?: Span;
  speaker?: string | null;
}

const OPEN = '"“„';
const MARKS = '"“”„';
const PRONOUNS = /^(?:he|she|they|it|i|we|you|his|her|their|who|which|that)$/i;

/**
 * The text with each pair of straight apostrophes used as a double mark ('' in news archive
 * exports, as in PolNeAR's New York Times articles) written as " plus a space on the side of
 * the quoted words, so the mark logic below reads it; offsets do not move.
 */
export function twoApostrophesAsMarks(text: string): string {
  return text.replace(/(?<!')''(?!')/g, (m, at: number) => (at === 0 || /[\s([{—–-]/.test(text[at - 1]) ? '" ' : ' "'));
}

/** Quoted spans inside one attribution content: the text between its marks, trimmed. */
function quotedSpans(text: string, fragments: Span[]): Span[] {
  // Fragments separated only by whitespace (a quotation's paragraphs) are one stretch.
  const merged: Span[] = [];
  for (const f of [...fragments].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && /^\s*$/.test(text.slice(last.end, f.start))) last.end = Math.max(last.end, f.end);
    else merged.push({ ...f });
  }
  const out: Span[] = [];
  // A mark opens when it stands before a word (after a space, a bracket, a dash or another mark);
  // anything else closes: "here,“ " is a typo for "here,”".
  const opening = (m: Span, i: number) => i + 1 < m.end && !/\s/.test(text[i + 1]) && (i === m.start || /[\s([{—–"“„'‘-]/.test(text[i - 1]));
  for (const m of merged) {
    let open = -1;
    // A quotation nested in this one ("…the question: “As you know…” Forty-three…"): its marks are skipped.
    let nested = 0;
    let straightInside = false;
    for (let i = m.start; i < m.end; i++) {
      const c = text[i];
      if (!MARKS.includes(c)) continue;
      if (open >= 0 && /\n\s*$/.test(text.slice(m.start, i))) continue; // a paragraph reopening
      if (open < 0) {
        open = i;
        nested = 0;
        straightInside = false;
        continue;
      }
      if (c === '"' && text[open] !== '"') {
        if (straightInside) { straightInside = false; continue; }
        if (opening(m, i)) { straightInside = true; continue; }
      } else if (c === '“' || c === '„') {
        if (opening(m, i)) { nested++; continue; }
        if (nested > 0) { nested--; continue; }
      } else if (c === '”' && nested > 0) {
        nested--;
        continue;
      }
      out.push(trim(text, open + 1, i));
      open = -1;
    }
    if (open >= 0) out.push(trim(text, open + 1, m.end));
  }
  return out.filter((s) => s.end > s.start);
}

function trim(text: string, a: number, b: number): Span {
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  return { start: a, end: b };
}

/**
 * brat offsets count characters (code points); JavaScript strings count UTF-16 units, two for
 * a character beyond U+FFFF (emoji). Maps the one to the other; the identity for BMP-only text.
 */
export function codePointOffsets(text: string): (offset: number) => number {
  if (!/[\u{10000}-\u{10FFFF}]/u.test(text)) return (o) => o;
  const units: number[] = [];
  let u = 0;
  for (const ch of text) {
    units.push(u);
    u += ch.length;
  }
  units.push(u);
  return (o) => {
    if (o < 0 || o >= units.length) throw new Error(`brat offset ${o} outside the text (${units.length - 1} characters)`);
    return units[o];
  };
}

function parseRanges(r: string, toUnits: (o: number) => number, textLength: number): Span[] {
  return r.split(';').map((p) => {
    const [s, e] = p.trim().split(/\s+/).map(Number);
    if (!Number.isInteger(s) || !Number.isInteger(e) || s > e) throw new Error(`bad brat range "${p}"`);
    const span = { start: toUnits(s), end: toUnits(e) };
    if (span.end > textLength) throw new Error(`brat range "${p}" ends outside the text (${textLength} characters)`);
    return span;
  });
}

/**
 * Direct quotes of one PolNeAR article from its brat standoff file, and the contents of its
 * other (indirect) attributions, where our partial quotes ("called it “unrealistic”") lie.
 */
export function polnearQuotes(text: string, ann: string): { quotes: GoldQuote[]; indirect: Span[] } {
  const spans = new Map<string, { type: string; ranges: Span[]; text: string }>();
  const marked = twoApostrophesAsMarks(text);
  const events: Record<string, string>[] = [];
  const toUnits = codePointOffsets(text);
  // An annotation's text column is cut at its first line break: the rest follows on lines of
  // their own, which must not be taken for annotations (hence the strict id patterns), and a
  // span's text is read from the article, fragments joined by a space as brat writes them.
  for (const line of ann.split(/\r?\n/)) {
    const cols = line.split('\t');
    if (/^T\d+$/.test(cols[0]) && cols.length >= 3) {
      const m = /^(\S+) (\d[\d ;]*)$/.exec(cols[1]);
      if (!m) continue;
      const ranges = parseRanges(m[2], toUnits, text.length);
      spans.set(cols[0], { type: m[1], ranges, text: ranges.map((r) => marked.slice(r.start, r.end)).join(' ') });
    } else if (/^E\d+$/.test(cols[0]) && cols.length >= 2) {
      const roles: Record<string, string> = {};
      for (const part of cols[1].split(/\s+/)) {
        const [role, id] = part.split(':');
        if (role && id) roles[role] = id;
      }
      events.push(roles);
    }
  }
  const out: GoldQuote[] = [];
  const indirect: Span[] = [];
  // Sources that name someone, in document order: the antecedents a pronoun source most likely has.
  const named = [...spans.values()]
    .filter((t) => t.type === 'Source' && !PRONOUNS.test(t.text.trim()))
    .map((t) => t.ranges[0])
    .sort((a, b) => a.start - b.start);
  for (const e of events) {
    const content = e.Content ? spans.get(e.Content) : undefined;
    if (!content) continue;
    if (!OPEN.includes(content.text.trimStart()[0] ?? '')) {
      indirect.push(...content.ranges);
      continue;
    }
    const source = e.Source ? spans.get(e.Source) : undefined;
    const sources = source?.ranges ?? [];
    let antecedent: Span | undefined;
    if (source && PRONOUNS.test(source.text.trim())) {
      for (const n of named) if (n.start < sources[0].start) antecedent = n;
    }
    for (const q of quotedSpans(marked, content.ranges)) out.push({ ...q, sources, antecedent });
  }
  return { quotes: out, indirect };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

interface Tally {
  spans: Scored;
  /** The same, not counting found quotes inside indirect attribution contents as false positives. */
  lenient: Scored;
  matched: number;
  speakerRight: number;
  pronounSources: number;
  /** Of those, right against the nearest earlier named source (a stand-in for coreference). */
  pronounRight: number;
  docs: number;
}

function tally(): Tally {
  return { spans: { tp: 0, fp: 0, fn: 0 }, lenient: { tp: 0, fp: 0, fn: 0 }, matched: 0, speakerRight: 0, pronounSources: 0, pronounRight: 0, docs: 0 };
}

/** Our name span overlaps one of the spans, or one of them names our speaker. */
function names(text: string, spans: Span[], found: QuoteMention): boolean {
  if (!found.speaker) return false;
  if (found.speakerMention && spans.some((s) => overlaps(s, found.speakerMention!))) return true;
  const last = found.speaker.split(/\s+/).pop()!.toLowerCase();
  return spans.some((s) => text.slice(s.start, s.end).toLowerCase().split(/[^\p{L}]+/u).includes(last));
}

/** Speaker right on PolNeAR; a pronoun source is checked against its likely antecedent. */
function polnearSpeakerRight(text: string, gold: GoldQuote, found: QuoteMention): boolean | 'pronoun-right' | 'pronoun-wrong' {
  if (gold.sources.length === 1 && PRONOUNS.test(text.slice(gold.sources[0].start, gold.sources[0].end).trim())) {
    return gold.antecedent && names(text, [gold.antecedent], found) ? 'pronoun-right' : 'pronoun-wrong';
  }
  return names(text, gold.sources, found);
}

function scoreDoc(
  t: Tally,
  gold: GoldQuote[],
  found: QuoteMention[],
  /** 'pronoun-right' / 'pronoun-wrong': the source is a pronoun, checked against its antecedent. */
  right: (g: GoldQuote, f: QuoteMention) => boolean | 'pronoun-right' | 'pronoun-wrong',
  indirect: Span[] = [],
): void {
  t.docs++;
  scoreSpans<Span>(gold, found, undefined, t.spans);
  const goldKeys = new Set(gold.map((g) => `${g.start}:${g.end}`));
  const scored = found.filter((f) => goldKeys.has(`${f.start}:${f.end}`) || !indirect.some((c) => c.start <= f.start && f.end <= c.end));
  scoreSpans<Span>(gold, scored, undefined, t.lenient);
  const byKey = new Map(found.map((f) => [`${f.start}:${f.end}`, f]));
  for (const g of gold) {
    const f = byKey.get(`${g.start}:${g.end}`);
    if (!f) continue;
    const r = right(g, f);
    if (typeof r === 'string') {
      t.pronounSources++;
      if (r === 'pronoun-right') t.pronounRight++;
      continue;
    }
    t.matched++;
    if (r) t.speakerRight++;
  }
}

function rows(t: Tally, corpus: string, note: string): EvalRow[] {
  const p = prf(t.spans);
  const acc = t.matched ? t.speakerRight / t.matched : 0;
  const lenient = prf(t.lenient);
  const extra = t.lenient.fp < t.spans.fp ? `; precision ${lenient.precision.toFixed(3)} / F1 ${lenient.f1.toFixed(3)} when partial quotes inside indirect-speech contents are not counted as false positives` : '';
  return [
    { task: 'quotes', corpus, system: 'newsmark', ...p, note: `${t.docs} docs, ${t.spans.tp + t.spans.fn} gold quotes; ${note}${extra}` },
    {
      task: 'speakers',
      corpus,
      system: 'newsmark',
      precision: acc,
      recall: acc,
      f1: acc,
      note:
        `accuracy over ${t.matched} matched quotes whose source is named (${t.speakerRight} right)` +
        (t.pronounSources
          ? `; ${t.pronounSources} more have a pronoun source (he/she/who…): ${t.pronounRight} right (${((t.pronounRight / t.pronounSources) * 100).toFixed(1)}%) against the nearest earlier named source, a stand-in for coreference; all together ${(((t.speakerRight + t.pronounRight) / (t.matched + t.pronounSources)) * 100).toFixed(1)}%`
          : ''),
    },
  ];
}

export interface PolnearDoc {
  /** The article's name, text/<name>.txt. */
  name: string;
  text: string;
  quotes: GoldQuote[];
  indirect: Span[];
}

/**
 * One PolNeAR split (data/<split>/text/*.txt with data/<split>/attributions/<name>_<annotator>.ann):
 * one document per article; an article annotated by several annotators counts with the
 * first annotation (by file name) only.
 */
export function readPolnearSplit(root: string, split: string): PolnearDoc[] {
  const dir = join(root, 'polnear', 'data', split);
  if (!existsSync(join(dir, 'text')) || !existsSync(join(dir, 'attributions'))) throw new Error(`PolNeAR ${split} split not found under ${dir} (expected text/ and attributions/)`);
  const docs: PolnearDoc[] = [];
  const seen = new Set<string>();
  for (const file of readdirSync(join(dir, 'attributions')).sort()) {
    if (!file.endsWith('.ann')) continue;
    const name = file.replace(/_[0-9a-f]+\.ann$/, '').replace(/\.ann$/, '');
    if (seen.has(name)) continue;
    seen.add(name);
    const source = join(dir, 'text', `${name}.txt`);
    if (!existsSync(source)) throw new Error(`PolNeAR: ${join(dir, 'attributions', file)} has no article ${source}`);
    const text = readFileSync(source, 'utf8');
    try {
      docs.push({ name, text, ...polnearQuotes(text, readFileSync(join(dir, 'attributions', file), 'utf8')) });
    } catch (err) {
      throw new Error(`PolNeAR ${join(dir, 'attributions', file)}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return docs;
}

function evaluatePolnear(root: string, split: 'dev' | 'test'): EvalRow[] {
  const t = tally();
  for (const { text, quotes: gold, indirect } of readPolnearSplit(root, split)) {
    const found = extract(text).quotes;
    scoreDoc(t, gold, found, (g, f) => polnearSpeakerRight(text, g, f), indirect);
  }
  return rows(t, `PolNeAR ${split}`, 'spans exclude the marks; speaker = source span overlap or the source names our speaker');
}

interface SampleGold {
  actors: ActorMention[];
  quotes: { start: number; end: number; speaker: string | null }[];
}

function evaluateSamples(samplesRoot: string): EvalRow[] {
  if (!existsSync(join(samplesRoot, 'gold'))) throw new Error(`samples gold not found under ${samplesRoot}`);
  const e2e = tally();
  const oracle = tally();
  for (const file of readdirSync(samplesRoot).filter((f) => f.endsWith('.txt')).sort()) {
    const goldPath = join(samplesRoot, 'gold', file.replace(/\.txt$/, '.json'));
    if (!existsSync(goldPath)) continue;
    const text = readFileSync(join(samplesRoot, file), 'utf8');
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as SampleGold;
    const goldQuotes: GoldQuote[] = gold.quotes.map((q) => ({ start: q.start, end: q.end, sources: [], speaker: q.speaker }));
    const same = (g: GoldQuote, f: QuoteMention) => f.speaker === g.speaker;
    scoreDoc(e2e, goldQuotes, extract(text).quotes, same);
    // The same with the gold actors, to separate attribution errors from actor errors.
    scoreDoc(oracle, goldQuotes, findQuotes(text, gold.actors), same);
  }
  const out = rows(e2e, 'samples/gold (dev)', 'end to end');
  const acc = oracle.matched ? oracle.speakerRight / oracle.matched : 0;
  out[1].note += `; with gold actors: ${(acc * 100).toFixed(1)}%`;
  return out;
}

export const evaluate: Evaluate = async (corpusRoot, options) => {
  const out: EvalRow[] = [];
  if (options.samplesRoot) out.push(...evaluateSamples(options.samplesRoot));
  out.push(...evaluatePolnear(corpusRoot, 'dev'));
  out.push(...evaluatePolnear(corpusRoot, 'test'));
  return out;
};
