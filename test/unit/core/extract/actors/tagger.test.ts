import assert from 'node:assert/strict';
import { TAGS } from '../../../../../src/core/extract/actors/features';
import { decodeEmissions, tagSentence, transitionWeights } from '../../../../../src/core/extract/actors/tagger';

describe('tagSentence', () => {
  it('returns one valid BIO tag per word', () => {
    const words = ['Chancellor', 'Olaf', 'Scholz', 'met', 'officials', 'of', 'the', 'European', 'Commission', 'in', 'Brussels', '.'];
    const tags = [...tagSentence(words.map((value) => ({ value })), words.map(() => []))].map((t) => TAGS[t]);
    assert.equal(tags.length, words.length);
    tags.forEach((t, i) => {
      if (t.startsWith('I-')) assert.ok(i > 0 && tags[i - 1].slice(2) === t.slice(2), `${t} after ${tags[i - 1]}`);
    });
    assert.deepEqual(tags.slice(1, 3), ['B-PER', 'I-PER']);
    assert.equal(tags[10], 'B-LOC');
    assert.equal(tags[3], 'O');
  });

  it('handles empty and very long sentences', () => {
    assert.equal(tagSentence([], []).length, 0);
    const long = Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? 'Paris' : 'and'));
    const tags = tagSentence(long.map((value) => ({ value })), long.map(() => []));
    assert.equal(tags.length, 5000);
  });
});

describe('decodeEmissions', () => {
  // A plain first-order Viterbi over all positions and tags, closed positions keeping only O.
  function reference(emit: Float64Array, closed: Uint8Array, n: number): number[] {
    const T = TAGS.length;
    const trans = transitionWeights();
    const allowed = (p: number, t: number) => !TAGS[t].startsWith('I-') || (p < T && TAGS[p].slice(2) === TAGS[t].slice(2));
    const e = (i: number, t: number) => (closed[i] ? (t === 0 ? 0 : -Infinity) : emit[i * T + t]);
    let score = TAGS.map((_, t) => (allowed(T, t) ? e(0, t) + trans[T * T + t] : -Infinity));
    const back: number[][] = [];
    for (let i = 1; i < n; i++) {
      const next: number[] = [];
      const b: number[] = [];
      for (let t = 0; t < T; t++) {
        let best = -Infinity;
        let arg = 0;
        for (let p = 0; p < T; p++) {
          if (!allowed(p, t)) continue;
          if (score[p] + trans[p * T + t] > best) {
            best = score[p] + trans[p * T + t];
            arg = p;
          }
        }
        next.push(best + e(i, t));
        b.push(arg);
      }
      score = next;
      back.push(b);
    }
    const tags = [score.indexOf(Math.max(...score))];
    for (let i = n - 1; i > 0; i--) tags.unshift(back[i - 1][tags[0]]);
    return tags;
  }

  it('matches a plain Viterbi, closed positions and ties included', () => {
    let seed = 7;
    const rand = (k: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % k);
    let names = 0;
    for (let trial = 0; trial < 6000; trial++) {
      const n = 1 + rand(12);
      const emit = new Float64Array(n * 9);
      // Small integers make ties between paths frequent.
      // Small integers make ties between paths frequent; transitions' own differences (the
      // emissions copy them) make more.
      const trans = transitionWeights();
      for (let k = 0; k < emit.length; k++) emit[k] = trial % 3 === 0 ? rand(5) - 2 : trial % 3 === 1 ? trans[rand(90)] - trans[rand(90)] : rand(4) === 0 ? rand(400) : rand(3) * 50;
      const closed = new Uint8Array(n);
      for (let i = 0; i < n; i++) closed[i] = rand(3) === 0 ? 1 : 0;
      const got = [...decodeEmissions(emit, closed, n)];
      assert.deepEqual(got, reference(emit, closed, n), JSON.stringify({ n, emit: [...emit], closed: [...closed] }));
      names += got.filter((t) => t !== 0).length;
    }
    assert.ok(names > 1000);
  });

  it('breaks ties towards the lower tag, as the plain Viterbi', () => {
    const trans = transitionWeights();
    // Emissions at position 0 that make every tag p equally good before tag t at position 1.
    for (const t of [0, 1, 3, 5, 7]) {
      const emit = new Float64Array(2 * 9);
      for (let p = 0; p < 9; p++) emit[p] = 1000 - trans[81 + p] - trans[p * 9 + t];
      emit[9 + t] = 100000;
      for (const closed of [new Uint8Array(2), Uint8Array.from([0, 0])]) {
        assert.deepEqual([...decodeEmissions(emit, closed, 2)], reference(emit, closed, 2));
        assert.equal(decodeEmissions(emit, closed, 2)[1], t);
      }
      // The same tie ahead of a closed position (only O) after the run.
      const three = new Float64Array(3 * 9);
      for (let p = 0; p < 9; p++) three[9 + p] = 1000 - trans[p * 9];
      three[t] = 100000;
      const closed = Uint8Array.from([0, 0, 1]);
      assert.deepEqual([...decodeEmissions(three, closed, 3)], reference(three, closed, 3));
    }
  });
});
