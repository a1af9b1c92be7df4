// Dates evaluation: exact-span P/R/F1 of temporal expressions and accuracy of their TIMEX3
// values, for newsmark's recognizer and chrono-node as the baseline, on TempEval-3
// (platinum test; TimeBank + AQUAINT dev), MEANTIME and the project's sample gold.
// The DCT (document creation time) is the publication date. Speed is measured by the
// bench, not here: these documents are too small to time fairly one by one.
import fs from 'node:fs';
import path from 'node:path';
import * as chrono from 'chrono-node';
import { findDates } from '../../src/core/extract/dates';
import type { EvalRow, Evaluate } from './types';
import { prf, scoreSpans, type Scored } from './score';

export interface GoldDate {
  start: number;
  end: number;
  value: string | null;
}

export interface GoldDoc {
  id: string;
  text: string;
  /** Document creation time YYYY-MM-DD. */
  dct: string | null;
  dates: GoldDate[];
}

type System = (text: string, dct: string | null) => GoldDate[];

const SYSTEMS: [string, System][] = [
  ['newsmark', (text, dct) => findDates(text, dct)],
  ['chrono-node', chronoDates],
];

export const evaluate: Evaluate = async (corpusRoot, options) => {
  const tempeval = path.join(corpusRoot, 'tempeval3');
  if (!fs.existsSync(tempeval)) throw new Error(`TempEval-3 corpus not found: ${tempeval}`);
  const sets: [string, GoldDoc[]][] = [
    ['TempEval-3 platinum (test)', readTimeMlDir(path.join(tempeval, 'Evaluation/te3-platinum'))],
    ['TempEval-3 TimeBank+AQUAINT (dev)', [
      ...readTimeMlDir(path.join(tempeval, 'Training/TBAQ-cleaned/TimeBank')),
      ...readTimeMlDir(path.join(tempeval, 'Training/TBAQ-cleaned/AQUAINT')),
    ]],
  ];
  const meantime = path.join(corpusRoot, 'meantime_en/intra-doc_annotation');
  if (fs.existsSync(meantime)) sets.push(['MEANTIME en (test)', readMeantimeDir(meantime)]);
  if (options.samplesRoot) sets.push(['samples/gold (dev)', readSamples(options.samplesRoot)]);
  const rows: EvalRow[] = [];
  for (const [corpus, docs] of sets) {
    for (const [system, run] of SYSTEMS) rows.push(scoreSystem(corpus, system, docs, run));
  }
  return rows;
};

export function scoreSystem(corpus: string, system: string, docs: GoldDoc[], run: System): EvalRow {
  const s: Scored = { tp: 0, fp: 0, fn: 0 };
  const relaxed: Scored = { tp: 0, fp: 0, fn: 0 };
  let valueOk = 0;
  for (const doc of docs) {
    const found = run(doc.text, doc.dct);
    scoreSpans(doc.dates, found, undefined, s);
    scoreOverlaps(doc.dates, found, relaxed);
    const gold = new Map(doc.dates.map((d) => [`${d.start}:${d.end}`, d.value]));
    for (const f of found) if (gold.has(`${f.start}:${f.end}`) && gold.get(`${f.start}:${f.end}`) === f.value) valueOk++;
  }
  const acc = s.tp ? ((100 * valueOk) / s.tp).toFixed(1) : '0';
  return {
    task: 'dates',
    corpus,
    system,
    ...prf(s),
    note: `value accuracy ${acc}% of ${s.tp} exact matches; relaxed (overlap) F1 ${(100 * prf(relaxed).f1).toFixed(1)}; ` +
      `${docs.length} docs, ${s.tp + s.fn} gold`,
  };
}

/** Relaxed span match as in TempEval-3: a found span counts when it overlaps an unused gold span. */
export function scoreOverlaps(gold: GoldDate[], found: GoldDate[], into: Scored): void {
  const used = new Set<number>();
  for (const f of found) {
    const k = gold.findIndex((g, i) => !used.has(i) && g.start < f.end && f.start < g.end);
    if (k >= 0) { used.add(k); into.tp++; } else into.fp++;
  }
  into.fn += gold.length - used.size;
}

// ---- TimeML (TempEval-3) --------------------------------------------------------------

export function readTimeMlDir(dir: string): GoldDoc[] {
  if (!fs.existsSync(dir)) throw new Error(`TimeML folder not found: ${dir}`);
  return fs.readdirSync(dir).filter((f) => f.endsWith('.tml')).sort().map((f) => parseTimeMl(f, fs.readFileSync(path.join(dir, f), 'utf8')));
}

/** The TEXT element with its tags stripped, and its TIMEX3 spans; the DCT from the DCT element. */
export function parseTimeMl(id: string, xml: string): GoldDoc {
  const dctMatch = /<DCT>\s*<TIMEX3[^>]*\bvalue="(\d{4}-\d{2}-\d{2})/.exec(xml);
  const open = xml.indexOf('<TEXT>');
  const close = xml.lastIndexOf('</TEXT>');
  if (open < 0 || close < 0) throw new Error(`${id}: no TEXT element`);
  const { text, spans } = stripTags(xml.slice(open + '<TEXT>'.length, close), 'TIMEX3');
  return { id, text, dct: dctMatch ? dctMatch[1] : null, dates: spans.map((s) => ({ start: s.start, end: s.end, value: s.attrs.value ?? null })) };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Removes XML tags and decodes entities, mapping every `tag` element to offsets in the result. */
export function stripTags(xml: string, tag: string): { text: string; spans: { start: number; end: number; attrs: Record<string, string> }[] } {
  let text = '';
  const spans: { start: number; end: number; attrs: Record<string, string> }[] = [];
  const stack: { start: number; attrs: Record<string, string> }[] = [];
  let i = 0;
  while (i < xml.length) {
    const c = xml[i];
    if (c === '<') {
      const j = xml.indexOf('>', i);
      if (j < 0) throw new Error('unterminated tag');
      const body = xml.slice(i + 1, j);
      const name = /^\/?([\w:-]+)/.exec(body)?.[1];
      if (name === tag) {
        if (body.startsWith('/')) {
          const o = stack.pop();
          if (o) spans.push({ start: o.start, end: text.length, attrs: o.attrs });
        } else {
          const attrs: Record<string, string> = {};
          for (const m of body.matchAll(/([\w:-]+)="([^"]*)"/g)) attrs[m[1]] = m[2];
          if (body.endsWith('/')) spans.push({ start: text.length, end: text.length, attrs });
          else stack.push({ start: text.length, attrs });
        }
      }
      i = j + 1;
    } else if (c === '&') {
      const j = xml.indexOf(';', i);
      const ent = j > i ? xml.slice(i + 1, j) : '';
      if (Object.hasOwn(ENTITIES, ent)) text += ENTITIES[ent];
      else if (/^#\d+$/.test(ent)) text += String.fromCodePoint(+ent.slice(1));
      else if (/^#x[0-9a-f]+$/i.test(ent)) text += String.fromCodePoint(parseInt(ent.slice(2), 16));
      else { text += c; i++; continue; }
      i = j + 1;
    } else {
      text += c;
      i++;
    }
  }
  // Document order of the start tags: by start, an enclosing element before the one it holds.
  return { text, spans: spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end) };
}

// ---- MEANTIME (CAT XML: tokens + TIMEX3 markables over token ids) ---------------------

export function readMeantimeDir(dir: string): GoldDoc[] {
  if (!fs.existsSync(dir)) throw new Error(`MEANTIME folder not found: ${dir} (expected meantime_en/intra-doc_annotation/corpus_*/*.xml)`);
  const docs: GoldDoc[] = [];
  for (const sub of fs.readdirSync(dir).sort()) {
    const d = path.join(dir, sub);
    if (!fs.statSync(d).isDirectory()) continue;
    for (const f of fs.readdirSync(d).filter((x) => x.endsWith('.xml')).sort()) docs.push(parseMeantime(f, fs.readFileSync(path.join(d, f), 'utf8')));
  }
  return docs;
}

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', "'s", "n't", '%', "'", "'re", "'ve", "'ll", "'d", "'m"]);
const NO_SPACE_AFTER = new Set(['(', '[', '$', '#']);

/** One attribute of an XML start tag's attribute text, in any order. */
const attr = (attrs: string, name: string) => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1];

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A Wikinews dateline ("February 03, 2009") as YYYY-MM-DD, or null. */
export function datelineValue(line: string): string | null {
  const m = /^\s*([A-Za-z]+)\s+(\d{1,2})\s*,\s*(\d{4})\s*$/.exec(line);
  const month = m ? MONTHS.indexOf(m[1].toLowerCase()) + 1 : 0;
  if (!m || !month || +m[2] < 1 || +m[2] > 31) return null;
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[2].padStart(2, '0')}`;
}

/**
 * Rebuilds readable text from the tokens (sentences on their own lines) and maps TIMEX3
 * markables to it. MEANTIME annotates only the title and the first sentences of each
 * article, so the text stops after the last sentence that holds any markable (at least 0-5).
 * The DCT is the CREATION_TIME TIMEX3's value; a few articles lack one or give it as
 * "03-02-2009", and then the dateline under the title (sentence 1, "February 03, 2009") gives it.
 */
export function parseMeantime(id: string, xml: string): GoldDoc {
  const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]);
  const tokens = [...xml.matchAll(/<token ([^>]*)>([^<]*)<\/token>/g)].flatMap((m) => {
    const sentence = attr(m[1], 'sentence');
    const tid = attr(m[1], 't_id');
    return sentence !== undefined && tid !== undefined ? [{ sentence, tid, word: decode(m[2]) }] : [];
  });
  const sentenceOf = new Map(tokens.map((t) => [t.tid, +t.sentence]));
  let lastAnnotated = 5;
  for (const m of xml.matchAll(/<token_anchor t_id="(\d+)"/g)) lastAnnotated = Math.max(lastAnnotated, sentenceOf.get(m[1]) ?? 0);
  const pos = new Map<string, { start: number; end: number }>();
  const lines = new Map<number, { start: number; end: number }>();
  let text = '';
  let sentence = '';
  let prev = '';
  for (const t of tokens) {
    if (+t.sentence > lastAnnotated) break;
    const tok = t.word;
    if (text) {
      if (t.sentence !== sentence) text += '\n';
      else if (!NO_SPACE_BEFORE.has(tok) && !NO_SPACE_AFTER.has(prev)) text += ' ';
    }
    sentence = t.sentence;
    pos.set(t.tid, { start: text.length, end: text.length + tok.length });
    const line = lines.get(+sentence);
    if (line) line.end = text.length + tok.length;
    else lines.set(+sentence, { start: text.length, end: text.length + tok.length });
    text += tok;
    prev = tok;
  }
  const dates: GoldDate[] = [];
  let dct: string | null = null;
  for (const m of xml.matchAll(/<TIMEX3 ([^>]*[^/])>([\s\S]*?)<\/TIMEX3>/g)) {
    const attrs = m[1];
    const value = attr(attrs, 'value') ?? null;
    const ids = [...m[2].matchAll(/t_id="(\d+)"/g)].map((x) => pos.get(x[1])).filter((x) => x !== undefined);
    if (attr(attrs, 'functionInDocument') === 'CREATION_TIME' && value && /^\d{4}-\d{2}-\d{2}$/.test(value)) dct = value;
    if (!ids.length) continue;
    dates.push({ start: Math.min(...ids.map((x) => x.start)), end: Math.max(...ids.map((x) => x.end)), value });
  }
  const dateline = lines.get(1);
  if (!dct && dateline) dct = datelineValue(text.slice(dateline.start, dateline.end));
  return { id, text, dct, dates: dates.sort((a, b) => a.start - b.start || b.end - a.end) };
}

// ---- the project's samples ----------------------------------------------------------------

export function readSamples(root: string): GoldDoc[] {
  const goldDir = path.join(root, 'gold');
  if (!fs.existsSync(goldDir)) throw new Error(`samples gold folder not found: ${goldDir}`);
  return fs.readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const gold = JSON.parse(fs.readFileSync(path.join(goldDir, f), 'utf8')) as { published: string | null; dates: GoldDate[] };
    const source = path.join(root, f.replace(/\.json$/, '.txt'));
    if (!fs.existsSync(source)) throw new Error(`samples: ${path.join(goldDir, f)} has no article ${source}`);
    const text = fs.readFileSync(source, 'utf8');
    return { id: f, text, dct: gold.published, dates: gold.dates.map((d) => ({ start: d.start, end: d.end, value: d.value })) };
  });
}

// ---- chrono-node baseline ---------------------------------------------------------------

function chronoDates(text: string, dct: string | null): GoldDate[] {
  const ref = dct ? new Date(`${dct}T12:00:00Z`) : new Date();
  return chrono.parse(text, ref).map((r) => ({ start: r.index, end: r.index + r.text.length, value: dct ? chronoValue(r.start) : null }));
}

function chronoValue(c: chrono.ParsedComponents): string | null {
  const d = c.date();
  const y = String(d.getFullYear()).padStart(4, '0');
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  if (c.isCertain('day') || c.isCertain('weekday') || !c.isCertain('month')) {
    if (!c.isCertain('month') && !c.isCertain('day') && !c.isCertain('weekday') && c.isCertain('year')) return y;
    return `${y}-${m}-${day}`;
  }
  return `${y}-${m}`;
}
