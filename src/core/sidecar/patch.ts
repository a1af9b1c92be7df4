// Keeping the user's exact formatting on lines we did not change. The yaml library keeps
// comments but normalizes some layout (the padding before a trailing comment, spaces inside
// flow lists). So we render the document as read (`before`) and as changed (`after`), diff
// the two line by line, and take every unchanged line from the user's original text.

/** Above this many cells the middle of the diff is treated as replaced wholesale. */
const MAX_LCS_CELLS = 4_000_000;

const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * `after` with each line it shares with `before` replaced by the user's original line.
 * Falls back to `after` when `original` and `before` do not line up one to one.
 */
export function patchLines(original: string, before: string, after: string): string {
  if (before === after) return original;
  const o = original.split('\n');
  const b = before.split('\n');
  const a = after.split('\n');
  if (o.length !== b.length || o.some((line, i) => squash(line) !== squash(b[i]))) return after;
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  const out = o.slice(0, p);
  const bm = b.slice(p, b.length - s);
  const am = a.slice(p, a.length - s);
  if (bm.length * am.length > MAX_LCS_CELLS) { for (const line of am) out.push(line); }
  else {
    // Classic LCS table, walked forwards: matched lines come from the original.
    const n = bm.length;
    const m = am.length;
    const t = new Uint32Array((n + 1) * (m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        t[i * (m + 1) + j] = bm[i] === am[j] ? t[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(t[(i + 1) * (m + 1) + j], t[i * (m + 1) + j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (bm[i] === am[j]) {
        out.push(o[p + i]);
        i++;
        j++;
      } else if (t[(i + 1) * (m + 1) + j] >= t[i * (m + 1) + j + 1]) i++;
      else out.push(am[j++]);
    }
    while (j < m) out.push(am[j++]);
  }
  for (let k = o.length - s; k < o.length; k++) out.push(o[k]);
  return out.join('\n');
}
