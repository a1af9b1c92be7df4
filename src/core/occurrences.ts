// Every place a phrase occurs in a text, as whole words: "apply this label everywhere".
import type { Span } from './model';

const WORD = /[\p{L}\p{N}_]/u;

export function findOccurrences(text: string, phrase: string, options: { caseSensitive?: boolean } = {}): Span[] {
  if (!phrase.trim()) return [];
  const haystack = options.caseSensitive === false ? text.toLowerCase() : text;
  const needle = options.caseSensitive === false ? phrase.toLowerCase() : phrase;
  const out: Span[] = [];
  const wordStart = WORD.test(phrase[0]);
  const wordEnd = WORD.test(phrase[phrase.length - 1]);
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
    const end = i + needle.length;
    if (wordStart && i > 0 && WORD.test(text[i - 1])) continue;
    if (wordEnd && end < text.length && WORD.test(text[end])) continue;
    out.push({ start: i, end });
    i = end - 1;
  }
  return out;
}
