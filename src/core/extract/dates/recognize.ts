// Finds temporal expressions and resolves their TIMEX3 values. Driven by anchor words
// (month and weekday names, time units, years, "daily" …): a hash lookup per token finds
// the anchors, then small rules grow each match left (modifiers, counts) and right (day,
// year, "ago"), never past the previous match or a line break.
import type { DateMention } from '../../model';
import { ANCHORS, APPROX_ONE, APPROX_TWO, COUNT_NOUNS, NUMBER_WORDS, OFFSET_WORDS, ORDINALS, PARTS_OF_DAY, STRETCH_MODIFIERS, TIMEZONES, VAGUE_COUNTS } from './lexicon';
import type { Anchor, Unit } from './lexicon';
import { Kind, TokenBuffers, Tokens, hashWord } from './tokens';
import { type Ymd, addDays, fmtDay, fmtMonth, fmtYear, isValidDay, parseYmd, weekdayNear } from './calendar';
import { duration, nearestYear, offsetPoint, unitPoint } from './values';
import { HOLIDAYS, type Holiday } from './holidays';
import { clauseTense, type Tense } from './tense';

interface Match {
  /** First token (inclusive). */
  s: number;
  /** Last token (exclusive). */
  e: number;
  value: string | null;
  /** A calendar day was named (month rules only): "Feb. 12" but not "February". */
  day?: boolean;
}

// (`letters`: the word is of a-z only, so a token is it when their characters match, capitals folded.)
const BY_HASH = new Map<number, { word: string; anchor: Anchor; letters: boolean }>();
for (const [word, anchor] of ANCHORS) BY_HASH.set(hashWord(word), { word, anchor, letters: /^[a-z]+$/.test(word) });

// The same table as open addressing over typed arrays: the per-word probe in the scan loop
// is the hottest line of the recognizer.
const SLOTS = 1024;
const slotHash = new Int32Array(SLOTS);
const slotUsed = new Uint8Array(SLOTS);
for (const h of BY_HASH.keys()) {
  let k = (h ^ (h >>> 13)) & (SLOTS - 1);
  while (slotUsed[k]) k = (k + 1) & (SLOTS - 1);
  slotHash[k] = h;
  slotUsed[k] = 1;
}

function maybeAnchor(h: number): boolean {
  let k = (h ^ (h >>> 13)) & (SLOTS - 1);
  while (slotUsed[k]) {
    if (slotHash[k] === h) return true;
    k = (k + 1) & (SLOTS - 1);
  }
  return false;
}

/** Last words of the APPROX_TWO phrases: no phrase is built for other words. */
const APPROX_SECOND = new Set([...APPROX_TWO].map((x) => x.slice(x.lastIndexOf(' ') + 1)));
const MONTH_CONTEXT = new Set(['in', 'since', 'until', 'till', 'by', 'of', 'from', 'to', 'through', 'during', 'before', 'after', 'early', 'late', 'mid', 'last', 'next', 'this', 'between', 'and', 'or', 'since', 'throughout', 'that', 'each', 'every', 'until', 'around']);
const YEAR_CONTEXT = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'of', 'to', 'through', 'during', 'before', 'after', 'between', 'and', 'circa', 'year', 'fiscal']);
const BARE_PLURAL_CONTEXT = new Set(['for', 'after', 'within', 'in', 'over', 'of', 'than', 'take', 'took', 'takes', 'taking', 'lasted', 'spent', 'spend', 'spending', 'last', 'lasting']);
const SET_BEFORE_A = new Set(['times', 'twice', 'once', 'thrice', 'percent', 'billion', 'million', 'thousand', 'hundred', 'dollars', 'hours', 'shifts', 'meals', 'miles', 'barrels']);
const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
const DAY_NAMED = new Set(['times', 'telegraph', 'mail', 'express', 'herald', 'mirror', 'post', 'star', 'independent', 'tribune', 'people', 'sport', 'school', 'league']);
const HOLIDAY_CONTEXT = new Set(['on', 'before', 'after', 'by', 'until', 'till', 'since', 'at', 'over', 'for', 'around', 'during', 'this', 'last', 'next', 'of', 'through', 'from', 'to', 'and', 'or']);
const VERB_BEFORE_LAST = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do', 'not', 'll', 'd']);
const TITLE_CASE_DETS = new Set(['this', 'next', 'last', 'past', 'coming', 'earlier', 'later', 'every', 'each', 'early', 'late']);
const COUNT_ADJECTIVES = new Set(['trading', 'business', 'working', 'calendar', 'consecutive', 'straight', 'more', 'additional', 'extra', 'further', 'full', 'long']);
const POINT_WRAPPERS = new Set(['end', 'beginning', 'start', 'middle', 'turn', 'rest', 'remainder', 'close', 'course', 'spring', 'summer', 'fall', 'autumn', 'winter']);

export function recognizeDates(text: string, published: string | null): DateMention[] {
  return new Recognizer(text, parseYmd(published)).run();
}

/**
 * Matches never cross a line break, so long texts are tokenized in pieces of about this many
 * characters cut at line breaks: small token tables stay in the processor cache.
 */
const CHUNK = 1 << 15;

/** The token arrays of every chunk of every text: one recognizer runs at a time (it is synchronous). */
const BUFFERS = new TokenBuffers();

class Recognizer {
  private t!: Tokens;
  /** Left growth may not reach below this token: it belongs to the previous match. */
  private floor = 0;
  private readonly out: DateMention[] = [];

  constructor(private readonly text: string, private readonly pub: Ymd | null) {}

  run(): DateMention[] {
    const text = this.text;
    for (let from = 0; from < text.length; ) {
      let to = from + CHUNK >= text.length ? -1 : text.indexOf('\n', from + CHUNK);
      to = to < 0 ? text.length : to + 1;
      // (A piece with no line break for long gets arrays of its own, not kept afterwards.)
      this.t = new Tokens(text, from, to, to - from <= 4 * CHUNK ? BUFFERS : undefined);
      this.floor = 0;
      this.scan();
      from = to;
    }
    return this.out;
  }

  private scan(): void {
    const t = this.t;
    const n = t.count;
    const kinds = t.kind;
    const hashes = t.hash;
    const starts = t.start;
    const ends = t.end;
    for (let i = 0; i < n; i++) {
      const k = kinds[i];
      if (k === Kind.Punct || i < this.floor) continue;
      let m: Match | null = null;
      const len = ends[i] - starts[i];
      if (k === Kind.Word) {
        if (len < 3 || len > 12 || !maybeAnchor(hashes[i])) continue;
        const entry = BY_HASH.get(hashes[i]);
        if (!entry || !(entry.letters ? t.isWord(i, entry.word) : entry.word === t.low(i))) continue;
        m = this.anchored(i, entry.anchor);
      } else if (k === Kind.Num) {
        if (len === 4) m = this.year(i);
        else if (len <= 2) m = this.clock(i);
      } else {
        m = this.mixed(i);
      }
      if (m) {
        this.emit(m);
        i = m.e - 1;
      }
    }
  }

  private emit(m: Match): void {
    const t = this.t;
    const start = t.start[m.s];
    const end = t.end[m.e - 1];
    this.out.push({ start, end, text: this.text.slice(start, end), value: m.value });
    this.floor = m.e;
  }

  private anchored(i: number, a: Anchor): Match | null {
    switch (a.t) {
      case 'month': return this.month(i, a.n, a.abbr);
      case 'weekday': return this.weekday(i, a.n, a.plural);
      case 'unit': return this.unit(i, a.u, a.plural);
      case 'rel': return this.relative(i, a.days);
      case 'season': return this.season(i, a.s);
      case 'freq': return this.t.isCapitalized(i) && !this.sentenceStart(i) ? null : { s: i, e: i + 1, value: a.value };
      case 'partOfDay': return this.partOfDay(i);
      case 'clock': return this.noon(i, a.hour);
      case 'decadeWord': return this.w(i - 1) === 'the' && this.canGrowLeft(i) ? this.growPoint({ s: i - 1, e: i + 1, value: a.value }) : null;
      case 'future': return this.future(i);
      case 'holiday': return this.holiday(i);
      case 'overnight': return { s: i, e: i + 1, value: this.pub ? fmtDay(addDays(this.pub, -1)) : null };
    }
  }

  // ---- token helpers --------------------------------------------------------------

  private w(i: number): string {
    return this.t.low(i);
  }

  /** Token i-1 may join a match that starts at i. */
  private canGrowLeft(i: number): boolean {
    return i - 1 >= this.floor && i < this.t.count && this.t.gap[i] !== 2;
  }

  private joined(i: number): boolean {
    return i > 0 && i < this.t.count && this.t.gap[i] === 0;
  }

  private spaced(i: number): boolean {
    return i < this.t.count && this.t.gap[i] === 1;
  }

  private sentenceStart(i: number): boolean {
    if (i === 0 || this.t.gap[i] === 2) return true;
    const p = this.t.raw(i - 1);
    return p === '.' || p === '!' || p === '?' || p === '“' || p === '"' || p === '—';
  }

  /**
   * A capitalized time word inside a name or a quoted title ("VOA Today", “This Week”), as
   * opposed to a headline in title case ("Talks Expected Next Week").
   */
  private inTitle(i: number): boolean {
    const t = this.t;
    if (!t.isCapitalized(i) || this.sentenceStart(i) || i === 0) return false;
    if (t.kind[i - 1] === Kind.Num) return /^['"‘“]$/.test(t.raw(i - 2)); // “60 Minutes”
    if (t.kind[i - 1] !== Kind.Word || !t.isCapitalized(i - 1)) return false;
    if (!TITLE_CASE_DETS.has(t.low(i - 1))) return true;
    const q = t.raw(i - 2);
    return q === '"' || q === '“' || q === '‘' || q === "'";
  }

  private dayAt(i: number): number | null {
    const t = this.t;
    if (i < 0 || i >= t.count) return null;
    if (t.kind[i] === Kind.Num && t.end[i] - t.start[i] <= 2) {
      const d = t.num(i);
      return d >= 1 && d <= 31 ? d : null;
    }
    if (t.kind[i] === Kind.Mixed) {
      const m = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(t.low(i));
      if (m && +m[1] >= 1 && +m[1] <= 31) return +m[1];
    }
    return null;
  }

  private yearAt(i: number): number | null {
    const t = this.t;
    if (i < 0 || i >= t.count || t.kind[i] !== Kind.Num || t.end[i] - t.start[i] !== 4) return null;
    const y = t.num(i);
    if (y < 1000 || y > 2199) return null;
    // Part of a longer number ("12,2014", "2014.5")?
    if ((t.is(i + 1, ',') || t.is(i + 1, '.')) && this.joined(i + 1) && t.kind[i + 2] === Kind.Num && this.joined(i + 2)) return null;
    return y;
  }

  private tense(s: number, e: number, deadline = false): Tense {
    return clauseTense(this.t, s, e, deadline);
  }

  private futureCue(s: number, e: number = s + 1): boolean {
    return this.tense(s, e) === 'future';
  }

  // ---- generic growth ---------------------------------------------------------------

  /** Grows a point in time left over "early", "late", "mid-", "earlier", "later" and "the end of". */
  private growPoint(m: Match): Match {
    let s = m.s;
    const t = this.t;
    for (;;) {
      if (!this.canGrowLeft(s)) break;
      const p = this.w(s - 1);
      if (p === 'early' || p === 'late' || p === 'earlier' || p === 'later' || p === 'mid' || p === 'pre' || p === 'post') {
        s--;
        continue;
      }
      if (t.is(s - 1, '-') && this.joined(s) && this.joined(s - 1) && /^(mid|pre|post|early|late)$/.test(this.w(s - 2))) {
        s -= 2;
        continue;
      }
      if (p === 'of' && this.canGrowLeft(s - 1) && POINT_WRAPPERS.has(this.w(s - 2)) && this.canGrowLeft(s - 2) && this.w(s - 3) === 'the') {
        if (!this.canGrowLeft(s - 2) || s - 3 < this.floor) break;
        s -= 3;
        continue;
      }
      if (p === 'of' && this.canGrowLeft(s - 1) && /^(first|second)$/.test(this.w(s - 3)) && this.w(s - 2) === 'half' && this.w(s - 4) === 'the' && s - 4 >= this.floor) {
        const half = this.w(s - 3) === 'first' ? 'H1' : 'H2';
        return { s: s - 4, e: m.e, value: m.value && /^\d{4}$/.test(m.value) ? `${m.value}-${half}` : m.value };
      }
      break;
    }
    return { s, e: m.e, value: m.value };
  }

  /** Part of day after a day ("Thursday morning", "yesterday evening"). */
  private partOfDayAfter(e: number): number {
    if (this.spaced(e) && PARTS_OF_DAY.has(this.w(e))) return e + 1;
    return e;
  }

  // ---- rules ------------------------------------------------------------------------

  private month(i: number, month: number, abbr: boolean): Match | null {
    const t = this.t;
    if (!t.isCapitalized(i)) return null;
    let e = i + 1;
    let s = i;
    if (abbr && t.is(e, '.') && this.joined(e)) e++;
    let day: number | null = null;
    let year: number | null = null;
    if (this.spaced(e) && (day = this.dayAt(e)) !== null && !(t.is(e + 1, ':') && this.joined(e + 1) && this.joined(e + 2) && t.kind[e + 2] === Kind.Num)) {
      e++;
      let k = e;
      if (t.is(k, ',') && this.joined(k)) k++;
      if (this.spaced(k) && (year = this.yearAt(k)) !== null) e = k + 1;
    } else {
      let k = e;
      if (t.is(k, ',') && this.joined(k) && this.yearAt(k + 1) !== null) k++;
      else if (this.w(k) === 'of' && this.spaced(k) && this.yearAt(k + 1) !== null) k++;
      if (this.spaced(k) && (year = this.yearAt(k)) !== null) e = k + 1;
    }
    let yearShift: number | null = null;
    if (year === null && this.spaced(e) && this.w(e + 1) === 'year' && /^(this|last|next)$/.test(this.w(e))) {
      // "January this year", "June last year"
      yearShift = { this: 0, last: -1, next: 1 }[this.w(e) as 'this' | 'last' | 'next'];
      e += 2;
    }
    if (day === null && this.canGrowLeft(i)) {
      // "13 February", "the 13th of February"
      if (this.w(i - 1) === 'of' && this.canGrowLeft(i - 1) && (day = this.dayAt(i - 2)) !== null && t.kind[i - 2] === Kind.Mixed) s = i - 2;
      else if ((day = this.dayAt(i - 1)) !== null && this.spaced(i)) s = i - 1;
      if (day !== null && s === i - 2 && this.w(s - 1) === 'the' && this.canGrowLeft(s)) s--;
    }
    if (day !== null && !isValidDay(year ?? 2000, month, day)) return null; // 2000: a leap year
    const prev = this.canGrowLeft(s) ? this.w(s - 1) : '';
    if (day === null && year === null && yearShift === null && (prev === 'each' || prev === 'every')) return { s: s - 1, e, value: `XXXX-${String(month).padStart(2, '0')}` };
    if (day === null && year === null) {
      if (abbr && e === i + 1) return null; // "Jan" alone is more often a name
      const word = this.w(i);
      if ((word === 'may' || word === 'march') && !MONTH_CONTEXT.has(prev) && !(t.is(s - 1, '-') && this.w(s - 2) === 'mid')) return null;
      // "April Ryan", "June Carter": a following capitalized name
      if (this.spaced(e) && t.kind[e] === Kind.Word && t.isCapitalized(e) && !BY_HASH.has(t.hash[e])) return null;
    }
    let value: string | null = null;
    let mode = '';
    if (day === null && /^(last|next|this|coming|past)$/.test(prev)) {
      mode = prev;
      s--;
    }
    if (year === null && yearShift !== null && this.pub) year = this.pub.y + yearShift;
    if (year !== null) value = day !== null ? fmtDay({ y: year, m: month, d: day }) : fmtMonth(year, month);
    else if (this.pub) {
      const p = this.pub;
      let y = p.y;
      if (mode === 'last' || mode === 'past') y = month < p.m ? p.y : p.y - 1;
      else if (mode === 'next' || mode === 'coming') y = month > p.m ? p.y : p.y + 1;
      else if (mode === 'this') y = p.y;
      else y = nearestYear(p, month, day ?? (month === p.m ? p.d : 15), this.tense(s, e, true));
      if (day !== null && !isValidDay(y, month, day)) value = null; // Feb. 29 outside a leap year
      else value = day !== null ? fmtDay({ y, m: month, d: day }) : fmtMonth(y, month);
    }
    const grown = this.growPoint({ s, e, value });
    return { s: grown.s, e: grown.e, value: grown.value, day: day !== null };
  }

  /** `tenseAt`: where the clause's tense is read from when the weekday follows a clock time
   * ("will close from 10 p.m. Friday": the time's own dots would cut the clause). */
  private weekday(i: number, wd: number, plural: boolean, tenseAt = -1): Match | null {
    const t = this.t;
    if (!t.isCapitalized(i)) return null;
    if (plural) return { s: i, e: i + 1, value: `XXXX-WXX-${wd}` };
    if (this.canGrowLeft(i) && /^(every|each)$/.test(this.w(i - 1))) return { s: i - 1, e: i + 1, value: `XXXX-WXX-${wd}` };
    let e = i + 1;
    // "Sunday Times", "Saturday Night Live": names, not days
    const next = this.spaced(e) && t.kind[e] === Kind.Word && t.isCapitalized(e) ? t.low(e) : '';
    if (DAY_NAMED.has(next) || (PARTS_OF_DAY.has(next) && this.spaced(e + 1) && t.kind[e + 1] === Kind.Word && t.isCapitalized(e + 1))) return null;
    // "Wednesday, Feb. 12, 2025": the date names the day
    let explicit: Match | null = null;
    let k = e;
    if (t.is(k, ',') && this.joined(k)) k++;
    const entry = this.spaced(k) ? BY_HASH.get(t.hash[k]) : undefined;
    if (entry && entry.anchor.t === 'month' && entry.word === this.w(k)) {
      const m = this.month(k, entry.anchor.n, entry.anchor.abbr);
      if (m && m.s === k && m.day) explicit = m;
    }
    if (explicit) e = explicit.e;
    e = this.partOfDayAfter(e);
    let s = i;
    let mode = '';
    if (this.canGrowLeft(s)) {
      const p = this.w(s - 1);
      if (/^(last|next|this|coming|past|previous|following|that)$/.test(p)) {
        mode = p;
        s--;
        if ((p === 'following' || p === 'previous' || p === 'coming' || p === 'past') && this.canGrowLeft(s) && /^(the|this)$/.test(this.w(s - 1))) {
          s--;
          if (p !== 'coming') mode = 'the ' + p;
        }
      }
    }
    let value: string | null = null;
    if (explicit) value = explicit.value;
    else if (this.pub && mode !== 'that' && !mode.startsWith('the ')) {
      const p = this.pub;
      let d: Ymd;
      if (mode === 'last' || mode === 'past' || mode === 'previous') d = weekdayNear(addDays(p, -1), wd, 'past');
      else if (mode === 'next' || mode === 'coming') d = weekdayNear(addDays(p, 1), wd, 'future');
      else if (mode === 'this') d = weekdayNear(p, wd, 'future');
      else d = weekdayNear(p, wd, this.futureCue(tenseAt >= 0 ? tenseAt : s, e) ? 'future' : 'past');
      value = fmtDay(d);
    }
    return this.growPoint({ s, e, value });
  }

  private relative(i: number, days: number): Match | null {
    if (this.inTitle(i)) return null;
    let e = i + 1;
    if (days !== 0 || this.w(i) !== 'tonight') e = this.partOfDayAfter(e);
    const value = this.pub ? fmtDay(addDays(this.pub, days)) : null;
    return this.growPoint({ s: i, e, value });
  }

  private partOfDay(i: number): Match | null {
    if (!this.canGrowLeft(i)) return null;
    const p = this.w(i - 1);
    if (this.w(i).endsWith('s')) return null;
    if (p === 'this') return this.growPoint({ s: i - 1, e: i + 1, value: this.pub ? fmtDay(this.pub) : null });
    if (p === 'last' && this.w(i) === 'night') return this.growPoint({ s: i - 1, e: i + 1, value: this.pub ? fmtDay(addDays(this.pub, -1)) : null });
    if (p === 'that' || ((p === 'next' || p === 'following' || p === 'same') && this.w(i - 2) === 'the')) {
      return { s: p === 'that' ? i - 1 : i - 2, e: i + 1, value: null };
    }
    return null;
  }

  private noon(i: number, hour: number): Match | null {
    const p = this.canGrowLeft(i) ? this.w(i - 1) : '';
    if (!/^(at|by|until|till|before|after|since|around|from|about|noon|midnight|to)$/.test(p)) return null;
    return this.timeWithDay(i, i + 1, hour, 0);
  }

  /** "Christmas", "Easter", "Election Day", "Valentine’s Day", "last Thanksgiving". */
  private holiday(i: number): Match | null {
    const t = this.t;
    if (!t.isCapitalized(i)) return null;
    const options = HOLIDAYS[this.w(i)];
    let chosen: Holiday | undefined;
    let e = i + 1;
    for (const h of options) {
      if (h.tail.every((w, k) => this.w(i + 1 + k) === w && (k > 0 || this.canGrowLeft(i + 1)) && (w.length > 1 || this.joined(i + 1 + k)))) {
        chosen = h;
        e = i + 1 + h.tail.length;
        break;
      }
    }
    if (!chosen) return null;
    let s = i;
    const p = this.canGrowLeft(i) ? this.w(i - 1) : '';
    // "Christmas shopping" is not a date; "on Christmas", "Christmas Day", "last Easter" are
    if (chosen.tail.length === 0 && !HOLIDAY_CONTEXT.has(p) && t.kind[e] === Kind.Word && !t.isCapitalized(e)) return null;
    let year = this.spaced(e) ? this.yearAt(e) : null;
    if (year !== null) e++;
    let mode = '';
    if (/^(last|next|this)$/.test(p)) {
      mode = p;
      s--;
    }
    let value: string | null = null;
    if (year === null && this.pub) {
      const near = nearestYear(this.pub, chosen.month, chosen.day, mode === 'last' ? 'past' : mode === 'next' ? 'future' : this.tense(s, e, true));
      year = mode === 'this' ? this.pub.y : near;
    }
    if (year !== null) value = fmtDay(chosen.on(year));
    return { s, e, value };
  }

  private future(i: number): Match | null {
    if (!this.canGrowLeft(i) || this.w(i - 2) !== 'the' || !/^(foreseeable|near|distant|immediate|not-too-distant)$/.test(this.w(i - 1))) return null;
    if (i - 2 < this.floor) return null;
    return { s: i - 2, e: i + 1, value: null };
  }

  private season(i: number, season: 'SP' | 'SU' | 'FA' | 'WI'): Match | null {
    const t = this.t;
    if (t.isCapitalized(i) && !this.sentenceStart(i)) return null; // Arab Spring, Donna Summer
    let e = i + 1;
    let year: number | null = null;
    if (this.w(e) === 'of' && this.spaced(e) && (year = this.yearAt(e + 1)) !== null && this.spaced(e + 1)) e += 2;
    else if (this.spaced(e) && (year = this.yearAt(e)) !== null) e++;
    let s = i;
    const p = this.canGrowLeft(s) ? this.w(s - 1) : '';
    let mode = '';
    if (/^(last|next|this|past|coming|early|late)$/.test(p)) {
      mode = p;
      s--;
      if (this.canGrowLeft(s) && /^(the|this)$/.test(this.w(s - 1))) s--;
    } else if (p === 'the') {
      const before = this.canGrowLeft(s - 1) ? this.w(s - 2) : '';
      const noun = season === 'FA' || season === 'SP';
      // "the fall of Kabul" or "the fall in prices" are not seasons
      if (year === null && noun && (this.w(e) === 'of' || this.w(e) === 'in' || !/^(in|by|until|during|through|since|over|for|till)$/.test(before))) return null;
      s--;
    } else if (year === null) {
      if (season === 'FA' || season === 'SP') return null;
      if (!/^(in|during|over|by|until|through|since|all|each|every)$/.test(p)) return null;
    }
    let value: string | null = null;
    const start = { SP: 3, SU: 6, FA: 9, WI: 12 }[season];
    if (year !== null) value = `${year}-${season}`;
    else if (this.pub) {
      const p = this.pub;
      let y = p.y;
      if (mode === 'last' || mode === 'past') y = start + 2 < p.m ? p.y : p.y - 1;
      else if (mode === 'next' || mode === 'coming') y = start > p.m ? p.y : p.y + 1;
      else if (mode === 'this') y = season === 'WI' && p.m <= 2 ? p.y - 1 : p.y;
      else {
        // "in the fall", "this winter": the nearest such season, by its middle month
        const middle = start === 12 ? 1 : start + 1;
        y = nearestYear(p, middle, 15, this.tense(s, e, true)) - (start === 12 ? 1 : 0);
      }
      value = `${fmtYear(y)}-${season}`;
    }
    return this.growPoint({ s, e, value });
  }

  private clock(i: number): Match | null {
    const t = this.t;
    // Most short numbers are not clock times: check the next character before any work.
    if (i + 1 >= t.count) return null;
    const c = this.text.charCodeAt(t.start[i + 1]);
    const lower = c | 32;
    if (c !== 58 && lower !== 97 && lower !== 112 && lower !== 111) return null; // ':', a(.m.), p(.m.), o('clock)
    const hour = t.num(i);
    if (!(hour >= 0 && hour <= 24)) return null;
    let e = i + 1;
    let minute = 0;
    let hasMinutes = false;
    if (t.is(e, ':') && this.joined(e) && this.joined(e + 1) && t.kind[e + 1] === Kind.Num && t.end[e + 1] - t.start[e + 1] === 2) {
      minute = t.num(e + 1);
      if (minute > 59) return null;
      hasMinutes = true;
      e += 2;
    }
    let h = hour;
    let marked = false;
    const ap = this.w(e);
    if ((ap === 'a' || ap === 'p') && t.is(e + 1, '.') && this.w(e + 2) === 'm' && this.joined(e + 1) && this.joined(e + 2)) {
      marked = true;
      e += t.is(e + 3, '.') && this.joined(e + 3) ? 4 : 3;
    } else if ((ap === 'am' || ap === 'pm') && (this.spaced(e) || this.joined(e))) {
      marked = true;
      e++;
    } else if (ap === 'o' && this.w(e + 2) === 'clock') {
      marked = true;
      e += 3;
    }
    if (marked && hour > 12) return null;
    if (ap === 'p' || ap === 'pm') h = hour === 12 ? 12 : hour + 12;
    else if ((ap === 'a' || ap === 'am') && hour === 12) h = 0;
    if (this.spaced(e) && TIMEZONES.has(this.w(e)) && t.isCapitalized(e)) {
      e++;
      marked = true;
    }
    if (!marked && !(hasMinutes && this.canGrowLeft(i) && /^(at|by|until|till|from|before|after|around)$/.test(this.w(i - 1)))) return null;
    return this.timeWithDay(i, e, h, minute);
  }

  private timeWithDay(s: number, e: number, hour: number, minute: number): Match {
    let day = this.pub ? fmtDay(this.pub) : null;
    // "3 p.m. Thursday" is one expression; "3 p.m. local time on Sunday" and "Monday at
    // 9:30 a.m." are two, but the time still falls on that day.
    let k = e;
    if (this.t.is(k, ',') && this.joined(k)) k++;
    const joinable = k;
    while (k < joinable + 3 && /^(on|local|time|et|gmt|utc)$/.test(this.w(k)) && this.t.gap[k] !== 2) k++;
    const entry = this.spaced(k) ? BY_HASH.get(this.t.hash[k]) : undefined;
    const a = entry && entry.word === this.w(k) ? entry.anchor : undefined;
    const previous = this.out[this.out.length - 1];
    if (a && (a.t === 'weekday' || a.t === 'rel' || a.t === 'month')) {
      const m = a.t === 'weekday' ? this.weekday(k, a.n, false, s) : a.t === 'rel' ? this.relative(k, a.days) : this.month(k, a.n, a.abbr);
      if (m && m.s === k && (a.t !== 'month' || m.day)) {
        if (k === joinable) e = m.e;
        day = m.value;
      }
    } else if (previous && /^\d{4}-\d{2}-\d{2}$/.test(previous.value ?? '') && this.w(s - 1) === 'at' && s - 2 >= 0 && this.t.end[s - 2] === previous.end) {
      day = previous.value;
    }
    const hh = String(hour).padStart(2, '0');
    const mm = String(minute).padStart(2, '0');
    return { s, e, value: day ? `${day.slice(0, 10)}T${hh}:${mm}` : null };
  }

  private mixed(i: number): Match | null {
    const low = this.w(i);
    let m: RegExpExecArray | null;
    if ((m = /^(\d|\d{3})0s$/.exec(low))) {
      let s = i;
      let digits = m[1];
      if (digits.length === 1) {
        // "the '90s"; without the apostrophe "in his 70s" is an age
        if (!(this.t.is(i - 1, '\'') || this.t.is(i - 1, '’')) || !this.joined(i)) return null;
        digits = (+digits > 2 ? '19' : '20') + digits;
        s = i - 1;
      }
      if (this.canGrowLeft(s) && this.w(s - 1) === 'the') s--;
      else if (this.canGrowLeft(s) && /^(early|late|mid)$/.test(this.w(s - 1)) && this.w(s - 2) === 'the' && s - 2 >= this.floor) s -= 2;
      return this.growPoint({ s, e: i + 1, value: digits });
    }
    if ((m = /^(\d{1,2})(am|pm)$/.exec(low))) {
      let h = +m[1];
      if (h < 1 || h > 12) return null;
      if (m[2] === 'pm' && h !== 12) h += 12;
      if (m[2] === 'am' && h === 12) h = 0;
      return this.timeWithDay(i, i + 1, h, 0);
    }
    if ((m = /^q([1-4])$/.exec(low)) && this.t.isCapitalized(i)) {
      let e = i + 1;
      let year: number | null = null;
      if (this.spaced(e) && (year = this.yearAt(e)) !== null) e++;
      const y = year ?? this.pub?.y;
      return { s: i, e, value: y === undefined ? null : `${fmtYear(y)}-Q${m[1]}` };
    }
    return null;
  }

  private year(i: number): Match | null {
    const t = this.t;
    const y = this.yearAt(i);
    if (y === null) return null;
    // ISO 2025-02-13 / 2025/02/13
    for (const sep of ['-', '/']) {
      if (t.is(i + 1, sep) && t.is(i + 3, sep) && this.joined(i + 1) && this.joined(i + 2) && this.joined(i + 3) && this.joined(i + 4)) {
        const mo = t.num(i + 2);
        const d = t.num(i + 4);
        if (t.end[i + 4] - t.start[i + 4] <= 2 && isValidDay(y, mo, d)) return { s: i, e: i + 5, value: fmtDay({ y, m: mo, d }) };
      }
    }
    // 2/13/2025, 13.02.2025
    for (const sep of ['/', '.']) {
      if (t.is(i - 1, sep) && t.is(i - 3, sep) && this.joined(i) && this.joined(i - 1) && this.joined(i - 2) && this.joined(i - 3) && i - 4 >= this.floor) {
        const a = t.num(i - 4);
        const b = t.num(i - 2);
        if (t.end[i - 4] - t.start[i - 4] > 2 || t.end[i - 2] - t.start[i - 2] > 2) continue;
        const [mo, d] = sep === '/' && a <= 12 ? [a, b] : [b, a];
        if (isValidDay(y, mo, d)) return { s: i - 4, e: i + 1, value: fmtDay({ y, m: mo, d }) };
      }
    }
    const prevTok = i > 0 ? t.raw(i - 1) : '';
    if (prevTok === '$' || prevTok === '€' || prevTok === '£' || prevTok === '#' || prevTok === '№') return null;
    if (t.is(i - 1, ',') && this.joined(i) && t.kind[i - 2] === Kind.Num) return null;
    if (this.joined(i) && t.is(i - 1, '-') && t.kind[i - 2] === Kind.Num && t.end[i - 2] - t.start[i - 2] !== 4) return null;
    if (t.is(i + 1, '%') || (t.is(i + 1, '-') && this.joined(i + 1) && this.w(i + 2) === 'year')) return null;
    const next = this.spaced(i + 1) ? this.w(i + 1) : '';
    if (COUNT_NOUNS.has(next) || TIMEZONES.has(next) || next === 'hours' || next === 'hrs') return null;
    const prev = this.canGrowLeft(i) ? this.w(i - 1) : '';
    if (prev === 'no' || prev === 'number' || prev === 'flight' || prev === 'route' || prev === 'room') return null;
    if ((y < 1900 || y > 2100) && !YEAR_CONTEXT.has(prev)) return null;
    let s = i;
    if (prev === 'fiscal') s--;
    else if (prev === 'year' && this.canGrowLeft(i - 1) && this.w(i - 2) === 'the') s -= 2;
    else if (prev === 'year' && this.canGrowLeft(i - 1) && this.w(i - 2) === 'fiscal') s -= 2;
    if (this.w(i - 1) === 'the' && this.canGrowLeft(i) && i - 1 >= this.floor && this.spaced(i + 1)) {
      // "the 1988 period", "the 1988 second quarter"
      const q = ORDINALS[this.w(i + 1)];
      if (q >= 1 && q <= 4 && this.w(i + 2) === 'quarter') return { s: i - 1, e: i + 3, value: `${fmtYear(y)}-Q${q}` };
      if (/^(period|quarter|season)$/.test(this.w(i + 1))) return { s: i - 1, e: i + 2, value: fmtYear(y) };
    }
    return this.growPoint({ s, e: i + 1, value: fmtYear(y) });
  }

  private unit(i: number, u: Unit, plural: boolean): Match | null {
    const t = this.t;
    // Compounds glued by hyphens on the right: "year-on-year", "year-end", "year-earlier", "-old"
    if (t.is(i + 1, '-') && this.joined(i + 1) && this.joined(i + 2)) {
      const r = this.w(i + 2);
      if (r === 'old') return null;
      if ((r === 'on' || r === 'over' || r === 'to') && t.is(i + 3, '-') && this.w(i + 4) === this.w(i) && this.joined(i + 4)) {
        return { s: i, e: i + 5, value: duration(1, u) };
      }
      if (u === 'Y' && (r === 'earlier' || r === 'ago') && !plural) return this.yearAgoPeriod(i);
      if (u === 'Y' && r === 'end' && !plural) return { s: i, e: i + 3, value: this.pub ? fmtYear(this.pub.y) : null };
    }
    if (this.w(i + 1) === 'old' && this.spaced(i + 1)) return null;
    if (this.inTitle(i)) return null;
    if (!plural && /^(over|on|to)$/.test(this.w(i + 1)) && this.spaced(i + 1) && this.w(i + 2) === this.w(i) && this.spaced(i + 2)) {
      return { s: i, e: i + 3, value: duration(1, u) }; // "year over year", "month on month"
    }
    if (t.is(i + 1, '-') && this.joined(i + 1) && this.joined(i + 2)) {
      const r = this.w(i + 2);
      // "a quarter-century ago": 25 years
      if (u === 'Q' && !plural && r === 'century') return this.quarterCentury(i);
      // "week-long", "two-year-long", "decades-long"
      if (r === 'long' && plural) return { s: i, e: i + 3, value: null };
      if (r === 'long' && !plural) {
        const c = t.is(i - 1, '-') && this.joined(i) && this.joined(i - 1) ? this.countLeft(i - 2, true) : null;
        return { s: c ? c.s : i, e: i + 3, value: duration(c ? c.n : 1, u) };
      }
    }
    if (!this.canGrowLeft(i)) return null;

    // Hyphenated adjective "30-day", "two-hour", "five-year", "third-quarter"
    if (t.is(i - 1, '-') && this.joined(i) && this.joined(i - 1) && !plural) {
      if (u === 'Q') {
        const q = ORDINALS[this.w(i - 2)];
        if (q >= 1 && q <= 4) return this.quarter(i - 2, i + 1, q);
        return null;
      }
      if (t.is(i + 1, '-') && this.joined(i + 1) && this.w(i + 2) === 'old') return null;
      const c = this.countLeft(i - 2, true);
      if (!c) return null;
      return { s: c.s, e: i + 1, value: duration(c.n, u) };
    }

    if (u === 'Q') {
      const q = ORDINALS[this.w(i - 1)];
      if (q >= 1 && q <= 4) return this.quarter(i - 1, i + 1, q);
    }
    if (u === 'CE' && !plural) {
      const n = ORDINALS[this.w(i - 1)];
      if (n) {
        let s = i - 1;
        if (this.canGrowLeft(s) && this.w(s - 1) === 'the') s--;
        return this.growPoint({ s, e: i + 1, value: String(n - 1).padStart(2, '0') });
      }
    }

    // every / each / per + unit: a set
    let p = this.w(i - 1);
    if ((p === 'every' || p === 'each' || p === 'per') && !plural) return { s: i - 1, e: i + 1, value: duration(1, u) };
    // "eight trading days", "two more weeks", "an additional year"
    let j = i - 1;
    if (COUNT_ADJECTIVES.has(p) && this.canGrowLeft(j)) j--;
    const c = this.countLeft(j, false);
    if (c) {
      // "a second view", "a quarter of the seats", "a weekend performance": not lengths of time
      if (!plural && (u === 'S' || u === 'WE') && (c.word === 'a' || c.word === 'an')) return null;
      if (u === 'Q' && this.w(i + 1) === 'of' && this.yearAt(i + 2) === null) return null;
      let s = c.s;
      let e = i + 1;
      // right: "ago", "later", "earlier", "from now"
      const r = this.spaced(e) ? this.w(e) : '';
      if (OFFSET_WORDS.has(r) || (r === 'from' && this.w(e + 1) === 'now')) {
        const sign = r === 'ago' || r === 'earlier' ? -1 : 1;
        e += r === 'from' ? 2 : 1;
        const range = this.rangeLeft(s);
        if (range !== null) return { s: this.growCountLeft(range, false), e, value: null };
        s = this.growCountLeft(s, false);
        // "three hours later" counts from a moment of the story, not from publication
        if (r === 'later') return { s, e, value: null };
        return { s, e, value: c.n === null || !this.pub ? null : offsetPoint(this.pub, sign * c.n, u) };
      }
      if (c.word === 'a' || c.word === 'an') {
        const before = c.s - 1 >= this.floor ? this.w(c.s - 1) : '';
        if (!plural && (SET_BEFORE_A.has(before) || t.kind[c.s - 1] === Kind.Num || t.is(c.s - 1, '%'))) {
          return { s: c.s, e: i + 1, value: duration(1, u) };
        }
      }
      if (t.kind[c.s] === Kind.Num && t.end[c.s] - t.start[c.s] === 4 && !plural) return null; // "2014 year"
      if (c.word === 'a' && this.w(c.s - 1) === 'of' && this.w(c.s - 2) === 'quarter' && (u === 'CE' || u === 'Y' || u === 'DE')) {
        // "a quarter of a century"
        let q = c.s - 2;
        if (this.w(q - 1) === 'a' && q - 1 >= this.floor) q--;
        return { s: this.growCountLeft(q, true), e, value: duration(0.25, u) };
      }
      if (this.w(e) === 'old' || (this.w(e) === 'of' && this.w(e + 1) === 'age')) return null;
      const range = this.rangeLeft(s);
      if (range !== null) return { s: this.growCountLeft(range, true), e, value: null };
      s = this.growCountLeft(s, true);
      return { s, e, value: duration(c.n, u) };
    }

    // No count: "last month", "this week", "the past year", "recent days", "after weeks of"
    let s = i;
    let det = '';
    if ((p === 'fiscal' || p === 'full' || p === 'calendar') && u === 'Y' && !plural && this.canGrowLeft(i - 1)) {
      s--;
      p = this.w(s - 1);
      if (p === 'the') p = 'the current';
    }
    if (p === 'the current' && this.w(s - 1) === 'the') {
      det = p;
      s--;
    } else if (/^(this|last|next|past|previous|coming|current|following|same|that|recent|latest|opening|final|early|first)$/.test(p)) {
      det = p;
      s--;
      if (this.canGrowLeft(s) && /^(the|this)$/.test(this.w(s - 1)) && s - 1 >= this.floor) {
        s--;
        det = this.w(s) + ' ' + det;
      }
    } else if (p === 'the' && !plural) {
      det = 'the';
      s--;
    } else if (p === 'the' && plural && this.spaced(i + 1) && this.w(i + 1) === 'ahead') {
      return { s: i - 1, e: i + 2, value: null }; // "the weeks ahead"
    }
    if (det === '') {
      if (!plural || u === 'S' || u === 'Q') return null;
      if (this.spaced(i + 1) && OFFSET_WORDS.has(this.w(i + 1))) return { s: this.growCountLeft(i, false), e: i + 2, value: null }; // "weeks ago", "days later"
      if (this.w(i + 1) === 'or' && this.spaced(i + 2) && ANCHORS.get(this.w(i + 2))?.t === 'unit' && BARE_PLURAL_CONTEXT.has(p)) return { s: i, e: i + 3, value: null };
      if (BARE_PLURAL_CONTEXT.has(p)) return { s: i, e: i + 1, value: null };
      return null;
    }
    p = det;
    if (plural) {
      if (/^(recent|coming|the coming|the past|the last|the next|the following|the previous|the first|the final|the opening|the early|the same|the latest|last|next|past)$/.test(det)) {
        return { s, e: i + 1, value: null };
      }
      return null;
    }
    if (/^(recent|early|first|opening|final|latest|the first|the opening|the final|the early)$/.test(det)) return null;
    let shift: number | null;
    if (/^(this|current|the current|this coming)$/.test(det)) shift = 0;
    else if (/^(last|past|previous|the last|the past|this past)$/.test(det)) shift = -1;
    else if (/^(next|coming|the coming)$/.test(det)) shift = 1;
    else shift = null; // "that day", "the following year", "the next day": relative to the story
    if (u === 'Q' && (det === 'the' || det === 'the latest')) shift = -1; // results season: the quarter just ended
    if (det === 'the') {
      // Bare "the week" is too vague, except for the weekend, the quarter and "the end of the year"
      const wrapped = this.w(s - 1) === 'of' && POINT_WRAPPERS.has(this.w(s - 2)) && this.w(s - 3) === 'the';
      if (wrapped && (u === 'Y' || u === 'M' || u === 'W' || u === 'DE' || u === 'CE')) shift = 0;
      else if (u !== 'WE' && u !== 'Q') return null;
      else if (u === 'WE') shift = 0;
    }
    if (det.startsWith('the ') && (u === 'H' || u === 'MIN') && (det === 'the last' || det === 'the past' || det === 'the next')) {
      return { s, e: i + 1, value: duration(1, u) };
    }
    if (shift !== null && (u === 'H' || u === 'MIN' || u === 'S' || u === 'GEN' || u === 'FN')) return null;
    let value: string | null = null;
    if (shift !== null && this.pub) value = unitPoint(this.pub, u, shift, det === 'the' && u === 'WE' ? this.futureCue(s) : false);
    if (u === 'Y' && (this.t.is(i + 1, '’') || this.t.is(i + 1, "'"))) {
      // "this year's third quarter", "last year's quarter"
      const q = this.possessiveQuarter(i + 1, value);
      if (q) return { s, e: q.e, value: q.value };
    }
    return this.growPoint({ s, e: i + 1, value });
  }

  private quarterCentury(i: number): Match | null {
    const c = this.countLeft(i - 1, false);
    const n = c && c.n !== null ? c.n * 25 : null;
    let s = c ? c.s : i;
    let e = i + 3;
    const r = this.spaced(e) ? this.w(e) : '';
    if (OFFSET_WORDS.has(r)) {
      e++;
      const sign = r === 'ago' || r === 'earlier' ? -1 : 1;
      return { s: this.growCountLeft(s, false), e, value: n === null || !this.pub ? null : offsetPoint(this.pub, sign * n, 'Y') };
    }
    if (!c) return null;
    s = this.growCountLeft(s, true);
    return { s, e, value: duration(n, 'Y') };
  }

  /** "'s third quarter" after a year: the quarter of that year. */
  private possessiveQuarter(k: number, year: string | null): { e: number; value: string | null } | null {
    if (!this.joined(k) || !this.joined(k + 1) || this.w(k + 1) !== 's') return null;
    let e = k + 2;
    const q = ORDINALS[this.w(e)];
    if (q >= 1 && q <= 4 && this.w(e + 1) === 'quarter') return { e: e + 2, value: year && /^\d{4}$/.test(year) ? `${year}-Q${q}` : null };
    if (this.w(e) === 'quarter') return { e: e + 1, value: null };
    return null;
  }

  /** "year-ago", "the year-earlier quarter", "the comparable year-ago third quarter". */
  private yearAgoPeriod(i: number): Match {
    let s = i;
    let e = i + 3;
    let q: number | undefined;
    if (this.spaced(e) && ORDINALS[this.w(e)] <= 4 && this.w(e + 1) === 'quarter') {
      q = ORDINALS[this.w(e)];
      e += 2;
    } else if (this.spaced(e) && /^(quarter|period)$/.test(this.w(e))) e++;
    if (e > i + 3) {
      if (this.canGrowLeft(s) && /^(comparable|corresponding)$/.test(this.w(s - 1))) s--;
      if (this.canGrowLeft(s) && this.w(s - 1) === 'the') s--;
    }
    const y = this.pub ? this.pub.y - 1 : null;
    return { s, e, value: y === null ? null : q ? `${fmtYear(y)}-Q${q}` : fmtYear(y) };
  }

  private quarter(s: number, e: number, q: number): Match | null {
    let year: number | null = null;
    let yearShift = 0;
    if (this.w(e) === 'of' && this.spaced(e)) {
      if ((year = this.yearAt(e + 1)) !== null) e += 2;
      else if (/^(this|last|next)$/.test(this.w(e + 1)) && this.w(e + 2) === 'year') {
        yearShift = { this: 0, last: -1, next: 1 }[this.w(e + 1) as 'this' | 'last' | 'next'];
        e += 3;
      }
    }
    if (this.canGrowLeft(s)) {
      const p = this.w(s - 1);
      if (p === 'fiscal' && this.canGrowLeft(s - 1)) s--;
      if (/^(the|this|last|next)$/.test(this.w(s - 1)) && this.canGrowLeft(s)) {
        if (this.w(s - 1) === 'last') yearShift = -1;
        s--;
      }
      if (this.yearAt(s - 1) !== null && this.canGrowLeft(s)) year = this.yearAt(--s);
    }
    let y = year;
    if (y === null && this.pub) {
      const current = Math.floor((this.pub.m - 1) / 3) + 1;
      y = this.pub.y + yearShift;
      if (yearShift === 0 && q > current && !this.futureCue(s)) y--;
    }
    return { s, e, value: y === null ? null : `${fmtYear(y)}-Q${q}` };
  }

  /** A count ending at token j: digits, number words, "a", "a couple of", "a few". */
  private countLeft(j: number, hyphenated: boolean): { s: number; n: number | null; word: string } | null {
    const t = this.t;
    if (j < this.floor || j < 0) return null;
    if (!hyphenated && !this.spaced(j + 1)) return null;
    if (t.kind[j] === Kind.Num) {
      let n = t.num(j);
      let s = j;
      if ((t.is(j - 1, '.') || t.is(j - 1, ',')) && this.joined(j) && this.joined(j - 1) && t.kind[j - 2] === Kind.Num && j - 2 >= this.floor) {
        n = t.is(j - 1, '.') ? Number(`${t.raw(j - 2)}.${t.raw(j)}`) : Number(t.raw(j - 2) + t.raw(j));
        s = j - 2;
      }
      if (s - 1 >= 0 && (t.raw(s - 1) === '$' || t.raw(s - 1) === '€' || t.raw(s - 1) === '£') && this.joined(s)) return null;
      return { s, n, word: '' };
    }
    if (t.kind[j] !== Kind.Word) return null;
    const w = this.w(j);
    if (w in NUMBER_WORDS) {
      let n = NUMBER_WORDS[w];
      let s = j;
      if (n < 10 && t.is(j - 1, '-') && this.joined(j) && this.joined(j - 1) && NUMBER_WORDS[this.w(j - 2)] >= 20 && j - 2 >= this.floor) {
        n += NUMBER_WORDS[this.w(j - 2)];
        s = j - 2;
      } else if (n < 10 && this.canGrowLeft(j) && this.spaced(j) && TENS.has(this.w(j - 1))) {
        n += NUMBER_WORDS[this.w(j - 1)]; // "twenty four hours"
        s = j - 1;
      }
      if ((w === 'hundred' || w === 'dozen') && this.canGrowLeft(s)) {
        const m = NUMBER_WORDS[this.w(s - 1)];
        if (m !== undefined && m < 100) {
          n = m * n;
          s--;
        }
      }
      if ((w === 'a' || w === 'an') && this.canGrowLeft(s) && this.w(s - 1) === 'half') return { s: s - 1, n: 0.5, word: w };
      if (w === 'single' && this.canGrowLeft(s) && this.w(s - 1) === 'a') s--;
      return { s, n, word: w };
    }
    if (VAGUE_COUNTS.has(w)) {
      let s = j;
      if (w === 'few' && this.canGrowLeft(s) && this.w(s - 1) === 'a') s--;
      return { s, n: null, word: w };
    }
    if (w === 'of' && this.canGrowLeft(j) && this.w(j - 1) === 'couple') {
      let s = j - 1;
      if (this.canGrowLeft(s) && this.w(s - 1) === 'a') s--;
      return { s, n: 2, word: 'couple' };
    }
    if ((w === 'of') && this.canGrowLeft(j) && VAGUE_COUNTS.has(this.w(j - 1))) return { s: j - 1, n: null, word: this.w(j - 1) };
    return null;
  }

  /** Grows a duration left over approximators ("nearly", "more than") and "the last". */
  private growCountLeft(s: number, stretch: boolean): number {
    const can = (k: number) => this.canGrowLeft(k) && k - 1 >= this.floor;
    if (!can(s)) return s;
    let p = this.w(s - 1);
    if (p === 'every') return s - 1;
    // "the last two days", but not "meant to last 50 years"
    if (stretch && STRETCH_MODIFIERS.has(p) && !(p === 'last' && VERB_BEFORE_LAST.has(this.w(s - 2)))) {
      s--;
      if (can(s) && /^(the|this|a)$/.test(this.w(s - 1))) s--;
    } else if (stretch && p === 'the') s--;
    if (!can(s)) return s;
    p = this.w(s - 1);
    if (can(s - 1) && APPROX_SECOND.has(p) && APPROX_TWO.has(this.w(s - 2) + ' ' + p)) {
      s -= 2;
      if (can(s) && this.w(s - 1) === 'no' && this.w(s) === 'more') s--;
      if (can(s) && this.w(s - 1) === 'well') s--;
      return s;
    }
    if (APPROX_ONE.has(p)) return s - 1;
    return s;
  }

  /** "two to three weeks", "12 to 18 months", "weeks or months": the lower end joins the span. */
  private rangeLeft(s: number): number | null {
    const t = this.t;
    const sep = this.w(s - 1);
    if (!(sep === 'to' || sep === 'or' || t.is(s - 1, '-')) || !this.canGrowLeft(s) || !this.canGrowLeft(s - 1)) return null;
    const k = s - 2;
    if (k < this.floor) return null;
    if (t.kind[k] === Kind.Num && t.end[k] - t.start[k] <= 3) return k;
    if (NUMBER_WORDS[this.w(k)] !== undefined && this.w(k) !== 'a' && this.w(k) !== 'an') return k;
    return null;
  }
}
