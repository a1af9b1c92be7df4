// W3C Web Annotation Data Model (JSON-LD): one AnnotationCollection holding every annotation.
// Selector positions are Unicode code points, as the model requires (not UTF-16 units), so emoji
// before an annotation don't shift it. An annotation that can't be placed keeps only its
// TextQuoteSelector: a consumer can still search for the quote, but gets no stale position.
import { createHash } from 'node:crypto';
import type { Annotation, Entity } from '../annotations';
import { codePointMapper } from './offsets';
import { entityIndex, isPlaced, wikidataIri } from './placed';
import type { ExportDocument, ExportOptions } from './types';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

type Body = Record<string, unknown>;

const tag = (value: string): Body => ({ type: 'TextualBody', purpose: 'tagging', value });

function entityBody(e: Entity | undefined, fallbackName: string, purpose: string): Body {
  if (e?.wikidata) return { type: 'SpecificResource', purpose, source: wikidataIri(e.wikidata) };
  return { type: 'TextualBody', purpose, value: e?.name ?? fallbackName };
}

function bodies(a: Annotation, entities: Map<string, Entity>): Body[] {
  const out: Body[] = [tag(a.kind)];
  if (a.kind === 'actor' && a.entity) {
    const e = entities.get(a.entity);
    if (e) out.push(tag(e.type));
    out.push(entityBody(e, a.entity, 'identifying'));
    if (e?.wikidata) out.push({ type: 'TextualBody', purpose: 'identifying', value: e.name });
  }
  if (a.kind === 'date' && a.value) out.push({ type: 'TextualBody', purpose: 'describing', value: a.value });
  if (a.kind === 'quote' && a.speaker) {
    const e = entities.get(a.speaker);
    out.push({ type: 'TextualBody', purpose: 'describing', value: `speaker: ${e?.name ?? a.speaker}` });
    if (e?.wikidata) out.push({ type: 'SpecificResource', purpose: 'linking', source: wikidataIri(e.wikidata) });
  }
  if (a.kind === 'claim') {
    if (a.claimKind) out.push(tag(a.claimKind));
    out.push(tag(`status:${a.status ?? 'unverified'}`));
  }
  if (a.note) out.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' });
  return out;
}

function motivation(a: Annotation): string {
  if (a.kind === 'note') return 'commenting';
  if (a.kind === 'actor') return 'identifying';
  if (a.kind === 'claim') return 'assessing';
  return 'tagging';
}

function defaultIri(doc: ExportDocument): string {
  return doc.sourcePath.split('/').map(encodeURIComponent).join('/');
}

/** Distinct per source path and content, so two copies of one article get distinct IRIs. */
function docKey(doc: ExportDocument): string {
  const content = doc.sidecar.source.sha256 || createHash('sha256').update(doc.text).digest('hex');
  return createHash('sha256').update(`${doc.sourcePath}\n${content}`).digest('hex').slice(0, 32);
}

export function toW3cAnnotations(doc: ExportDocument, options: ExportOptions = {}): Record<string, unknown>[] {
  const entities = entityIndex(doc);
  const cp = codePointMapper(doc.text);
  const source = (options.sourceIri ?? defaultIri)(doc);
  const key = docKey(doc);
  return [...doc.sidecar.annotations]
    .sort((a, b) => a.anchor.start - b.anchor.start || b.anchor.end - a.anchor.end)
    .map((a) => {
      const { exact, prefix, suffix, start, end } = a.anchor;
      const selector: Record<string, unknown>[] = [{ type: 'TextQuoteSelector', exact, prefix, suffix }];
      if (isPlaced(a, doc.text)) selector.push({ type: 'TextPositionSelector', start: cp(start), end: cp(end) });
      return {
        id: `urn:newsmark:${key}:${encodeURIComponent(a.id)}`,
        type: 'Annotation',
        motivation: motivation(a),
        body: bodies(a, entities),
        target: { source, selector },
      };
    });
}

export function toW3c(docs: readonly ExportDocument[], options: ExportOptions = {}): string {
  const items = docs.flatMap((d) => toW3cAnnotations(d, options));
  const id = `urn:newsmark:export:${createHash('sha256').update(docs.map(docKey).join('\n')).digest('hex').slice(0, 32)}`;
  const collection = {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: 'Newsmark annotations',
    total: items.length,
    first: { id: `${id}:page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return JSON.stringify(collection, null, 2) + '\n';
}
