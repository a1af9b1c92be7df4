// Actors evaluation: exact-span P/R/F1 of named persons, organizations and places, for
// newsmark's actors plugin and compromise (people + places + organizations) on the same text
// with the same scoring: CoNLL-2003 (eng.testb test, eng.testa dev), CoNLL++ test, MEANTIME
// (named mentions of PER/ORG/LOC entities) and the project's samples gold (typed and untyped).
// CoNLL's MISC has no counterpart in the guidelines and is left out.
import fs from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { newsParser } from '../../src/core/parse';
import type { NewsRoot } from '../../src/core/parse/types';
import { actorsPlugin } from '../../src/core/extract/actors';
import '../../src/core/extract/data';
import type { ActorType } from '../../src/core/model';
import { readConll } from '../train/conll';
import { prf, scoreSpans, type Scored } from './score';
import type { EvalRow, Evaluate } from './types';

export interface GoldActor {
  start: number;
  end: number;
  type: ActorType;
}

export interface GoldDoc {
  text: string;
  actors: GoldActor[];
  /** Only mentions starting before this offset are scored (MEANTIME annotates a document's first sentences only). */
  scoredUntil?: number;
}

type System = (text: string) => GoldActor[];

const processor = unified().use(newsParser).use(actorsPlugin).freeze();

/** Newsmark's actors alone (parser + actors plugin), as the extension runs them. */
export function newsmarkActors(text: string): GoldActor[] {
  const file = new VFile({ value: text });
  const tree = processor.parse(file) as unknown as NewsRoot;
  processor.runSync(tree as never, file);
  return (file.data.actors ?? []).map((a) => ({ start: a.start, end: a.end, type: a.type }));
}

/** compromise's people, places and organizations; spans trimmed of the trailing punctuation
 * and possessive "’s" that its term offsets include, so only the name is compared. */
export function compromiseActors(text: string): GoldActor[] {
  const doc = nlp(text);
  const out: GoldActor[] = [];
  const add = (list: { offset: { start: number; length: number } }[], type: ActorType) => {
    for (const m of list) {
      let start = m.offset.start;
      let end = start + m.offset.length;
      while (end > start && /[\s.,;:!?"'”’)\]]/.test(text[end - 1])) end--;
      if (/['’]s$/.test(text.slice(start, end))) end -= 2;
      while (start < end && /[\s"'“‘(\[]/.test(text[start])) start++;
      if (end > start) out.push({ start, end, type });
    }
  };
  add(doc.people().json({ offset: true }), 'person');
  add(doc.places().json({ offset: true }), 'place');
  add(doc.organizations().json({ offset: true }), 'organization');
  return out;
}

const SYSTEMS: [string, System][] = [
  ['newsmark', newsmarkActors],
  ['compromise', compromiseActors],
];

const CONLL_TYPE: Record<string, ActorType | undefined> = { PER: 'person', ORG: 'organization', LOC: 'place' };

export function readConllGold(file: string): GoldDoc[] {
  if (!fs.existsSync(file)) throw new Error(`CoNLL file not found: ${file} (expected word POS chunk NER lines, as conll2003/eng.testa)`);
  return readConll(file).map((d) => ({
    text: d.text,
    actors: d.entities.flatMap((e) => (CONLL_TYPE[e.type] ? [{ start: e.start, end: e.end, type: CONLL_TYPE[e.type]! }] : [])),
  }));
}

/** MEANTIME CAT XML: tokens joined by spaces, sentences by blank lines; named (NAM) entity
 * mentions whose entity is PER, ORG or LOC. MEANTIME annotates only the first sentences of
 * each article, so scoring stops at the end of the last sentence holding any markable. */
export function readMeantimeDir(dir: string): GoldDoc[] {
  if (!fs.existsSync(dir)) throw new Error(`MEANTIME folder not found: ${dir} (expected meantime_en/intra-doc_annotation/corpus_*/*.xml)`);
  const docs: GoldDoc[] = [];
  for (const sub of fs.readdirSync(dir).sort()) {
    const folder = path.join(dir, sub);
    if (!fs.statSync(folder).isDirectory()) continue;
    for (const f of fs.readdirSync(folder).filter((x) => x.endsWith('.xml')).sort()) docs.push(readMeantime(fs.readFileSync(path.join(folder, f), 'utf8')));
  }
  return docs;
}

/** One attribute of an XML start tag's attribute text, in any order. */
const attr = (attrs: string, name: string) => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1];

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export function readMeantime(xml: string): GoldDoc {
  const offsets = new Map<string, [number, number]>();
  const sentenceOf = new Map<string, string>();
  const sentenceEnd = new Map<string, number>();
  let text = '';
  let sentence = '';
  for (const m of xml.matchAll(/<token ([^>]*)>([^<]*)<\/token>/g)) {
    const s = attr(m[1], 'sentence');
    const tid = attr(m[1], 't_id');
    if (s === undefined || tid === undefined) continue;
    if (text && s !== sentence) text += '\n\n';
    else if (text) text += ' ';
    sentence = s;
    const word = unescapeXml(m[2]);
    offsets.set(tid, [text.length, text.length + word.length]);
    sentenceOf.set(tid, sentence);
    text += word;
    sentenceEnd.set(sentence, text.length);
  }
  let scoredUntil = 0;
  const markables = xml.slice(xml.indexOf('<Markables>'));
  for (const m of markables.matchAll(/<token_anchor t_id="(\d+)"/g)) {
    const end = sentenceEnd.get(sentenceOf.get(m[1]) ?? '') ?? 0;
    if (end > scoredUntil) scoredUntil = end;
  }
  const entityType = new Map<string, string>();
  for (const m of xml.matchAll(/<ENTITY ([^>]*)>/g)) {
    const type = attr(m[1], 'ent_type');
    const id = attr(m[1], 'm_id');
    if (type && id) entityType.set(id, type);
  }
  const mentionType = new Map<string, string>();
  for (const r of xml.matchAll(/<REFERS_TO[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const target = /<target m_id="(\d+)"/.exec(r[1])?.[1];
    const type = target ? entityType.get(target) : undefined;
    if (!type) continue;
    for (const s of r[1].matchAll(/<source m_id="(\d+)"/g)) mentionType.set(s[1], type);
  }
  const actors: GoldActor[] = [];
  // Self-closing mentions (no tokens) are skipped by the [^/] before the start tag's end.
  for (const m of xml.matchAll(/<ENTITY_MENTION ([^>]*[^/])>([\s\S]*?)<\/ENTITY_MENTION>/g)) {
    if (attr(m[1], 'syntactic_type') !== 'NAM') continue;
    const type = CONLL_TYPE[mentionType.get(attr(m[1], 'm_id') ?? '') ?? ''];
    const ids = [...m[2].matchAll(/t_id="(\d+)"/g)].map((x) => offsets.get(x[1])).filter((x): x is [number, number] => !!x);
    if (!type || !ids.length) continue;
    actors.push({ start: Math.min(...ids.map((x) => x[0])), end: Math.max(...ids.map((x) => x[1])), type });
  }
  return { text, actors, scoredUntil };
}

export function readSamples(root: string): GoldDoc[] {
  const gold = path.join(root, 'gold');
  if (!fs.existsSync(gold)) throw new Error(`samples gold not found: ${gold} (expected gold/*.json beside the *.txt articles)`);
  return fs
    .readdirSync(gold)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const source = path.join(root, f.replace(/\.json$/, '.txt'));
      if (!fs.existsSync(source)) throw new Error(`samples: ${path.join(gold, f)} has no article ${source}`);
      const text = fs.readFileSync(source, 'utf8');
      const actors = (JSON.parse(fs.readFileSync(path.join(gold, f), 'utf8')).actors as GoldActor[]).map((a) => ({ start: a.start, end: a.end, type: a.type }));
      return { text, actors };
    });
}

export function scoreSystem(task: string, corpus: string, system: string, docs: GoldDoc[], run: System, typed: boolean): EvalRow {
  const s: Scored = { tp: 0, fp: 0, fn: 0 };
  const key = typed ? (a: GoldActor) => `${a.start}:${a.end}:${a.type}` : (a: GoldActor) => `${a.start}:${a.end}`;
  let chars = 0;
  let ms = 0;
  let gold = 0;
  for (const doc of docs) {
    const t0 = performance.now();
    let found = run(doc.text);
    ms += performance.now() - t0;
    if (doc.scoredUntil !== undefined) found = found.filter((a) => a.start < doc.scoredUntil!);
    chars += doc.text.length;
    gold += doc.actors.length;
    scoreSpans(doc.actors, found, key, s);
  }
  const speed = ms > 0 ? (chars / 1e6 / (ms / 1000)).toFixed(2) : '∞';
  return { task, corpus, system, ...prf(s), note: `${typed ? 'typed' : 'untyped'}; ${docs.length} docs, ${gold} gold; ${speed} MB/s` };
}

export const evaluate: Evaluate = async (corpusRoot, options) => {
  const conll = path.join(corpusRoot, 'conll2003');
  if (!fs.existsSync(conll)) throw new Error(`CoNLL-2003 corpus not found: ${conll} (give the folder holding conll2003/, conllpp/, meantime_en/)`);
  const sets: [string, GoldDoc[], boolean][] = [
    ['CoNLL-2003 eng.testb (test, PER/ORG/LOC)', readConllGold(path.join(conll, 'eng.testb')), true],
    ['CoNLL-2003 eng.testa (dev, PER/ORG/LOC)', readConllGold(path.join(conll, 'eng.testa')), true],
  ];
  const conllpp = path.join(corpusRoot, 'conllpp/conllpp_test.txt');
  if (fs.existsSync(conllpp)) sets.push(['CoNLL++ test (PER/ORG/LOC)', readConllGold(conllpp), true]);
  const meantime = path.join(corpusRoot, 'meantime_en/intra-doc_annotation');
  if (fs.existsSync(meantime)) sets.push(['MEANTIME en (named PER/ORG/LOC, annotated sentences)', readMeantimeDir(meantime), true]);
  if (options.samplesRoot) {
    const samples = readSamples(options.samplesRoot);
    sets.push(['samples/gold (dev)', samples, true], ['samples/gold (dev)', samples, false]);
  }
  // Load the model and lexicons before timing, so the first corpus's speed note is fair.
  for (const [, run] of SYSTEMS) run('Warm-up: Mr. Putin met Chancellor Olaf Scholz in Berlin.');
  const rows: EvalRow[] = [];
  for (const [corpus, docs, typed] of sets) {
    for (const [system, run] of SYSTEMS) rows.push(scoreSystem('actors', corpus, system, docs, run, typed));
  }
  return rows;
};
