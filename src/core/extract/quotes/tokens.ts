// A small word tokenizer for attribution windows: words (with inner apostrophes, hyphens
// and dots: "isn’t", "U.S", "cease-fire") and the punctuation attribution cares about.
// Hand-written over char codes because it runs on every sentence near a quotation.
import type { Span } from '../../model';
import { QUOTE_WORD_CHAR as WORD_CHAR } from '../../parse/chars';

export interface Tok extends Span {
  text: string;
  lower: string;
  word: boolean;
  capital: boolean;
  /** Inside the content or marks of a double quotation. */
  quoted: boolean;
}

/** Punctuation kept as tokens; everything else that is not a word is skipped. */
const PUNCT = new Uint8Array(0x10000);
const PUNCT_STRING = new Map<number, string>();
for (const ch of "，,;:―—–()“”\"‘’'.!?") {
  PUNCT[ch.charCodeAt(0)] = 1;
  PUNCT_STRING.set(ch.charCodeAt(0), ch);
}
const ASCII_PUNCT: string[] = Array.from({ length: 0x80 }, (_, c) => PUNCT_STRING.get(c) ?? '');
const KEEP_DOT = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'u.s', 'd.c', 'rev', 'prof', 'sgt', 'capt', 'cmdr', 'adm', 'hon', 'fr', 'messrs', 'del', 'amb', 'supt', 'atty', 'insp']);

// Words with capitals or beyond ASCII, with their lower case, in a small direct-mapped cache
// by the hash of their characters: names and sentence-initial words recur, and lower-casing
// each occurrence again would make two strings every time. (Lower-case words are sliced: a
// cache of those measured slower in the pipeline, its lookups missing the processor cache.)
const CACHE_BITS = 12;
const casedText: string[] = new Array<string>(1 << CACHE_BITS).fill('');
const casedLowers: string[] = new Array<string>(1 << CACHE_BITS).fill('');
/** The lower case of the word casedWord returned last. */
let casedLower = '';

/**
 * text.slice(i, j), shared when cached, and its lower case in casedLower; `h` is the hash
 * of its characters ((h * 31 + c) | 0 from 0).
 */
function casedWord(text: string, i: number, j: number, h: number): string {
  const n = j - i;
  const slot = Math.imul(h + n, 0x9e3779b1) >>> (32 - CACHE_BITS);
  const cached = casedText[slot];
  if (cached.length === n) {
    let k = 0;
    while (k < n && cached.charCodeAt(k) === text.charCodeAt(i + k)) k++;
    if (k === n) {
      casedLower = casedLowers[slot];
      return cached;
    }
  }
  const t = text.slice(i, j);
  casedText[slot] = t;
  casedLower = casedLowers[slot] = t.toLowerCase();
  return t;
}

/** "Mr" → "Mr.": one shared string each (the words that keep their full stop are few). */
const DOTTED = new Map<string, string>();
function dotted(w: string): string {
  let d = DOTTED.get(w);
  if (d === undefined) {
    d = w + '.';
    if (DOTTED.size < 4096) DOTTED.set(w, d);
  }
  return d;
}

/** Letters and digits (a table read; false past the end of the text). */
function isWordChar(c: number): boolean {
  return WORD_CHAR[c] === 1;
}

function isUpperStart(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 0x80) return c >= 65 && c <= 90;
  return s[0] !== s[0].toLowerCase();
}

/**
 * Tokens of `span`. `regions` are the double quotations' [open, close] mark positions in
 * document order; tokens inside one are flagged `quoted`.
 */
export function tokenize(text: string, span: Span, regions: readonly { open: number; close: number }[]): Tok[] {
  const out: Tok[] = [];
  // First region that may contain span.start.
  let lo = 0;
  let hi = regions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (regions[mid].close < span.start) lo = mid + 1;
    else hi = mid;
  }
  let r = lo;
  const end = span.end;
  let i = span.start;
  while (i < end) {
    const c = text.charCodeAt(i);
    let j: number;
    let word = false;
    // Already lower case: ASCII without capitals (and ’), so no lower-cased copy is needed.
    let lowerAlready = true;
    let h = 0; // hash of the word's characters (for the string caches)
    if (isWordChar(c)) {
      word = true;
      j = i;
      for (;;) {
        for (; j < end; j++) {
          const d = text.charCodeAt(j);
          if (!isWordChar(d)) break;
          if (d >= 0x80 || (d >= 65 && d <= 90)) lowerAlready = false;
          h = (Math.imul(h, 31) + d) | 0;
        }
        const d = text.charCodeAt(j);
        if (j + 1 < end && (d === 0x2019 || d === 0x27 || d === 0x2e || d === 0x2d) && isWordChar(text.charCodeAt(j + 1))) {
          h = (Math.imul(h, 31) + d) | 0;
          j++;
        } else break;
      }
    } else if (PUNCT[c] === 1) {
      // One shared string per punctuation mark; its lower case is itself.
      const t = c < 0x80 ? ASCII_PUNCT[c] : PUNCT_STRING.get(c)!;
      while (r < regions.length && regions[r].close < i) r++;
      const quoted = r < regions.length && regions[r].open <= i;
      out.push({ start: i, end: i + 1, text: t, lower: t, word: false, capital: false, quoted });
      i++;
      continue;
    } else {
      i++;
      continue;
    }
    let t: string;
    let lower: string;
    if (lowerAlready) t = lower = text.slice(i, j);
    else {
      t = casedWord(text, i, j, h);
      lower = casedLower;
    }
    // Keep the full stop of "Mr." and "U.S." with the word; other full stops are tokens.
    // (c is the word's first character: ASCII capitals are decided without reading t.)
    const capital = c < 0x80 ? c >= 65 && c <= 90 : isUpperStart(t);
    if (word && j < end && text.charCodeAt(j) === 0x2e && (KEEP_DOT.has(lower) || (t.length === 1 && capital))) {
      j++;
      t = dotted(t);
      lower = dotted(lower);
    }
    while (r < regions.length && regions[r].close < i) r++;
    const quoted = r < regions.length && regions[r].open <= i;
    out.push({ start: i, end: j, text: t, lower, word, capital: word && capital, quoted });
    i = j;
  }
  return out;
}
