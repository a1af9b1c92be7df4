// A sidecar as an editor or report shows it: each placed annotation with its entity,
// speaker and status resolved to names, and the orphans that cannot be placed.
import type { Annotation, ClaimStatus, Entity, Origin, Sidecar } from './annotations';
import type { ActorType, ClaimKind, Span } from './model';
import { isPlaced } from './export/placed';
import { firstStartingAt, SPAN_REACH } from './spans';

const entryStart = (e: Span) => e.start;

interface Base extends Span {
  id: string;
  origin: Origin;
  edited: boolean;
  text: string;
  note?: string;
}
export interface ResolvedActor extends Base { type: ActorType; entity: string; entityId: string }
export interface ResolvedDate extends Base { value: string | null }
export interface ResolvedQuote extends Base { speaker: string | null; speakerId: string | null; speakerMention: Span | null }
export interface ResolvedClaim extends Base { kind: ClaimKind; status: ClaimStatus }
export type ResolvedNote = Base;

export interface ResolvedView {
  actors: ResolvedActor[];
  dates: ResolvedDate[];
  quotes: ResolvedQuote[];
  claims: ResolvedClaim[];
  notes: ResolvedNote[];
  /** Annotations kept in the sidecar that cannot be placed in the current text. */
  orphans: Annotation[];
  entities: Map<string, Entity>;
}

export function resolveSidecar(sidecar: Sidecar, text: string): ResolvedView {
  const entities = new Map(sidecar.entities.map((e) => [e.id, e]));
  const view: ResolvedView = { actors: [], dates: [], quotes: [], claims: [], notes: [], orphans: [], entities };
  for (const a of byPosition(sidecar.annotations)) {
    if (!isPlaced(a, text)) view.orphans.push(a);
    else place(view, a, entities);
  }
  return view;
}

/** Adds one placed annotation to the view, its names resolved. */
function place(view: ResolvedView, a: Annotation, entities: Map<string, Entity>): void {
  // Literals of one shape per kind (no spread): a 5 MB source resolves 125,000 of them.
  const { id, origin, anchor, note } = a;
  const edited = !!a.edited;
  const { start, end, exact: text } = anchor;
  switch (a.kind) {
    case 'actor': {
      const e = a.entity ? entities.get(a.entity) : undefined;
      view.actors.push({ id, origin, edited, start, end, text, note, type: e?.type ?? 'person', entity: e?.name ?? text, entityId: a.entity ?? '' });
      break;
    }
    case 'date':
      view.dates.push({ id, origin, edited, start, end, text, note, value: a.value ?? null });
      break;
    case 'quote': {
      const s = a.speaker ? entities.get(a.speaker) : undefined;
      view.quotes.push({ id, origin, edited, start, end, text, note, speaker: s?.name ?? null, speakerId: a.speaker ?? null, speakerMention: a.speakerMention ?? null });
      break;
    }
    case 'claim':
      view.claims.push({ id, origin, edited, start, end, text, note, kind: a.claimKind ?? 'factual', status: a.status ?? 'unverified' });
      break;
    case 'note':
      view.notes.push({ id, origin, edited, start, end, text, note });
      break;
  }
}

/**
 * The view after an incremental update: the previous view's entries are kept outside `range`
 * (shifted by the edit after it), and the sidecar's annotations meeting the range are resolved
 * again. `range` says which part of the text changed since `previous` was resolved ([start,
 * oldEnd) then, [start, newEnd) now) and must cover every annotation the update touched. The
 * result lists the same entries as resolveSidecar(sidecar, text) at a fraction of the cost.
 */
export function resolveRegion(
  previous: ResolvedView, sidecar: Sidecar, text: string, range: { start: number; oldEnd: number; newEnd: number },
  options: { reuse?: boolean } = {},
): ResolvedView {
  const entities = new Map(sidecar.entities.map((e) => [e.id, e]));
  const fresh: ResolvedView = { actors: [], dates: [], quotes: [], claims: [], notes: [], orphans: [], entities };
  const wasOrphan = new Set(previous.orphans.map((a) => a.id));
  for (const a of byPosition(sidecar.annotations)) {
    if (a.orphaned) fresh.orphans.push(a);
    else if (a.anchor.start < range.newEnd && a.anchor.end > range.start) {
      if (isPlaced(a, text)) place(fresh, a, entities);
      else fresh.orphans.push(a);
    } else if (wasOrphan.size && wasOrphan.has(a.id)) {
      if (!isPlaced(a, text)) fresh.orphans.push(a);
      else place(fresh, a, entities); // an orphan whose text came back
    }
  }
  // Entities whose name or type changed (a merge, a rename): their entries outside the range follow.
  const renamed = new Set<string>();
  for (const [id, e] of entities) {
    const before = previous.entities.get(id);
    if (before && before !== e && (before.name !== e.name || before.type !== e.type)) renamed.add(id);
  }
  for (const id of previous.entities.keys()) if (!entities.has(id)) renamed.add(id);
  const ctx: SpliceContext = { range, delta: range.newEnd - range.oldEnd, reuse: !!options.reuse };
  const actor = renamed.size ? (e: ResolvedActor) => {
    if (!renamed.has(e.entityId)) return e;
    const ent = entities.get(e.entityId);
    return { ...e, entity: ent?.name ?? e.text, type: ent?.type ?? 'person' };
  } : undefined;
  const quote = renamed.size ? (e: ResolvedQuote) => (e.speakerId && renamed.has(e.speakerId) ? { ...e, speaker: entities.get(e.speakerId)?.name ?? null } : e) : undefined;
  return {
    actors: spliceEntries(previous.actors, fresh.actors, ctx, actor),
    dates: spliceEntries(previous.dates, fresh.dates, ctx),
    quotes: spliceEntries(previous.quotes, fresh.quotes, ctx, quote),
    claims: spliceEntries(previous.claims, fresh.claims, ctx),
    notes: spliceEntries(previous.notes, fresh.notes, ctx),
    orphans: fresh.orphans,
    entities,
  };
}

interface SpliceContext {
  range: { start: number; oldEnd: number };
  delta: number;
  /** The previous view is not used again: shift its entries in place instead of copying them. */
  reuse: boolean;
}

/**
 * Previous entries before the range, the fresh ones, then the previous ones after the range
 * shifted by `delta`, in position order. Previous entries whose annotation is among the fresh
 * ones (an orphan placed again) are left out.
 */
function spliceEntries<T extends Base & { speakerMention?: Span | null }>(previous: readonly T[], fresh: T[], ctx: SpliceContext, follow?: (e: T) => T): T[] {
  const { range, delta, reuse } = ctx;
  const freshIds = new Set(fresh.map((e) => e.id));
  // Entries are in order of their start, and none is longer than SPAN_REACH: only entries within
  // SPAN_REACH of the range's edges can meet it (or be one of the fresh ones, moved by the edit).
  const dropped = (e: T) => freshIds.has(e.id);
  const i0 = firstStartingAt(previous, range.start, entryStart);
  const before = previous.slice(0, i0);
  for (let k = before.length - 1; k >= 0 && before[k].start >= range.start - SPAN_REACH; k--) {
    if (before[k].end > range.start || dropped(before[k])) before.splice(k, 1);
  }
  let i1 = i0;
  while (i1 < previous.length && previous[i1].start < range.oldEnd) i1++;
  const after: T[] = new Array(previous.length - i1);
  for (let k = i1; k < previous.length; k++) {
    const e = previous[k];
    let shifted = e;
    if (delta !== 0) {
      shifted = reuse ? e : { ...e };
      shifted.start += delta;
      shifted.end += delta;
      const sm = e.speakerMention;
      if (sm && sm.start >= range.oldEnd) shifted.speakerMention = { start: sm.start + delta, end: sm.end + delta };
    }
    after[k - i1] = shifted;
  }
  const newEnd = range.oldEnd + delta;
  for (let k = 0; k < after.length && after[k].start < newEnd + SPAN_REACH; k++) {
    if (dropped(after[k])) after.splice(k--, 1);
  }
  if (follow) {
    for (let k = 0; k < before.length; k++) before[k] = follow(before[k]);
    for (let k = 0; k < after.length; k++) after[k] = follow(after[k]);
  }
  // Fresh entries are in position order; so are both runs of previous ones.
  if (!fresh.length) return before.length ? (after.length ? before.concat(after) : before) : after;
  if ((before.length && before[before.length - 1].start > fresh[0].start) || (after.length && after[0].start < fresh[fresh.length - 1].start)) {
    return [...before, ...fresh, ...after].sort((a, b) => a.start - b.start);
  }
  return before.concat(fresh, after);
}

const positionOrder = (a: Annotation, b: Annotation) => a.anchor.start - b.anchor.start;

/**
 * Sidecars are kept in position order, so the (stable) sort is usually skipped: on a 5 MB
 * source it would dominate every keystroke. Ties keep the sidecar's order.
 */
function byPosition(annotations: readonly Annotation[]): readonly Annotation[] {
  for (let i = 1; i < annotations.length; i++) {
    if (annotations[i - 1].anchor.start > annotations[i].anchor.start) return [...annotations].sort(positionOrder);
  }
  return annotations;
}

/** The innermost annotations of a view that contain `offset`, per kind. */
export function annotationsAt(view: ResolvedView, offset: number) {
  const at = <T extends Span>(xs: T[]) => {
    let best: T | undefined;
    for (const x of xs) if (x.start <= offset && offset < x.end && (!best || x.end - x.start < best.end - best.start)) best = x;
    return best;
  };
  return { actor: at(view.actors), date: at(view.dates), quote: at(view.quotes), claim: at(view.claims), note: at(view.notes) };
}
