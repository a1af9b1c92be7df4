// Quote-aware sentence spans, the unit claims are annotated in and the window in which a
// quote's attribution is looked for. A sentence never crosses a line break; a full stop
// inside a quotation only ends the sentence when the quotation closes right after it
// (“We need to know. It will be strong,” he said. is one sentence).
import type { Span } from '../../model';
import { type FoundQuote, Positions, SENTENCE_CANDIDATES } from './scan';
import { REPORTING } from './lexicon';

const ABBREVIATIONS = new Set(
  ('mr mrs ms dr st jr sr gen gov sen rep lt col capt sgt prof rev hon no nos vs etc inc corp co ltd ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx dept est fig op vol pp al ' +
    'adm cmdr maj pres supt sec atty')
    .split(' '),
);

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x202f;
}
function isBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}
function isUpper(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function isClosing(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d;
}
function isOpening(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018 || c === 0x28 || c === 0x5b || c === 0x201e;
}

/** The word before a full stop at `dot`, e.g. "Mr", "U.S", "V". */
function wordBefore(text: string, dot: number, from: number): string {
  let a = dot;
  const stop = Math.max(from, dot - 20); // abbreviations are short; keeps runs of dots linear
  while (a > stop && isWordOrDot(text, a - 1)) a--;
  return text.slice(a, dot);
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}.]/u;

/** /[\p{L}\p{N}.]/u on the code unit at i (ASCII decided without the expression). */
function isWordOrDot(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 0x2e;
  return LETTER_OR_NUMBER.test(text[i]);
}

function isAbbreviation(word: string): boolean {
  if (!word) return false;
  if (word.length === 1 && isUpper(word)) return true; // an initial: Vladimir V. Putin
  if (word.includes('.')) return true; // U.S, a.m, D.C
  return ABBREVIATIONS.has(word.toLowerCase());
}

const REPORTED = /^(?:(?:[\p{Lu}][\p{L}.’'-]*|he|she|they|I|we)\s+){1,4}(\p{Ll}+)\b/u;

/** After a quoted exclamation or question: is the next clause just its attribution? */
function attributionFollows(text: string, k: number): boolean {
  const m = REPORTED.exec(text.slice(k, k + 60));
  return !!m && REPORTING.has(m[1]);
}

const CREDIT = /^Credit(?:…|\.\.\.)/;

/** " “ ” „ */
function isQuoteMark(c: number): boolean {
  return c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e;
}

/** Does text[a, b) contain ch? */
function includesIn(text: string, ch: string, a: number, b: number): boolean {
  const k = text.indexOf(ch, a);
  return k >= 0 && k < b;
}
const REFERENCE = /\s*\[\d{1,3}\]$/;

/** . , ; : (stray punctuation trimmed from a sentence's start) */
function isLeadingPunct(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a;
}

/** . ! ? */
function isTerminal(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f;
}

/**
 * Trims whitespace, stray leading punctuation, an unmatched outer bracket, a quotation
 * mark that pairs with nothing (`marks` holds the paired ones) and a footnote reference.
 */
function trimSentence(text: string, a: number, b: number, marks: ReadonlySet<number>): Span | undefined {
  for (;;) {
    while (a < b && (isSpace(text.charCodeAt(a)) || isLeadingPunct(text.charCodeAt(a)))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b <= a) return undefined;
    const first = text.charCodeAt(a);
    const last = text.charCodeAt(b - 1);
    if (first === 0x28 && !includesIn(text, ')', a, b)) { a++; continue; }
    if (last === 0x29 && !includesIn(text, '(', a, b)) { b--; continue; }
    if (isQuoteMark(first) && !marks.has(a)) { a++; continue; }
    if (isQuoteMark(last) && !marks.has(b - 1)) { b--; continue; }
    if (last === 0x5d) {
      const from = Math.max(a, b - 8);
      const ref = REFERENCE.exec(text.slice(from, b));
      if (ref && from + ref.index > a) { b = from + ref.index; continue; }
    }
    if (first === 0x43 && text.startsWith('Credit', a) && CREDIT.test(text.slice(a, Math.min(b, a + 9)))) return undefined;
    return { start: a, end: b };
  }
}

export { SENTENCE_CANDIDATES };
/** The next SENTENCE_CANDIDATES character. */
const NEXT_CANDIDATE = /[\n\r\u2028\u2029.!?C]/g;

/** Candidates of splitSentences when the caller has none (reused: it is synchronous). */
const ownCandidates = new Positions();

/** The positions of the SENTENCE_CANDIDATES characters in text. */
function candidatesOf(text: string): Positions {
  const out = ownCandidates;
  out.clear();
  NEXT_CANDIDATE.lastIndex = 0;
  while (NEXT_CANDIDATE.test(text)) out.push(NEXT_CANDIDATE.lastIndex - 1);
  return out;
}

/**
 * Sentence spans in document order. `quotes` (from scanQuotes) keep full stops inside a
 * quotation from splitting the sentence. `candidates`: the positions of every character of
 * SENTENCE_CANDIDATES in the text, in order (scanQuotes collects them), so that only those
 * are visited.
 */
export function splitSentences(text: string, quotes: readonly FoundQuote[] = [], candidates?: Positions): Span[] {
  const out: Span[] = [];
  // Double-quote regions [open, close) in order; nested singles lie inside them.
  const regions = quotes.filter((q) => q.parent < 0 && !q.block);
  let r = 0;
  let start = 0;
  const n = text.length;
  const marks = new Set<number>();
  for (const q of regions) {
    marks.add(q.open);
    marks.add(q.close);
  }
  const push = (a: number, b: number) => {
    const s = trimSentence(text, a, b, marks);
    if (s) out.push(s);
  };
  // Only line breaks, . ! ? and the C of "Credit…" matter: the loop visits those alone.
  const list = (candidates ?? candidatesOf(text)).data;
  const count = candidates ? candidates.count : ownCandidates.count;
  let nextCandidate = 0; // in the candidate list
  for (let i = 0; i < n; i++) {
    // The next candidate at or after i (the Credit rule jumps ahead).
    while (nextCandidate < count && list[nextCandidate] < i) nextCandidate++;
    if (nextCandidate === count) break;
    i = list[nextCandidate++];
    const c = text.charCodeAt(i);
    if (isBreak(c)) {
      push(start, i);
      start = i + 1;
      continue;
    }
    // "…Russia.Credit…Doug Mills" — a photo credit glued to a caption.
    if (c === 0x43 && i > start && isTerminal(text.charCodeAt(i - 1)) && CREDIT.test(text.slice(i, i + 9))) {
      push(start, i);
      let j = i;
      while (j < n && !isBreak(text.charCodeAt(j))) j++;
      start = j;
      i = j - 1;
      continue;
    }
    if (c !== 0x2e && c !== 0x21 && c !== 0x3f) continue;
    let j = i + 1;
    while (j < n && isClosing(text.charCodeAt(j))) j++;
    if (j < n && !isSpace(text.charCodeAt(j)) && !isBreak(text.charCodeAt(j))) continue;
    let k = j;
    while (k < n && isSpace(text.charCodeAt(k))) k++;
    if (k >= n || isBreak(text.charCodeAt(k))) continue; // the line break ends it anyway
    const next = text.charCodeAt(k);
    if (!(isUpper(text[k]) || (next >= 48 && next <= 57) || isOpening(next))) continue;
    if (c === 0x2e && j === i + 1 && isAbbreviation(wordBefore(text, i, start))) continue;
    if (c !== 0x2e && j > i + 1 && attributionFollows(text, k)) continue; // “Vladimir, STOP!” Mr. Trump wrote.
    while (r < regions.length && regions[r].close < i) r++;
    const q = regions[r];
    if (q && q.open < i && i < q.close && q.close >= j) continue; // inside an open quotation
    push(start, j);
    start = j;
  }
  push(start, n);
  if (!candidates) ownCandidates.release();
  return out;
}
