// Any text a source can hold survives the trip into YAML and back, and rendering a read
// sidecar again is byte-identical: quotes, '#', ': ', leading spaces, tabs, CRLF, emoji,
// YAML keywords (yes, null, 2014), block indicators.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Sidecar } from '../../../../src/core/annotations';
import { parseSidecar, renderSidecar, sha256 } from '../../../../src/core/sidecar';

const tricky = fc.constantFrom(
  '"', "'", '“', '”', '#', ': ', ' - ', '\n', '\r\n', '\t', ' ', '  ', '😀', 'é', '\\', '{', '}', '[', ']', '&a', '*a', '!', '%', '@', '`', '|', '>',
  'yes', 'no', 'null', '~', 'true', '2014', '0x1F', '1e3', '---', '...', '- ', '? ', 'Trump', 'said', ',', '.',
);
const piece = fc.oneof(tricky, fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 }));
const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));

const sidecarArb = fc.record({ exacts: fc.array(fc.tuple(text, text, text), { minLength: 1, maxLength: 6 }), note: text, name: text.filter((s) => s.length > 0) }).map(
  ({ exacts, note, name }): Sidecar => ({
    version: 1,
    source: { file: 'a.txt', sha256: sha256(note) },
    published: { date: '2025-02-13', source: 'option' },
    entities: [{ id: 'e-1', name, type: 'person', aliases: [note, name] }],
    annotations: exacts.map(([exact, prefix, suffix], i) => ({
      id: `q-${i}`, kind: 'quote', origin: 'auto', speaker: 'e-1', note, anchor: { start: i * 10, end: i * 10 + exact.length, exact, prefix, suffix },
    })),
    rejected: [{ kind: 'actor', exact: name, start: 0, end: name.length }],
  }),
);

export const roundTrips = { count: 0 };

describe('sidecar YAML round trip (property)', function () {
  this.timeout(60_000);
  it('reads back exactly what it wrote, and re-renders byte for byte', () => {
    fc.assert(
      fc.property(sidecarArb, (s) => {
        const { text: yaml } = renderSidecar(null, s);
        const loaded = parseSidecar(yaml);
        assert.deepEqual(loaded.sidecar, s);
        assert.equal(renderSidecar(loaded.document, loaded.sidecar).text, yaml);
        assert.equal(renderSidecar(loaded.document, loaded.sidecar, yaml).text, yaml);
        roundTrips.count++;
      }),
      { numRuns: 500, seed: 20251122 },
    );
    console.log(`      byte-identical round trips: ${roundTrips.count}`);
  });
});
