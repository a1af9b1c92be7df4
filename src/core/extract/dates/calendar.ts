// Calendar arithmetic on plain year/month/day numbers (UTC, no time zones: an article's
// dates are calendar days, not instants) and the TIMEX3 value formats built from them.

export interface Ymd {
  y: number;
  /** 1-12 */
  m: number;
  /** 1-31 */
  d: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function parseYmd(iso: string | null | undefined): Ymd | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const r = { y: +m[1], m: +m[2], d: +m[3] };
  return isValidDay(r.y, r.m, r.d) ? r : null;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  // Common years by arithmetic; Date for the rest (it reads years 0-99 as 1900-1999).
  if (y >= 100 && y <= 9999 && Number.isInteger(y) && m >= 1 && m <= 12 && Number.isInteger(m)) {
    return m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : MONTH_DAYS[m - 1];
  }
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function toUtc(t: Ymd): Date {
  const date = new Date(Date.UTC(2000, t.m - 1, t.d));
  date.setUTCFullYear(t.y); // years below 100 must not be read as 19xx
  return date;
}

function fromUtc(date: Date): Ymd {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(t: Ymd, n: number): Ymd {
  const date = toUtc(t);
  date.setUTCDate(date.getUTCDate() + n);
  return fromUtc(date);
}

/** Adds months keeping the day when it exists (Mar 31 - 1 month = Feb 28). */
export function addMonths(t: Ymd, n: number): Ymd {
  const total = t.y * 12 + (t.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return { y, m, d: Math.min(t.d, daysInMonth(y, m)) };
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function weekday(t: Ymd): number {
  return toUtc(t).getUTCDay() || 7;
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(t: Ymd): { y: number; w: number } {
  const thursday = addDays(t, 4 - weekday(t));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const dayOfYear = Math.round((toUtc(thursday).getTime() - toUtc(jan1).getTime()) / 86400000);
  return { y: thursday.y, w: Math.floor(dayOfYear / 7) + 1 };
}

export const fmtYear = (y: number): string => (y < 0 ? '-' : '') + pad(Math.abs(y), 4);
export const fmtMonth = (y: number, m: number): string => `${fmtYear(y)}-${pad(m)}`;
export const fmtDay = (t: Ymd): string => `${fmtMonth(t.y, t.m)}-${pad(t.d)}`;

export function fmtWeek(t: Ymd, weekend = false): string {
  const { y, w } = isoWeek(t);
  return `${fmtYear(y)}-W${pad(w)}${weekend ? '-WE' : ''}`;
}

/** The given weekday (1-7) in the week of t, the one before it, or the one after it. */
export function weekdayNear(t: Ymd, wd: number, direction: 'past' | 'future'): Ymd {
  const diff = wd - weekday(t);
  if (direction === 'past') return addDays(t, diff <= 0 ? diff : diff - 7);
  return addDays(t, diff >= 0 ? diff : diff + 7);
}
