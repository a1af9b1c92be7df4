// Exact, pure shifting of anchors through text edits, for live editing: the extension feeds
// each document change into this, so no search is needed while the user types.
import type { Anchor } from '../annotations';

/** Replace `deleteLength` characters at `offset` by `insertText`. */
export interface TextEdit {
  offset: number;
  deleteLength: number;
  insertText: string;
}

/** Where a start position goes: an insertion exactly at the start stays outside the span. */
export function mapStart(p: number, e: TextEdit): number {
  const end = e.offset + e.deleteLength;
  if (p < e.offset) return p;
  if (p >= end && !(e.deleteLength > 0 && p === e.offset)) return p + e.insertText.length - e.deleteLength;
  return e.offset;
}

/** Where an end position goes: an insertion exactly at the end stays outside the span. */
export function mapEnd(p: number, e: TextEdit): number {
  const end = e.offset + e.deleteLength;
  if (p <= e.offset) return p;
  if (p >= end) return p + e.insertText.length - e.deleteLength;
  return e.offset + e.insertText.length;
}

export type ShiftResult =
  | { state: 'moved' | 'unchanged'; anchor: Anchor }
  /** The edit changed characters inside the span: the quote was rewritten to match. */
  | { state: 'changed'; anchor: Anchor }
  /** The edit deleted the whole span: the old quote is kept so a search may find it again. */
  | { state: 'deleted'; anchor: Anchor };

/**
 * Shift one anchor through one edit. Context (prefix/suffix) is trimmed where the edit
 * touched it, so it never claims text that is no longer there; refresh it from the full
 * text when available (refreshContext).
 */
export function shiftAnchor(a: Anchor, e: TextEdit): ShiftResult {
  const editEnd = e.offset + e.deleteLength;
  const delta = e.insertText.length - e.deleteLength;
  if (e.deleteLength === 0 && e.insertText.length === 0) return { state: 'unchanged', anchor: a };
  // Entirely after the span (an insertion at the end stays outside).
  if (e.offset >= a.end) {
    const gap = e.offset - a.end;
    const suffix = gap < a.suffix.length ? a.suffix.slice(0, gap) : a.suffix;
    return suffix === a.suffix ? { state: 'unchanged', anchor: a } : { state: 'unchanged', anchor: { ...a, suffix } };
  }
  // Entirely before the span (an insertion at the start stays outside).
  if (editEnd <= a.start) {
    const gap = a.start - editEnd;
    const prefix = gap < a.prefix.length ? a.prefix.slice(a.prefix.length - gap) : a.prefix;
    return { state: delta === 0 ? 'unchanged' : 'moved', anchor: { ...a, start: a.start + delta, end: a.end + delta, prefix } };
  }
  // The edit overlaps the span. Context on a side the edit reaches into keeps only the part
  // the edit did not touch, which still ends (or starts) right at the new boundary.
  const prefix = e.offset < a.start ? a.prefix.slice(0, Math.max(0, e.offset - (a.start - a.prefix.length))) : a.prefix;
  if (e.offset <= a.start && editEnd >= a.end && e.deleteLength > 0) {
    const at = mapStart(a.start, e);
    return { state: 'deleted', anchor: { ...a, start: at, end: at, prefix, suffix: '' } };
  }
  const start = mapStart(a.start, e);
  const end = mapEnd(a.end, e);
  const exact =
    a.exact.slice(0, Math.max(0, e.offset - a.start)) + e.insertText + a.exact.slice(Math.min(a.exact.length, Math.max(0, editEnd - a.start)));
  const suffix = editEnd > a.end ? a.suffix.slice(Math.min(a.suffix.length, editEnd - a.end)) : a.suffix;
  return { state: 'changed', anchor: { start, end, exact, prefix, suffix } };
}

/** Apply edits in array order: each offset refers to the text after the previous edits. */
export function shiftAnchorThrough(a: Anchor, edits: readonly TextEdit[]): ShiftResult {
  let result: ShiftResult = { state: 'unchanged', anchor: a };
  let changed = false;
  let moved = false;
  for (const e of edits) {
    if (result.state === 'deleted') {
      // A deleted span is a point: follow it like a position so later edits keep it in place.
      const point: Anchor = result.anchor;
      const p = mapStart(point.start, e);
      result = { state: 'deleted', anchor: { ...point, start: p, end: p } };
      continue;
    }
    const next = shiftAnchor(result.anchor, e);
    if (next.state === 'changed') changed = true;
    if (next.state === 'moved') moved = true;
    result = next;
  }
  if (result.state === 'deleted') return result;
  const state = changed ? 'changed' : moved || result.anchor.start !== a.start ? 'moved' : 'unchanged';
  return { state, anchor: result.anchor } as ShiftResult;
}
