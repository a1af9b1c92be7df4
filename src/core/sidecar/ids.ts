// Deterministic short ids: the same annotation gets the same id on every machine and every
// run, so sidecars diff cleanly; a longer hash or a counter resolves the rare collision.
import { createHash } from 'node:crypto';
import type { Annotation, AnnotationKind } from '../annotations';

const KIND_PREFIX: Record<AnnotationKind, string> = { actor: 'a', date: 'd', quote: 'q', claim: 'c', note: 'n' };

function hex(input: string): string {
  return createHash('sha1').update(input).digest('hex');
}

/**
 * Id for the `occurrence`-th (0-based, by position) span of this kind with this exact text,
 * e.g. "q-3f9a1c". Never one of `taken`.
 */
export function annotationId(kind: AnnotationKind, exact: string, occurrence: number, taken: ReadonlySet<string>): string {
  const digest = hex(`${kind}\u0000${exact}\u0000${occurrence}`);
  for (let len = 6; len <= digest.length; len += 2) {
    const id = `${KIND_PREFIX[kind]}-${digest.slice(0, len)}`;
    if (!taken.has(id)) return id;
  }
  for (let n = 2; ; n++) {
    const id = `${KIND_PREFIX[kind]}-${digest.slice(0, 6)}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** "Donald J. Trump" → "e-donald-j-trump"; never one of `taken`. */
export function entityId(name: string, taken: ReadonlySet<string>): string {
  const slug =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || hex(name).slice(0, 6);
  const base = `e-${slug}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The ids of a list of annotations, kept from one region update to the next (building the set
 * reads every annotation). A set is handed on to the next list and marked stale for the old
 * one, which rebuilds its own if it is ever used again.
 */
export interface IdSet { set: Set<string>; valid: boolean }
const idSets = new WeakMap<readonly Annotation[], IdSet>();

export function idsOf(list: readonly Annotation[]): IdSet {
  let ids = idSets.get(list);
  if (!ids?.valid) {
    ids = { set: new Set(list.map((a) => a.id)), valid: true };
    idSets.set(list, ids);
  }
  return ids;
}

/** `to` holds the ids `ids.set` now holds (after the update's deletions and additions). */
export function moveIds(ids: IdSet, to: readonly Annotation[]): void {
  ids.valid = false;
  idSets.set(to, { set: ids.set, valid: true });
}

/** Live edits move anchors, never ids: the new list shares the old one's id set. */
export function shareIds(from: readonly Annotation[], to: readonly Annotation[]): void {
  const ids = idSets.get(from);
  if (ids?.valid) idSets.set(to, ids);
}

