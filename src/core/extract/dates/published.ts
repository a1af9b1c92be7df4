// Publication date: kept when the sidecar or the command line gave one, else read from the
// text's head and tail — "Published Feb. 13, 2025", datelines, bylines, citation lines
// ("… 13 Feb 2025: A1", "(New York Times, Feb. 13, 2025)"), ISO timestamps. Only full
// dates count; a dateline without a year borrows the latest year the text mentions.
import type { Plugin } from 'unified';
import type { NewsRoot } from '../../parse/types';
import { recognizeDates } from './recognize';
import { isValidDay } from './calendar';
import '../data';

export const publishedPlugin: Plugin<[], NewsRoot> = function () {
  return (tree, file) => {
    if (file.data.published) {
      file.data.publishedSource ??= 'option';
      return;
    }
    const found = detectPublished(tree.text);
    file.data.published = found;
    file.data.publishedSource = found ? 'text' : 'none';
  };
};

/** Only this much of the head and of the tail is read: metadata lives at the edges. */
const EDGE = 1500;

interface Candidate {
  value: string;
  score: number;
  /** Offset in the text; earlier wins ties. */
  at: number;
}

/** A metadata word opening the line that holds the date ("Published", "Last updated: "). */
const CUE = /^\s*(?:(?:last|first|originally)\s+)?(published|posted|updated|modified|dated|date|retrieved|accessed)\b[^\n]{0,80}$/i;
/** What may stand beside a date alone on its line: a weekday before, a clock time after. */
const ALONE_BEFORE = /^\s*(?:\p{L}+,?\s*)?$/u;
const ALONE_AFTER = /^(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?|,?\s*(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*[A-Z]{0,4})?[\s.,;|–—-]*$/i;
const MONTH = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const DATELINE = new RegExp(`^[ \\t]*([A-Z][A-Z.'\\- ]{1,40}(?:, [A-Z][A-Za-z.]+)?), (${MONTH})\\.? (\\d{1,2})\\b[^\\n]{0,20}?(\\(|—|–| - |--)`, 'gm');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?=[T ]\d|\b)/g;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The publication date YYYY-MM-DD stated in the text, or null. */
export function detectPublished(text: string): string | null {
  const candidates: Candidate[] = [];
  const headEnd = Math.min(text.length, EDGE);
  const tailStart = Math.max(headEnd, text.length - EDGE);
  collect(text, 0, headEnd, true, candidates);
  if (tailStart < text.length) collect(text, tailStart, text.length, false, candidates);
  datelines(text, headEnd, candidates, yearOf(text, candidates));
  let best: Candidate | null = null;
  for (const c of candidates) if (c.score >= 4 && (!best || c.score > best.score)) best = c;
  return best ? best.value : null;
}

function collect(text: string, from: number, to: number, head: boolean, out: Candidate[]): void {
  const region = text.slice(from, to);
  const seen = new Set<number>();
  for (const d of recognizeDates(region, null)) {
    if (!d.value || !/^\d{4}-\d{2}-\d{2}/.test(d.value)) continue;
    seen.add(d.start);
    out.push({ value: d.value.slice(0, 10), score: score(text, from + d.start, from + d.end, head), at: from + d.start });
  }
  for (const m of region.matchAll(ISO)) {
    if (seen.has(m.index) || !isValidDay(+m[1], +m[2], +m[3])) continue;
    out.push({ value: m[0], score: score(text, from + m.index, from + m.index + m[0].length, head) + 1, at: from + m.index });
  }
}

/** How strongly the surroundings say "this is when the article was published". */
function score(text: string, start: number, end: number, head: boolean): number {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  // Markdown emphasis, quotes and headings around a metadata line ("*By Jane Doe — Published …*")
  // are markup, not words.
  const before = text.slice(lineStart, start).replace(/^[\s*_>#]+/, '');
  const after = text.slice(end, lineEnd).replace(/[*_]+(?=\s*$)/, '');
  let s = 0;
  // The cue opens the line, or the part after a separator: "By Jane Doe — Published …".
  const cue = CUE.exec(before) ?? CUE.exec(before.slice(before.search(/[—|·•][^—|·•]*$/) + 1));
  if (cue) s = Math.max(s, /updated|modified/i.test(cue[1]) ? 8 : /retrieved|accessed/i.test(cue[1]) ? 5 : 10);
  if (/^\s*[Bb][Yy]\s+\p{Lu}/u.test(before)) s = Math.max(s, 7); // byline
  if (/^\s*:\s*[A-Z]?\d/.test(after) || /^[^\n]{0,3}\)/.test(after) && /\([^)]*$/.test(before)) s = Math.max(s, 6); // "13 Feb 2025: A1", "(NYT, Feb. 13, 2025)"
  if (/\b(edition|journal|times|post|news|press|reuters|gazette|herald|tribune|guardian|telegraph)\b/i.test(before) && /[,;.]\s*$/.test(before)) s = Math.max(s, 6);
  // a date alone on its line ("February 13, 2025", "Friday, December 4, 2015.", an ISO stamp)
  if (ALONE_BEFORE.test(before) && ALONE_AFTER.test(after)) s = Math.max(s, head && lineStart < 600 ? 6 : 4);
  if (s === 0 && head && start < 300) s = 2;
  return s;
}

/**
 * The year for a dateline, which omits it: from a copyright line, else from a full date
 * found at the edges of the text (a byline, an "Updated" line). Years merely mentioned in
 * the story ("since 1972") say nothing about when it was written.
 */
function yearOf(text: string, candidates: Candidate[]): number | null {
  const copyright = /(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]\s*)?((?:19|20)\d\d)/i.exec(text.slice(0, EDGE) + '\n' + text.slice(-EDGE));
  if (copyright) return +copyright[1];
  let best: Candidate | null = null;
  for (const c of candidates) if (c.score >= 4 && (!best || c.score > best.score)) best = c;
  return best ? +best.value.slice(0, 4) : null;
}

/** "WASHINGTON, Feb. 13 (Reuters) —": a month and day; the year comes from elsewhere. */
function datelines(text: string, headEnd: number, out: Candidate[], year: number | null): void {
  if (year === null) return;
  const head = text.slice(0, headEnd);
  for (const m of head.matchAll(DATELINE)) {
    const month = MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1;
    const day = +m[3];
    if (!isValidDay(year, month, day)) continue;
    out.push({ value: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, score: 9, at: m.index });
    return;
  }
}
