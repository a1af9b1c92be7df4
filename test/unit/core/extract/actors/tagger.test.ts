import assert from 'node:assert/strict';
import { TAGS } from '../../../../../src/core/extract/actors/features';
import { tagSentence } from '../../../../../src/core/extract/actors/tagger';

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
