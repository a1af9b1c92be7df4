import assert from 'node:assert/strict';
import { annotationId, entityId } from '../../../../src/core/sidecar';

describe('sidecar/ids', () => {
  const cases: [kind: 'actor' | 'date' | 'quote' | 'claim' | 'note', exact: string, occurrence: number, pattern: RegExp][] = [
    ['actor', 'Trump', 0, /^a-[0-9a-f]{6}$/],
    ['date', 'Monday', 0, /^d-[0-9a-f]{6}$/],
    ['quote', 'no', 0, /^q-[0-9a-f]{6}$/],
    ['claim', 'It rose 5%.', 0, /^c-[0-9a-f]{6}$/],
    ['note', 'x', 0, /^n-[0-9a-f]{6}$/],
  ];
  for (const [kind, exact, occurrence, pattern] of cases) {
    it(`${kind} ids are short, prefixed and deterministic`, () => {
      const id = annotationId(kind, exact, occurrence, new Set());
      assert.match(id, pattern);
      assert.equal(annotationId(kind, exact, occurrence, new Set()), id);
    });
  }

  it('differs by kind, text and occurrence', () => {
    const ids = new Set([annotationId('actor', 'Reyes', 0, new Set()), annotationId('actor', 'Reyes', 1, new Set()), annotationId('quote', 'Reyes', 0, new Set()), annotationId('actor', 'Reye', 0, new Set())]);
    assert.equal(ids.size, 4);
  });

  it('never returns a taken id (longer hash, then a counter)', () => {
    const first = annotationId('actor', 'Reyes', 0, new Set());
    const second = annotationId('actor', 'Reyes', 0, new Set([first]));
    assert.notEqual(second, first);
    assert.ok(second.startsWith(first));
    const taken = new Set<string>();
    for (let i = 0; i < 30; i++) taken.add(annotationId('actor', 'Reyes', 0, taken));
    assert.equal(taken.size, 30);
  });

  const entities: [string, string[], string][] = [
    ['Donald J. Trump', [], 'e-donald-j-trump'],
    ['Tomás Reyes', [], 'e-tomas-reyes'],
    ['Tomas Reyes', ['e-tomas-reyes'], 'e-tomas-reyes-2'],
    ['Tomas Reyes', ['e-tomas-reyes', 'e-tomas-reyes-2'], 'e-tomas-reyes-3'],
    ['北京', [], 'e-'],
  ];
  for (const [name, taken, expected] of entities) {
    it(`entity id for ${name}`, () => {
      const id = entityId(name, new Set(taken));
      if (expected === 'e-') assert.match(id, /^e-[0-9a-f]{6}$/);
      else assert.equal(id, expected);
    });
  }
});
