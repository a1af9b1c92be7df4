// A compact token table for the dates recognizer: one pass over the text, no per-token
// objects or strings (typed arrays only), so that scanning a megabyte costs a few ms.
// Lower-cased token strings are made lazily, only around the few tokens that matter.

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
  private readonly lowers: (string | undefined)[];

  constructor(readonly text: string) {
    let cap = Math.max(16, text.length >> 2);
    let start = new Int32Array(cap);
    let end = new Int32Array(cap);
    let kind = new Uint8Array(cap);
    let gap = new Uint8Array(cap);
    let hash = new Int32Array(cap);
    let n = 0;
    let space = 0;
    const len = text.length;
    let i = 0;
    while (i < len) {
      let c = text.charCodeAt(i);
      const cls = charClass(c);
      if (cls === 0) {
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
      if (cls === 3) {
        kind[n] = Kind.Punct;
        end[n] = ++i;
        n++;
        continue;
      }
      let letters = false;
      let digits = false;
      let h = 0x811c9dc5 | 0;
      while (i < len) {
        c = text.charCodeAt(i);
        const k = charClass(c);
        if (k === 1) letters = true;
        else if (k === 2) digits = true;
        else break;
        if (c >= 65 && c <= 90) c |= 32;
        h = Math.imul(h ^ c, 16777619);
        i++;
      }
      end[n] = i;
      kind[n] = letters ? (digits ? Kind.Mixed : Kind.Word) : Kind.Num;
      hash[n] = h;
      n++;
    }
    this.count = n;
    this.start = start;
    this.end = end;
    this.kind = kind;
    this.gap = gap;
    this.hash = hash;
    this.lowers = new Array<string | undefined>(n);
  }

  /** The token's text, lower-cased (cached). Out-of-range indices give ''. */
  low(i: number): string {
    if (i < 0 || i >= this.count) return '';
    return (this.lowers[i] ??= this.text.slice(this.start[i], this.end[i]).toLowerCase());
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

/** 0 space, 1 letter, 2 digit, 3 other visible character. */
function charClass(c: number): number {
  if (c < 128) {
    if (c >= 97 ? c <= 122 : c >= 65 && c <= 90) return 1;
    if (c >= 48 && c <= 57) return 2;
    return c <= 32 || c === 127 ? 0 : 3;
  }
  if (c === 0xa0 || c === 0xfeff || c === 0x3000 || c === 0x202f || c === 0x205f || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029) return 0;
  // General punctuation, symbols and surrogate halves (emoji) are not letters.
  if ((c >= 0x2010 && c <= 0x2bff) || c === 0xd7 || c === 0xf7 || (c >= 0xa1 && c <= 0xbf) || (c >= 0xd800 && c <= 0xdfff) || (c >= 0x3001 && c <= 0x303f)) return 3;
  return 1;
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
