import assert from 'node:assert/strict';
import { prf, scoreSpans } from '../../../../scripts/eval/score';
import { scoreOverlaps } from '../../../../scripts/eval/dates';

describe('eval scoring (scripts/eval/score.ts)', () => {
  describe('prf', () => {
    it('computes precision, recall and their harmonic mean', () => {
      const r = prf({ tp: 6, fp: 2, fn: 4 });
      assert.equal(r.precision, 6 / 8);
      assert.equal(r.recall, 6 / 10);
      assert.ok(Math.abs(r.f1 - (2 * 0.75 * 0.6) / 1.35) < 1e-12);
    });

    it('gives 0 rather than NaN when nothing was found or nothing was gold', () => {
      assert.deepEqual(prf({ tp: 0, fp: 0, fn: 0 }), { precision: 0, recall: 0, f1: 0 });
      assert.deepEqual(prf({ tp: 0, fp: 3, fn: 0 }), { precision: 0, recall: 0, f1: 0 });
      assert.deepEqual(prf({ tp: 0, fp: 0, fn: 5 }), { precision: 0, recall: 0, f1: 0 });
    });

    it('is 1 everywhere for a perfect system', () => {
      assert.deepEqual(prf({ tp: 4, fp: 0, fn: 0 }), { precision: 1, recall: 1, f1: 1 });
    });
  });

  describe('scoreSpans', () => {
    it('counts exact start:end matches only: an off-by-one boundary is one false positive and one miss', () => {
      const gold = [{ start: 0, end: 5 }, { start: 10, end: 15 }];
      const found = [{ start: 0, end: 5 }, { start: 10, end: 16 }];
      assert.deepEqual(scoreSpans(gold, found), { tp: 1, fp: 1, fn: 1 });
    });

    it('matches each gold span once: a duplicate finding is a false positive', () => {
      const s = scoreSpans([{ start: 2, end: 4 }], [{ start: 2, end: 4 }, { start: 2, end: 4 }]);
      assert.deepEqual(s, { tp: 1, fp: 1, fn: 0 });
    });

    it('keeps gold duplicates apart: two identical gold spans need two findings', () => {
      const gold = [{ start: 2, end: 4 }, { start: 2, end: 4 }];
      assert.deepEqual(scoreSpans(gold, [{ start: 2, end: 4 }]), { tp: 1, fp: 0, fn: 1 });
    });

    it('does not depend on the order of the lists', () => {
      const gold = [{ start: 9, end: 12 }, { start: 0, end: 3 }, { start: 4, end: 8 }];
      const found = [{ start: 4, end: 8 }, { start: 20, end: 22 }, { start: 0, end: 3 }];
      assert.deepEqual(scoreSpans(gold, found), scoreSpans([...gold].reverse(), [...found].reverse()));
      assert.deepEqual(scoreSpans(gold, found), { tp: 2, fp: 1, fn: 1 });
    });

    it('uses the key given: a typed key makes a right span with the wrong type a miss and a false positive', () => {
      type T = { start: number; end: number; type: string };
      const gold: T[] = [{ start: 0, end: 6, type: 'person' }];
      const found: T[] = [{ start: 0, end: 6, type: 'place' }];
      assert.deepEqual(scoreSpans(gold, found), { tp: 1, fp: 0, fn: 0 });
      assert.deepEqual(scoreSpans(gold, found, (a) => `${a.start}:${a.end}:${a.type}`), { tp: 0, fp: 1, fn: 1 });
    });

    it('adds into the tally given, so documents accumulate into one score', () => {
      const into = { tp: 0, fp: 0, fn: 0 };
      scoreSpans([{ start: 0, end: 1 }], [{ start: 0, end: 1 }], undefined, into);
      const same = scoreSpans([{ start: 0, end: 1 }], [{ start: 5, end: 6 }], undefined, into);
      assert.equal(same, into);
      assert.deepEqual(into, { tp: 1, fp: 1, fn: 1 });
    });
  });

  describe('scoreOverlaps (relaxed, TempEval-3 style)', () => {
    it('counts a found span overlapping a gold span, even with other boundaries', () => {
      const s = { tp: 0, fp: 0, fn: 0 };
      scoreOverlaps([{ start: 10, end: 20, value: null }], [{ start: 15, end: 30, value: null }], s);
      assert.deepEqual(s, { tp: 1, fp: 0, fn: 0 });
    });

    it('does not count spans that only touch (end == start)', () => {
      const s = { tp: 0, fp: 0, fn: 0 };
      scoreOverlaps([{ start: 10, end: 20, value: null }], [{ start: 20, end: 25, value: null }], s);
      assert.deepEqual(s, { tp: 0, fp: 1, fn: 1 });
    });

    it('uses each gold span once: two findings inside one gold span are one hit and one false positive', () => {
      const s = { tp: 0, fp: 0, fn: 0 };
      scoreOverlaps([{ start: 0, end: 20, value: null }], [{ start: 0, end: 5, value: null }, { start: 10, end: 15, value: null }], s);
      assert.deepEqual(s, { tp: 1, fp: 1, fn: 0 });
    });

    it('lets a long finding cover only one of two gold spans', () => {
      const s = { tp: 0, fp: 0, fn: 0 };
      scoreOverlaps([{ start: 0, end: 4, value: null }, { start: 5, end: 9, value: null }], [{ start: 0, end: 9, value: null }], s);
      assert.deepEqual(s, { tp: 1, fp: 0, fn: 1 });
    });
  });
});
