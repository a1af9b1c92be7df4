// Quote → speaker links for the formats that have relations (brat, doccano): a relation needs
// an actor mention in the text, so find the mention that names the speaker.
import type { Annotation, Entity } from '../annotations';
import type { ActorType } from '../model';

export interface SpeakerTarget {
  /** An existing actor annotation, or undefined when a mention must be added for the link. */
  actor?: Annotation;
  /** Span of the mention to add when no actor annotation covers the attribution. */
  span?: { start: number; end: number };
  type: ActorType;
}

/**
 * Preference: the actor annotation at speakerMention; an actor of the speaker's entity overlapping
 * it; the speaker's nearest mention before the quote, else after; else a new mention at
 * speakerMention. undefined when the quote has no speaker or nothing in the text names them.
 */
export function speakerTarget(
  quote: Annotation,
  actors: readonly Annotation[],
  entities: Map<string, Entity>,
  textLength: number,
): SpeakerTarget | undefined {
  if (!quote.speaker) return undefined;
  const type = entities.get(quote.speaker)?.type ?? 'person';
  const m = quote.speakerMention;
  if (m) {
    const exact = actors.find((a) => a.anchor.start === m.start && a.anchor.end === m.end);
    if (exact) return { actor: exact, type };
    const overlapping = actors.find(
      (a) => a.entity === quote.speaker && a.anchor.start < m.end && m.start < a.anchor.end,
    );
    if (overlapping) return { actor: overlapping, type };
  }
  const own = actors.filter((a) => a.entity === quote.speaker);
  const before = own.filter((a) => a.anchor.end <= quote.anchor.start).pop();
  const after = own.find((a) => a.anchor.start >= quote.anchor.end);
  if (before ?? after) return { actor: before ?? after, type };
  if (m && m.start >= 0 && m.end > m.start && m.end <= textLength) return { span: { start: m.start, end: m.end }, type };
  return undefined;
}
