// Hand-built extractions for merge tests: the extractor's plugins change while they are
// improved, so these tests pin the merge rules on fixed input instead.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Extraction } from '../../../../src/core/model';

export const FIXTURES = path.join(__dirname, '../../../fixtures/sidecar');
export const ARTICLE = readFileSync(path.join(FIXTURES, 'council-vote.txt'), 'utf8');

/** Offsets of the n-th (0-based) occurrence of `needle`. */
export function span(text: string, needle: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" #${nth} not in text`);
  }
  return { start: at, end: at + needle.length };
}

export interface Spec {
  actors?: [text: string, entity: string, type?: 'person' | 'organization' | 'place', nth?: number][];
  dates?: [text: string, value: string | null][];
  quotes?: [text: string, speaker: string | null][];
  claims?: [text: string, kind: 'statistic' | 'prediction' | 'attributed' | 'factual'][];
}

export function extraction(text: string, spec: Spec, published: string | null = '2025-03-04'): Extraction {
  return {
    source: 'council-vote.txt',
    published,
    publishedSource: published ? 'text' : 'none',
    actors: (spec.actors ?? []).map(([t, entity, type = 'person', nth = 0]) => ({ ...span(text, t, nth), text: t, type, entity })),
    dates: (spec.dates ?? []).map(([t, value]) => ({ ...span(text, t), text: t, value })),
    quotes: (spec.quotes ?? []).map(([t, speaker]) => ({ ...span(text, t), text: t, speaker, speakerMention: null })),
    claims: (spec.claims ?? []).map(([t, kind]) => ({ ...span(text, t), text: t, kind })),
  };
}

export const BASE: Spec = {
  actors: [
    ['Harbor Bridge', 'Harbor Bridge', 'place'],
    ['Tomas Reyes', 'Tomas Reyes'],
    ['Reyes', 'Tomas Reyes', 'person', 1],
    ['Anja Kowalski', 'Anja Kowalski'],
    ['City Hall', 'City Hall', 'place'],
  ],
  dates: [['March 4, 2025', '2025-03-04'], ['Monday', '2025-03-03'], ['January', '2025-01'], ['March 18', '2025-03-18']],
  quotes: [
    ['needs another look at the numbers.', 'Tomas Reyes'],
    ['We are not going to rush this,', 'Tomas Reyes'],
    ['wildly optimistic', 'Anja Kowalski'],
  ],
  claims: [['The toll, proposed in January, would charge drivers $2.50 per crossing and raise about $14 million a year, according to the city\'s transport office.', 'statistic']],
};
