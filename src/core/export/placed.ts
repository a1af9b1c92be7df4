// Which annotations can be exported with character offsets: an orphaned annotation, or one whose
// stored anchor no longer matches the text (a stale sidecar), would point at the wrong words.
import type { Annotation, Entity } from '../annotations';
import type { ExportDocument } from './types';

export function isPlaced(a: Annotation, text: string): boolean {
  const { start, end, exact } = a.anchor;
  return (
    !a.orphaned &&
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    end > start &&
    end <= text.length &&
    end - start === exact.length &&
    text.startsWith(exact, start)
  );
}

/** Placed annotations in text order (start, then longer first, then id for stability). */
export function placedAnnotations(doc: ExportDocument): Annotation[] {
  return doc.sidecar.annotations
    .filter((a) => isPlaced(a, doc.text))
    .sort((a, b) => a.anchor.start - b.anchor.start || b.anchor.end - a.anchor.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function entityIndex(doc: ExportDocument): Map<string, Entity> {
  return new Map(doc.sidecar.entities.map((e) => [e.id, e]));
}

/** The entity's display name, or the raw id when the sidecar lacks the entity. */
export function entityName(entities: Map<string, Entity>, id: string | null | undefined): string {
  if (!id) return '';
  return entities.get(id)?.name ?? id;
}

export function wikidataIri(qid: string): string {
  return `http://www.wikidata.org/entity/${encodeURIComponent(qid)}`;
}
