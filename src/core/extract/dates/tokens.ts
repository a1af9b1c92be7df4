// A compact token table for the dates recognizer: one pass over the text, no per-token
// objects or strings (typed arrays only), so that scanning a megabyte costs a few ms.
// Lower-cased token strings are made lazily, only around the few tokens that matter.
import { DATE_CLASS as CLASS, DATE_DIGIT as DIGIT, DATE_LETTER as LETTER, DATE_OTHER as OTHER, DATE_SPACE as SPACE } from '../../parse/chars';

/** Token kinds. */
export const Kind = {
  /** letters only */
  Word: 1,
  /** digits only */
  Num: 2,
  /** letters and digits: 1990s, 13th, Q3, 3pm */
  Mixed: 3,
  /** any other single non-space character */
  Punct: 4,
} as const;

export class Tokens {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly kind: Uint8Array;
  /** 0: nothing between this token and the previous one; 1: spaces; 2: a line break. */
  readonly gap: Uint8Array;
  /** FNV-1a hash of the lower-cased token (words and mixed tokens only). */
  readonly hash: Int32Array;
  // A small direct-mapped cache of lower-cased tokens: the rules look at the same few
  // tokens around an anchor again and again.
  private readonly cacheIndex = new Int32Array(CACHE).fill(-1);
  private readonly cacheWord: string[] = new Array<string>(CACHE).fill('');

  /**
   * Tokenizes text[from, to); from is 0 or just after a line break. Offsets stay absolute.
   * With `buffers`, the token arrays are theirs (grown when too small): a caller that
   * tokenizes piece after piece allocates them once, and the tokens of a piece are valid
   * only until the next piece is tokenized into the same buffers.
   */
  constructor(readonly text: string, from = 0, to = text.length, buffers: TokenBuffers = new TokenBuffers(capacityFor(to - from))) {
    this.count = tokenTable(text, from, to, buffers);
    this.start = buffers.start;
    this.end = buffers.end;
    this.kind = buffers.kind;
    this.gap = buffers.gap;
    this.hash = buffers.hash;
  }

  /** The token's text, lower-cased (cached). Out-of-range indices give ''. */
  low(i: number): string {
    if (i < 0 || i >= this.count) return '';
    const slot = i & (CACHE - 1);
    if (this.cacheIndex[slot] === i) return this.cacheWord[slot];
    const w = this.kind[i] === Kind.Punct ? punct(this.text, this.start[i]) : interned(this.text, this.start[i], this.end[i], this.hash[i]);
    this.cacheIndex[slot] = i;
    this.cacheWord[slot] = w;
    return w;
  }

  /**
   * low(i) === w for a lower-case ASCII word w, compared in place (no string looked up): a
   * token is w when its characters are w's, capitals folded.
   */
  isWord(i: number, w: string): boolean {
    if (i < 0 || i >= this.count) return w === '';
    const a = this.start[i];
    const n = this.end[i] - a;
    if (n !== w.length) return false;
    for (let k = 0; k < n; k++) {
      const c = this.text.charCodeAt(a + k);
      if ((c >= 65 && c <= 90 ? c | 32 : c) !== w.charCodeAt(k)) return false;
    }
    return true;
  }

  raw(i: number): string {
    return i < 0 || i >= this.count ? '' : this.text.slice(this.start[i], this.end[i]);
  }

  /** True when the token starts with an upper-case letter. */
  isCapitalized(i: number): boolean {
    const c = this.text.charCodeAt(this.start[i]);
    return (c >= 65 && c <= 90) || (c > 127 && this.text[this.start[i]] !== this.text[this.start[i]].toLowerCase());
  }

  /** Numeric value of a digits-only token, or NaN. */
  num(i: number): number {
    return i >= 0 && i < this.count && this.kind[i] === Kind.Num ? Number(this.raw(i)) : NaN;
  }

  /** Token i is the punctuation character ch. */
  is(i: number, ch: string): boolean {
    return i >= 0 && i < this.count && this.kind[i] === Kind.Punct && this.text[this.start[i]] === ch;
  }
}

/** Room for the tokens of `length` characters: news prose has about one every four or five. */
function capacityFor(length: number): number {
  return Math.max(16, (length >> 2) + (length >> 4) + 16);
}

/** The arrays Tokens fills: reusable from one tokenized piece to the next. */
export class TokenBuffers {
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  gap: Uint8Array;
  hash: Int32Array;
  /** Entries written by the last tokenizing: the ones past its count are zeroed by the next. */
  used = 0;
  constructor(capacity = 16) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.gap = new Uint8Array(capacity);
    this.hash = new Int32Array(capacity);
  }
}

/** Fills `b` with the tokens of text[from, to) (see Tokens) and returns their count. The
 * scanning loop is a function of its own, with nothing after the loop but the stores and the
 * return: V8 compiles a long text's loop while it runs (on-stack replacement), before the
 * code after it has run once, and code compiled so would be thrown away at the end of every chunk. */
function tokenTable(text: string, from: number, to: number, b: TokenBuffers): number {
  const len = to;
  let start = b.start;
  let end = b.end;
  let kind = b.kind;
  let gap = b.gap;
  let hash = b.hash;
  if (start.length < capacityFor(to - from)) {
    const c = capacityFor(to - from);
    start = new Int32Array(c); end = new Int32Array(c); kind = new Uint8Array(c); gap = new Uint8Array(c); hash = new Int32Array(c);
    b.used = 0;
  }
  let cap = start.length;
  let n = 0;
  let space = from > 0 ? 2 : 0;
  let i = from;
  while (i < len) {
    let c = text.charCodeAt(i);
    const cls = CLASS[c];
    if (cls === SPACE) {
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) space = 2;
      else if (space === 0) space = 1;
      i++;
      continue;
    }
    if (n === cap) {
      cap *= 2;
      start = grow(start, cap); end = grow(end, cap); kind = grow(kind, cap); gap = grow(gap, cap); hash = grow(hash, cap);
    }
    start[n] = i;
    gap[n] = space;
    space = 0;
    if (cls === OTHER) {
      kind[n] = 4;
      hash[n] = 0; // as in fresh arrays (reused ones hold an earlier piece's)
      end[n++] = ++i;
      continue;
    }
    let mask = 0;
    let h = 0x811c9dc5 | 0;
    for (;;) {
      const k = CLASS[c];
      if ((k & (LETTER | DIGIT)) === 0) break; // (SPACE is 0, OTHER 4)
      mask |= k;
      h = Math.imul(h ^ (c >= 65 && c <= 90 ? c | 32 : c), 16777619);
      if (++i === len) break;
      c = text.charCodeAt(i);
    }
    end[n] = i;
    kind[n] = mask === LETTER ? 1 : mask === DIGIT ? 2 : 3;
    hash[n++] = h;
  }
  // Past the tokens the arrays read as fresh ones do (zeros), not as the previous piece left
  // them: the rules peek a token or two past the end.
  if (b.used > n) {
    start.fill(0, n, b.used);
    end.fill(0, n, b.used);
    kind.fill(0, n, b.used);
    gap.fill(0, n, b.used);
    hash.fill(0, n, b.used);
  }
  b.used = n;
  b.start = start;
  b.end = end;
  b.kind = kind;
  b.gap = gap;
  b.hash = hash;
  return n;
}

const CACHE = 256;

// Lower-cased ASCII words shared by all token tables (the same words recur in every
// article): a direct-mapped cache keyed by the token hash, so that looking at a word
// allocates nothing once it has been seen.
const SHARED_BITS = 13;
const shared: string[] = new Array<string>(1 << SHARED_BITS).fill('');

function interned(text: string, start: number, end: number, h: number): string {
  const slot = Math.imul(h, 0x9e3779b1) >>> (32 - SHARED_BITS);
  const cached = shared[slot];
  const n = end - start;
  if (cached.length === n) {
    let k = 0;
    for (; k < n; k++) {
      const c = text.charCodeAt(start + k);
      if ((c >= 65 && c <= 90 ? c | 32 : c) !== cached.charCodeAt(k)) break;
    }
    if (k === n) return cached;
  }
  const w = text.slice(start, end).toLowerCase();
  // Only words whose lower case is their ASCII lower case: the comparison above assumes it.
  let ascii = true;
  for (let k = 0; k < n && ascii; k++) if (w.charCodeAt(k) >= 0x80) ascii = false;
  if (ascii && w.length === n) shared[slot] = w;
  return w;
}

/** Single-character tokens as strings, one shared copy each for ASCII. */
const PUNCT_STRINGS: string[] = [];
for (let c = 0; c < 128; c++) PUNCT_STRINGS.push(String.fromCharCode(c).toLowerCase());

function punct(text: string, start: number): string {
  const c = text.charCodeAt(start);
  return c < 128 ? PUNCT_STRINGS[c] : text.slice(start, start + 1).toLowerCase();
}
function grow<T extends Int32Array | Uint8Array>(a: T, cap: number): T {
  const b = new (a.constructor as new (n: number) => T)(cap);
  b.set(a);
  return b;
}

/** The same FNV-1a hash the tokenizer computes, for building lookup tables. */
export function hashWord(w: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < w.length; i++) {
    let c = w.charCodeAt(i);
    if (c >= 65 && c <= 90) c |= 32;
    h = Math.imul(h ^ c, 16777619);
  }
  return h;
}
