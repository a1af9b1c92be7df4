import assert from 'node:assert/strict';
import { duration, nearestYear, offsetPoint, unitPoint } from '../../../../../src/core/extract/dates/values';
import type { Unit } from '../../../../../src/core/extract/dates/lexicon';

const PUB = { y: 2025, m: 2, d: 13 }; // a Thursday in ISO week 7

describe('TIMEX3 values', () => {
  const durations: [n: number | null, u: Unit, v: string | null][] = [
    [30, 'D', 'P30D'], [2, 'H', 'PT2H'], [0.5, 'H', 'PT30M'], [90, 'MIN', 'PT90M'], [3, 'Y', 'P3Y'],
    [2, 'FN', 'P4W'], [2, 'DE', 'P20Y'], [1, 'CE', 'P100Y'], [null, 'W', null], [3, 'GEN', null],
  ];
  for (const [n, u, v] of durations) it(`duration(${n}, ${u}) = ${v}`, () => assert.equal(duration(n, u), v));

  const offsets: [n: number, u: Unit, v: string | null][] = [
    [-3, 'Y', '2022'], [-2, 'W', '2025-W05'], [-1, 'M', '2025-01'], [-2, 'M', '2024-12'], [1, 'D', '2025-02-14'], [-1, 'Q', '2024-Q4'], [-2, 'H', null],
  ];
  for (const [n, u, v] of offsets) it(`offsetPoint(${n} ${u}) = ${v}`, () => assert.equal(offsetPoint(PUB, n, u), v));

  const points: [u: Unit, shift: number, v: string][] = [
    ['W', 0, '2025-W07'], ['W', -1, '2025-W06'], ['WE', -1, '2025-W06-WE'], ['M', 1, '2025-03'], ['Y', -1, '2024'], ['Q', 0, '2025-Q1'], ['DE', -1, '201'],
  ];
  for (const [u, shift, v] of points) it(`unitPoint(${u}, ${shift}) = ${v}`, () => assert.equal(unitPoint(PUB, u, shift, false), v));

  it('unitPoint uses the ISO week-numbering year', () => assert.equal(unitPoint({ y: 2024, m: 12, d: 31 }, 'W', 0, false), '2025-W01'));

  it('nearestYear leans to the past, follows the tense when there is one', () => {
    assert.equal(nearestYear(PUB, 9, 15, null), 2024); // September, five months back
    assert.equal(nearestYear(PUB, 3, 1, null), 2025); // March 1, two weeks ahead
    assert.equal(nearestYear(PUB, 3, 1, 'past'), 2024);
    assert.equal(nearestYear(PUB, 1, 20, 'future'), 2026);
  });
});
