// Finds direct quotations by pairing quotation marks in one linear pass over the text.
// Double marks (" “ ” „, and '' as news archives such as LexisNexis write them) delimit
// quotes; single marks (' ‘ ’) only inside an open double quote, where they are nested quotes
// of their own (outside, they are mostly apostrophes).
// A paragraph ends an open quote unless the next paragraph reopens with a mark (the
// multi-paragraph convention), so one stray mark never swallows the rest of the article.

export interface FoundQuote {
  /** Content span: inside the marks, surrounding whitespace trimmed. */
  start: number;
  end: number;
  /** Position of the opening mark. */
  open: number;
  /** Position of the closing mark (its last character), or the paragraph end when the quote was never closed. */
  close: number;
  /** Index (in the returned array) of the enclosing quote, or -1. */
  parent: number;
  /**
   * A block quotation: opened at the start of a paragraph, never closed there, and closed by
   * an otherwise unmatched mark ending a later paragraph (a reposted article). The quotes
   * inside it stay quotes of their own, so sentences and attributions look through it.
   */
  block?: boolean;
}

const NL = 1;
const SP = 2;
const WORD = 3;
const OTHER = 4;

function kind(c: number): number {
  if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return NL;
  if (c === 32 || c === 9 || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x202f) return SP;
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return WORD;
  if (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f)) return WORD;
  return OTHER;
}

const STRAIGHT_D = 0x22;
const OPEN_D = 0x201c;
const CLOSE_D = 0x201d;
const LOW_D = 0x201e;
const STRAIGHT_S = 0x27;
const OPEN_S = 0x2018;
const CLOSE_S = 0x2019;

function isDouble(c: number): boolean {
  return c === STRAIGHT_D || c === OPEN_D || c === CLOSE_D || c === LOW_D;
}

function isOpenerMark(c: number): boolean {
  return c === STRAIGHT_D || c === OPEN_D || c === LOW_D;
}

/** Characters after which a mark opens: start, space, brackets, dashes, slashes, colons. */
function opensAfter(prev: number): boolean {
  if (prev < 0) return true;
  const k = kind(prev);
  if (k === NL || k === SP) return true;
  return prev === 0x28 || prev === 0x5b || prev === 0x7b || prev === 0x2014 || prev === 0x2013 || prev === 0x2d || prev === 0x2f || prev === 0x3a || isDouble(prev) || prev === OPEN_S;
}

/** Characters before which a mark closes: end, space, punctuation. */
function closesBefore(next: number): boolean {
  if (next < 0) return true;
  const k = kind(next);
  return k === NL || k === SP || k === OTHER;
}

function trimmed(text: string, from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  while (a < b && kind(text.charCodeAt(a)) <= SP) a++;
  while (b > a && kind(text.charCodeAt(b - 1)) <= SP) b--;
  return [a, b];
}

/** First non-space character of the next non-empty paragraph after the line break at `i`. */
function nextParagraphStart(text: string, i: number): number {
  let j = i;
  while (j < text.length && kind(text.charCodeAt(j)) <= SP) j++;
  return j;
}

/**
 * Characters scanQuotes acts on (bit 1): line breaks and quotation marks; and the ones
 * splitSentences looks at (bit 2, see SENTENCE_CANDIDATES), which it can collect on the way.
 */
const RELEVANT = new Uint8Array(0x10000);
for (const c of [10, 13, 0x2028, 0x2029, STRAIGHT_D, OPEN_D, CLOSE_D, LOW_D, STRAIGHT_S, OPEN_S, CLOSE_S]) RELEVANT[c] = 1;
/** Characters that may end a sentence (splitSentences): line breaks, . ! ? and the C of "Credit…". */
export const SENTENCE_CANDIDATES: readonly number[] = [10, 13, 0x2028, 0x2029, 0x2e, 0x21, 0x3f, 0x43];
const CANDIDATE_BIT = 2;
for (const c of SENTENCE_CANDIDATES) RELEVANT[c] |= CANDIDATE_BIT;

/** The next character with bit 1 of RELEVANT, and with either bit (see the table above). */
const NEXT_QUOTE_OR_BREAK = /[\n\r\u2028\u2029"\u201c\u201d\u201e'\u2018\u2019]/g;
const NEXT_ANY = /[\n\r\u2028\u2029"\u201c\u201d\u201e'\u2018\u2019.!?C]/g;

/** Positions in ascending order, in a growable typed array (reusable: `clear`). */
export class Positions {
  data = new Int32Array(256);
  count = 0;
  clear(): void {
    this.count = 0;
  }
  /** Empties it and lets go of storage grown past 64K positions. */
  release(): void {
    this.count = 0;
    if (this.data.length > 1 << 16) this.data = new Int32Array(256);
  }
  push(i: number): void {
    if (this.count === this.data.length) {
      const d = new Int32Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    this.data[this.count++] = i;
  }
}

/**
 * Quotations in `text`. With `candidates`, the positions of the characters splitSentences
 * looks at are appended to it in the same pass, so that it need not read the text again.
 */
export function scanQuotes(text: string, candidates?: Positions): FoundQuote[] {
  const out: FoundQuote[] = [];
  const n = text.length;
  let dOpen = -1; // position of the open double mark
  let sOpen = -1; // position of the open single mark (only while dOpen >= 0)
  let reopenAt = -1; // a paragraph-initial mark that continues the open quote
  const pendingSingles: FoundQuote[] = [];
  let paraStart = 0; // first non-space character of the current paragraph
  let atLineStart = true;
  let block = -1; // a paragraph-initial opener left unclosed: a possible block quotation
  let blocks = 0;
  let blockBounded: FoundQuote | undefined; // what was emitted for it, bounded at its paragraph end

  // Opening marks two characters wide ('' in archive exports), by position.
  const wide = new Set<number>();
  const emit = (open: number, close: number, contentEnd: number, parent: number): FoundQuote | undefined => {
    const [a, b] = trimmed(text, open + (wide.has(open) ? 2 : 1), contentEnd);
    if (b <= a) return undefined;
    return { start: a, end: b, open, close, parent };
  };
  const closeDouble = (close: number, contentEnd: number) => {
    const q = emit(dOpen, close, contentEnd, -1);
    if (q) {
      // The outer quote is listed before its nested quotes, in document order.
      const index = out.length;
      out.push(q);
      for (const s of pendingSingles) {
        s.parent = index;
        out.push(s);
      }
    }
    pendingSingles.length = 0;
    dOpen = -1;
    sOpen = -1;
  };

  // Inside a line only the RELEVANT characters matter: the loop jumps from one to the next
  // with a regular expression (native code, about twice as fast as testing each character).
  const next = candidates ? NEXT_ANY : NEXT_QUOTE_OR_BREAK;
  for (let i = 0; i < n; i++) {
    if (!atLineStart) {
      next.lastIndex = i;
      if (!next.test(text)) break;
      i = next.lastIndex - 1;
    }
    const c = text.charCodeAt(i);
    const relevant = RELEVANT[c];
    if (!atLineStart && relevant === 0) continue;
    if (relevant >= CANDIDATE_BIT) {
      if (candidates) candidates.push(i);
      if (!atLineStart && relevant === CANDIDATE_BIT) continue;
    }
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      atLineStart = true;
      if (dOpen >= 0 && reopenAt <= i) {
        const j = nextParagraphStart(text, i);
        const w = j < n && isTwoApostrophes(text, j) ? 2 : 1;
        if (j < n && (isOpenerMark(text.charCodeAt(j)) || w === 2) && !closesBefore(j + w < n ? text.charCodeAt(j + w) : -1)) {
          reopenAt = j;
          sOpen = -1;
        } else {
          // Bounded at the paragraph end; a later unmatched closing mark may still end it as a
          // block, which then replaces this bounded quote.
          const initial = dOpen === paraStart && block < 0;
          const before = out.length;
          if (initial) block = dOpen;
          closeDouble(i, i);
          if (initial) blockBounded = out[before];
        }
      }
      continue;
    }
    if (atLineStart && c !== 32 && c !== 9 && c !== 0xa0) {
      atLineStart = false;
      paraStart = i;
    }
    const two = c === STRAIGHT_S && isTwoApostrophes(text, i);
    if (isDouble(c) || two) {
      const width = two ? 2 : 1;
      if (i === reopenAt) {
        reopenAt = -1;
        i += width - 1;
        continue;
      }
      const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
      const next = i + width < n ? text.charCodeAt(i + width) : -1;
      let opening: boolean;
      const openLike = opensAfter(prev) && !closesBefore(next);
      const closeLike = !opensAfter(prev) || closesBefore(next);
      if (c === OPEN_D || c === LOW_D) opening = !(dOpen >= 0 && closeLike && !openLike);
      else if (c === CLOSE_D) opening = dOpen < 0 && openLike && !closeLike;
      else if (openLike && !closeLike) opening = true;
      else if (closeLike && !openLike) opening = false;
      else opening = dOpen < 0;
      if (opening) {
        // A second opener while one is open: the first was a stray mark, drop it.
        if (dOpen >= 0 && dOpen === paraStart && block < 0) block = dOpen;
        dOpen = i;
        if (two) wide.add(i);
        sOpen = -1;
        pendingSingles.length = 0;
      } else if (dOpen >= 0) {
        // `close` is the mark's last character (what follows it is the attribution).
        closeDouble(i + width - 1, i);
      } else if (block >= 0 && endsParagraph(text, i + width)) {
        const q = emit(block, i + width - 1, i, -1);
        if (q) {
          q.block = true;
          if (blockBounded) {
            // Drop the bounded quote and the nested quotes listed right after it.
            const at = out.indexOf(blockBounded);
            let k = at + 1;
            while (k < out.length && out[k].parent === at) k++;
            out.splice(at, k - at);
            for (let m = at; m < out.length; m++) if (out[m].parent > at) out[m].parent -= k - at;
          }
          out.push(q);
          blocks++;
        }
        block = -1;
        blockBounded = undefined;
      }
      i += width - 1;
      continue;
    }
    if (dOpen < 0) continue;
    if (c === STRAIGHT_S || c === OPEN_S || c === CLOSE_S) {
      const prev = text.charCodeAt(i - 1);
      const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
      const prevWord = kind(prev) === WORD;
      const nextWord = next >= 0 && kind(next) === WORD;
      if (prevWord && nextWord) continue; // apostrophe inside a word: don't, Russia’s
      if (sOpen < 0) {
        if (c !== CLOSE_S && opensAfter(prev) && next >= 0 && !closesBefore(next)) sOpen = i;
        else if (c === CLOSE_S && opensAfter(prev) && nextWord && kind(prev) !== WORD) sOpen = i; // ’ misused as opener
      } else if (!opensAfter(prev) && closesBefore(next)) {
        const q = emit(sOpen, i, i, -1);
        if (q) pendingSingles.push(q);
        sOpen = -1;
      }
    }
  }
  if (dOpen >= 0) closeDouble(n, n);
  if (blocks === 0) return out;
  // Put block quotations back in document order, keeping parent indices right.
  const order = out.map((q, i) => ({ q, i })).sort((a, b) => a.q.open - b.q.open || (a.q.parent < 0 ? -1 : 1));
  const index = new Map(order.map((x, k) => [x.i, k]));
  return order.map(({ q }) => (q.parent >= 0 ? { ...q, parent: index.get(q.parent)! } : q));
}

/** Two straight apostrophes, not three or more ("''" is a double mark in archive exports). */
function isTwoApostrophes(text: string, i: number): boolean {
  return text.charCodeAt(i + 1) === STRAIGHT_S && text.charCodeAt(i - 1) !== STRAIGHT_S && text.charCodeAt(i + 2) !== STRAIGHT_S;
}

/** Only spaces or a footnote reference ("[1]") remain before the line break. */
function endsParagraph(text: string, from: number): boolean {
  const m = /^[ \t\u00a0]*(?:\[\d{1,3}\])?[ \t\u00a0]*(?:\r?\n|$)/.exec(text.slice(from, from + 16));
  return m !== null;
}
