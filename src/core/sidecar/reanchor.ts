// Re-attaching a whole sidecar to a source that changed outside the editor. Nothing is
// ever dropped: what cannot be placed is marked orphaned and kept.
import type { Annotation, Rejection, Sidecar } from '../annotations';
import { FUZZY_BUDGET, FUZZY_WINDOW, locateExact, locateFuzzy, makeAnchor, type FuzzyBudget, type Located } from '../anchor';
import { sha256 } from './ids';

export interface ReanchorReport {
  /** Still at their stored position. */
  kept: string[];
  /** Found again by their exact quote elsewhere. */
  moved: string[];
  /** Found by approximate match (the quote was lightly edited). */
  fuzzy: string[];
  /** Could not be placed: kept with orphaned: true. */
  orphaned: string[];
  /** Were orphaned and are placed again. */
  recovered: string[];
}

export function reanchor(sidecar: Sidecar, text: string): { sidecar: Sidecar; report: ReanchorReport } {
  const report: ReanchorReport = { kept: [], moved: [], fuzzy: [], orphaned: [], recovered: [] };
  // Pass 1: exact matches. Their shifts tell pass 2 where the rest should now be, so the
  // approximate search looks in a small window at the right place first.
  const exact = sidecar.annotations.map((a) => locateExact(text, a.anchor));
  const shifts = sidecar.annotations
    .map((a, i) => ({ old: a.anchor.start, delta: exact[i] && !a.orphaned ? exact[i]!.anchor.start - a.anchor.start : null }))
    .filter((x): x is { old: number; delta: number } => x.delta !== null)
    .sort((x, y) => x.old - y.old);
  const budget: FuzzyBudget = { remaining: FUZZY_BUDGET };
  const found = sidecar.annotations.map((a, i) => {
    if (exact[i]) return exact[i];
    const near = a.anchor.start + nearestShift(shifts, a.anchor.start);
    const slack = NEAR_WINDOW + a.anchor.exact.length;
    return locateFuzzy(text, a.anchor, near, slack, budget) ?? locateFuzzy(text, a.anchor, a.anchor.start, FUZZY_WINDOW, budget);
  });
  const annotations = sidecar.annotations.map((a, i) => reanchorOne(a, found[i], text, report));
  const rejected = sidecar.rejected.map((r) => reanchorRejection(r, text));
  const hash = sha256(text);
  const source = sidecar.source.sha256 === hash ? sidecar.source : { ...sidecar.source, sha256: hash };
  return { sidecar: { ...sidecar, source, annotations, rejected }, report };
}

/** First look this close to where the neighbours' shift says the quote should be. */
const NEAR_WINDOW = 500;

/** Shift of the nearest exactly-found anchor before `old` (or after, at the very start). */
function nearestShift(shifts: { old: number; delta: number }[], old: number): number {
  let lo = 0;
  let hi = shifts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (shifts[mid].old <= old) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0) return shifts[lo - 1].delta;
  return shifts.length > 0 ? shifts[0].delta : 0;
}

function reanchorOne(a: Annotation, found: Located | null, text: string, report: ReanchorReport): Annotation {
  if (!found) {
    report.orphaned.push(a.id);
    return a.orphaned ? a : { ...a, orphaned: true };
  }
  if (a.orphaned) report.recovered.push(a.id);
  else if (found.method === 'position') report.kept.push(a.id);
  else if (found.method === 'exact') report.moved.push(a.id);
  else report.fuzzy.push(a.id);
  const anchor = found.anchor;
  // At its position, only refresh context that went stale; otherwise keep the object as is.
  const same = anchor.start === a.anchor.start && anchor.end === a.anchor.end && anchor.exact === a.anchor.exact;
  const next: Annotation = { ...a };
  delete next.orphaned;
  if (found.method === 'position') {
    const fresh = makeAnchor(text, anchor.start, anchor.end);
    if (fresh.prefix === a.anchor.prefix && fresh.suffix === a.anchor.suffix && !a.orphaned) return a;
    next.anchor = fresh;
    return next;
  }
  next.anchor = anchor;
  if (!same && a.speakerMention) {
    // The attribution sits next to the quote: it moves with it when it still fits the text.
    const delta = anchor.start - a.anchor.start;
    const sm = { start: a.speakerMention.start + delta, end: a.speakerMention.end + delta };
    next.speakerMention = sm.start >= 0 && sm.end <= text.length ? sm : null;
  }
  return next;
}

function reanchorRejection(r: Rejection, text: string): Rejection {
  // Exact matches only: a rejection only ever suppresses the exact text.
  const found = locateExact(text, { start: r.start, end: r.end, exact: r.exact, prefix: '', suffix: '' });
  if (!found || found.method === 'fuzzy') return r;
  if (found.anchor.start === r.start && found.anchor.end === r.end) return r;
  return { ...r, start: found.anchor.start, end: found.anchor.end };
}
