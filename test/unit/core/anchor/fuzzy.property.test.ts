// Approximate re-anchoring under random small edits inside a quote (a typo fixed, a word
// swapped) plus edits elsewhere: the quote is found again, overlapping where it truly is,
// never orphaned, as long as the edits inside stay well under the error bound.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import type { Annotation, Sidecar } from '../../../../src/core/annotations';
import { makeAnchor, mapEnd, mapStart, type TextEdit } from '../../../../src/core/anchor';
import { reanchor } from '../../../../src/core/sidecar';

const SAMPLES = path.join(__dirname, '../../../../samples');
const names = ['fare-freeze.txt', 'battery-plant.txt', 'clinic-wait-times.txt', 'reservoir-drought.txt'];

export const fuzzyStats = { runs: 0, found: 0, fuzzy: 0 };

describe('approximate re-anchoring (property)', function () {
  this.timeout(60_000);
  after(() => console.log(`      fuzzy stats: ${JSON.stringify(fuzzyStats)}`));

  for (const name of names) {
    let text: string;
    try {
      text = readFileSync(path.join(SAMPLES, name), 'utf8');
    } catch {
      continue;
    }
    const quotes: Annotation[] = [...text.matchAll(/["“]([^"“”\n]{30,}?)["”]/g)].map((m, i) => ({
      id: `q-${i}`, kind: 'quote', origin: 'auto', anchor: makeAnchor(text, m.index! + 1, m.index! + 1 + m[1].length),
    }));
    if (quotes.length === 0) continue;

    it(`${name}: a quote edited lightly inside is found again where it is`, () => {
      fc.assert(
        fc.property(
          fc.nat({ max: quotes.length - 1 }),
          fc.array(fc.record({ at: fc.double({ min: 0.1, max: 0.9, noNaN: true }), del: fc.integer({ min: 0, max: 2 }), insert: fc.string({ minLength: 0, maxLength: 2 }) }), { minLength: 1, maxLength: 2 }),
          fc.array(fc.record({ before: fc.boolean(), insert: fc.string({ maxLength: 30 }) }), { maxLength: 3 }),
          (qi, inside, outside) => {
            const q = quotes[qi];
            const edits: TextEdit[] = [];
            let start = q.anchor.start;
            let end = q.anchor.end;
            // Edits strictly inside the quote, keeping its first and last characters.
            for (const e of inside) {
              const offset = start + 1 + Math.floor(e.at * (end - start - 3));
              const edit = { offset, deleteLength: Math.min(e.del, end - 1 - offset), insertText: e.insert };
              edits.push(edit);
              [start, end] = [mapStart(start, edit), mapEnd(end, edit)];
            }
            // Unrelated insertions before the quote or at the end of the text.
            let length = text.length;
            for (const e of edits) length += e.insertText.length - e.deleteLength;
            for (const o of outside) {
              const edit = o.before ? { offset: 0, deleteLength: 0, insertText: o.insert } : { offset: length, deleteLength: 0, insertText: o.insert };
              edits.push(edit);
              length += o.insert.length;
              [start, end] = [mapStart(start, edit), mapEnd(end, edit)];
            }
            const after = edits.reduce((t, e) => t.slice(0, e.offset) + e.insertText + t.slice(e.offset + e.deleteLength), text);
            const s: Sidecar = { version: 1, source: { file: 'x', sha256: '' }, entities: [], annotations: [q], rejected: [] };
            const out = reanchor(s, after).sidecar.annotations[0];
            fuzzyStats.runs++;
            assert.ok(!out.orphaned, `orphaned: ${JSON.stringify(after.slice(start, end))}`);
            fuzzyStats.found++;
            if (out.anchor.exact !== q.anchor.exact) fuzzyStats.fuzzy++;
            const overlap = Math.min(end, out.anchor.end) - Math.max(start, out.anchor.start);
            assert.ok(overlap >= 0.9 * (end - start), `found ${out.anchor.start}-${out.anchor.end}, truly ${start}-${end}`);
            assert.equal(after.slice(out.anchor.start, out.anchor.end), out.anchor.exact);
          },
        ),
        { numRuns: 300, seed: 20251122 },
      );
    });
  }
});
