// Sort key for TIMEX3 values so a report can list dates chronologically. Points and periods sort
// by their first day; durations (P30D), sets and unknown values have no position in time.

const SEASON_MONTH: Record<string, number> = { WI: 1, SP: 3, SU: 6, FA: 9 };

/** Milliseconds since the epoch of the value's first day, or undefined when it is not a date. */
export function timexSortKey(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$/.exec(value);
  if (m) return Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1);
  m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) {
    // ISO week 1 holds January 4th; weeks start on Monday.
    const jan4 = Date.UTC(+m[1], 0, 4);
    const monday = jan4 - (((new Date(jan4).getUTCDay() + 6) % 7) * 86400000);
    return monday + (+m[2] - 1) * 7 * 86400000;
  }
  m = /^(\d{4})-(WI|SP|SU|FA)$/.exec(value);
  if (m) return Date.UTC(+m[1], SEASON_MONTH[m[2]] - 1, 1);
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return Date.UTC(+m[1], (+m[2] - 1) * 3, 1);
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return Date.UTC(+m[1], (+m[2] - 1) * 6, 1);
  m = /^(\d{3})X$/.exec(value); // decade
  if (m) return Date.UTC(+m[1] * 10, 0, 1);
  return undefined;
}
