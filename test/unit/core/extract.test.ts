import assert from 'node:assert/strict';
import { extract } from '../../../src/core/extract';
import { withoutDates } from '../../../src/core/extract/dates';

describe('extract pipeline', () => {
  it('returns one result object with the source name and every kind', () => {
    const r = extract('Hello world.', { source: 'a.txt', published: '2025-02-13' });
    assert.equal(r.source, 'a.txt');
    assert.equal(r.published, '2025-02-13');
    assert.equal(r.publishedSource, 'option');
    for (const k of ['actors', 'dates', 'quotes', 'claims'] as const) assert.ok(Array.isArray(r[k]));
  });

  it('named days are no actors: inside a date the dates plugin finds, or a one-word named day anywhere', () => {
    const text = 'Christmas came early. On Christmas Eve and on Memorial Day, the mayor of Halden spoke.';
    const r = extract(text, { published: '2025-02-13' });
    assert.deepEqual(r.actors.map((a) => `${a.text}/${a.type}`), ['Halden/place']);
    // "Christmas came early" is no date for the dates plugin ("Christmas shopping" neither).
    assert.deepEqual(r.dates.map((d) => d.text), ['Christmas Eve', 'Memorial Day']);
  });

  it('withoutDates drops actors inside a date, keeps those that only overlap one, and returns the same array when nothing is dropped', () => {
    const actor = (start: number, end: number) => ({ start, end, text: '', type: 'person' as const, entity: '' });
    const date = (start: number, end: number) => ({ start, end, text: '', value: null });
    const actors = [actor(0, 9), actor(20, 30), actor(32, 36), actor(40, 50)];
    // Dates in any order; [18, 37) holds two actors, [40, 45) only overlaps the last.
    assert.deepEqual(withoutDates(actors, [date(40, 45), date(18, 37)]), [actors[0], actors[3]]);
    assert.equal(withoutDates(actors, [date(0, 5), date(60, 70)]), actors);
  });
});
