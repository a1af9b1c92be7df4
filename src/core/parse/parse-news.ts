// A single-pass news tokenizer that builds the Root > Paragraph > Sentence > Token tree as it
// scans (charCodeAt + a class table, no regular expressions per character).
//
// Decisions worth knowing:
// - A possessive or clitic "’s"/"'s" is its own WordNode ("Trump’s" → `Trump` + `’s`), so a
//   name's span never includes it; other contractions ("don’t", "O’Brien") stay one word.
//   A trailing apostrophe after s ("officials’") is a PunctuationNode of kind 'punctuation'
//   unless a single quotation is open, in which case it closes that quotation.
// - Quotation marks are PunctuationNodes of kind 'quote' with `quote: 'open' | 'close'`.
// - Dotted acronyms keep their dots ("U.S.", "D.C.", "a.m."); other periods are their own
//   token, and the sentence splitter decides whether they end a sentence.
// - Numbers keep internal separators ("1,000", "3.5", "2025-02-13", "10:30") and suffixes
//   ("1990s", "5th", "30-day"), kind 'number'; "$" and "%" are SymbolNodes.
// - With { whitespace: true }, whitespace runs inside a sentence are WhiteSpaceNodes with
//   index -1 (never in root.tokens); by default sentences hold only the tokens. Whitespace
//   between sentences and paragraphs belongs to no node.
// - Paragraphs end at blank lines, and at single line breaks too unless the text looks
//   hard-wrapped (most joined lines of similar width without final punctuation).
import { CLASS, DIGIT, HIGH, LETTER, NEWLINE, PUNCT, QUOTE, SPACE, isAlnum, isLower, isUpper } from './chars';
import { NUMBER_ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from './abbreviations';
import type { NewsRoot, ParagraphNode, SentenceNode, TokenKind, TokenNode } from './types';

const NO_BOUNDARY = 0;
const TERMINAL = 1; // after . ! ? … (and closing quotes or brackets after them)
const ACRONYM = 2; // after a dotted acronym such as "U.S."

let MAX_ABBREVIATION = 0;
for (const a of TITLE_ABBREVIATIONS) MAX_ABBREVIATION = Math.max(MAX_ABBREVIATION, a.length);
for (const a of NUMBER_ABBREVIATIONS) MAX_ABBREVIATION = Math.max(MAX_ABBREVIATION, a.length);

// Short token strings repeat endlessly ("the", ",", "said"): one shared copy each keeps a
// large document's tree small, and a small tree is what keeps garbage collection cheap.
const INTERN_SIZE = 8192;
const interned: (string | undefined)[] = new Array(INTERN_SIZE);

/** One string per code unit below U+3100 (Latin, punctuation, quotes, dashes, CJK marks), made
 * on first use: a fifth of all tokens are a single character, mostly punctuation, and a direct
 * lookup is cheaper than hashing and comparing. */
const SINGLE_LIMIT = 0x3100;
const SINGLE: (string | undefined)[] = new Array(SINGLE_LIMIT);

function single(c: number): string {
  let s = SINGLE[c];
  if (s === undefined) {
    s = String.fromCharCode(c);
    SINGLE[c] = s;
  }
  return s;
}

function intern(text: string, start: number, end: number): string {
  if (end - start === 1) {
    const c = text.charCodeAt(start);
    if (c < SINGLE_LIMIT) return single(c);
  }
  if (end - start > 12) return text.slice(start, end);
  let h = 0;
  for (let i = start; i < end; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return internHashed(text, start, end, h);
}

/** `intern` with the characters' hash ((h * 31 + c) | 0 from 0) already computed by the scanner. */
function internHashed(text: string, start: number, end: number, h: number): string {
  const length = end - start;
  if (length === 1 && h < SINGLE_LIMIT) return single(h); // h is the code unit itself
  if (length > 12) return text.slice(start, end);
  h = (h + length * 0x9e3779b1) | 0;
  const slot = (h ^ (h >>> 13)) & (INTERN_SIZE - 1);
  const cached = interned[slot];
  if (cached !== undefined && cached.length === length) {
    // A char-by-char comparison: cheaper than startsWith for these short strings.
    let k = 0;
    while (k < length && cached.charCodeAt(k) === text.charCodeAt(start + k)) k++;
    if (k === length) return cached;
  }
  const value = text.slice(start, end);
  interned[slot] = value;
  return value;
}

class TreeBuilder {
  /** Allocated at about the size it will have (see parseNews) and cut to `count` at the end:
   * growing a million-token array by push copies it again and again, and the copies are
   * what the garbage collector then has to move. */
  readonly tokens: TokenNode[];
  count = 0;
  readonly paragraphs: ParagraphNode[] = [];
  /** The current paragraph's sentences (reused: each paragraph gets a copy of its run). */
  private sentences: SentenceNode[] = [];
  private sentenceCount = 0;
  /** The current sentence's children, built up only with whitespace nodes: without them a
   * sentence's children are a run of `tokens`, copied once at its end (no growing arrays). */
  private children: TokenNode[] = [];
  /** How many children the current sentence has, and the index of its first token. */
  private size = 0;
  private first = 0;
  private wsStart = -1;
  private wsEnd = -1;
  private boundary = NO_BOUNDARY;
  /** The word glued to a terminal period ("Mr" in "Mr."), for the abbreviation checks. */
  private beforePeriod: TokenNode | null = null;
  last: TokenNode | null = null;
  openSingle = 0;

  constructor(
    private readonly text: string,
    private readonly whitespace: boolean,
  ) {
    // News prose has a token every five to six characters; a quarter of the length is room enough.
    this.tokens = new Array<TokenNode>(Math.min(text.length >> 2, 1 << 24));
  }

  /** The tokens array, cut to the tokens made. */
  finish(): TokenNode[] {
    this.tokens.length = this.count;
    return this.tokens;
  }

  add(type: TokenNode['type'], kind: TokenKind, start: number, end: number): TokenNode {
    return this.addValue(type, kind, start, end, intern(this.text, start, end));
  }

  /** A word just scanned by scanWord, whose hash the scanner computed on the way. */
  addScanned(kind: TokenKind, start: number, end: number): TokenNode {
    return this.addValue('WordNode', kind, start, end, internHashed(this.text, start, end, scanHash));
  }

  /** A quotation mark: made with its `quote` field (adding the field afterwards would give
   * every quote token a separately allocated property store). */
  addQuote(start: number, quote: 'open' | 'close'): TokenNode {
    const t: TokenNode = { type: 'PunctuationNode', kind: 'quote', value: intern(this.text, start, start + 1), start, end: start + 1, index: this.count, quote };
    return this.store(t);
  }

  private addValue(type: TokenNode['type'], kind: TokenKind, start: number, end: number, value: string): TokenNode {
    return this.store({ type, kind, value, start, end, index: this.count });
  }

  private store(t: TokenNode): TokenNode {
    const index = this.count++;
    if (index < this.tokens.length) this.tokens[index] = t;
    else this.tokens.push(t);
    this.last = t;
    return t;
  }

  /** Places a finished token into the current sentence, opening a new sentence when due. */
  place(t: TokenNode): void {
    if (this.boundary !== NO_BOUNDARY && this.size > 0) {
      if (this.isCloser(t)) {
        this.pushWhitespace();
        this.append(t);
        return;
      }
      if (this.splitsBefore(t)) this.endSentence();
    }
    this.boundary = NO_BOUNDARY;
    if (this.size > 0) this.pushWhitespace();
    else this.wsStart = -1;
    this.append(t);
    if (t.kind === 'punctuation') {
      const c = this.text.charCodeAt(t.start);
      if (c === 0x2e) {
        // Only a single period glued to a word can be an abbreviation's ("Mr.", "V."). (With
        // whitespace nodes the child before may be one: it is no WordNode.)
        const prev = this.size > 1 ? (this.whitespace ? this.children[this.size - 2] : this.tokens[t.index - 1]) : null;
        this.beforePeriod = t.end - t.start === 1 && prev && prev.end === t.start && prev.type === 'WordNode' ? prev : null;
        this.boundary = TERMINAL;
      } else if (c === 0x21 || c === 0x3f || c === 0x2026) {
        this.boundary = TERMINAL;
        this.beforePeriod = null;
      }
    } else if (t.kind === 'word' && this.text.charCodeAt(t.end - 1) === 0x2e) {
      this.boundary = ACRONYM;
    }
  }

  space(start: number, end: number, paragraphBreak: boolean): void {
    if (paragraphBreak) {
      this.endParagraph();
      return;
    }
    if (this.wsStart < 0) this.wsStart = start;
    this.wsEnd = end;
  }

  private append(t: TokenNode): void {
    if (this.whitespace) this.children.push(t);
    else if (this.size === 0) this.first = t.index;
    this.size++;
  }

  endSentence(): void {
    if (this.size > 0) {
      const children = this.whitespace ? this.children : this.tokens.slice(this.first, this.first + this.size);
      this.sentences[this.sentenceCount++] = { type: 'SentenceNode', start: children[0].start, end: children[children.length - 1].end, children };
      if (this.whitespace) this.children = [];
      this.size = 0;
    }
    this.wsStart = -1;
    this.boundary = NO_BOUNDARY;
    this.beforePeriod = null;
  }

  endParagraph(): void {
    this.endSentence();
    const n = this.sentenceCount;
    if (n > 0) {
      const sentences = this.sentences.slice(0, n);
      this.paragraphs.push({ type: 'ParagraphNode', start: sentences[0].start, end: sentences[n - 1].end, children: sentences });
      this.sentenceCount = 0;
    }
    this.openSingle = 0;
  }

  private pushWhitespace(): void {
    if (this.wsStart < 0) return;
    if (!this.whitespace) {
      this.wsStart = -1;
      return;
    }
    const start = this.wsStart;
    const end = this.wsEnd;
    this.children.push({ type: 'WhiteSpaceNode', kind: 'whitespace', value: this.text.slice(start, end), start, end, index: -1 });
    this.size++;
    this.wsStart = -1;
  }

  /** Closing quotes and brackets after a terminal stay in the sentence they close. */
  private isCloser(t: TokenNode): boolean {
    if (t.kind === 'quote') return t.quote === 'close';
    const c = this.text.charCodeAt(t.start);
    return t.kind === 'punctuation' && (c === 0x29 || c === 0x5d);
  }

  private splitsBefore(next: TokenNode): boolean {
    const c = this.text.charCodeAt(next.start);
    if (isLower(c)) return false;
    if (this.boundary === ACRONYM) return next.kind === 'word' && SENTENCE_STARTERS.has(next.value);
    const w = this.beforePeriod;
    if (w) {
      if (w.end - w.start === 1 && isUpper(this.text.charCodeAt(w.start))) return false; // initial: "Vladimir V. Putin"
      // No abbreviation is longer than six letters (and lower-casing never shortens a word).
      if (w.end - w.start <= MAX_ABBREVIATION) {
        const lw = w.value.toLowerCase();
        if (TITLE_ABBREVIATIONS.has(lw)) return false;
        if (next.kind === 'number' && NUMBER_ABBREVIATIONS.has(lw)) return false;
      }
    }
    return true;
  }
}

/** The hash of the characters scanWord consumed, for internHashed. */
let scanHash = 0;

/** Scans a word or number starting at `start`; returns its end. Stops before a possessive "’s".
 * Hashes what it consumes into scanHash on the way (the interning then reads nothing again). */
function scanWord(text: string, start: number): number {
  const n = text.length;
  const c0 = text.charCodeAt(start);
  const numeric = CLASS[c0] === DIGIT;
  let h = c0;
  let j = start + 1;
  if (CLASS[c0] === HIGH) {
    h = (h * 31 + text.charCodeAt(j)) | 0;
    j++;
  }
  let segment = start; // start of the current dotted-acronym segment
  let dotted = false;
  while (j < n) {
    const c = text.charCodeAt(j);
    const k = CLASS[c];
    if (k === LETTER || k === DIGIT) {
      h = (h * 31 + c) | 0;
      j++;
      continue;
    }
    const next = text.charCodeAt(j + 1);
    if (k === HIGH) {
      if (next >= 0xdc00 && next <= 0xdfff && c < 0xd83c) {
        h = (((h * 31 + c) | 0) * 31 + next) | 0;
        j += 2;
        continue;
      }
      break;
    }
    if (c === 0x2d || c === 0x2010 || c === 0x2011) {
      if (isAlnum(next)) {
        h = (h * 31 + c) | 0;
        j++;
        continue;
      }
      break;
    }
    if (c === 0x27 || c === 0x2019) {
      if (!isAlnum(next)) break;
      if ((next === 0x73 || next === 0x53) && !isAlnum(text.charCodeAt(j + 2))) break; // possessive 's
      h = (h * 31 + c) | 0;
      j++;
      continue;
    }
    const prevDigit = CLASS[text.charCodeAt(j - 1)] === DIGIT;
    if (c === 0x2e) {
      if (numeric && prevDigit && CLASS[next] === DIGIT) {
        h = (h * 31 + c) | 0;
        j++;
        continue;
      }
      if (j - segment === 1 && CLASS[text.charCodeAt(j - 1)] === LETTER) {
        if (CLASS[next] === LETTER && text.charCodeAt(j + 2) === 0x2e) {
          dotted = true;
          h = (h * 31 + c) | 0;
          j++;
          segment = j;
          continue;
        }
        if (dotted) {
          h = (h * 31 + c) | 0;
          j++; // the final period of "U.S."
        }
      }
      break;
    }
    if ((c === 0x2c || c === 0x3a || c === 0x2f) && prevDigit && CLASS[next] === DIGIT) {
      h = (h * 31 + c) | 0;
      j++;
      continue;
    }
    if (c === 0x26 && isUpper(text.charCodeAt(j - 1)) && isUpper(next)) {
      h = (h * 31 + c) | 0;
      j++; // AT&T, S&P
      continue;
    }
    break;
  }
  scanHash = h;
  return j;
}

/** Opening or closing, from the mark itself or, for straight quotes, from what surrounds it. */
function quoteRole(text: string, i: number, c: number, last: TokenNode | null): 'open' | 'close' {
  switch (c) {
    case 0x201c: case 0x2018: case 0xab: case 0x201e: case 0x201a: case 0x2039: case 0x201f: case 0x201b: case 0x300c: case 0x300e:
      return 'open';
    case 0x201d: case 0x2019: case 0xbb: case 0x203a: case 0x300d: case 0x300f:
      return 'close';
  }
  const after = CLASS[text.charCodeAt(i + 1)];
  if (after === SPACE || after === NEWLINE || i + 1 >= text.length) return 'close';
  if (i === 0) return 'open';
  const p = text.charCodeAt(i - 1);
  const before = CLASS[p];
  if (before === SPACE || before === NEWLINE || p === 0x28 || p === 0x5b || p === 0x7b || p === 0x2014 || p === 0x2013 || p === 0x2d) return 'open';
  if (before === QUOTE && last && last.end === i && last.kind === 'quote') return last.quote ?? 'open';
  return 'close';
}

/** True when single line breaks separate paragraphs (one paragraph per line). */
function lineBreaksAreParagraphs(text: string): boolean {
  let joined = 0;
  let wrapped = 0;
  let from = 0;
  for (let nl = text.indexOf('\n', from); nl >= 0 && nl + 1 < text.length; nl = text.indexOf('\n', from)) {
    let end = nl;
    if (end > from && text.charCodeAt(end - 1) === 0x0d) end--;
    while (end > from && CLASS[text.charCodeAt(end - 1)] === SPACE) end--;
    const next = text.charCodeAt(nl + 1);
    if (end > from && next !== 0x0a && next !== 0x0d) {
      joined++;
      const last = text.charCodeAt(end - 1);
      const length = end - from;
      if (length >= 30 && length <= 100 && last !== 0x2e && last !== 0x21 && last !== 0x3f && last !== 0x3a && CLASS[last] !== QUOTE) wrapped++;
    }
    from = nl + 1;
  }
  return !(joined >= 3 && wrapped > 0.6 * joined);
}

export interface ParseOptions {
  /** Keep whitespace runs inside sentences as WhiteSpaceNodes (off by default: every consumer
   * works from offsets, and the extra nodes cost a third of the parse time on long texts). */
  whitespace?: boolean;
}

export function parseNews(text: string, options: ParseOptions = {}): NewsRoot {
  const n = text.length;
  const b = new TreeBuilder(text, options.whitespace === true);
  scan(text, b, lineBreaksAreParagraphs(text));
  b.endParagraph();
  return { type: 'RootNode', start: 0, end: n, children: b.paragraphs, tokens: b.finish(), text };
}

/**
 * The scanning loop, in a function of its own with nothing after the loop: V8 compiles a long
 * document's loop while it runs (on-stack replacement), before anything after the loop has
 * ever run, and code compiled so would be thrown away at the end of every document.
 */
function scan(text: string, b: TreeBuilder, lineParagraphs: boolean): void {
  const n = text.length;
  let i = n > 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = CLASS[c];
    if (k === LETTER || k === DIGIT) {
      const end = scanWord(text, i);
      b.place(b.addScanned(k === DIGIT ? 'number' : 'word', i, end));
      i = end;
    } else if (k === SPACE || k === NEWLINE) {
      let j = i;
      let breaks = 0;
      while (j < n) {
        const d = text.charCodeAt(j);
        const kd = CLASS[d];
        if (kd === SPACE) j++;
        else if (kd === NEWLINE) {
          breaks++;
          j += d === 0x0d && text.charCodeAt(j + 1) === 0x0a ? 2 : 1;
        } else break;
      }
      b.space(i, j, breaks >= 2 || (breaks === 1 && lineParagraphs));
      i = j;
    } else if (k === PUNCT) {
      let j = i + 1;
      if (c === 0x2e || c === 0x2d || c === 0x2014) while (j < n && text.charCodeAt(j) === c) j++;
      else if (c === 0x21 || c === 0x3f) while (j < n && (text.charCodeAt(j) === 0x21 || text.charCodeAt(j) === 0x3f)) j++;
      b.place(b.add('PunctuationNode', 'punctuation', i, j));
      i = j;
    } else if (k === QUOTE) {
      i = quoteOrApostrophe(text, i, c, b);
    } else if (k === HIGH) {
      i = surrogate(text, i, c, b);
    } else {
      b.place(b.add('SymbolNode', 'symbol', i, i + 1));
      i++;
    }
  }
}

function quoteOrApostrophe(text: string, i: number, c: number, b: TreeBuilder): number {
  const last = b.last;
  const next = text.charCodeAt(i + 1);
  if (c === 0x27 || c === 0x2019) {
    const glued = last !== null && last.end === i && (last.kind === 'word' || last.kind === 'number');
    if (glued && isAlnum(next)) {
      b.place(b.add('WordNode', 'word', i, i + 2)); // the possessive "’s" left by scanWord
      return i + 2;
    }
    if (glued && b.openSingle === 0) {
      const p = text.charCodeAt(i - 1);
      if (p === 0x73 || p === 0x53) {
        b.place(b.add('PunctuationNode', 'punctuation', i, i + 1)); // plural possessive: "officials’"
        return i + 1;
      }
    }
    // Elided years: "’90s", "'20".
    if (!glued && CLASS[next] === DIGIT && CLASS[text.charCodeAt(i + 2)] === DIGIT && !isAlnumOrS(text.charCodeAt(i + 3), text.charCodeAt(i + 4))) {
      const end = scanWord(text, i + 1);
      b.place(b.add('WordNode', 'number', i, end));
      return end;
    }
  }
  const role = quoteRole(text, i, c, last);
  const t = b.addQuote(i, role);
  if (c === 0x27 || c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b) {
    if (role === 'open') b.openSingle++;
    else if (b.openSingle > 0) b.openSingle--;
  }
  b.place(t);
  return i + 1;
}

/** After "’90" only "s" or a non-word character may follow. */
function isAlnumOrS(c: number, after: number): boolean {
  if (c === 0x73 && !isAlnum(after)) return false;
  return isAlnum(c);
}

function surrogate(text: string, i: number, c: number, b: TreeBuilder): number {
  const lo = text.charCodeAt(i + 1);
  if (!(lo >= 0xdc00 && lo <= 0xdfff)) {
    b.place(b.add('SymbolNode', 'symbol', i, i + 1));
    return i + 1;
  }
  if (c < 0xd83c) {
    // Astral letters (historic scripts, CJK extensions) read as words.
    const end = scanWord(text, i);
    b.place(b.addScanned('word', i, end));
    return end;
  }
  // An emoji with its modifiers, variation selectors, keycaps and zero-width-joined parts.
  let j = i + 2;
  const n = text.length;
  while (j < n) {
    const d = text.charCodeAt(j);
    if ((d >= 0xfe00 && d <= 0xfe0f) || d === 0x20e3) j++;
    else if (d === 0x200d && CLASS[text.charCodeAt(j + 1)] === HIGH) j += 3;
    else if (d === 0xd83c && text.charCodeAt(j + 1) >= 0xdffb && text.charCodeAt(j + 1) <= 0xdfff) j += 2; // skin tone
    else if (d === 0xd83c && c === 0xd83c && lo >= 0xdde6 && lo <= 0xddff && j === i + 2 && text.charCodeAt(j + 1) >= 0xdde6 && text.charCodeAt(j + 1) <= 0xddff) j += 2; // flag pair
    else break;
  }
  b.place(b.add('SymbolNode', 'symbol', i, j));
  return j;
}
