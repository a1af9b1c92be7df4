// Deterministic short ids: the same annotation gets the same id on every machine and every
// run, so sidecars diff cleanly; a longer hash or a counter resolves the rare collision.
import { createHash } from 'node:crypto';
import type { AnnotationKind } from '../annotations';

const KIND_PREFIX: Record<AnnotationKind, string> = { actor: 'a', date: 'd', quote: 'q', claim: 'c', note: 'n' };

function hex(input: string): string {
  return createHash('sha1').update(input).digest('hex');
}

/**
 * Id for the `occurrence`-th (0-based, by position) span of this kind with this exact text,
 * e.g. "q-3f9a1c". Never one of `taken`.
 */
export function annotationId(kind: AnnotationKind, exact: string, occurrence: number, taken: ReadonlySet<string>): string {
  const digest = hex(`${kind}\u0000${exact}\u0000${occurrence}`);
  for (let len = 6; len <= digest.length; len += 2) {
    const id = `${KIND_PREFIX[kind]}-${digest.slice(0, len)}`;
    if (!taken.has(id)) return id;
  }
  for (let n = 2; ; n++) {
    const id = `${KIND_PREFIX[kind]}-${digest.slice(0, 6)}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** "Donald J. Trump" → "e-donald-j-trump"; never one of `taken`. */
export function entityId(name: string, taken: ReadonlySet<string>): string {
  const slug =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || hex(name).slice(0, 6);
  const base = `e-${slug}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
