// Property tests on the project's own sample articles: thousands of random edit sequences
// (insertions, deletions, replacements, pasted copies of nearby text, edits inside and around
// annotated spans). An independent oracle tracks where each annotated span truly went.
// Asserted: no annotation ever disappears (it is orphaned instead), every annotation whose
// text survived is found again with its exact text, and every surviving quote lands exactly
// on its true position — both for live edits (applyEdits) and for a changed file (reanchor).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import type { Annotation, Sidecar } from '../../../../src/core/annotations';
import { makeAnchor, type TextEdit } from '../../../../src/core/anchor';
import { applyEdits, reanchor } from '../../../../src/core/sidecar';

const SAMPLES = path.join(__dirname, '../../../../samples');
const FALLBACK = path.join(__dirname, '../../../fixtures/sidecar');
const RUNS_PER_ARTICLE = Number(process.env.NEWSMARK_PROPERTY_RUNS ?? 1000);

function articles(): { name: string; text: string }[] {
  const from = (dir: string) =>
    readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md').map((f) => ({ name: f, text: readFileSync(path.join(dir, f), 'utf8') }));
  const samples = (() => {
    try {
      return from(SAMPLES);
    } catch {
      return [];
    }
  })();
  return samples.length > 0 ? samples : from(FALLBACK);
}

/** Annotations a journalist would make: every quotation, capitalized names (which repeat), sentences. */
function annotate(text: string): Sidecar {
  const annotations: Annotation[] = [];
  const add = (kind: Annotation['kind'], start: number, end: number) =>
    annotations.push({ id: `${kind[0]}-${annotations.length}`, kind, origin: 'auto', anchor: makeAnchor(text, start, end) });
  for (const m of text.matchAll(/["“]([^"“”\n]{3,}?)["”]/g)) add('quote', m.index! + 1, m.index! + 1 + m[1].length);
  for (const m of text.matchAll(/\b[A-Z][a-z]+(?: [A-Z][a-z]+)*/g)) add('actor', m.index!, m.index! + m[0].length);
  for (const m of text.matchAll(/[A-Z][^.!?\n]{20,}[.!?]/g)) add('claim', m.index!, m.index! + m[0].length);
  return { version: 1, source: { file: 'x', sha256: '' }, entities: [], annotations, rejected: [] };
}

function applyText(text: string, e: TextEdit): string {
  return text.slice(0, e.offset) + e.insertText + text.slice(e.offset + e.deleteLength);
}

/** Independent oracle: a span survives while no edit touches its inside. */
interface Truth {
  start: number;
  end: number;
  alive: boolean;
}

function track(t: Truth, e: TextEdit): Truth {
  if (!t.alive) return t;
  const editEnd = e.offset + e.deleteLength;
  if (editEnd <= t.start) return { ...t, start: t.start + e.insertText.length - e.deleteLength, end: t.end + e.insertText.length - e.deleteLength };
  if (e.offset >= t.end) return t;
  return { ...t, alive: false };
}

const editArb = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  del: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 7, max: 120 })),
  insert: fc.oneof(
    fc.constant(''),
    fc.constantFrom(' ', '\n', '\n\n', 'the ', '“', '"', 'said', ', he added. ', '😀', '\r\n'),
    fc.string({ maxLength: 12 }),
    // A copy of text from elsewhere: creates repeats of names and quotes.
    fc.record({ from: fc.double({ min: 0, max: 1, noNaN: true }), len: fc.integer({ min: 1, max: 40 }) }),
  ),
});
type EditSpec = { at: number; del: number; insert: string | { from: number; len: number } };

/** Turn specs into concrete edits against the evolving text. */
function concretize(text: string, specs: EditSpec[]): { edits: TextEdit[]; text: string } {
  const edits: TextEdit[] = [];
  let cur = text;
  for (const s of specs) {
    const offset = Math.min(cur.length, Math.floor(s.at * (cur.length + 1)));
    const deleteLength = Math.min(s.del, cur.length - offset);
    let insertText: string;
    if (typeof s.insert === 'string') insertText = s.insert;
    else {
      const from = Math.floor(s.insert.from * cur.length);
      insertText = cur.slice(from, from + s.insert.len);
    }
    const e = { offset, deleteLength, insertText };
    edits.push(e);
    cur = applyText(cur, e);
  }
  return { edits, text: cur };
}

export const stats = {
  sequences: 0,
  edits: 0,
  annotationsChecked: 0,
  lost: 0,
  surviving: 0,
  survivingExact: 0,
  survivingQuotes: 0,
  quotesAtTruePosition: 0,
  survivingNamesAtTruePosition: 0,
  survivingNames: 0,
  liveSurviving: 0,
  liveExact: 0,
  orphaned: 0,
};

describe('anchors under random edits (property)', function () {
  this.timeout(120_000);
  after(() => {
    // Measured figures, for the report (not assertions).
    console.log(`      property stats: ${JSON.stringify(stats)}`);
  });

  for (const { name, text } of articles()) {
    const sidecar = annotate(text);

    it(`${name}: live edits keep every annotation and every surviving span exact`, () => {
      fc.assert(
        fc.property(fc.array(editArb, { minLength: 1, maxLength: 8 }), (specs) => {
          const { edits, text: after } = concretize(text, specs as EditSpec[]);
          const { sidecar: out } = applyEdits(sidecar, edits, after);
          stats.sequences++;
          stats.edits += edits.length;
          assert.equal(out.annotations.length, sidecar.annotations.length, 'no annotation may disappear');
          out.annotations.forEach((a, i) => {
            const before = sidecar.annotations[i];
            assert.equal(a.id, before.id);
            let truth: Truth = { start: before.anchor.start, end: before.anchor.end, alive: true };
            for (const e of edits) truth = track(truth, e);
            if (!a.orphaned) assert.equal(after.slice(a.anchor.start, a.anchor.end), a.anchor.exact, `${a.id} reads its quote`);
            if (truth.alive) {
              stats.liveSurviving++;
              assert.ok(!a.orphaned, `${a.id} survived but was orphaned`);
              assert.deepEqual([a.anchor.start, a.anchor.end, a.anchor.exact], [truth.start, truth.end, before.anchor.exact]);
              stats.liveExact++;
            }
          });
        }),
        { numRuns: RUNS_PER_ARTICLE, seed: 20251122 },
      );
    });

    it(`${name}: re-anchoring a changed file keeps every annotation and finds every surviving quote`, () => {
      fc.assert(
        fc.property(fc.array(editArb, { minLength: 1, maxLength: 8 }), (specs) => {
          const { edits, text: after } = concretize(text, specs as EditSpec[]);
          const { sidecar: out } = reanchor(sidecar, after);
          stats.sequences++;
          stats.edits += edits.length;
          assert.equal(out.annotations.length, sidecar.annotations.length, 'no annotation may disappear');
          out.annotations.forEach((a, i) => {
            const before = sidecar.annotations[i];
            stats.annotationsChecked++;
            assert.equal(a.id, before.id);
            if (a.orphaned) stats.orphaned++;
            else assert.equal(after.slice(a.anchor.start, a.anchor.end), a.anchor.exact, `${a.id} reads its quote`);
            let truth: Truth = { start: before.anchor.start, end: before.anchor.end, alive: true };
            for (const e of edits) truth = track(truth, e);
            if (!truth.alive) return;
            stats.surviving++;
            if (a.orphaned) stats.lost++;
            assert.ok(!a.orphaned, `${a.id} ("${before.anchor.exact}") survived but was orphaned`);
            assert.equal(a.anchor.exact, before.anchor.exact, `${a.id} found with its exact text`);
            stats.survivingExact++;
            const atTruth = a.anchor.start === truth.start;
            if (a.kind === 'quote') {
              stats.survivingQuotes++;
              assert.ok(atTruth, `quote ${a.id} ("${before.anchor.exact}") re-anchored at ${a.anchor.start}, truly at ${truth.start}`);
              stats.quotesAtTruePosition++;
            } else if (a.kind === 'actor') {
              stats.survivingNames++;
              if (atTruth) stats.survivingNamesAtTruePosition++;
            }
          });
        }),
        { numRuns: RUNS_PER_ARTICLE, seed: 20251122 },
      );
    });
  }
});
