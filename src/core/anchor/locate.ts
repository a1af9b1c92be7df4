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
/** Characters searched on each side of the old position by an approximate match. */
export const FUZZY_WINDOW = 10_000;
/**
 * Work allowed for approximate matching in one pass over a document (characters scanned ×
 * errors allowed): a source that was rewritten wholesale orphans its annotations quickly
 * instead of searching for each one at length.
 */
export const FUZZY_BUDGET = 200_000_000;

/** Shared by the locate calls of one pass; counts down. */
export interface FuzzyBudget {
  remaining: number;
}
/** Occurrences of the quote scored at most (a name can repeat hundreds of times). */
const MAX_OCCURRENCES = 2000;

export type LocateMethod = 'position' | 'exact' | 'fuzzy';

export interface Located {
  method: LocateMethod;
  anchor: Anchor;
  /** Edit distance of a fuzzy match. */
  errors?: number;
}

/** Cheap and precise: the stored position, then the exact quote scored by its context. */
export function locateExact(text: string, anchor: Anchor): Located | null {
  if (anchor.exact.length === 0) return null;
  if (anchorHolds(text, anchor)) return { method: 'position', anchor };
  const exact = findExact(text, anchor);
  return exact >= 0 ? { method: 'exact', anchor: makeAnchor(text, exact, exact + anchor.exact.length) } : null;
}

/**
 * Approximate match within `window` characters of `near` (where the quote should now be),
 * at most FUZZY_ERROR_RATE errors per character; null when none, or when the budget is spent.
 */
export function locateFuzzy(text: string, anchor: Anchor, near: number, window: number, budget: FuzzyBudget): Located | null {
  if (anchor.exact.length < FUZZY_MIN_LENGTH) return null;
  const maxErrors = Math.floor(anchor.exact.length * FUZZY_ERROR_RATE);
  const at = Math.max(0, Math.min(near, text.length));
  const from = Math.max(0, at - window);
  const to = Math.min(text.length, at + window + anchor.exact.length);
  const cost = (to - from) * (maxErrors + 1);
  if (cost > budget.remaining) return null;
  budget.remaining -= cost;
  const match = fuzzySearch(text, anchor.exact, maxErrors, at, from, to);
  if (!match) return null;
  return { method: 'fuzzy', anchor: makeAnchor(text, match.start, match.end), errors: match.errors };
}

/** One anchor on its own: exact first, then approximate around its old position. */
export function locate(text: string, anchor: Anchor, budget: FuzzyBudget = { remaining: FUZZY_BUDGET }): Located | null {
  return locateExact(text, anchor) ?? locateFuzzy(text, anchor, anchor.start, FUZZY_WINDOW, budget);
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
