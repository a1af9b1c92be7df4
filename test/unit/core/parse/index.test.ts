import assert from 'node:assert/strict';
import { unified } from 'unified';
import { newsParser } from '../../../../src/core/parse';
import type { NewsRoot } from '../../../../src/core/parse/types';

describe('newsParser plugin', () => {
  it('makes unified parse text into a NewsRoot', () => {
    const tree = unified().use(newsParser).parse('Mr. Putin spoke.') as unknown as NewsRoot;
    assert.equal(tree.type, 'RootNode');
    assert.deepEqual(tree.tokens.map((t) => t.value), ['Mr', '.', 'Putin', 'spoke', '.']);
  });
});
