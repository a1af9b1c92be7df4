// Merging a fresh extraction into a sidecar: auto annotations are refreshed, but every
// manual annotation and every user change wins, rejected ones never come back, and nothing
// that cannot be placed is dropped (it is orphaned). The CLI and the extension both call
// this, so both follow exactly the same rules.
import type { Annotation, AnnotationKind, Entity, Sidecar } from '../annotations';
import { SIDECAR_SCHEMA_VERSION } from '../annotations';
import type { Extraction, ExtractOptions } from '../model';
import { makeAnchor } from '../anchor';
import { EntityIndex } from './entities';
import { annotationId, idsOf, moveIds, sha256 } from './ids';
import { reanchor, type ReanchorReport } from './reanchor';
import { firstStartingAt, SPAN_REACH } from '../spans';
import { compareAnnotations, sortAnnotations } from './order';

export interface UpdateReport {
  /** New auto annotations. */
  added: string[];
  /** Existing annotations still there (auto ones with refreshed fields included). */
  kept: string[];
  /** Auto annotations whose fields extraction changed (entity, value, speaker, claim kind). */
  updated: string[];
  /** Auto annotations extraction no longer produces (not edited, not orphaned): removed. */
  dropped: string[];
  /** Extracted mentions not added: rejected by the user or overlapping a user's annotation. */
  suppressed: number;
  entitiesAdded: string[];
  entitiesRemoved: string[];
  reanchor: ReanchorReport;
}

interface Candidate {
  kind: AnnotationKind;
  start: number;
  end: number;
  fields: Partial<Annotation>;
}

export interface UpdateOptions {
  /** Source file name stored in the sidecar (the base name of the source). */
  file: string;
  /**
   * Only this range of the text was re-extracted (incremental re-analysis): the extraction's
   * mentions inside it are merged, annotations wholly outside it are left exactly as they are,
   * and the sidecar's anchors are taken as current (shifted through the edits already).
   */
  region?: { start: number; end: number };
}

export function emptySidecar(file: string, text: string): Sidecar {
  return { version: SIDECAR_SCHEMA_VERSION, source: { file, sha256: sha256(text) }, entities: [], annotations: [], rejected: [] };
}

/**
 * Options for `extract` on a source that has this sidecar: a date given by the user wins
 * (stored as 'option'), else the sidecar's stored date is reused (as 'sidecar'), else the
 * extractor looks for one in the text.
 */
export function extractOptionsFor(existing: Sidecar | null, source: string, published?: string): ExtractOptions {
  if (published) return { source, published, publishedSource: 'option' };
  if (existing?.published) return { source, published: existing.published.date, publishedSource: 'sidecar' };
  return { source };
}

export function updateSidecar(existing: Sidecar | null, extraction: Extraction, text: string, options: UpdateOptions): { sidecar: Sidecar; report: UpdateReport } {
  const base = existing ?? emptySidecar(options.file, text);
  const region = existing ? options.region : undefined;
  const re = region ? { sidecar: base, report: { kept: [], moved: [], fuzzy: [], orphaned: [], recovered: [] } satisfies ReanchorReport } : reanchor(base, text);
  const current = re.sidecar;
  // The annotations this update may touch: all of them, or those meeting the region.
  const inRegion = (a: Annotation) => !region || (!a.orphaned && a.anchor.start < region.end && a.anchor.end > region.start);
  // In position order, the annotations meeting the region lie in [from, to) (binary search):
  // nothing outside that slice is read, so a region update costs the region, not the file.
  const from = region ? firstStartingAt(current.annotations, region.start - SPAN_REACH, (a) => a.anchor.start) : 0;
  let to = from;
  if (region) while (to < current.annotations.length && current.annotations[to].anchor.start < region.end) to++;
  const touchable = region ? current.annotations.slice(from, to).filter(inRegion) : current.annotations;
  const report: UpdateReport = { added: [], kept: [], updated: [], dropped: [], suppressed: 0, entitiesAdded: [], entitiesRemoved: [], reanchor: re.report };

  const entities = current.entities.map((e) => ({ ...e, aliases: [...e.aliases] }));
  const index = new EntityIndex(entities);
  const fresh = new Set<Entity>();
  const entityFor = (name: string, type: Entity['type'], mention?: string): string => {
    const { entity, created } = index.resolve(name, type, mention);
    if (created) fresh.add(entity);
    else if (fresh.has(entity) && mention) index.addAlias(entity, mention);
    return entity.id;
  };

  // In a region update only the mentions inside the region count (the rest were merged before).
  const within = <T extends { start: number; end: number }>(xs: readonly T[]): readonly T[] => (region ? xs.filter((m) => m.start >= region.start && m.end <= region.end) : xs);
  const actors = within(extraction.actors);
  const regionTypes = new Map(actors.map((a) => [a.entity, a.type]));
  let allTypes: Map<string, Entity['type']> | undefined; // only when a speaker is named outside the region
  const actorType = { get: (name: string) => regionTypes.get(name) ?? (allTypes ??= new Map(extraction.actors.map((a) => [a.entity, a.type]))).get(name) };
  const candidates: Candidate[] = [
    ...actors.map((a): Candidate => ({ kind: 'actor', start: a.start, end: a.end, fields: { entity: entityFor(a.entity, a.type, a.text) } })),
    ...within(extraction.dates).map((d): Candidate => ({ kind: 'date', start: d.start, end: d.end, fields: { value: d.value } })),
    ...within(extraction.quotes).map((q): Candidate => ({
      kind: 'quote', start: q.start, end: q.end,
      fields: {
        speaker: q.speaker === null ? null : entityFor(q.speaker, actorType.get(q.speaker) ?? 'person'),
        speakerMention: q.speakerMention ? { start: q.speakerMention.start, end: q.speakerMention.end } : null,
      },
    })),
    ...within(extraction.claims).map((c): Candidate => ({ kind: 'claim', start: c.start, end: c.end, fields: { claimKind: c.kind } })),
  ].filter((c) => c.start >= 0 && c.end <= text.length && c.start < c.end && (!region || (c.start >= region.start && c.end <= region.end)));

  const rejected = new Set(current.rejected.map((r) => `${r.kind}|${r.start}|${r.end}|${r.exact}`));
  const bySpan = new Map<string, Annotation>();
  for (const a of touchable) if (!a.orphaned) bySpan.set(`${a.kind}|${a.anchor.start}|${a.anchor.end}`, a);
  const userOwned = touchable.filter((a) => !a.orphaned && (a.origin === 'manual' || a.edited));

  const ids = region ? idsOf(current.annotations) : undefined;
  const taken = ids ? ids.set : new Set(current.annotations.map((a) => a.id));
  const matched = new Set<Annotation>();
  const result = new Map<Annotation, Annotation>(); // existing → its refreshed version
  const added: Annotation[] = [];
  const seen = new Set<string>();
  const occurrences = new Map<string, number>();
  candidates.sort((a, b) => a.start - b.start || a.end - b.end);
  for (const c of candidates) {
    const spanKey = `${c.kind}|${c.start}|${c.end}`;
    if (seen.has(spanKey)) continue;
    seen.add(spanKey);
    const exact = text.slice(c.start, c.end);
    const occKey = `${c.kind}|${exact}`;
    const occurrence = occurrences.get(occKey) ?? 0;
    occurrences.set(occKey, occurrence + 1);
    if (rejected.has(`${spanKey}|${exact}`)) {
      report.suppressed++;
      continue;
    }
    const same = bySpan.get(spanKey);
    if (same) {
      matched.add(same);
      if (same.origin === 'auto' && !same.edited) {
        const refreshed = refresh(same, c.fields);
        if (refreshed !== same) report.updated.push(same.id);
        result.set(same, refreshed);
      }
      continue;
    }
    if (userOwned.some((u) => u.kind === c.kind && u.anchor.start < c.end && c.start < u.anchor.end)) {
      report.suppressed++;
      continue;
    }
    const id = annotationId(c.kind, exact, occurrence, taken);
    taken.add(id);
    const a: Annotation = { id, kind: c.kind, anchor: makeAnchor(text, c.start, c.end), origin: 'auto', ...c.fields };
    if (c.kind === 'claim') a.status = 'unverified';
    added.push(a);
    report.added.push(id);
  }

  let annotations: Annotation[];
  const referenced = new Set<string>();
  let maybeUnreferenced: Set<string> | undefined;
  if (!region) {
    annotations = [];
    for (const a of current.annotations) {
      if (a.origin === 'auto' && !a.edited && !a.orphaned && !matched.has(a)) {
        report.dropped.push(a.id);
        continue;
      }
      report.kept.push(a.id);
      annotations.push(result.get(a) ?? a);
    }
    for (const a of added) annotations.push(a); // not push(...added): a 5 MB source overflows the stack
    for (const a of annotations) {
      if (a.entity) referenced.add(a.entity);
      if (a.speaker) referenced.add(a.speaker);
    }
  } else {
    // Only the slice [from, to) changes; report.kept lists the kept annotations of that slice.
    const middle: Annotation[] = [];
    maybeUnreferenced = new Set<string>();
    for (let i = from; i < to; i++) {
      const a = current.annotations[i];
      const refreshed = result.get(a);
      if ((a.origin === 'auto' && !a.edited && !a.orphaned && !matched.has(a) && inRegion(a)) || (refreshed && refreshed !== a)) {
        // Its entity or speaker may now be named nowhere else.
        if (a.entity) maybeUnreferenced.add(a.entity);
        if (a.speaker) maybeUnreferenced.add(a.speaker);
      }
      if (a.origin === 'auto' && !a.edited && !a.orphaned && !matched.has(a) && inRegion(a)) {
        report.dropped.push(a.id);
        taken.delete(a.id);
        continue;
      }
      report.kept.push(a.id);
      middle.push(refreshed ?? a);
    }
    for (const a of added) middle.push(a);
    middle.sort(compareAnnotations);
    const before = current.annotations.slice(0, from);
    const after = current.annotations.slice(to);
    const ordered = (x: Annotation | undefined, y: Annotation | undefined) => !x || !y || compareAnnotations(x, y) <= 0;
    annotations = ordered(before[before.length - 1], middle[0]) && ordered(middle[middle.length - 1], after[0])
      ? before.concat(middle, after)
      : sortAnnotations(before.concat(middle, after));
    for (const a of middle) {
      if (a.entity) referenced.add(a.entity);
      if (a.speaker) referenced.add(a.speaker);
    }
    // Entities the region no longer names: kept if any annotation elsewhere names them
    // (one scan, and only when there is such an entity).
    for (const id of referenced) maybeUnreferenced.delete(id);
    if (maybeUnreferenced.size) {
      for (const a of annotations) {
        if (a.entity && maybeUnreferenced.delete(a.entity)) referenced.add(a.entity);
        if (a.speaker && maybeUnreferenced.delete(a.speaker)) referenced.add(a.speaker);
        if (!maybeUnreferenced.size) break;
      }
    }
    for (const e of entities) if (!maybeUnreferenced.has(e.id)) referenced.add(e.id);
    if (ids) moveIds(ids, annotations);
  }

  // Entities nobody refers to any more go, unless the user made them their own.
  const keptEntities = entities.filter((e) => {
    const keep = referenced.has(e.id) || e.edited || e.notes !== undefined || e.wikidata !== undefined;
    if (!keep && !fresh.has(e)) report.entitiesRemoved.push(e.id);
    return keep;
  });
  for (const e of keptEntities) if (fresh.has(e)) report.entitiesAdded.push(e.id);

  const published =
    extraction.publishedSource === 'sidecar' || !extraction.published
      ? current.published
      : { date: extraction.published, source: extraction.publishedSource };
  const sidecar: Sidecar = {
    version: SIDECAR_SCHEMA_VERSION,
    source: current.source.file === options.file ? current.source : { ...current.source, file: options.file },
    ...(published ? { published: sameJson(published, current.published) ? current.published! : published } : {}),
    entities: sameJson(keptEntities, current.entities) ? current.entities : keptEntities,
    annotations: region ? annotations : sortAnnotations(annotations),
    rejected: current.rejected,
  };
  return { sidecar, report };
}


/** The auto annotation with extraction's current fields; the same object when nothing changed. */
function refresh(a: Annotation, fields: Partial<Annotation>): Annotation {
  const changed = Object.entries(fields).some(([k, v]) => !sameJson(v, a[k as keyof Annotation]));
  return changed ? { ...a, ...fields } : a;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
