import assert from 'node:assert/strict';
import { addMonths, fmtWeek, isoWeek, parseYmd, weekdayNear } from '../../../../../src/core/extract/dates/calendar';

describe('calendar', () => {
  const weeks: [day: string, week: string][] = [
    ['2025-02-13', '2025-W07'],
    ['2024-12-30', '2025-W01'], // ISO week-year differs from the calendar year
    ['2021-01-03', '2020-W53'],
    ['2026-01-01', '2026-W01'],
  ];
  for (const [day, week] of weeks) it(`${day} is in ${week}`, () => assert.equal(fmtWeek(parseYmd(day)!), week));

  it('isoWeek gives the week-numbering year', () => assert.deepEqual(isoWeek({ y: 2027, m: 1, d: 1 }), { y: 2026, w: 53 }));

  it('addMonths clamps to the end of shorter months and crosses years', () => {
    assert.deepEqual(addMonths({ y: 2025, m: 3, d: 31 }, -1), { y: 2025, m: 2, d: 28 });
    assert.deepEqual(addMonths({ y: 2025, m: 1, d: 15 }, -1), { y: 2024, m: 12, d: 15 });
  });

  it('weekdayNear finds the same day or the nearest one in the asked direction', () => {
    const thu = { y: 2025, m: 2, d: 13 };
    assert.deepEqual(weekdayNear(thu, 4, 'past'), thu);
    assert.deepEqual(weekdayNear(thu, 5, 'past'), { y: 2025, m: 2, d: 7 });
    assert.deepEqual(weekdayNear(thu, 3, 'future'), { y: 2025, m: 2, d: 19 });
  });

  it('parseYmd rejects impossible days', () => {
    assert.equal(parseYmd('2025-02-30'), null);
    assert.equal(parseYmd('not a date'), null);
  });
});
