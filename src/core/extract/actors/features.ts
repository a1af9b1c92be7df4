// Features of the actor tagger, shared by the training script and the runtime. The model is
// linear over (a) features of the word types in a ±2 window, each keyed by its offset, and
// (b) a few features of the position (sentence start, headline, lexicon matches, what the
// rest of the document says about the word). (a) depends only on the word and its offset,
// so the runtime sums those weights once per word type and caches them.
import type { TokenNode } from '../../parse/types';
import { DEMONYMS } from '../../lexicon/demonyms';
import { FIRST_NAMES, TITLES } from '../../lexicon/people';
import { ORGANIZATION_SUFFIXES } from '../../lexicon/organizations';
import { matchAt, mayStartExact, type GazetteerMatch } from './gazetteer';
import { lowerCased } from './lower';
import { NOT_A_NAME, notAName } from './names';

export { lowerCased };

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const WINDOW = 2;

const lower = (s: string) => s.toLowerCase();
const FIRST = new Set([...FIRST_NAMES].map(lower));
const TITLE = new Set([...TITLES].map((t) => lower(t.replace(/\.$/, ''))));
const DEMONYM = new Set([...DEMONYMS].map(lower));
const ORG_SUFFIX = new Set([...ORGANIZATION_SUFFIXES].map((t) => lower(t.replace(/\.$/, ''))));

/** Character classes collapsed: "Putin" → "Xx", "U.S." → "X.X.", "1,000" → "d,d". */
export function shape(w: string): string {
  let out = '';
  let prev = '';
  for (let i = 0; i < w.length && out.length < 8; i++) {
    const c = w.charCodeAt(i);
    let k: string;
    if (c >= 0x41 && c <= 0x5a) k = 'X';
    else if (c >= 0x61 && c <= 0x7a) k = 'x';
    else if (c >= 0x30 && c <= 0x39) k = 'd';
    else if (c > 0x7f) {
      const ch = w[i];
      k = ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    } else k = w[i];
    if (k !== prev) out += k;
    prev = k;
  }
  return out;
}

/** T title case, U all caps, u single capital, L lower, D digits, M mixed, P other.
 * Scans char codes without building strings: it runs for every token. */
export function capClass(w: string): string {
  const c0 = w.charCodeAt(0);
  const first = letterCase(c0);
  if (first === 0) return c0 >= 0x30 && c0 <= 0x39 ? 'D' : 'P';
  let upper = first === 1 ? 1 : 0;
  let lowerCount = first === 2 ? 1 : 0;
  for (let i = 1; i < w.length; i++) {
    const k = letterCase(w.charCodeAt(i));
    if (k === 1) upper++;
    else if (k === 2) lowerCount++;
  }
  if (first === 2) return upper === 0 ? 'L' : 'M';
  if (lowerCount === 0) return upper === 1 && w.length === 1 ? 'u' : 'U';
  // Title case allows later capitals only after a hyphen or apostrophe ("Al-Assad", "O’Brien").
  for (let i = 1; i < w.length; i++) {
    if (letterCase(w.charCodeAt(i)) === 1) {
      const p = w.charCodeAt(i - 1);
      if (p !== 0x2d && p !== 0x27 && p !== 0x2019 && p !== 0x2e) return 'M';
    }
  }
  return 'T';
}

/** 1 upper-case letter, 2 lower-case letter, 0 anything else. */
function letterCase(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return 1;
  if (c >= 0x61 && c <= 0x7a) return 2;
  if (c < 0xc0) return 0;
  const ch = String.fromCharCode(c);
  if (ch.toLowerCase() !== ch) return 1;
  if (ch.toUpperCase() !== ch) return 2;
  return 0;
}

/** Features of one word type at each offset -2..2 (index offset + WINDOW). */
export function wordFeatures(w: string): string[][] {
  const lw = lower(w);
  const sh = shape(w);
  const cap = capClass(w);
  const bare = lw.endsWith('.') ? lw.slice(0, -1) : lw;
  const lex: string[] = [];
  if (FIRST.has(lw) && cap !== 'L') lex.push('fn');
  if (TITLE.has(bare) && cap !== 'L') lex.push('ti');
  if (DEMONYM.has(lw) && cap !== 'L') lex.push('de');
  if (ORG_SUFFIX.has(bare) && cap !== 'L') lex.push('os');
  const center = [`w=${lw}`, `sh=${sh}`, `c=${cap}`, `s2=${lw.slice(-2)}`, `s3=${lw.slice(-3)}`, `s4=${lw.slice(-4)}`, `p3=${lw.slice(0, 3)}`, 'bias'];
  if (w !== lw && cap !== 'U') center.push(`W=${w}`);
  for (const l of lex) center.push(`x=${l}`);
  const near = (o: string) => [`${o}w=${lw}`, `${o}c=${cap}`, `${o}sh=${sh}`, ...lex.map((l) => `${o}x=${l}`)];
  const far = (o: string) => [`${o}w=${lw}`, `${o}c=${cap}`];
  return [far('-2'), near('-1'), center, near('+1'), far('+2')];
}

/** Padding "words" beyond the sentence edges. */
export const BEFORE = '<s>';
export const AFTER = '</s>';
export function edgeFeatures(edge: string, offset: number): string[] {
  return [`${offset > 0 ? '+' : ''}${offset}w=${edge}`];
}

/** Per token of a document (by TokenNode.index): the first character's code, the length
 * (capped at 0xffff) and WORD/NUMBER/0 for the kind. Scans that skip most tokens read these
 * small arrays instead of every token object. */
export interface TokenCodes {
  first: Uint16Array;
  length: Uint16Array;
  kind: Uint8Array;
  /** notAName of the token's value (the tagger's classes: not a name, maybe, perhaps a name). */
  names: Uint8Array;
  /** The tokens' values and end offsets: read here, a scan that skips most tokens does not
   * fetch the token objects it skips to (on a large document, a cache miss each). */
  values: string[];
  end: Int32Array;
  /** The indexes of the tokens whose first character is neither below "A" nor a–z (names
   * start there), ascending: capitals[0, capitalCount). */
  capitals: Int32Array;
  capitalCount: number;
}
export const WORD = 1;
export const NUMBER = 2;

let codesBuffer: TokenCodes = { first: new Uint16Array(0), length: new Uint16Array(0), kind: new Uint8Array(0), names: new Uint8Array(0), values: [], end: new Int32Array(0), capitals: new Int32Array(0), capitalCount: 0 };

/** The codes of `tokens` (a document's flat token array), in buffers reused from call to
 * call: valid until the next call. */
export function tokenCodes(tokens: readonly TokenNode[]): TokenCodes {
  const n = tokens.length;
  if (codesBuffer.first.length < n) {
    const size = Math.max(n, 2 * codesBuffer.first.length);
    codesBuffer = { first: new Uint16Array(size), length: new Uint16Array(size), kind: new Uint8Array(size), names: new Uint8Array(size), values: codesBuffer.values, end: new Int32Array(size), capitals: new Int32Array(size), capitalCount: 0 };
  }
  const { first, length, kind, names, values, end, capitals } = codesBuffer;
  let capitalCount = 0;
  if (values.length > n) values.length = n; // no strings of an earlier document kept alive
  for (let k = 0; k < n; k++) {
    const t = tokens[k];
    const v = t.value;
    if (k < values.length) values[k] = v;
    else values.push(v);
    end[k] = t.end;
    names[k] = notAName(v);
    const c = v.charCodeAt(0);
    first[k] = c;
    if (c >= 0x41 && (c < 0x61 || c > 0x7a)) capitals[capitalCount++] = k;
    length[k] = v.length > 0xffff ? 0xffff : v.length;
    kind[k] = t.kind === 'word' ? WORD : t.kind === 'number' ? NUMBER : 0;
  }
  codesBuffer.capitalCount = capitalCount;
  return codesBuffer;
}

/** The first q with codes.capitals[q] >= x (binary search). */
export function firstCapital(codes: TokenCodes, x: number): number {
  const capitals = codes.capitals;
  let lo = 0;
  let hi = codes.capitalCount;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (capitals[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What the whole document tells about words, for sentence-initial ambiguity. */
export const NORMAL = 0;
export const ALL_CAPS = 1;
export const TITLE_CASE = 2;

export interface DocumentEvidence {
  /** Per sentence: NORMAL, ALL_CAPS (wire headlines) or TITLE_CASE (every word capitalized). */
  styles: Uint8Array;
  /** Lower-cased forms of words seen in lower case. */
  lowercase: Set<string>;
  /** Words seen capitalized away from a sentence start, after a lower-case word. */
  capitalizedInside: Set<string>;
}

/** `codes` (tokenCodes of the document's tokens), `bases` (each sentence's first token
 * index) and `lengths` let the scans read the codes instead of the token objects. */
export function documentEvidence(sentences: TokenNode[][], codes?: TokenCodes, bases?: Int32Array, lengths?: Int32Array): DocumentEvidence {
  if (codes && bases && lengths) return codedEvidence(sentences, codes, bases, lengths);
  const styles = new Uint8Array(sentences.length);
  // Only sentence-initial capitalized words (and title-case lines' words, to tell a headline
  // of common words from a list of names) are ever looked up: collect those first, then
  // check the document's other words against them (a lookup, not an insertion, per word).
  const probes = new Map<string, string>(); // lower-cased → as written
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k];
    styles[k] = isAllCaps(s) ? ALL_CAPS : isTitleCase(s) ? TITLE_CASE : NORMAL;
    let f = 0;
    while (f < s.length && s[f].kind !== 'word' && s[f].kind !== 'number') f++;
    const t = f < s.length ? s[f] : undefined;
    if (t && t.kind === 'word' && capClass(t.value) === 'T') probes.set(lowerCased(t.value), t.value);
    if (styles[k] === TITLE_CASE) for (const w of s) if (w.kind === 'word' && capClass(w.value) === 'T') probes.set(lowerCased(w.value), w.value);
  }
  const lowercase = new Set<string>();
  const capitalizedInside = new Set<string>();
  if (probes.size === 0) return { styles, lowercase, capitalizedInside };
  const written = new Set(probes.values());
  // Probes not yet seen in lower case, counted by first letter a–z and length (31 for 31 and
  // more): most lower-case words are ruled out without a map lookup, and so are the frequent
  // ones ("the", "he") once seen.
  const unseen = new Int32Array(26 * 32);
  for (const p of probes.keys()) {
    const c = p.charCodeAt(0);
    if (c >= 0x61 && c <= 0x7a) unseen[(c - 0x61) * 32 + (p.length > 31 ? 31 : p.length)]++;
  }
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k];
    if (styles[k] !== NORMAL) continue; // headlines capitalize everything
    for (let i = 0; i < s.length; i++) {
      const t = s[i];
      if (t.kind !== 'word') continue;
      const c = t.value.charCodeAt(0);
      if (c >= 0x61 && c <= 0x7a) {
        const length = t.end - t.start;
        const bucket = (c - 0x61) * 32 + (length > 31 ? 31 : length);
        if (unseen[bucket] !== 0 && probes.has(t.value)) {
          const before = lowercase.size;
          lowercase.add(t.value);
          if (lowercase.size !== before) unseen[bucket]--;
        }
      } else if (i > 0 && c >= 0x41 && c <= 0x5a && s[i - 1].kind === 'word' && written.has(t.value)) {
        // Only where it opens a capitalized run: "Larch County" says nothing about "County".
        const p = s[i - 1].value.charCodeAt(0);
        if (p >= 0x61 && p <= 0x7a) capitalizedInside.add(t.value);
      }
    }
  }
  return { styles, lowercase, capitalizedInside };
}

/** documentEvidence read from the token codes: the same evidence, the token objects left alone. */
function codedEvidence(sentences: TokenNode[][], codes: TokenCodes, bases: Int32Array, lengths: Int32Array): DocumentEvidence {
  const { first, length, kind, values } = codes;
  const styles = new Uint8Array(sentences.length);
  const probes = new Map<string, string>(); // lower-cased → as written
  for (let k = 0; k < sentences.length; k++) {
    const n = lengths[k];
    const base = bases[k];
    styles[k] = codedAllCaps(codes, base, n) ? ALL_CAPS : codedTitleCase(codes, base, n) ? TITLE_CASE : NORMAL;
    let f = 0;
    while (f < n && kind[base + f] === 0) f++;
    if (f < n && kind[base + f] === WORD && capClass(values[base + f]) === 'T') probes.set(lowerCased(values[base + f]), values[base + f]);
    if (styles[k] === TITLE_CASE) {
      for (let i = 0; i < n; i++) if (kind[base + i] === WORD && capClass(values[base + i]) === 'T') probes.set(lowerCased(values[base + i]), values[base + i]);
    }
  }
  const lowercase = new Set<string>();
  const capitalizedInside = new Set<string>();
  if (probes.size === 0) return { styles, lowercase, capitalizedInside };
  const written = new Set(probes.values());
  // Probes not yet seen in lower case by first letter and length (rows), and by last letter
  // too (its low four bits): most lower-case words are ruled out without a set lookup.
  const unseenRows = new Int32Array(26 * 32);
  const unseen = new Int32Array(26 * 32 * 16);
  for (const p of probes.keys()) {
    const c = p.charCodeAt(0);
    if (c < 0x61 || c > 0x7a) continue;
    const row = (c - 0x61) * 32 + (p.length > 31 ? 31 : p.length);
    unseenRows[row]++;
    unseen[row * 16 + (p.charCodeAt(p.length - 1) & 15)]++;
  }
  for (let k = 0; k < sentences.length; k++) {
    if (styles[k] !== NORMAL) continue; // headlines capitalize everything
    const base = bases[k];
    const end = base + lengths[k];
    for (let x = base; x < end; x++) {
      const c = first[x];
      if (c >= 0x61 && c <= 0x7a) {
        const l = length[x];
        const row = (c - 0x61) * 32 + (l > 31 ? 31 : l);
        if (unseenRows[row] === 0 || kind[x] !== WORD) continue;
        const v = values[x];
        const bucket = row * 16 + (v.charCodeAt(v.length - 1) & 15);
        if (unseen[bucket] !== 0) {
          if (probes.has(v)) {
            const before = lowercase.size;
            lowercase.add(v);
            if (lowercase.size !== before) {
              unseen[bucket]--;
              unseenRows[row]--;
            }
          }
        }
      } else if (x > base && c >= 0x41 && c <= 0x5a && kind[x] === WORD && kind[x - 1] === WORD) {
        // Only where it opens a capitalized run: "Larch County" says nothing about "County".
        const p = first[x - 1];
        if (p >= 0x61 && p <= 0x7a && written.has(values[x])) capitalizedInside.add(values[x]);
      }
    }
  }
  return { styles, lowercase, capitalizedInside };
}

/** Whether the word has a lower-case letter (ASCII, or another script's, by letterCase). */
function hasLowerLetter(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0xdf && letterCase(c) === 2)) return true;
  }
  return false;
}

/** isAllCaps of tokens [base, base + n) read from the codes. */
function codedAllCaps(codes: TokenCodes, base: number, n: number): boolean {
  const { first, kind, values } = codes;
  let upper = 0;
  let words = 0;
  for (let k = 0; k < n; k++) {
    if (kind[base + k] !== WORD) continue;
    const most = upper + n - k;
    if (5 * most <= 3 * (most + words - upper)) return false; // most / (…) <= 0.6, in integers
    words++;
    const c = first[base + k];
    if (c >= 0x61 && c <= 0x7a) continue; // a lower-case letter first
    if (!hasLowerLetter(values[base + k])) upper++;
  }
  return words >= 2 && upper / words > 0.6;
}

/** isTitleCase of tokens [base, base + n) read from the codes. */
function codedTitleCase(codes: TokenCodes, base: number, n: number): boolean {
  const { first, length, kind, values } = codes;
  let words = 0;
  let capitalized = 0;
  for (let x = base; x < base + n; x++) {
    if (kind[x] !== WORD) continue;
    const c = first[x];
    // A lower-case word longer than any function word: not title case.
    if (c >= 0x61 && c <= 0x7a && length[x] > FUNCTION_WORD_LENGTH) return false;
    const v = values[x];
    if (FUNCTION_WORDS.has(v)) continue;
    if ((c >= 0x41 && c <= 0x5a) || (c > 0x7f && v[0].toLowerCase() !== v[0])) capitalized++;
    else if (v.length > 2) return false;
    words++;
  }
  return words >= 4 && capitalized === words;
}

/** True when most words of the sentence are in capitals (wire headlines, datelines). */
export function isAllCaps(tokens: TokenNode[], codes?: TokenCodes): boolean {
  if (codes) return codedAllCaps(codes, tokens.length ? tokens[0].index : 0, tokens.length);
  let upper = 0;
  let words = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    // Settled once even capitals in every remaining token could not lift the share above 0.6.
    const most = upper + tokens.length - k;
    if (most / (most + words - upper) <= 0.6) return false;
    words++;
    if (!hasLowerLetter(t.value)) upper++;
  }
  return words >= 2 && upper / words > 0.6;
}

// With the possessive "’s", which the parser makes a word of its own ("Schlafly’s Final Column
// Explains Why …" is a title-case headline).
const FUNCTION_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'over', 'the', 'to', 'up', 'via', 'vs', 'with', '’s', "'s", '’S', "'S"]);
const FUNCTION_WORD_LENGTH = 4;
for (const w of FUNCTION_WORDS) if (w.length > FUNCTION_WORD_LENGTH) throw new Error(`features: function word "${w}" longer than ${FUNCTION_WORD_LENGTH}`);

/** True for headline-style title case ("Trump and Putin Discuss End to War"): the tagger then
 * reads the sentence the way it learned wire headlines, in capitals. */
export function isTitleCase(tokens: TokenNode[], codes?: TokenCodes): boolean {
  if (codes) return codedTitleCase(codes, tokens.length ? tokens[0].index : 0, tokens.length);
  let words = 0;
  let capitalized = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || FUNCTION_WORDS.has(t.value)) continue;
    const c = t.value.charCodeAt(0);
    if ((c >= 0x41 && c <= 0x5a) || (c > 0x7f && t.value[0].toLowerCase() !== t.value[0])) capitalized++;
    else if (t.value.length > 2) return false;
    words++;
  }
  return words >= 4 && capitalized === words;
}

/** A title-case line that is a headline: several of its words are common words, written in
 * lower case elsewhere in the document (a line of team or country names has none). */
export function isHeadline(tokens: TokenNode[], doc: DocumentEvidence, style: number = isTitleCase(tokens) ? TITLE_CASE : NORMAL): boolean {
  if (style !== TITLE_CASE) return false;
  let words = 0;
  let common = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || capClass(t.value) !== 'T') continue;
    words++;
    if (doc.lowercase.has(lowerCased(t.value))) common++;
  }
  return common >= 2 && common * 4 >= words;
}

const NONE: string[] = [];
const CAPS = (c: string) => `caps|${c}`;
const FIRST_CAP = (c: string) => `first|${c}`;
const CAP_CLASSES = ['T', 'U', 'u', 'L', 'D', 'M', 'P'];
const CAPS_FEATURE = new Map(CAP_CLASSES.map((c) => [c, CAPS(c)]));
const FIRST_FEATURE = new Map(CAP_CLASSES.map((c) => [c, FIRST_CAP(c)]));

/** Lexicon names in a sentence, longest first at each capitalized token, not overlapping. */
export function lexiconMatches(s: TokenNode[], text: string, caseless: boolean, codes?: TokenCodes, base = s.length ? s[0].index : 0): GazetteerMatch[] {
  if (codes) return codedLexiconMatches(s, text, caseless, codes, base);
  const out: GazetteerMatch[] = [];
  for (let i = 0; i < s.length; i++) {
    const v = s[i].value;
    const c = v.charCodeAt(0);
    if ((c >= 0x61 && c <= 0x7a) || c < 0x41) continue; // lower case, digits, punctuation
    if (!caseless && !mayStartExact(v)) continue;
    const cap = capClass(v);
    if (cap === 'L' || cap === 'P' || cap === 'D') continue;
    const m = matchAt(s, i, text, caseless);
    if (!m) continue;
    out.push(m);
    i = m.to - 1;
  }
  return out;
}

/** lexiconMatches visiting only the sentence's capitalized tokens (codes.capitals). */
function codedLexiconMatches(s: TokenNode[], text: string, caseless: boolean, codes: TokenCodes, base: number): GazetteerMatch[] {
  const out: GazetteerMatch[] = [];
  const { capitals, capitalCount, values } = codes;
  const end = base + s.length;
  let next = base; // tokens before it are inside a match
  for (let q = firstCapital(codes, base); q < capitalCount && capitals[q] < end; q++) {
    const x = capitals[q];
    if (x < next) continue;
    const v = values[x];
    if (!caseless && !mayStartExact(v)) continue;
    const cap = capClass(v);
    if (cap === 'L' || cap === 'P' || cap === 'D') continue;
    const m = matchAt(s, x - base, text, caseless, values, base);
    if (!m) continue;
    out.push(m);
    next = base + m.to;
  }
  return out;
}

/** Features of each position of a sentence that are not features of a single word type.
 * `values` are the words as the tagger reads them (upper-cased for title-case headlines);
 * `lexicon` the sentence's lexicon matches when the caller has them already.
 * Positions without any share one empty array. */
export function positionFeatures(
  sentence: TokenNode[],
  text: string,
  doc: DocumentEvidence,
  values?: string[],
  allCaps?: boolean,
  lexicon?: GazetteerMatch[],
): string[][] {
  const n = sentence.length;
  const out: string[][] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = NONE;
  fillPositionFeatures(out, null, sentence, text, doc, values, allCaps, lexicon);
  return out;
}

/** Reused by sentenceFeatures from sentence to sentence: NONE everywhere but at `touched`. */
const reused: string[][] = [];
const touched: number[] = [];

/** positionFeatures for the runtime, in an array reused from sentence to sentence (valid until
 * the next call; read only below sentence.length): no array to allocate and fill per sentence. */
export function sentenceFeatures(
  sentence: TokenNode[],
  text: string,
  doc: DocumentEvidence,
  allCaps: boolean,
  lexicon: GazetteerMatch[],
  codes?: TokenCodes,
  base = 0,
): string[][] {
  for (let k = 0; k < touched.length; k++) reused[touched[k]] = NONE;
  touched.length = 0;
  while (reused.length < sentence.length) reused.push(NONE);
  fillPositionFeatures(reused, touched, sentence, text, doc, undefined, allCaps, lexicon, codes, base);
  return reused;
}

const GZ_B: Record<string, string> = { LOC: 'gz=B-LOC', ORG: 'gz=B-ORG' };
const GZ_I: Record<string, string> = { LOC: 'gz=I-LOC', ORG: 'gz=I-ORG' };
const GZ_1: Record<string, string> = { LOC: 'gz1=LOC', ORG: 'gz1=ORG' };

function fillPositionFeatures(
  out: string[][],
  touched: number[] | null,
  sentence: TokenNode[],
  text: string,
  doc: DocumentEvidence,
  values?: string[],
  allCaps?: boolean,
  lexicon?: GazetteerMatch[],
  codes?: TokenCodes,
  base = 0,
): void {
  const n = sentence.length;
  const caps = values !== undefined || (allCaps ?? isAllCaps(sentence));
  let first = 0;
  if (codes) while (first < n && codes.kind[base + first] === 0) first++;
  else while (first < n && sentence[first].kind !== 'word' && sentence[first].kind !== 'number') first++;
  const at = (i: number): string[] => {
    if (out[i] !== NONE) return out[i];
    touched?.push(i);
    return (out[i] = []);
  };
  // With codes: the tokens' values from them (no token object fetched), and no features at
  // positions the tagger decides without reading them (notAName 1: never part of a name).
  const names = codes?.names;
  if (caps) {
    for (let i = 0; i < n; i++) {
      if (names && names[base + i] === NOT_A_NAME) continue;
      at(i).push(CAPS_FEATURE.get(capClass(values ? values[i] : codes ? codes.values[base + i] : sentence[i].value))!);
    }
  }
  if (first < n && !(names && names[base + first] === NOT_A_NAME)) {
    const value = codes ? codes.values[base + first] : sentence[first].value;
    const cap = capClass(values ? values[first] : value);
    at(first).push(FIRST_FEATURE.get(cap)!);
    if (cap === 'T') {
      if (doc.lowercase.has(lowerCased(value))) at(first).push('first|lcseen');
      if (doc.capitalizedInside.has(value)) at(first).push('first|capseen');
    }
  }
  for (const m of lexicon ?? lexiconMatches(sentence, text, caps)) {
    const type = m.entry.type === 'place' ? 'LOC' : 'ORG';
    if (!(names && names[base + m.from] === NOT_A_NAME)) {
      at(m.from).push(GZ_B[type]);
      if (m.to - m.from === 1) at(m.from).push(GZ_1[type]);
    }
    for (let j = m.from + 1; j < m.to; j++) if (!(names && names[base + j] === NOT_A_NAME)) at(j).push(GZ_I[type]);
  }
}
