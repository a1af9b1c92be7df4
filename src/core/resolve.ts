// A sidecar as an editor or report shows it: each placed annotation with its entity,
// speaker and status resolved to names, and the orphans that cannot be placed.
import type { Annotation, ClaimStatus, Entity, Origin, Sidecar } from './annotations';
import type { ActorType, ClaimKind, Span } from './model';
import { isPlaced } from './export/placed';

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
    if (!isPlaced(a, text)) {
      view.orphans.push(a);
      continue;
    }
    const base: Base = { id: a.id, origin: a.origin, edited: !!a.edited, start: a.anchor.start, end: a.anchor.end, text: a.anchor.exact, note: a.note };
    switch (a.kind) {
      case 'actor': {
        const e = a.entity ? entities.get(a.entity) : undefined;
        view.actors.push({ ...base, type: e?.type ?? 'person', entity: e?.name ?? a.anchor.exact, entityId: a.entity ?? '' });
        break;
      }
      case 'date':
        view.dates.push({ ...base, value: a.value ?? null });
        break;
      case 'quote': {
        const s = a.speaker ? entities.get(a.speaker) : undefined;
        view.quotes.push({ ...base, speaker: s?.name ?? null, speakerId: a.speaker ?? null, speakerMention: a.speakerMention ?? null });
        break;
      }
      case 'claim':
        view.claims.push({ ...base, kind: a.claimKind ?? 'factual', status: a.status ?? 'unverified' });
        break;
      case 'note':
        view.notes.push(base);
        break;
    }
  }
  return view;
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
