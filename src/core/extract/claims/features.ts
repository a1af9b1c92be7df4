// Sentence features that decide whether a fact-checker would want to verify a sentence and
// what kind of claim it is. A sentence is split into words once (by hand, over char codes);
// the cues are word-set and short word-sequence lookups, so the cost stays linear and low.
import type { ClaimKind, QuoteMention, Span } from '../../model';
import { PARTICIPLES, REPORTING } from '../quotes/lexicon';

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

const MONTH = '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const TIME_UNIT = '(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|nights?|-year|-month|-week|-day|-hour|-minute)';

/** Numbers that are dates, times, years or durations: they don't make a statistic. */
const NOT_STATISTIC = new RegExp(
  [
    `${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,\\s*\\d{4})?`,
    `\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?`,
    `\\b\\d{1,2}:\\d{2}\\b`,
    `(?:pre-|post-|mid-)?\\b(?:1[89]|20)\\d{2}s?\\b`,
    `\\b\\d+(?:\\.\\d+)?\\s*${TIME_UNIT}`,
    `\\b\\d+(?:st|nd|rd|th)\\b`,
    `\\[\\d+\\]`,
  ].join('|'),
  'g',
);
const DIGITS = /\d+(?:[.,]\d+)*/g;
const FIGURE_WORDS = set('percent dozen dozens hundred hundreds thousand thousands million millions billion billions trillion trillions');
const NUMBER_WORDS = set('one two three four five six seven eight nine ten');

/** Digits that are not part of a date, time or duration (checked around each number only). */
function hasFigureDigits(sentence: string): boolean {
  DIGITS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIGITS.exec(sentence))) {
    const from = Math.max(0, m.index - 14);
    const window = sentence.slice(from, Math.min(sentence.length, m.index + m[0].length + 16));
    const at = m.index - from;
    let covered = false;
    for (const d of window.matchAll(NOT_STATISTIC)) {
      if (d.index! <= at && at + m[0].length <= d.index! + d[0].length) covered = true;
    }
    if (!covered) return true;
  }
  return false;
}

export interface SentenceFacts {
  text: string;
  /** Every word of the sentence, lower-cased (quoted ones included). */
  all: string[];
  /** Words outside quotations, lower-cased. */
  outside: string[];
  /** Words outside quotations that are written in lower case: verbs and hedges. */
  words: string[];
  /** Words that start with a capital letter, and words that start with a letter. */
  capitals: number;
  letterWords: number;
  hasDigit: boolean;
  /** Share of the sentence's characters inside quotations. */
  quoted: number;
  /** Quotations in the sentence. */
  quotes: readonly QuoteMention[];
}

function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c >= 0xc0 && !(c >= 0x2000 && c <= 0x2bff) && c !== 0xd7 && c !== 0xf7;
}

/** Words of a sentence span, which of them are quoted, and the quoted share. */
export function sentenceFacts(text: string, span: Span, inside: readonly QuoteMention[]): SentenceFacts {
  const f: SentenceFacts = { text: text.slice(span.start, span.end), all: [], outside: [], words: [], capitals: 0, letterWords: 0, hasDigit: false, quoted: 0, quotes: inside };
  let quotedChars = 0;
  let reach = span.start;
  // Outermost quotations only (nested ones lie inside them), so the word loop stays linear.
  const outerQuotes: QuoteMention[] = [];
  for (const q of inside) {
    if (q.end <= reach) continue;
    const a = Math.max(q.start, reach);
    const b = Math.min(q.end, span.end);
    if (b > a) quotedChars += b - a;
    reach = Math.max(reach, b);
    outerQuotes.push(q);
  }
  f.quoted = quotedChars / Math.max(1, span.end - span.start);
  f.hasDigit = /\d/.test(f.text);
  // Lower-case the sentence once; per word only when lower-casing changed its length (rare scripts).
  const lowered = f.text.toLowerCase();
  const aligned = lowered.length === f.text.length;
  const base = span.start;
  let qi = 0;
  let i = span.start;
  while (i < span.end) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      while (j < span.end && isWordChar(text.charCodeAt(j))) j++;
      const d = text.charCodeAt(j);
      if (j + 1 < span.end && (d === 0x2019 || d === 0x27 || d === 0x2d) && isWordChar(text.charCodeAt(j + 1))) j += 2;
      else break;
    }
    const lower = aligned ? lowered.slice(i - base, j - base) : text.slice(i, j).toLowerCase();
    const digit = c >= 48 && c <= 57;
    const capital = lower.charCodeAt(0) !== c;
    if (!digit) {
      f.letterWords++;
      if (capital) f.capitals++;
    }
    while (qi < outerQuotes.length && outerQuotes[qi].end <= i) qi++;
    const quoted = qi < outerQuotes.length && outerQuotes[qi].start <= i;
    f.all.push(lower);
    if (!quoted) {
      f.outside.push(lower);
      if (!digit && !capital) f.words.push(lower);
    }
    i = j;
  }
  return f;
}

/** Does the word sequence `seq` occur in `words`? */
function has(words: readonly string[], ...seq: string[]): boolean {
  outer: for (let i = 0; i + seq.length <= words.length; i++) {
    for (let k = 0; k < seq.length; k++) if (words[i + k] !== seq[k]) continue outer;
    return true;
  }
  return false;
}

/** Hinges on a number other than a date or duration. */
export function hasStatistic(f: SentenceFacts): boolean {
  if (f.text.includes('%')) return true;
  for (const w of f.all) {
    if (FIGURE_WORDS.has(w)) return true;
    const k = w.indexOf('-for-'); // "nine-for-nine prisoner swap"
    if (k > 0 && NUMBER_WORDS.has(w.slice(0, k)) && NUMBER_WORDS.has(w.slice(k + 5))) return true;
  }
  return has(f.all, 'per', 'cent') || (f.hasDigit && hasFigureDigits(f.text));
}

const FUTURE_WORDS = set('will shall won’t won\'t');
const FUTURE_BEFORE_TO = set('going expected likely poised set');

export function hasFuture(f: SentenceFacts): boolean {
  const w = f.all;
  for (let i = 0; i < w.length; i++) {
    if (FUTURE_WORDS.has(w[i]) || w[i].endsWith('’ll') || w[i].endsWith("'ll")) return true;
    if (w[i + 1] === 'to' && FUTURE_BEFORE_TO.has(w[i])) return true;
  }
  return (w[0] === 'if' || w[0] === 'unless') && w.includes('would');
}

/**
 * Words that are as often nouns or non-speech verbs ("its demands", "responded to calls",
 * "called the leader"): they report speech only when a clause follows ("claims that").
 */
const WEAK = set('demand demands call calls called claims reports charges notes posts answers promises remarks responded responds contends contended urged urges posted claiming calling urging');

/** A reporting verb outside quotations: "X said", "according to X", "…, adding that". */
export function hasReporting(f: SentenceFacts): boolean {
  const w = f.words;
  for (let i = 0; i < w.length; i++) {
    if (!REPORTING.has(w[i]) && !PARTICIPLES.has(w[i])) continue;
    if (!WEAK.has(w[i]) || w[i + 1] === 'that') return true;
  }
  const o = f.outside;
  return has(o, 'according', 'to') || has(o, 'made', 'clear') || has(o, 'made', 'it', 'clear') || o.includes('signaled') || o.includes('considers') || o.includes('estimated');
}

/** Author biographies, credit lines, web-page furniture: never claims. */
const FURNITURE = /\bcontributed reporting\b|\bappeared first on\b|\bis (?:a|an|the) (?:[\w-]+ ){0,5}(?:correspondent|reporter|editor|chief|writer|columnist|producer|photographer)\b(?: [\w-]+){0,6} (?:for|at) (?:The|the)\b|^(?:He|She|They) (?:writes|covers|reports) (?:about|on)\b|^Credit\b|\bAll rights reserved\b|^(?:Please|Click|Sign up|Subscribe|Follow)\b/;
const FURNITURE_HINT = set('contributed appeared correspondent reporter editor chief writer columnist producer photographer writes covers reports credit reserved please click sign subscribe follow');

/** Evaluation and stance rather than fact. */
const OPINION_WORDS = set(`appears appear appeared seems seem seemed apparently should hopefully unfortunately clearly
  obviously arguably impressive remarkable disastrous shameful ridiculous absurd outrageous wonderful terrible
  disgraceful admirable laudable deplorable`);

function isOpinion(o: readonly string[]): boolean {
  for (let i = 0; i < o.length; i++) {
    const w = o[i];
    if (OPINION_WORDS.has(w)) return true;
    // "A compromise is needed": a prescription, not a fact.
    if (w === 'needed' && (o[i - 1] === 'is' || o[i - 1] === 'are')) return true;
  }
  return has(o, 'ought', 'to') || has(o, 'i', 'think') || has(o, 'we', 'think') || has(o, 'in', 'my', 'view') || has(o, 'in', 'our', 'view');
}

/** Prescriptions and stances in the first or second person: "We have to keep …", "I agree". */
const PERSONS = set('we i you we’ve i’ve you’ve we\'ve i\'ve you\'ve');
const OBLIGATION = ['got to', 'have to', 'need to', 'must', 'should', 'ought to'].map((s) => s.split(' '));
const STANCE_VERBS = set('agree disagree believe think hope want feel guess suppose');

function isStance(o: readonly string[]): boolean {
  for (let i = 0; i < o.length; i++) {
    const w = o[i];
    if (PERSONS.has(w)) {
      let j = i + 1;
      if (o[j] === 'have' && (w === 'we' || w === 'i' || w === 'you') && o[j + 1] !== 'to') j++;
      for (const ob of OBLIGATION) if (ob.every((x, k) => o[j + k] === x)) return true;
      if (w === 'we' || w === 'i') {
        const v = o[i + 1] === 'am' ? o[i + 2] : o[i + 1];
        if (v && STANCE_VERBS.has(v)) return true;
      }
    }
    if ((w === 'i’m' || w === "i'm") && o[i + 1] && STANCE_VERBS.has(o[i + 1])) return true;
    if (w === 'thanks' || w === 'let’s' || w === "let's") return true;
    if ((w === 'let' && (o[i + 1] === 'me' || o[i + 1] === 'us')) || (w === 'believe' && o[i + 1] === 'me') || (w === 'thank' && o[i + 1] === 'you')) return true;
  }
  return o[0] === 'welcome' || (o[0] === 'good' && ['evening', 'morning', 'afternoon', 'night'].includes(o[1]));
}

const PRONOUNS = set('he she they');
const SAID = set('said says wrote writes added adds told tells');

/** "…,” he said": the source is only a pronoun. */
function pronounSource(f: SentenceFacts): boolean {
  const w = f.words;
  for (let i = 0; i < w.length; i++) {
    if (PRONOUNS.has(w[i]) && (SAID.has(w[i + 1]) || SAID.has(w[i + 2]))) return true;
  }
  return false;
}

function terminated(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && '"”’\')]'.includes(s[i])) i--;
  return i >= 0 && '.!?'.includes(s[i]);
}

function isQuestion(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && '"”’'.includes(s[i])) i--;
  return s[i] === '?';
}

/** Is this sentence worth a fact-checker's time? */
export function isClaim(f: SentenceFacts): boolean {
  const s = f.text;
  const words = f.letterWords;
  const ended = terminated(s);
  if (words < 5 || (!ended && words < 12)) return false;
  // A claim says something: a line of names and places ("Doe, Jane; Roe, John.") does not.
  if (f.quotes.length === 0 && f.words.length < 3) return false;
  if (!ended && f.capitals / words > 0.6) return false; // a headline or a title line
  if (words <= 40 && f.all.some((w) => FURNITURE_HINT.has(w)) && FURNITURE.test(s)) return false;
  if (isQuestion(s) && f.quoted < 0.5) return false; // the writer's own questions
  // A sentence that is mostly quotation: a claim only when a named source vouches for it.
  if (f.quoted > 0.5 && (!hasReporting(f) || pronounSource(f))) return false;
  if (isOpinion(f.outside) || isStance(f.outside)) return false;
  return true;
}

/** statistic, else prediction, else attributed, else factual. */
export function claimKind(f: SentenceFacts): ClaimKind {
  if (hasStatistic(f)) return 'statistic';
  const reporting = hasReporting(f);
  if (hasFuture(f) && !(reporting && !pronounSource(f))) return 'prediction';
  // A quotation with a speaker makes the sentence attributed when it is long or brought in by
  // a verb like "called it “…”".
  const weakVerb = f.words.some((w) => WEAK.has(w));
  if (reporting || f.quotes.some((q) => q.speaker && (q.end - q.start > 40 || weakVerb))) return 'attributed';
  return 'factual';
}
