// Approximate substring search (Sellers' edit-distance DP with Ukkonen's cut-off): finds
// where a quote that was lightly edited now sits. Bounded: the caller gives the maximum
// number of errors and the window of text to search.

export interface FuzzyMatch {
  start: number;
  end: number;
  errors: number;
}

/**
 * Best approximate occurrence of `pattern` in text[from, to) with at most `maxErrors`
 * edits (insertions, deletions, substitutions); ties go to the one nearest `near`.
 */
export function fuzzySearch(
  text: string,
  pattern: string,
  maxErrors: number,
  near: number,
  from = 0,
  to = text.length,
): FuzzyMatch | null {
  const m = pattern.length;
  if (m === 0) return null;
  // D[i] = edit distance between pattern[0, i) and the best suffix of text[from, j).
  let prev = new Uint32Array(m + 1);
  let cur = new Uint32Array(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  let lastActive = Math.min(m, maxErrors); // Ukkonen: rows past this cannot be within k
  const ends: { end: number; errors: number }[] = [];
  let best = maxErrors + 1;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    cur[0] = 0;
    const limit = Math.min(m, lastActive + 1);
    for (let i = 1; i <= limit; i++) {
      const sub = prev[i - 1] + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      const del = prev[i] + 1;
      const ins = cur[i - 1] + 1;
      cur[i] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    // Cells beyond `limit` were not computed; treat them as out of reach.
    for (let i = limit + 1; i <= m; i++) cur[i] = maxErrors + 1;
    let active = limit;
    while (active > 0 && cur[active] > maxErrors) active--;
    lastActive = active;
    if (active === m && cur[m] <= best) {
      if (cur[m] < best) ends.length = 0;
      best = cur[m];
      ends.push({ end: j + 1, errors: cur[m] });
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  if (ends.length === 0) return null;
  // Several end positions can share the best score (a character more or less at the end):
  // find each one's start and keep the candidate nearest to where the quote was.
  let chosen: FuzzyMatch | null = null;
  for (const { end, errors } of ends) {
    const start = findStart(text, pattern, end, errors, from);
    if (start < 0) continue;
    const candidate = { start, end, errors };
    if (!chosen || better(candidate, chosen, near)) chosen = candidate;
  }
  return chosen;
}

function better(a: FuzzyMatch, b: FuzzyMatch, near: number): boolean {
  const da = Math.abs(a.start - near);
  const db = Math.abs(b.start - near);
  if (da !== db) return da < db;
  // Prefer the length closest to the pattern's (no spare characters at the edges).
  return a.end - a.start < b.end - b.start;
}

/** Start of the best alignment ending at `end`: the same DP run backwards. */
function findStart(text: string, pattern: string, end: number, errors: number, from: number): number {
  const m = pattern.length;
  let prev = new Uint32Array(m + 1);
  let cur = new Uint32Array(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  let found = -1;
  let cost = errors + 1;
  const lowest = Math.max(from, end - m - errors);
  for (let j = end - 1; j >= lowest; j--) {
    const c = text.charCodeAt(j);
    cur[0] = end - j; // pattern must end exactly at `end`: text skipped there costs
    for (let i = 1; i <= m; i++) {
      const sub = prev[i - 1] + (pattern.charCodeAt(m - i) === c ? 0 : 1);
      const del = prev[i] + 1;
      const ins = cur[i - 1] + 1;
      cur[i] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    // Strictly better only: on a tie the shorter alignment (found first) wins.
    if (cur[m] < cost) {
      cost = cur[m];
      found = j;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return found;
}
