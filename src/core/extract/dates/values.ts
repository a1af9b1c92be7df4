// TIMEX3 values built from the publication day: durations (P3Y, PT2H), points a number of
// units away (2022, 2025-W05), this / last / next unit (2025-01, 2025-W06-WE), and the year
// of a month named without one.
import type { Unit } from './lexicon';
import { type Ymd, addDays, addMonths, fmtDay, fmtMonth, fmtWeek, fmtYear, weekday } from './calendar';

/**
 * The year of a month (and day) given without one: the occurrence nearest the publication
 * day, leaning to the past (news mostly reports), or the next one when the text points ahead.
 */
export function nearestYear(pub: Ymd, month: number, day: number, tense: 'future' | 'past' | null): number {
  const at = (y: number) => Date.UTC(y, month - 1, day);
  const now = Date.UTC(pub.y, pub.m - 1, pub.d);
  const past = at(pub.y) <= now ? pub.y : pub.y - 1;
  const next = at(pub.y) >= now ? pub.y : pub.y + 1;
  if (tense === 'future') return next;
  if (tense === 'past') return past;
  return now - at(past) <= 1.4 * (at(next) - now) ? past : next;
}

const UNIT_CODE: Record<Unit, string | null> = {
  S: 'T#S', MIN: 'T#M', H: 'T#H', D: '#D', W: '#W', WE: null, FN: '#W', M: '#M', Q: '#Q', Y: '#Y', DE: '#Y', CE: '#Y', GEN: null,
};
const UNIT_FACTOR: Partial<Record<Unit, number>> = { FN: 2, DE: 10, CE: 100 };

/** TIMEX3 duration: P3Y, P30D, PT2H; null for vague counts and units without a length. */
export function duration(n: number | null, u: Unit): string | null {
  const code = UNIT_CODE[u];
  if (n === null || code === null) return null;
  let amount = n * (UNIT_FACTOR[u] ?? 1);
  let c = code;
  if (!Number.isInteger(amount)) {
    // half an hour = PT30M, half a day = PT12H
    if (u === 'H') { amount *= 60; c = 'T#M'; } else if (u === 'D') { amount *= 24; c = 'T#H'; } else if (u === 'Y') { amount *= 12; c = '#M'; }
    amount = Math.round(amount * 100) / 100;
  }
  return 'P' + c.replace('#', String(amount));
}

/** The point n units away from the publication day, at the unit's granularity. */
export function offsetPoint(pub: Ymd, n: number, u: Unit): string | null {
  if (!Number.isInteger(n)) return null;
  switch (u) {
    case 'D': return fmtDay(addDays(pub, n));
    case 'W': return fmtWeek(addDays(pub, 7 * n));
    case 'FN': return fmtWeek(addDays(pub, 14 * n));
    case 'M': return fmtMonth(addMonths(pub, n).y, addMonths(pub, n).m);
    case 'Q': { const d = addMonths(pub, 3 * n); return `${fmtYear(d.y)}-Q${Math.floor((d.m - 1) / 3) + 1}`; }
    case 'Y': return fmtYear(pub.y + n);
    case 'DE': return fmtYear(pub.y + 10 * n);
    case 'CE': return fmtYear(pub.y + 100 * n).slice(0, 2);
    default: return null;
  }
}

/** This / last / next unit as a point: 2025-W07, 2025-01, 2026, 2025-W06-WE. */
export function unitPoint(pub: Ymd, u: Unit, shift: number, future: boolean): string | null {
  switch (u) {
    case 'D': return fmtDay(addDays(pub, shift));
    case 'W': return fmtWeek(addDays(pub, 7 * shift));
    case 'WE': {
      if (shift === 0 && !future && weekday(pub) < 6) return fmtWeek(addDays(pub, -7), true);
      return fmtWeek(addDays(pub, 7 * shift), true);
    }
    case 'M': { const d = addMonths(pub, shift); return fmtMonth(d.y, d.m); }
    case 'Q': { const d = addMonths(pub, 3 * shift); return `${fmtYear(d.y)}-Q${Math.floor((d.m - 1) / 3) + 1}`; }
    case 'Y': return fmtYear(pub.y + shift);
    case 'DE': return String(Math.floor(pub.y / 10) + shift);
    case 'CE': return String(Math.floor(pub.y / 100) + shift);
    default: return null;
  }
}
