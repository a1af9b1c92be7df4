import assert from 'node:assert/strict';
import { creditBefore } from '../../../../../src/core/extract/actors/layout';

// The definition creditBefore implements with quick pre-checks.
const CREDIT_BEFORE = /(Credit|Photo|Photograph)\s*(…|\.\.\.|:)\s*$/;
const reference = (text: string, at: number) => CREDIT_BEFORE.test(text.slice(Math.max(0, at - 16), at));

describe('creditBefore', () => {
  it('finds a credit word right before a sentence', () => {
    const text = 'Credit…Doug Mills. Photo: Lena Varga. Photograph ... Ann Lee. Photos: none. The post.';
    assert.equal(creditBefore(text, text.indexOf('Doug')), true);
    assert.equal(creditBefore(text, text.indexOf('Lena')), true);
    assert.equal(creditBefore(text, text.indexOf('Ann')), true);
    assert.equal(creditBefore(text, text.indexOf('none')), false);
    assert.equal(creditBefore(text, text.indexOf('The post')), false);
  });

  it('agrees with the expression on generated text', () => {
    const pieces = ['Credit', 'Photo', 'Photograph', 'Photos', 'edit', 'to', 'h', '…', '...', '..', '.', ':', ' ', '  ', '\n', 'Doug', 'x', '\u00a0'];
    let seed = 99;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const seen = new Set<boolean>();
    for (let k = 0; k < 5000; k++) {
      let text = '';
      const parts = 1 + rand(7);
      for (let p = 0; p < parts; p++) text += pieces[rand(pieces.length)];
      for (let at = 0; at <= text.length; at++) {
        const got = creditBefore(text, at);
        assert.equal(got, reference(text, at), JSON.stringify([text, at]));
        seen.add(got);
      }
    }
    assert.equal(seen.size, 2);
  });
});
