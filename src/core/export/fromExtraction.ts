// A Sidecar built from a fresh extraction, for sources that have no sidecar yet: every mention
// becomes an automatic annotation, every canonical actor name an entity, claims start unverified.
import { createHash } from 'node:crypto';
import { SIDECAR_SCHEMA_VERSION, type Anchor, type Annotation, type Entity, type Sidecar } from '../annotations';
import type { ActorType, Extraction, Span } from '../model';

const CONTEXT = 32;

/** Cut index moved off the middle of a surrogate pair, so prefix/suffix stay valid text. */
function safeCut(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return i > 0 && i < text.length && (c & 0xfc00) === 0xdc00 ? i - 1 : i;
}

export function anchorFor(text: string, span: Span): Anchor {
  const p = safeCut(text, Math.max(0, span.start - CONTEXT));
  const s = safeCut(text, Math.min(text.length, span.end + CONTEXT));
  return {
    start: span.start,
    end: span.end,
    exact: text.slice(span.start, span.end),
    prefix: text.slice(p, span.start),
    suffix: text.slice(span.end, s),
  };
}

function slug(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return s || 'entity';
}

export function sidecarFromExtraction(extraction: Extraction, text: string, sourceFile: string): Sidecar {
  const entities: Entity[] = [];
  const idByName = new Map<string, string>();
  const used = new Set<string>();
  const entityId = (name: string, type: ActorType): string => {
    const known = idByName.get(name);
    if (known) return known;
    let id = `e-${slug(name)}`;
    for (let n = 2; used.has(id); n++) id = `e-${slug(name)}-${n}`;
    used.add(id);
    idByName.set(name, id);
    entities.push({ id, name, type, aliases: [] });
    return id;
  };
  const annotations: Annotation[] = [];
  const base = (prefix: string, i: number, span: Span) => ({ id: `${prefix}-${i + 1}`, anchor: anchorFor(text, span), origin: 'auto' as const });

  extraction.actors.forEach((m, i) => annotations.push({ ...base('act', i, m), kind: 'actor', entity: entityId(m.entity, m.type) }));
  extraction.dates.forEach((m, i) => annotations.push({ ...base('d', i, m), kind: 'date', value: m.value }));
  extraction.quotes.forEach((m, i) =>
    annotations.push({
      ...base('q', i, m),
      kind: 'quote',
      speaker: m.speaker === null ? null : entityId(m.speaker, 'person'),
      speakerMention: m.speakerMention ? { start: m.speakerMention.start, end: m.speakerMention.end } : null,
    }),
  );
  extraction.claims.forEach((m, i) =>
    annotations.push({ ...base('c', i, m), kind: 'claim', claimKind: m.kind, status: 'unverified' }),
  );

  return {
    version: SIDECAR_SCHEMA_VERSION,
    source: { file: sourceFile, sha256: createHash('sha256').update(text, 'utf8').digest('hex') },
    ...(extraction.published ? { published: { date: extraction.published, source: extraction.publishedSource } } : {}),
    entities,
    annotations,
    rejected: [],
  };
}
