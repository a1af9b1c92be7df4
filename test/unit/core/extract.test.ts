import assert from 'node:assert/strict';
import { extract } from '../../../src/core/extract';

describe('extract pipeline', () => {
  it('returns one result object with the source name and every kind', () => {
    const r = extract('Hello world.', { source: 'a.txt', published: '2025-02-13' });
    assert.equal(r.source, 'a.txt');
    assert.equal(r.published, '2025-02-13');
    assert.equal(r.publishedSource, 'option');
    for (const k of ['actors', 'dates', 'quotes', 'claims'] as const) assert.ok(Array.isArray(r[k]));
  });
});
