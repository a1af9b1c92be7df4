// Shared facts about lists of spans kept in position order (mentions, annotations, view
// entries): where a position falls in one, and how far a single span can reach.

/**
 * No annotation or mention is longer than this, a quotation running over several paragraphs
 * with its speaker's mention included: an update only needs to look this far either side of
 * the text it changed.
 */
export const SPAN_REACH = 50_000;

/** The index of the first item whose start is at or after `offset`, in a list ordered by start (binary search). */
export function firstStartingAt<T>(list: readonly T[], offset: number, startOf: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (startOf(list[mid]) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
