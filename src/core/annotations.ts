// The stored annotation model: what a sidecar (dir/article.txt.annotations.yaml) holds.
// Extraction output (model.ts) is converted into this; users' edits live here too.
import type { ActorType, ClaimKind, PublishedSource } from './model';

export const SIDECAR_SCHEMA_VERSION = 1;
export const SIDECAR_SUFFIX = '.annotations.yaml';

export type AnnotationKind = 'actor' | 'date' | 'quote' | 'claim' | 'note';
export type ClaimStatus = 'unverified' | 'verified' | 'false' | 'misleading' | 'disputed';
export const CLAIM_STATUSES: readonly ClaimStatus[] = ['unverified', 'verified', 'false', 'misleading', 'disputed'];
export type Origin = 'auto' | 'manual';

/** W3C TextQuoteSelector + TextPositionSelector in one: survives edits to the source. */
export interface Anchor {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

export interface Entity {
  /** Short stable id, e.g. "e-donald-trump". */
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  notes?: string;
  /** Wikidata item id such as Q22686. */
  wikidata?: string;
  /** Set when the user changed the entity (renamed, retyped, merged): extraction never changes it. */
  edited?: boolean;
}

export interface Annotation {
  /** Short stable id, unique within the sidecar. */
  id: string;
  kind: AnnotationKind;
  anchor: Anchor;
  origin: Origin;
  /** actor: id of the entity. */
  entity?: string;
  /** date: ISO value (TIMEX3), null when unresolvable. */
  value?: string | null;
  /** quote: id of the speaking entity, null when unknown. */
  speaker?: string | null;
  /** quote: where the speaker is named in the attribution clause. */
  speakerMention?: { start: number; end: number } | null;
  /** claim */
  claimKind?: ClaimKind;
  status?: ClaimStatus;
  note?: string;
  /** Set when the anchor could not be re-attached to the current text. */
  orphaned?: boolean;
  /** auto annotation that the user changed: extraction never overwrites it. */
  edited?: boolean;
}

/** An automatic annotation the user removed: extraction must not bring it back. */
export interface Rejection {
  kind: AnnotationKind;
  exact: string;
  start: number;
  end: number;
}

export interface Sidecar {
  version: number;
  source: { file: string; sha256: string };
  published?: { date: string; source: PublishedSource };
  entities: Entity[];
  annotations: Annotation[];
  rejected: Rejection[];
}
