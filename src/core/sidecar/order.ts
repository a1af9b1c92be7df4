// One stable order for annotations (by position), so re-running never reshuffles the file.
import type { Annotation, AnnotationKind } from '../annotations';

const KIND_ORDER: Record<AnnotationKind, number> = { actor: 0, date: 1, quote: 2, claim: 3, note: 4 };

export function compareAnnotations(a: Annotation, b: Annotation): number {
  return (
    a.anchor.start - b.anchor.start ||
    a.anchor.end - b.anchor.end ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function sortAnnotations(list: readonly Annotation[]): Annotation[] {
  return [...list].sort(compareAnnotations);
}
