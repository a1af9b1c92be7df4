// Named days: their date in a given year (fixed, or computed like Thanksgiving and Easter).
import type { Ymd } from './calendar';
import { addDays, weekday } from './calendar';

export interface Holiday {
  /** Words that must follow the anchor word ("Day", "Eve"), or none. */
  tail: string[];
  /** The day in year y. */
  on: (y: number) => Ymd;
  /** Roughly when it falls, to pick the year nearest the publication date. */
  month: number;
  day: number;
}

const fixed = (m: number, d: number, tail: string[] = []): Holiday => ({ tail, on: (y) => ({ y, m, d }), month: m, day: d });

/** The n-th (1-based; -1 = last) given ISO weekday of a month. */
function nthWeekday(y: number, m: number, wd: number, n: number): Ymd {
  if (n > 0) {
    const first = { y, m, d: 1 };
    return addDays(first, ((wd - weekday(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = addDays(m === 12 ? { y: y + 1, m: 1, d: 1 } : { y, m: m + 1, d: 1 }, -1);
  return addDays(last, -((weekday(last) - wd + 7) % 7));
}

/** Western Easter Sunday (anonymous Gregorian computus). */
function easter(y: number): Ymd {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** Keyed by the lower-cased first word. */
export const HOLIDAYS: Record<string, Holiday[]> = {
  new: [
    fixed(1, 1, ['year', '’', 's', 'day']), fixed(1, 1, ['year', "'", 's', 'day']),
    fixed(12, 31, ['year', '’', 's', 'eve']), fixed(12, 31, ['year', "'", 's', 'eve']),
  ],
  christmas: [fixed(12, 24, ['eve']), fixed(12, 25, ['day']), fixed(12, 25)],
  thanksgiving: ['day', ''].map((w) => ({ tail: w ? [w] : [], on: (y: number) => nthWeekday(y, 11, 4, 4), month: 11, day: 25 })),
  easter: ['sunday', ''].map((w) => ({ tail: w ? [w] : [], on: easter, month: 4, day: 5 })),
  halloween: [fixed(10, 31)],
  valentine: [fixed(2, 14, ['’', 's', 'day']), fixed(2, 14, ["'", 's', 'day'])],
  independence: [fixed(7, 4, ['day'])],
  veterans: [fixed(11, 11, ['day'])],
  victory: [fixed(5, 9, ['day'])],
  memorial: [{ tail: ['day'], on: (y) => nthWeekday(y, 5, 1, -1), month: 5, day: 28 }],
  labor: [{ tail: ['day'], on: (y) => nthWeekday(y, 9, 1, 1), month: 9, day: 4 }],
  // US federal elections: the Tuesday after the first Monday of November
  election: [{ tail: ['day'], on: (y) => addDays(nthWeekday(y, 11, 1, 1), 1), month: 11, day: 5 }],
};
