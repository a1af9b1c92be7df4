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
const KEEP_DOT = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'u.s', 'd.c', 'rev', 'prof', 'sgt', 'capt', 'cmdr', 'adm', 'hon', 'fr', 'messrs', 'del', 'amb', 'supt', 'atty', 'insp']);

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
    if (isWordChar(c)) {
      word = true;
      j = i;
      for (;;) {
        for (; j < end; j++) {
          const d = text.charCodeAt(j);
          if (!isWordChar(d)) break;
          if (d >= 0x80 || (d >= 65 && d <= 90)) lowerAlready = false;
        }
        const d = text.charCodeAt(j);
        if (j + 1 < end && (d === 0x2019 || d === 0x27 || d === 0x2e || d === 0x2d) && isWordChar(text.charCodeAt(j + 1))) j++;
        else break;
      }
    } else if (PUNCT[c] === 1) {
      // One shared string per punctuation mark; its lower case is itself.
      const t = PUNCT_STRING.get(c)!;
      while (r < regions.length && regions[r].close < i) r++;
      const quoted = r < regions.length && regions[r].open <= i;
      out.push({ start: i, end: i + 1, text: t, lower: t, word: false, capital: false, quoted });
      i++;
      continue;
    } else {
      i++;
      continue;
    }
    let t = text.slice(i, j);
    let lower = lowerAlready ? t : t.toLowerCase();
    // Keep the full stop of "Mr." and "U.S." with the word; other full stops are tokens.
    if (word && j < end && text.charCodeAt(j) === 0x2e && (KEEP_DOT.has(lower) || (t.length === 1 && isUpperStart(t)))) {
      j++;
      t += '.';
      lower += '.';
    }
    while (r < regions.length && regions[r].close < i) r++;
    const quoted = r < regions.length && regions[r].open <= i;
    out.push({ start: i, end: j, text: t, lower, word, capital: word && isUpperStart(t), quoted });
    i = j;
  }
  return out;
}
