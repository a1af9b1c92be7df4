// Sentence features that decide whether a fact-checker would want to verify a sentence and
// what kind of claim it is. A sentence is split into words once (by hand, over char codes);
// the cues are word-set and short word-sequence lookups, so the cost stays linear and low.
import type { ClaimKind, QuoteMention, Span } from '../../model';
import { PARTICIPLES, REPORTING } from '../quotes/lexicon';
import { CLAIM_WORD_CHAR as WORD_CHAR } from '../../parse/chars';

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

const MONTH = '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const TIME_UNIT = '(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|nights?|-year|-month|-week|-day|-hour|-minute)';

/** Numbers that are dates, times, years or durations: they don't make a statistic. */
const NOT_STATISTIC = new RegExp(
  [
    `${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,\\s*\\d{4})?`,
    `\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?`,
    `\\b\\d{1,2}:\\d{2}\\b`,
    `(?:pre-|post-|mid-)?\\b(?:1[89]|20)\\d{2}s?\\b`,
    `\\b\\d+(?:\\.\\d+)?\\s*${TIME_UNIT}`,
    `\\b\\d+(?:st|nd|rd|th)\\b`,
    `\\[\\d+\\]`,
  ].join('|'),
  'g',
);
const FIGURE_WORDS = set('percent dozen dozens hundred hundreds thousand thousands million millions billion billions trillion trillions');
const NUMBER_WORDS = set('one two three four five six seven eight nine ten');

/** Digits that are not part of a date, time or duration (checked around each number only). */
function hasFigureDigits(sentence: string): boolean {
  const n = sentence.length;
  for (let i = 0; i < n; i++) {
    // Straight to the next digit (\d is isDigit).
    NEXT_DIGIT.lastIndex = i;
    if (!NEXT_DIGIT.test(sentence)) return false;
    i = NEXT_DIGIT.lastIndex - 1;
    // A number as /\d+(?:[.,]\d+)*/ takes it: [a, b), with or without separators.
    const a = i;
    let b = i + 1;
    let dots = 0;
    let commas = 0;
    for (;;) {
      while (b < n && isDigit(sentence.charCodeAt(b))) b++;
      const c = sentence.charCodeAt(b);
      if ((c === 0x2e || c === 0x2c) && isDigit(sentence.charCodeAt(b + 1))) {
        if (c === 0x2e) dots++;
        else commas++;
        b += 2;
      } else break;
    }
    i = b - 1;
    if (!mayBeDateOrDuration(sentence, a, b, dots, commas)) return true;
    const from = Math.max(0, a - 14);
    const window = sentence.slice(from, Math.min(n, b + 16));
    const at = a - from;
    // The matches of the window in order (as matchAll gives them), up to the first one past the number.
    let covered = false;
    NOT_STATISTIC.lastIndex = 0;
    for (let d = NOT_STATISTIC.exec(window); d !== null && d.index <= at; d = NOT_STATISTIC.exec(window)) {
      if (at + (b - a) <= d.index + d[0].length) {
        covered = true;
        break;
      }
    }
    if (!covered) return true;
  }
  return false;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const NEXT_DIGIT = /\d/g;

/** What the regular expression \s matches. */
function isJsSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const MONTH_BEFORE = new RegExp(`${MONTH}$`);
const UNIT_AFTER = new RegExp(`\\s*${TIME_UNIT}`, 'y');

/**
 * False when no match of NOT_STATISTIC can cover the number s[a, b) (with `dots` and
 * `commas` between its digits), judged from the characters around it: what each alternative
 * needs next to the digits it covers. True means "ask the expression".
 */
function mayBeDateOrDuration(s: string, a: number, b: number, dots: number, commas: number): boolean {
  const length = b - a;
  const separators = dots + commas;
  const p = a > 0 ? s.charCodeAt(a - 1) : -1;
  const q = b < s.length ? s.charCodeAt(b) : -1;
  if (separators === 0) {
    if (length === 4) return true; // a year
    if (p === 0x5b && q === 0x5d) return true; // [12]
    if (q === 0x73 || q === 0x6e || q === 0x72 || q === 0x74) {
      // 21st, 2nd, 3rd, 4th
      const r = s.charCodeAt(b + 1);
      if ((q === 0x73 && r === 0x74) || ((q === 0x6e || q === 0x72) && r === 0x64) || (q === 0x74 && r === 0x68)) return true;
    }
    if (length <= 2) {
      if (q === 0x3a || (p === 0x3a && length === 2)) return true; // 10:30
      if (q >= 0 && isJsSpace(q)) {
        // 12 February
        let k = b + 1;
        while (k < s.length && isJsSpace(s.charCodeAt(k))) k++;
        if (k < s.length && 'JFMASOND'.includes(s.charAt(k))) return true;
      }
    }
  }
  // February 12, February 12,2014
  if (p >= 0 && isJsSpace(p) && ((separators === 0 && length <= 2) || (commas === 1 && dots === 0 && length >= 6 && length <= 7 && s.charCodeAt(b - 5) === 0x2c))) {
    let k = a - 1;
    while (k > 0 && isJsSpace(s.charCodeAt(k - 1))) k--;
    if (MONTH_BEFORE.test(s.slice(Math.max(0, k - 10), k))) return true;
  }
  // 3 years, 2.5 days
  if (commas === 0 && dots <= 1) {
    UNIT_AFTER.lastIndex = b;
    if (UNIT_AFTER.test(s)) return true;
  }
  return false;
}

/**
 * What the claim features know of a sentence. The counts and cue bits come from one scan
 * that makes no strings; the word lists (`all`, `outside`, `words`) are built on first use
 * only, since most sentences are decided from the cue bits alone.
 */
export class SentenceFacts {
  /** Words that start with a capital letter, and words that start with a letter. */
  capitals = 0;
  letterWords = 0;
  hasDigit = false;
  /** Share of the sentence's characters inside quotations. */
  quoted = 0;
  /**
   * Cue bits (see cueBits) of any word in `all`, `outside` and `words`: a feature whose cue
   * words are absent from a sentence is decided without looking at its words.
   */
  allCues = 0;
  outsideCues = 0;
  wordsCues = 0;
  /** Length of `words`. */
  wordCount = 0;
  /** Scratch indices of all[0], outside[0] and outside[1] (-1 when there are fewer words). */
  first = -1;
  outside0 = -1;
  outside1 = -1;
  /** The scan whose word records (module scratch) are this sentence's. */
  generation = 0;
  private lists: { all: string[]; outside: string[]; words: string[] } | undefined = undefined;

  constructor(
    private readonly source: string,
    readonly span: Span,
    /** Quotations in the sentence. */
    readonly quotes: readonly QuoteMention[],
    /** The outermost of them (nested ones lie inside them). */
    readonly outerQuotes: readonly QuoteMention[],
    readonly text: string,
  ) {}

  /** Every word of the sentence, lower-cased (quoted ones included). */
  get all(): string[] {
    return (this.lists ??= this.buildLists()).all;
  }
  /** Words outside quotations, lower-cased. */
  get outside(): string[] {
    return (this.lists ??= this.buildLists()).outside;
  }
  /** Words outside quotations that are written in lower case: verbs and hedges. */
  get words(): string[] {
    return (this.lists ??= this.buildLists()).words;
  }

  /** Makes the word records in the module scratch this sentence's (they are when it was scanned last). */
  scanned(): void {
    if (this.generation !== generation) scanWords(this.source, this.span, this.outerQuotes, this);
  }

  /** Is the k-th word of `words` (k < wordCount) the lower-case ASCII word w? */
  listedIs(k: number, w: string): boolean {
    return this.wordIs(wListed[k], w);
  }

  /**
   * Is word `at` of the scratch (-1: none) the lower-case ASCII word w? No string is made.
   * (Call scanned() first.)
   */
  wordIs(at: number, w: string): boolean {
    if (at < 0) return false;
    if ((wFlags[at] & F_SIMPLE) === 0) return wLower[at] === w;
    const i = wStart[at];
    const n = w.length;
    if (wEnd[at] - i !== n) return false;
    for (let m = 0; m < n; m++) {
      const c = this.source.charCodeAt(i + m);
      if ((c >= 65 && c <= 90 ? c | 32 : c) !== w.charCodeAt(m)) return false;
    }
    return true;
  }

  /** Cue bits of the k-th word of `words` (0 past the end). */
  listedCues(k: number): number {
    return k < this.wordCount ? wCues[wListed[k]] : 0;
  }

  private buildLists(): { all: string[]; outside: string[]; words: string[] } {
    // The scratch holds a later sentence's words when this one is looked at late: scan again.
    this.scanned();
    const all: string[] = [];
    const unquoted = this.outerQuotes.length === 0;
    // Without quotations every word is outside them: `outside` is then `all` itself.
    const outside = unquoted ? all : [];
    const words: string[] = [];
    for (let k = 0; k < scanned; k++) {
      const flags = wFlags[k];
      const lower = wordAt(this.source, k);
      all.push(lower);
      if ((flags & F_QUOTED) === 0) {
        if (!unquoted) outside.push(lower);
        if (flags & F_LISTED) words.push(lower);
      }
    }
    return { all, outside, words };
  }
}

/** Does text[i, j) contain "-for-" in any case? */
function hasForJoint(text: string, i: number, j: number): boolean {
  for (let k = text.indexOf('-', i); k >= 0 && k + 5 <= j; k = text.indexOf('-', k + 1)) {
    if ((text.charCodeAt(k + 1) | 32) === 0x66 && (text.charCodeAt(k + 2) | 32) === 0x6f && (text.charCodeAt(k + 3) | 32) === 0x72 && text.charCodeAt(k + 4) === 0x2d) return true;
  }
  return false;
}

// Classes of the word characters (CLAIM_WORD_CHAR) for the scan: one table read per character
// tells a word character, an ASCII digit or capital, and a character beyond ASCII.
const W_WORD = 1;
const W_DIGIT = 2;
const W_UPPER = 4;
const W_BEYOND = 8;
const WORD_BITS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (WORD_CHAR[c] === 0) continue;
  WORD_BITS[c] = W_WORD | (c >= 0x80 ? W_BEYOND : c <= 57 ? W_DIGIT : c <= 90 ? W_UPPER : 0);
}

// Word records of the sentence scanned last (reused, so a sentence allocates none).
const F_SIMPLE = 1; // ASCII, and ’ only as a joiner: lower-cased by hand
const F_UPPER = 2; // has capitals
const F_QUOTED = 4; // inside a quotation
const F_LISTED = 8; // outside quotations, not a number, not capitalized: one of `words`
let wCap = 256;
let wStart = new Int32Array(wCap);
let wEnd = new Int32Array(wCap);
let wHash = new Int32Array(wCap);
let wFlags = new Uint8Array(wCap);
let wCues = new Int32Array(wCap);
/** Indices of the words in `words` (listed), in order. */
let wListed = new Int32Array(wCap);
/** Lower case of the words that are not simple. */
const wLower: string[] = [];
let scanned = 0; // words in the scratch
let generation = 0;

function growWords(): void {
  wCap *= 2;
  const g = <T extends Int32Array | Uint8Array>(a: T, b: T): T => {
    b.set(a);
    return b;
  };
  wStart = g(wStart, new Int32Array(wCap));
  wEnd = g(wEnd, new Int32Array(wCap));
  wHash = g(wHash, new Int32Array(wCap));
  wFlags = g(wFlags, new Uint8Array(wCap));
  wCues = g(wCues, new Int32Array(wCap));
  wListed = g(wListed, new Int32Array(wCap));
}

/**
 * Lets go of scratch grown past a normal sentence's needs (a text with no sentence breaks
 * can make one of a million words) and of the strings it holds. Facts made before rescan.
 */
export function releaseWordScratch(): void {
  generation++;
  scanned = 0;
  wLower.length = 0;
  if (wCap > 4096) {
    wCap = 256;
    wStart = new Int32Array(wCap);
    wEnd = new Int32Array(wCap);
    wHash = new Int32Array(wCap);
    wFlags = new Uint8Array(wCap);
    wCues = new Int32Array(wCap);
    wListed = new Int32Array(wCap);
  }
}

/** Word k of the last scan, lower-cased. */
function wordAt(text: string, k: number): string {
  const flags = wFlags[k];
  return flags & F_SIMPLE ? lowerSimple(text, wStart[k], wEnd[k], wHash[k], (flags & F_UPPER) !== 0) : wLower[k];
}

// Lower-cased ASCII words, interned in a small direct-mapped cache: the same few thousand
// words recur in every article, and a shared string is neither allocated nor hashed again
// by the word-set lookups.
const INTERN_BITS = 14;
const INTERN = 1 << INTERN_BITS;
const interned: string[] = new Array<string>(INTERN).fill('');

/**
 * The lower-cased text[i, j) (ASCII and ’ only), from the cache when it is there. `upper`:
 * the word has capitals (else it is its own lower case and compares natively).
 */
function lowerSimple(text: string, i: number, j: number, h: number, upper: boolean): string {
  const slot = Math.imul(h, 0x9e3779b1) >>> (32 - INTERN_BITS);
  const cached = interned[slot];
  const n = j - i;
  if (!upper) {
    if (cached.length === n && text.startsWith(cached, i)) return cached;
  } else if (cached.length === n) {
    let k = 0;
    while (k < n) {
      const c = text.charCodeAt(i + k);
      if ((c >= 65 && c <= 90 ? c | 32 : c) !== cached.charCodeAt(k)) break;
      k++;
    }
    if (k === n) return cached;
  }
  const w = text.slice(i, j).toLowerCase();
  interned[slot] = w;
  return w;
}

/** The outer quotations of a sentence without any (shared: never added to). */
const NO_QUOTES: QuoteMention[] = [];

/** Words of a sentence span, which of them are quoted, and the quoted share. */
export function sentenceFacts(text: string, span: Span, inside: readonly QuoteMention[]): SentenceFacts {
  let quotedChars = 0;
  let reach = span.start;
  // Outermost quotations only (nested ones lie inside them), so the word loop stays linear.
  const outerQuotes: QuoteMention[] = inside.length === 0 ? NO_QUOTES : [];
  for (const q of inside) {
    if (q.end <= reach) continue;
    const a = Math.max(q.start, reach);
    const b = Math.min(q.end, span.end);
    if (b > a) quotedChars += b - a;
    reach = Math.max(reach, b);
    outerQuotes.push(q);
  }
  const f = new SentenceFacts(text, span, inside, outerQuotes, text.slice(span.start, span.end));
  f.quoted = quotedChars / Math.max(1, span.end - span.start);
  scanWords(text, span, outerQuotes, f);
  return f;
}

/**
 * One pass over the sentence's words: their records in the scratch (for the word lists),
 * the counts and the cue bits of `f`. Cue bits of ASCII words come from a small hash table
 * keyed like the scan's own hash, so no string is made for them.
 */
function scanWords(text: string, span: Span, outerQuotes: readonly QuoteMention[], f: SentenceFacts): void {
  f.generation = ++generation;
  // Every digit lies inside a word, so the word loop sees them all.
  let hasDigit = false;
  // Words of ASCII letters and ’ are lower-cased by hand; others from the sentence lower-cased
  // once, or per word when lower-casing changed its length (rare scripts).
  let lowered: string | undefined;
  let aligned = false;
  const base = span.start;
  const end = span.end;
  let capitals = 0;
  let letterWords = 0;
  let allCues = 0;
  let outsideCues = 0;
  let wordsCues = 0;
  let listed = 0;
  let qi = 0;
  let n = 0;
  // The scratch arrays in locals (taken again when they grow).
  let starts = wStart;
  let ends = wEnd;
  let hashes = wHash;
  let flagsOf = wFlags;
  let cuesOf = wCues;
  let listedAt = wListed;
  let i = span.start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (WORD_CHAR[c] === 0) {
      i++;
      continue;
    }
    let j = i;
    let h = 0;
    let bits = 0; // W_* of the word's characters
    let hyphen = false; // joined by a hyphen: "nine-for-nine"
    let apostrophe = false; // by ' or ’: "won’t", "we'll"
    for (;;) {
      for (; j < end; j++) {
        const d = text.charCodeAt(j);
        const w = WORD_BITS[d];
        if (w === 0) break;
        bits |= w;
        // capitals hashed as their lower case (W_UPPER << 3 is 32)
        h = (Math.imul(h, 31) + (d | ((w & W_UPPER) << 3))) | 0;
      }
      const d = text.charCodeAt(j);
      if (j + 1 < end && (d === 0x2019 || d === 0x27 || d === 0x2d) && WORD_CHAR[text.charCodeAt(j + 1)] === 1) {
        h = (Math.imul(h, 31) + d) | 0;
        if (d === 0x2d) hyphen = true;
        else apostrophe = true;
        j++;
      } else break;
    }
    if (n === wCap) {
      growWords();
      starts = wStart; ends = wEnd; hashes = wHash; flagsOf = wFlags; cuesOf = wCues; listedAt = wListed;
    }
    const simple = (bits & W_BEYOND) === 0; // ASCII, and ’ only as a joiner
    const upper = (bits & W_UPPER) !== 0;
    if (bits & W_DIGIT) hasDigit = true;
    let cues: number;
    let capital: boolean;
    if (simple) {
      // "nine-for-nine" (isNumberForNumber) needs the word itself; other hyphenated words only the table.
      if (hyphen && hasForJoint(text, i, j)) cues = cueBits(lowerSimple(text, i, j, h, upper));
      else {
        cues = asciiCues(text, i, j, h);
        // "we’ll", "they'll" (isFutureWord)
        if (apostrophe && j - 3 > i && (text.charCodeAt(j - 1) | 32) === 0x6c && (text.charCodeAt(j - 2) | 32) === 0x6c) {
          const a = text.charCodeAt(j - 3);
          if (a === 0x2019 || a === 0x27) cues |= C_FUTURE;
        }
      }
      capital = c >= 65 && c <= 90;
    } else {
      if (lowered === undefined) {
        lowered = f.text.toLowerCase();
        aligned = lowered.length === f.text.length;
      }
      const lower = aligned ? lowered.slice(i - base, j - base) : text.slice(i, j).toLowerCase();
      wLower[n] = lower;
      cues = cueBits(lower);
      capital = lower.charCodeAt(0) !== c;
    }
    const digit = c >= 48 && c <= 57;
    if (!digit) {
      letterWords++;
      if (capital) capitals++;
    }
    while (qi < outerQuotes.length && outerQuotes[qi].end <= i) qi++;
    const quoted = qi < outerQuotes.length && outerQuotes[qi].start <= i;
    let flags = (simple ? F_SIMPLE : 0) | (upper ? F_UPPER : 0);
    allCues |= cues;
    if (quoted) flags |= F_QUOTED;
    else {
      outsideCues |= cues;
      if (!digit && !capital) {
        flags |= F_LISTED;
        listedAt[listed++] = n;
        wordsCues |= cues;
      }
    }
    starts[n] = i;
    ends[n] = j;
    hashes[n] = h;
    flagsOf[n] = flags;
    cuesOf[n] = cues;
    n++;
    i = j;
  }
  scanned = n;
  f.capitals = capitals;
  f.letterWords = letterWords;
  f.hasDigit = hasDigit;
  f.allCues = allCues;
  f.outsideCues = outsideCues;
  f.wordsCues = wordsCues;
  f.wordCount = listed;
  // The first words some features look at when no cue sends them to the lists.
  f.first = n > 0 ? 0 : -1;
  let o = 0;
  while (o < n && wFlags[o] & F_QUOTED) o++;
  f.outside0 = o < n ? o : -1;
  o++;
  while (o < n && wFlags[o] & F_QUOTED) o++;
  f.outside1 = o < n ? o : -1;
}

/** Does the word sequence `seq` occur in `words`? */
function has(words: readonly string[], ...seq: string[]): boolean {
  outer: for (let i = 0; i + seq.length <= words.length; i++) {
    for (let k = 0; k < seq.length; k++) if (words[i + k] !== seq[k]) continue outer;
    return true;
  }
  return false;
}

/** Hinges on a number other than a date or duration. */
export function hasStatistic(f: SentenceFacts): boolean {
  if (f.text.includes('%')) return true;
  if (f.allCues & (C_FIGURE | C_FOR)) return true; // a figure word, or "nine-for-nine prisoner swap"
  return ((f.allCues & C_PER) !== 0 && has(f.all, 'per', 'cent')) || (f.hasDigit && hasFigureDigits(f.text));
}

/** "nine-for-nine" */
function isNumberForNumber(w: string): boolean {
  const k = w.indexOf('-for-');
  return k > 0 && NUMBER_WORDS.has(w.slice(0, k)) && NUMBER_WORDS.has(w.slice(k + 5));
}

const FUTURE_WORDS = set('will shall won’t won\'t');
const FUTURE_BEFORE_TO = set('going expected likely poised set');

export function hasFuture(f: SentenceFacts): boolean {
  if (f.allCues & C_FUTURE) return true;
  if (f.allCues & C_BEFORE_TO) {
    const w = f.all;
    for (let i = 0; i < w.length; i++) if (w[i + 1] === 'to' && FUTURE_BEFORE_TO.has(w[i])) return true;
  }
  f.scanned();
  return (f.wordIs(f.first, 'if') || f.wordIs(f.first, 'unless')) && f.all.includes('would');
}

/** Any word that makes a sentence a prediction by itself. */
function isFutureWord(w: string): boolean {
  return FUTURE_WORDS.has(w) || w.endsWith('’ll') || w.endsWith("'ll");
}

/**
 * Words that are as often nouns or non-speech verbs ("its demands", "responded to calls",
 * "called the leader"): they report speech only when a clause follows ("claims that").
 */
const WEAK = set('demand demands call calls called claims reports charges notes posts answers promises remarks responded responds contends contended urged urges posted claiming calling urging');

/** A reporting verb outside quotations: "X said", "according to X", "…, adding that". */
export function hasReporting(f: SentenceFacts): boolean {
  if (f.wordsCues & C_REPORTING) {
    // Over `words` by their cue bits: C_REPORTING is REPORTING or PARTICIPLES, C_WEAK is WEAK.
    f.scanned();
    for (let i = 0; i < f.wordCount; i++) {
      const cues = f.listedCues(i);
      if ((cues & C_REPORTING) === 0) continue;
      if ((cues & C_WEAK) === 0 || (i + 1 < f.wordCount && f.listedIs(i + 1, 'that'))) return true;
    }
  }
  if ((f.outsideCues & C_ACCORDING) === 0) return false;
  const o = f.outside;
  return has(o, 'according', 'to') || has(o, 'made', 'clear') || has(o, 'made', 'it', 'clear') || o.includes('signaled') || o.includes('considers') || o.includes('estimated');
}

/** Author biographies, credit lines, web-page furniture: never claims. */
const FURNITURE = /\bcontributed reporting\b|\bappeared first on\b|\bis (?:a|an|the) (?:[\w-]+ ){0,5}(?:correspondent|reporter|editor|chief|writer|columnist|producer|photographer)\b(?: [\w-]+){0,6} (?:for|at) (?:The|the)\b|^(?:He|She|They) (?:writes|covers|reports) (?:about|on)\b|^Credit\b|\bAll rights reserved\b|^(?:Please|Click|Sign up|Subscribe|Follow)\b/;
const FURNITURE_HINT = set('contributed appeared correspondent reporter editor chief writer columnist producer photographer writes covers reports credit reserved please click sign subscribe follow');

/** Evaluation and stance rather than fact. */
const OPINION_WORDS = set(`appears appear appeared seems seem seemed apparently should hopefully unfortunately clearly
  obviously arguably impressive remarkable disastrous shameful ridiculous absurd outrageous wonderful terrible
  disgraceful admirable laudable deplorable`);

function isOpinion(f: SentenceFacts): boolean {
  if ((f.outsideCues & C_OPINION) === 0) return false;
  const o = f.outside;
  for (let i = 0; i < o.length; i++) {
    const w = o[i];
    if (OPINION_WORDS.has(w)) return true;
    // "A compromise is needed": a prescription, not a fact.
    if (w === 'needed' && (o[i - 1] === 'is' || o[i - 1] === 'are')) return true;
  }
  return has(o, 'ought', 'to') || has(o, 'i', 'think') || has(o, 'we', 'think') || has(o, 'in', 'my', 'view') || has(o, 'in', 'our', 'view');
}

/** Prescriptions and stances in the first or second person: "We have to keep …", "I agree". */
const PERSONS = set('we i you we’ve i’ve you’ve we\'ve i\'ve you\'ve');
const OBLIGATION = ['got to', 'have to', 'need to', 'must', 'should', 'ought to'].map((s) => s.split(' '));
const STANCE_VERBS = set('agree disagree believe think hope want feel guess suppose');

function isStance(f: SentenceFacts): boolean {
  if ((f.outsideCues & (C_PERSON | C_STANCE)) === 0) {
    f.scanned();
    return f.wordIs(f.outside0, 'welcome') || (f.wordIs(f.outside0, 'good') && ['evening', 'morning', 'afternoon', 'night'].some((w) => f.wordIs(f.outside1, w)));
  }
  const o = f.outside;
  for (let i = 0; i < o.length; i++) {
    const w = o[i];
    if (PERSONS.has(w)) {
      let j = i + 1;
      if (o[j] === 'have' && (w === 'we' || w === 'i' || w === 'you') && o[j + 1] !== 'to') j++;
      for (const ob of OBLIGATION) if (ob.every((x, k) => o[j + k] === x)) return true;
      if (w === 'we' || w === 'i') {
        const v = o[i + 1] === 'am' ? o[i + 2] : o[i + 1];
        if (v && STANCE_VERBS.has(v)) return true;
      }
    }
    if ((w === 'i’m' || w === "i'm") && o[i + 1] && STANCE_VERBS.has(o[i + 1])) return true;
    if (w === 'thanks' || w === 'let’s' || w === "let's") return true;
    if ((w === 'let' && (o[i + 1] === 'me' || o[i + 1] === 'us')) || (w === 'believe' && o[i + 1] === 'me') || (w === 'thank' && o[i + 1] === 'you')) return true;
  }
  return o[0] === 'welcome' || (o[0] === 'good' && ['evening', 'morning', 'afternoon', 'night'].includes(o[1]));
}

const PRONOUNS = set('he she they');
const SAID = set('said says wrote writes added adds told tells');

/** "…,” he said": the source is only a pronoun. */
function pronounSource(f: SentenceFacts): boolean {
  if ((f.wordsCues & C_PRONOUN) === 0 || (f.wordsCues & C_SAID) === 0) return false;
  // Over `words` by their cue bits: C_PRONOUN is PRONOUNS, C_SAID is SAID.
  f.scanned();
  for (let i = 0; i < f.wordCount; i++) {
    if (f.listedCues(i) & C_PRONOUN && (f.listedCues(i + 1) & C_SAID || f.listedCues(i + 2) & C_SAID)) return true;
  }
  return false;
}

function terminated(s: string): boolean {
  let i = s.length - 1;
  // " ” ’ ' ) ]
  for (let c = s.charCodeAt(i); c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x27 || c === 0x29 || c === 0x5d; c = s.charCodeAt(i)) i--;
  const c = s.charCodeAt(i); // NaN before the start
  return c === 0x2e || c === 0x21 || c === 0x3f;
}

function isQuestion(s: string): boolean {
  let i = s.length - 1;
  // " ” ’
  for (let c = s.charCodeAt(i); c === 0x22 || c === 0x201d || c === 0x2019; c = s.charCodeAt(i)) i--;
  return s[i] === '?';
}

/** Is this sentence worth a fact-checker's time? */
export function isClaim(f: SentenceFacts): boolean {
  const s = f.text;
  const words = f.letterWords;
  const ended = terminated(s);
  if (words < 5 || (!ended && words < 12)) return false;
  // A claim says something: a line of names and places ("Doe, Jane; Roe, John.") does not.
  if (f.quotes.length === 0 && f.wordCount < 3) return false;
  if (!ended && f.capitals / words > 0.6) return false; // a headline or a title line
  if (words <= 40 && (f.allCues & C_FURNITURE) !== 0 && FURNITURE.test(s)) return false;
  if (isQuestion(s) && f.quoted < 0.5) return false; // the writer's own questions
  // A sentence that is mostly quotation: a claim only when a named source vouches for it.
  if (f.quoted > 0.5 && (!hasReporting(f) || pronounSource(f))) return false;
  if (isOpinion(f) || isStance(f)) return false;
  return true;
}

/** statistic, else prediction, else attributed, else factual. */
export function claimKind(f: SentenceFacts): ClaimKind {
  if (hasStatistic(f)) return 'statistic';
  const reporting = hasReporting(f);
  if (hasFuture(f) && !(reporting && !pronounSource(f))) return 'prediction';
  // A quotation with a speaker makes the sentence attributed when it is long or brought in by
  // a verb like "called it “…”".
  const weakVerb = (f.wordsCues & C_WEAK) !== 0;
  if (reporting || f.quotes.some((q) => q.speaker && (q.end - q.start > 40 || weakVerb))) return 'attributed';
  return 'factual';
}

// Cue bits: which feature a word can take part in. Computed once per distinct word (see
// lowerSimple), so a sentence's features test a bit before they look at its words.
const C_FIGURE = 1 << 0;
const C_FOR = 1 << 1;
const C_PER = 1 << 2;
const C_FUTURE = 1 << 3;
const C_BEFORE_TO = 1 << 4;
const C_REPORTING = 1 << 5;
const C_ACCORDING = 1 << 6;
const C_FURNITURE = 1 << 7;
const C_OPINION = 1 << 8;
const C_PERSON = 1 << 9;
const C_STANCE = 1 << 10;
const C_PRONOUN = 1 << 11;
const C_SAID = 1 << 12;
const C_WEAK = 1 << 13;

/** The cue bits of every word of the lists above. */
const CUES = new Map<string, number>();
function addCues(words: Iterable<string>, bit: number): void {
  for (const w of words) CUES.set(w, (CUES.get(w) ?? 0) | bit);
}
addCues(FIGURE_WORDS, C_FIGURE);
addCues(['per'], C_PER);
addCues(FUTURE_WORDS, C_FUTURE);
addCues(FUTURE_BEFORE_TO, C_BEFORE_TO);
addCues(REPORTING, C_REPORTING);
addCues(PARTICIPLES, C_REPORTING);
// the rarer word of each phrase hasReporting, isOpinion and isStance look for
addCues(['according', 'made', 'signaled', 'considers', 'estimated'], C_ACCORDING);
addCues(FURNITURE_HINT, C_FURNITURE);
addCues(OPINION_WORDS, C_OPINION);
addCues(['needed', 'ought', 'think', 'view'], C_OPINION);
addCues(PERSONS, C_PERSON);
addCues(['i’m', "i'm", 'thanks', 'let’s', "let's", 'let', 'believe', 'thank'], C_STANCE);
addCues(PRONOUNS, C_PRONOUN);
addCues(SAID, C_SAID);
addCues(WEAK, C_WEAK);

/** The cue bits of a lower-cased word. */
function cueBits(w: string): number {
  let b = CUES.get(w) ?? 0;
  if (isNumberForNumber(w)) b |= C_FOR;
  if (isFutureWord(w)) b |= C_FUTURE;
  return b;
}

// The cue words of ASCII letters (and ' ’ -) by the scan's word hash, open addressing over typed
// arrays: the scan looks up every word, and nearly all of them miss on the first probe.
const CUE_BITS = 12;
const CUE_MASK = (1 << CUE_BITS) - 1;
const cueLength = new Uint8Array(1 << CUE_BITS); // 0: empty slot
const cueHash = new Int32Array(1 << CUE_BITS);
const cueValue = new Int32Array(1 << CUE_BITS);
const cueWord: string[] = new Array<string>(1 << CUE_BITS).fill('');
for (const [w, bits] of CUES) {
  if (!/^[a-z0-9'’-]+$/.test(w)) continue; // other words are not simple (see scanWords)
  let h = 0;
  for (let k = 0; k < w.length; k++) h = (Math.imul(h, 31) + w.charCodeAt(k)) | 0;
  let slot = Math.imul(h, 0x9e3779b1) >>> (32 - CUE_BITS);
  while (cueLength[slot] !== 0) slot = (slot + 1) & CUE_MASK;
  cueLength[slot] = w.length;
  cueHash[slot] = h;
  cueValue[slot] = bits;
  cueWord[slot] = w;
}

/**
 * The cue words' bits of text[i, j) lower-cased (CUES only: "-for-" and "’ll" are the
 * caller's), for a simple word (see scanWords), `h` its hash as the scan computes it.
 */
function asciiCues(text: string, i: number, j: number, h: number): number {
  const n = j - i;
  for (let slot = Math.imul(h, 0x9e3779b1) >>> (32 - CUE_BITS); ; slot = (slot + 1) & CUE_MASK) {
    const length = cueLength[slot];
    if (length === 0) return 0;
    if (length !== n || cueHash[slot] !== h) continue;
    const w = cueWord[slot];
    let k = 0;
    while (k < n) {
      const c = text.charCodeAt(i + k);
      if ((c >= 65 && c <= 90 ? c | 32 : c) !== w.charCodeAt(k)) break;
      k++;
    }
    if (k === n) return cueValue[slot];
  }
}
