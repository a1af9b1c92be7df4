// Building a W3C-style anchor (position + quote + context) from a span of the text.
import type { Anchor } from '../annotations';

/** Characters of context stored on each side: enough to tell repeated names apart. */
export const CONTEXT_LENGTH = 32;

export function makeAnchor(text: string, start: number, end: number): Anchor {
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}

/** True when the text at the anchor's position still reads exactly as stored. */
export function anchorHolds(text: string, anchor: Anchor): boolean {
  return anchor.start >= 0 && anchor.end <= text.length && text.slice(anchor.start, anchor.end) === anchor.exact;
}

/** Same span with its quote and context re-read from the text (null when nothing changed). */
export function refreshContext(text: string, anchor: Anchor): Anchor | null {
  const fresh = makeAnchor(text, anchor.start, anchor.end);
  return fresh.exact === anchor.exact && fresh.prefix === anchor.prefix && fresh.suffix === anchor.suffix
    ? null
    : fresh;
}
