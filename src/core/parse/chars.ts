// Character classes for the tokenizer, as one 64 KB lookup table over UTF-16 code units:
// a single array read per character is what keeps the scanner well above 30 MB/s.
export const OTHER = 0; // symbol
export const SPACE = 1;
export const NEWLINE = 2;
export const LETTER = 3;
export const DIGIT = 4;
export const QUOTE = 5;
export const PUNCT = 6;
export const HIGH = 7; // high surrogate: decided with its pair

export const CLASS = new Uint8Array(0x10000);

function fill(from: number, to: number, cls: number): void {
  for (let c = from; c <= to; c++) CLASS[c] = cls;
}

// Anything not listed below is a letter: unknown scripts are far more often words than symbols.
fill(0x80, 0xffff, LETTER);
fill(0x00, 0x7f, OTHER);
fill(0x41, 0x5a, LETTER);
fill(0x61, 0x7a, LETTER);
fill(0x30, 0x39, DIGIT);
for (const c of [0x20, 0x09, 0x0b, 0x0c, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000, 0xfeff]) CLASS[c] = SPACE;
fill(0x2000, 0x200b, SPACE);
for (const c of [0x0a, 0x0d, 0x85, 0x2028, 0x2029]) CLASS[c] = NEWLINE;
for (const c of [0x22, 0x27, 0x60, 0xab, 0xbb, 0x2039, 0x203a]) CLASS[c] = QUOTE;
fill(0x2018, 0x201f, QUOTE);
for (const ch of '.,;:!?()[]{}-/\\_') CLASS[ch.charCodeAt(0)] = PUNCT;
for (const c of [0xa1, 0xa7, 0xb6, 0xb7, 0xbf]) CLASS[c] = PUNCT;
fill(0x2010, 0x2017, PUNCT); // hyphens and dashes
fill(0x2020, 0x2027, PUNCT); // daggers, bullet, ellipsis
fill(0x2030, 0x205e, PUNCT);
fill(0x2e00, 0x2e7f, PUNCT);
fill(0x3001, 0x3003, PUNCT);
fill(0x300c, 0x300f, QUOTE);
for (const c of [0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa8, 0xa9, 0xac, 0xae, 0xaf, 0xb0, 0xb1, 0xb4, 0xb8, 0xd7, 0xf7]) CLASS[c] = OTHER;
fill(0x20a0, 0x20cf, OTHER); // currency
fill(0x2100, 0x2bff, OTHER); // letterlike, arrows, math, dingbats
fill(0xe000, 0xf8ff, OTHER); // private use
fill(0xd800, 0xdbff, HIGH);
fill(0xdc00, 0xdfff, OTHER); // lone low surrogate
fill(0xfe00, 0xfe0f, LETTER); // variation selectors stay with what they modify
fill(0x200c, 0x200d, LETTER); // joiners, likewise

/** Letters or digits: what a word is made of. */
export function isAlnum(c: number): boolean {
  const k = CLASS[c];
  return k === LETTER || k === DIGIT;
}

export function isUpper(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c > 0xff && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c));
}

export function isLower(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7) || (c > 0xff && String.fromCharCode(c).toUpperCase() !== String.fromCharCode(c));
}

// ---- The extraction stages' own tables -------------------------------------------------
// The dates, quotes and claims scanners each read text through a table of their own, with
// small differences kept on purpose (each stage was tuned with its table): they are built
// here, from ranges, so that one file says how every scanner classes a character.

/** A table over UTF-16 code units: `value` for code units in [from, to], 0 elsewhere. */
function table(ranges: readonly (readonly [number, number, number])[]): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (const [from, to, value] of ranges) t.fill(value, from, to + 1);
  return t;
}

/** Classes of the dates tokenizer (dates/tokens.ts): spaces separate tokens, letters and
 * digits make words, anything else is a one-character token. */
export const DATE_SPACE = 0;
export const DATE_LETTER = 1;
export const DATE_DIGIT = 2;
export const DATE_OTHER = 4;

export const DATE_CLASS = table([
  [0x00, 0x20, DATE_SPACE],
  [0x21, 0x7e, DATE_OTHER],
  [0x30, 0x39, DATE_DIGIT],
  [0x41, 0x5a, DATE_LETTER],
  [0x61, 0x7a, DATE_LETTER],
  [0x7f, 0x7f, DATE_SPACE],
  // Beyond ASCII everything is a letter but spaces, punctuation, symbols and surrogate halves (emoji).
  [0x80, 0xffff, DATE_LETTER],
  [0xa1, 0xbf, DATE_OTHER],
  [0xd7, 0xd7, DATE_OTHER],
  [0xf7, 0xf7, DATE_OTHER],
  [0x2010, 0x2bff, DATE_OTHER],
  [0x3001, 0x303f, DATE_OTHER],
  [0xd800, 0xdfff, DATE_OTHER],
  [0xa0, 0xa0, DATE_SPACE],
  [0x2000, 0x200b, DATE_SPACE],
  [0x2028, 0x2029, DATE_SPACE],
  [0x202f, 0x202f, DATE_SPACE],
  [0x205f, 0x205f, DATE_SPACE],
  [0x3000, 0x3000, DATE_SPACE],
  [0xfeff, 0xfeff, DATE_SPACE],
]);

/** ASCII letters and digits, and from U+00C0 on everything but ×, ÷ and general punctuation
 * and symbols (U+2000–2BFF): the words of the claims' sentence features (claims/features.ts). */
const CLAIM_WORD_RANGES: [number, number, number][] = [
  [0x30, 0x39, 1],
  [0x41, 0x5a, 1],
  [0x61, 0x7a, 1],
  [0xc0, 0xffff, 1],
  [0xd7, 0xd7, 0],
  [0xf7, 0xf7, 0],
  [0x2000, 0x2bff, 0],
];
export const CLAIM_WORD_CHAR = table(CLAIM_WORD_RANGES);

/** The claims' word characters less CJK punctuation (U+3000–303F), surrogate halves (emoji)
 * and the byte-order mark: the words of the quotes' attribution tokenizer (quotes/tokens.ts). */
export const QUOTE_WORD_CHAR = table([...CLAIM_WORD_RANGES, [0x3000, 0x303f, 0], [0xd800, 0xdfff, 0], [0xfeff, 0xfeff, 0]]);
