// Live editing: shift every anchor through the editor's text edits, exactly and without
// searching. An annotation whose whole text was deleted is orphaned (kept, never dropped)
// and re-attached by `reanchor` if the text comes back (undo, paste).
import type { Annotation, Rejection, Sidecar } from '../annotations';
import { shareIds } from './ids';
import { makeAnchor, mapEnd, mapStart, shiftAnchorThrough, type TextEdit } from '../anchor';

export type { TextEdit } from '../anchor';

export interface EditsReport {
  /** Annotations whose text the edits changed (their quote now reads differently). */
  changed: string[];
  /** Annotations whose whole text was deleted: now orphaned. */
  orphaned: string[];
}

/**
 * Apply `edits` in array order (each offset refers to the text after the previous edits; a
 * VS Code change event's ranges all refer to the text before it and never overlap, so pass
 * those sorted by descending offset). With `newText`, the text after all edits, the context
 * of the moved anchors is refreshed from it.
 */
export function applyEdits(sidecar: Sidecar, edits: readonly TextEdit[], newText?: string): { sidecar: Sidecar; report: EditsReport } {
  const report: EditsReport = { changed: [], orphaned: [] };
  if (edits.length === 0) return { sidecar, report };
  const annotations = sidecar.annotations.map((a): Annotation => {
    if (a.orphaned) return a; // its position means nothing; reanchor finds it by its quote
    const r = shiftAnchorThrough(a.anchor, edits);
    if (r.state === 'unchanged' && r.anchor === a.anchor) return a;
    const next: Annotation = { ...a, anchor: r.anchor };
    if (r.state === 'deleted') {
      next.orphaned = true;
      report.orphaned.push(a.id);
    } else {
      if (r.state === 'changed') report.changed.push(a.id);
      if (newText !== undefined && newText.slice(r.anchor.start, r.anchor.end) === r.anchor.exact) {
        next.anchor = makeAnchor(newText, r.anchor.start, r.anchor.end);
      }
    }
    if (a.speakerMention) next.speakerMention = shiftSpan(a.speakerMention, edits);
    return next;
  });
  const rejected = sidecar.rejected.map((r): Rejection => {
    const span = shiftSpan(r, edits);
    return span && (span.start !== r.start || span.end !== r.end) ? { ...r, ...span } : r;
  });
  shareIds(sidecar.annotations, annotations);
  return { sidecar: { ...sidecar, annotations, rejected }, report };
}

/** A plain span through the same edits; null once it is deleted entirely. */
function shiftSpan(span: { start: number; end: number }, edits: readonly TextEdit[]): { start: number; end: number } | null {
  let { start, end } = span;
  for (const e of edits) {
    const deletesAll = e.deleteLength > 0 && e.offset <= start && e.offset + e.deleteLength >= end;
    if (deletesAll) return null;
    [start, end] = [mapStart(start, e), mapEnd(end, e)];
  }
  return { start, end };
}
