// Re-attaching an anchor to a text that changed outside the editor, cheapest first
// (Hypothesis' strategy): the stored position, then the exact quote nearest to it scored by
// its context, then an approximate match with a bounded error rate; otherwise orphaned.
import type { Anchor } from '../annotations';
import { anchorHolds, makeAnchor } from './context';
import { fuzzySearch } from './fuzzy';

/** Errors allowed in an approximate match, per character of the quote. */
export const FUZZY_ERROR_RATE = 0.2;
/** Quotes shorter than this are only matched exactly: a fuzzy "Trump" would match anything. */
export const FUZZY_MIN_LENGTH = 10;
/** Cap on DP cells per fuzzy search (text window × quote length), to bound the cost. */
export const FUZZY_MAX_CELLS = 20_000_000;
/** Occurrences of the quote scored at most (a name can repeat hundreds of times). */
const MAX_OCCURRENCES = 2000;

export type LocateMethod = 'position' | 'exact' | 'fuzzy';

export interface Located {
  method: LocateMethod;
  anchor: Anchor;
  /** Edit distance of a fuzzy match. */
  errors?: number;
}

export function locate(text: string, anchor: Anchor): Located | null {
  if (anchorHolds(text, anchor) && anchor.exact.length > 0) return { method: 'position', anchor };
  if (anchor.exact.length === 0) return null;
  const exact = findExact(text, anchor);
  if (exact >= 0) return { method: 'exact', anchor: makeAnchor(text, exact, exact + anchor.exact.length) };
  if (anchor.exact.length < FUZZY_MIN_LENGTH) return null;
  const maxErrors = Math.floor(anchor.exact.length * FUZZY_ERROR_RATE);
  const window = Math.max(anchor.exact.length * 4, Math.floor(FUZZY_MAX_CELLS / anchor.exact.length));
  const near = Math.min(anchor.start, text.length);
  const from = Math.max(0, near - window);
  const to = Math.min(text.length, near + window);
  const match = fuzzySearch(text, anchor.exact, maxErrors, near, from, to);
  if (!match) return null;
  return { method: 'fuzzy', anchor: makeAnchor(text, match.start, match.end), errors: match.errors };
}

/** Start of the occurrence of the quote with the best context match, then nearest; -1 if none. */
export function findExact(text: string, anchor: Anchor): number {
  let best = -1;
  let bestScore = -Infinity;
  let count = 0;
  for (let at = text.indexOf(anchor.exact); at >= 0 && count < MAX_OCCURRENCES; at = text.indexOf(anchor.exact, at + 1)) {
    count++;
    const score = contextScore(text, at, anchor);
    if (score > bestScore) {
      best = at;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Characters of stored context that agree with the text around `at`, minus a small
 * distance penalty (one character of context outweighs any distance within the text).
 */
function contextScore(text: string, at: number, anchor: Anchor): number {
  let before = 0;
  const p = anchor.prefix;
  while (before < p.length && at - before - 1 >= 0 && text.charCodeAt(at - before - 1) === p.charCodeAt(p.length - before - 1)) before++;
  let after = 0;
  const s = anchor.suffix;
  const end = at + anchor.exact.length;
  while (after < s.length && end + after < text.length && text.charCodeAt(end + after) === s.charCodeAt(after)) after++;
  const distance = Math.abs(at - anchor.start) / (text.length + 1);
  return before + after - distance;
}
