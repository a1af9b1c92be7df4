import assert from 'node:assert/strict';
import { HOLIDAYS } from '../../../../../src/core/extract/dates/holidays';
import { fmtDay } from '../../../../../src/core/extract/dates/calendar';

describe('holidays', () => {
  const cases: [key: string, tail: string[], year: number, day: string][] = [
    ['easter', [], 2024, '2024-03-31'],
    ['easter', [], 2025, '2025-04-20'],
    ['thanksgiving', [], 2025, '2025-11-27'],
    ['election', ['day'], 2024, '2024-11-05'],
    ['election', ['day'], 2026, '2026-11-03'],
    ['memorial', ['day'], 2024, '2024-05-27'],
    ['labor', ['day'], 2025, '2025-09-01'],
    ['christmas', ['eve'], 2025, '2025-12-24'],
  ];
  for (const [key, tail, year, day] of cases) {
    it(`${key} ${tail.join(' ')} ${year} = ${day}`, () => {
      const h = HOLIDAYS[key].find((x) => x.tail.join(' ') === tail.join(' '));
      assert.ok(h);
      assert.equal(fmtDay(h.on(year)), day);
    });
  }
});
