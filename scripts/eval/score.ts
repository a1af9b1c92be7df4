// Exact-span precision / recall / F1, the measure every extraction target uses.
export interface Scored { tp: number; fp: number; fn: number }

export function prf(s: Scored): { precision: number; recall: number; f1: number } {
  const precision = s.tp + s.fp === 0 ? 0 : s.tp / (s.tp + s.fp);
  const recall = s.tp + s.fn === 0 ? 0 : s.tp / (s.tp + s.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Counts exact matches between two span lists by key (default: start:end, plus label if given). */
export function scoreSpans<T extends { start: number; end: number }>(
  gold: T[],
  found: T[],
  key: (s: T) => string = (s) => `${s.start}:${s.end}`,
  into: Scored = { tp: 0, fp: 0, fn: 0 },
): Scored {
  const g = new Map<string, number>();
  for (const s of gold) g.set(key(s), (g.get(key(s)) ?? 0) + 1);
  for (const s of found) {
    const k = key(s);
    const n = g.get(k) ?? 0;
    if (n > 0) { into.tp++; g.set(k, n - 1); } else into.fp++;
  }
  for (const n of g.values()) into.fn += n;
  return into;
}
