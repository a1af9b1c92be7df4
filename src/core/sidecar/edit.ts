// Hand edits, as pure functions Sidecar → Sidecar. A change to an auto annotation marks it
// `edited` so extraction never overwrites it; removing one records a rejection so it never
// comes back; entity edits mark the entity `edited` so it is never pruned or changed.
import type { Annotation, AnnotationKind, ClaimStatus, Entity, Sidecar } from '../annotations';
import type { ActorType, ClaimKind } from '../model';
import { makeAnchor } from '../anchor';
import { EntityIndex } from './entities';
import { annotationId } from './ids';
import { sortAnnotations } from './order';

export interface ManualAnnotation {
  kind: AnnotationKind;
  start: number;
  end: number;
  entity?: string;
  value?: string | null;
  speaker?: string | null;
  claimKind?: ClaimKind;
  status?: ClaimStatus;
  note?: string;
}

export class SidecarEditError extends Error {
  override readonly name = 'SidecarEditError';
}

function find(s: Sidecar, id: string): Annotation {
  const a = s.annotations.find((x) => x.id === id);
  if (!a) throw new SidecarEditError(`no annotation with id "${id}"`);
  return a;
}

function entity(s: Sidecar, id: string): Entity {
  const e = s.entities.find((x) => x.id === id);
  if (!e) throw new SidecarEditError(`no entity with id "${id}"`);
  return e;
}

function replace(s: Sidecar, a: Annotation, next: Annotation): Sidecar {
  return { ...s, annotations: sortAnnotations(s.annotations.map((x) => (x === a ? next : x))) };
}

function userChange(a: Annotation, patch: Partial<Annotation>): Annotation {
  const next: Annotation = { ...a, ...patch };
  for (const k of Object.keys(patch) as (keyof Annotation)[]) if (patch[k] === undefined) delete next[k];
  if (a.origin === 'auto') next.edited = true;
  return next;
}

/** Add a manual annotation on text[start, end); returns its (deterministic) id. */
export function addManual(s: Sidecar, text: string, m: ManualAnnotation): { sidecar: Sidecar; id: string } {
  if (!(m.start >= 0 && m.end <= text.length && m.start < m.end)) throw new SidecarEditError(`span ${m.start}–${m.end} is outside the text (length ${text.length})`);
  if (m.kind === 'actor' && !m.entity) throw new SidecarEditError('an actor annotation needs an entity');
  for (const ref of [m.entity, m.speaker]) if (ref) entity(s, ref);
  const exact = text.slice(m.start, m.end);
  const occurrence = s.annotations.filter((a) => a.kind === m.kind && a.anchor.exact === exact && a.anchor.start < m.start).length;
  const id = annotationId(m.kind, exact, occurrence, new Set(s.annotations.map((a) => a.id)));
  const a: Annotation = { id, kind: m.kind, anchor: makeAnchor(text, m.start, m.end), origin: 'manual' };
  if (m.entity !== undefined) a.entity = m.entity;
  if (m.value !== undefined) a.value = m.value;
  if (m.speaker !== undefined) a.speaker = m.speaker;
  if (m.claimKind !== undefined) a.claimKind = m.claimKind;
  if (m.kind === 'claim' || m.status !== undefined) a.status = m.status ?? 'unverified';
  if (m.note !== undefined) a.note = m.note;
  return { sidecar: { ...s, annotations: sortAnnotations([...s.annotations, a]) }, id };
}

/** Remove an annotation; an auto one is remembered as rejected so extraction won't re-add it. */
export function removeAnnotation(s: Sidecar, id: string): Sidecar {
  const a = find(s, id);
  const annotations = s.annotations.filter((x) => x !== a);
  if (a.origin !== 'auto') return { ...s, annotations };
  return { ...s, annotations, rejected: [...s.rejected, { kind: a.kind, exact: a.anchor.exact, start: a.anchor.start, end: a.anchor.end }] };
}

export function setStatus(s: Sidecar, id: string, status: ClaimStatus): Sidecar {
  const a = find(s, id);
  return a.status === status ? s : replace(s, a, userChange(a, { status }));
}

/** Set (or with undefined/'' clear) the note of an annotation. */
export function setNote(s: Sidecar, id: string, note: string | undefined): Sidecar {
  const a = find(s, id);
  const value = note === '' ? undefined : note;
  return a.note === value ? s : replace(s, a, userChange(a, { note: value }));
}

/** Point an actor annotation at another entity. */
export function setEntity(s: Sidecar, id: string, entityId: string): Sidecar {
  const a = find(s, id);
  entity(s, entityId);
  return a.entity === entityId ? s : replace(s, a, userChange(a, { entity: entityId }));
}

/** Set a quote's speaker (an entity id, or null for unknown). */
export function setSpeaker(s: Sidecar, id: string, speaker: string | null): Sidecar {
  const a = find(s, id);
  if (speaker !== null) entity(s, speaker);
  return a.speaker === speaker ? s : replace(s, a, userChange(a, { speaker }));
}

/** Set a date's ISO value. */
export function setValue(s: Sidecar, id: string, value: string | null): Sidecar {
  const a = find(s, id);
  return a.value === value ? s : replace(s, a, userChange(a, { value }));
}

/**
 * Correct an annotation's span. For an auto annotation the extractor's span is recorded as
 * rejected, so the next extraction does not add it back next to the corrected one.
 */
export function setSpan(s: Sidecar, text: string, id: string, start: number, end: number): Sidecar {
  const a = find(s, id);
  if (!(start >= 0 && end <= text.length && start < end)) throw new SidecarEditError(`span ${start}–${end} is outside the text (length ${text.length})`);
  if (a.anchor.start === start && a.anchor.end === end && !a.orphaned) return s;
  const next = userChange(a, { anchor: makeAnchor(text, start, end), orphaned: undefined });
  const out = replace(s, a, next);
  if (a.origin === 'auto' && !a.edited && !a.orphaned) {
    out.rejected = [...s.rejected, { kind: a.kind, exact: a.anchor.exact, start: a.anchor.start, end: a.anchor.end }];
  }
  return out;
}

/** Create an entity by hand (or return the one that already answers to the name). */
export function addEntity(s: Sidecar, name: string, type: ActorType): { sidecar: Sidecar; id: string } {
  const entities = s.entities.map((e) => ({ ...e }));
  const { entity: e, created } = new EntityIndex(entities).resolve(name, type);
  if (!created) return { sidecar: s, id: e.id };
  e.edited = true;
  return { sidecar: { ...s, entities }, id: e.id };
}

/** Change an entity's fields (type, aliases, notes, wikidata); marks it edited. */
export function updateEntity(s: Sidecar, id: string, patch: Partial<Pick<Entity, 'type' | 'aliases' | 'notes' | 'wikidata'>>): Sidecar {
  const e = entity(s, id);
  const next: Entity = { ...e, ...patch, edited: true };
  for (const k of Object.keys(patch) as (keyof typeof patch)[]) if (patch[k] === undefined) delete next[k];
  return { ...s, entities: s.entities.map((x) => (x === e ? next : x)) };
}

/** Rename an entity; the old name becomes an alias so extraction keeps finding it. */
export function renameEntity(s: Sidecar, id: string, name: string): Sidecar {
  const e = entity(s, id);
  if (e.name === name) return s;
  const aliases = [...new Set([...e.aliases.filter((a) => a !== name), e.name])];
  return { ...s, entities: s.entities.map((x) => (x === e ? { ...e, name, aliases, edited: true } : x)) };
}

/**
 * Merge entity `mergeId` into `keepId`: references move over, names become aliases, notes
 * are joined, and the merged entity is removed. Auto annotations stay auto: extraction now
 * resolves the merged name through the alias to the same entity.
 */
export function mergeEntities(s: Sidecar, keepId: string, mergeId: string): Sidecar {
  if (keepId === mergeId) return s;
  const keep = entity(s, keepId);
  const gone = entity(s, mergeId);
  const aliases = [...new Set([...keep.aliases, gone.name, ...gone.aliases])].filter((a) => a !== keep.name);
  const notes = [keep.notes, gone.notes].filter((n): n is string => !!n).join('\n') || undefined;
  const merged: Entity = { ...keep, aliases, edited: true };
  if (notes !== undefined) merged.notes = notes;
  if (!merged.wikidata && gone.wikidata) merged.wikidata = gone.wikidata;
  const annotations = s.annotations.map((a) => {
    if (a.entity !== mergeId && a.speaker !== mergeId) return a;
    const next = { ...a };
    if (a.entity === mergeId) next.entity = keepId;
    if (a.speaker === mergeId) next.speaker = keepId;
    return next;
  });
  return { ...s, entities: s.entities.filter((e) => e !== gone).map((e) => (e === keep ? merged : e)), annotations };
}
