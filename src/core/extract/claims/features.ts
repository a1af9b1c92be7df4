// Sentence features that decide whether a fact-checker would want to verify a sentence and
// what kind of claim it is. Each feature is a plain test over the sentence text (and the
// quotes inside it), so the rules stay readable and the cost linear in the sentence.
import type { ClaimKind, QuoteMention, Span } from '../../model';
import { PARTICIPLES, REPORTING } from '../quotes/lexicon';

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
const WORD_FIGURE = /%|\b(?:percent|per cent|dozens?|hundreds?|thousands?|millions?|billions?|trillions?)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)-for-(?:one|two|three|four|five|six|seven|eight|nine|ten)\b/i;
const DIGITS = /\d+(?:[.,]\d+)*/g;

/** Hinges on a number: a figure word, or digits that are not part of a date, time or duration. */
export function hasStatistic(sentence: string): boolean {
  if (WORD_FIGURE.test(sentence)) return true;
  DIGITS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIGITS.exec(sentence))) {
    // Look for a date or duration around this number only, not over the whole sentence.
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

const FUTURE = /\b(?:will|won[’']t|shall)\b|[’']ll\b|\bgoing to\b|\b(?:expected|likely|poised|set|due) to\b|^(?:if|unless)\b[^.]*\bwould\b/i;

export function hasFuture(sentence: string): boolean {
  return FUTURE.test(sentence);
}

const EXTRA_REPORTING = /\baccording to\b|\bmade (?:it )?clear\b|\bsignaled\b|\bconsiders\b|\bestimated\b/i;

/**
 * Words that are as often nouns or non-speech verbs ("its demands", "responded to calls",
 * "called the leader"): they report speech only when a clause follows ("claims that").
 */
const WEAK = new Set(
  'demand demands call calls called claims reports charges notes posts answers promises remarks responded responds contends contended urged urges posted claiming calling urging'.split(' '),
);

/** A reporting verb outside quotations: "X said", "according to X", "…, adding that". */
export function hasReporting(words: readonly string[], sentence: string): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!REPORTING.has(w) && !PARTICIPLES.has(w)) continue;
    if (!WEAK.has(w) || words[i + 1] === 'that') return true;
  }
  return EXTRA_REPORTING.test(sentence);
}

/** Author biographies, credit lines, web-page furniture: never claims. */
const FURNITURE = /\bcontributed reporting\b|\bappeared first on\b|\bis (?:a|an|the) (?:[\w-]+ ){0,5}(?:correspondent|reporter|editor|chief|writer|columnist|producer|photographer)\b(?: [\w-]+){0,6} (?:for|at) (?:The|the)\b|^(?:He|She|They) (?:writes|covers|reports) (?:about|on)\b|^Credit\b|\bAll rights reserved\b|^(?:Please|Click|Sign up|Subscribe|Follow)\b/;

/** Prescriptions and stances in the first or second person: "We have to keep …", "I agree". */
const STANCE = /\b(?:we|i|you)(?:[’']ve| have)? (?:got to|have to|need to|must|should|ought to)\b|\b(?:we|i)(?:[’']m| am)? (?:agree|disagree|believe|think|hope|want|feel|guess|suppose)\b|\b(?:let me|let us|let[’']s|believe me|thank you|thanks)\b|^(?:good (?:evening|morning|afternoon|night)|welcome)\b/i;

/** A cheap test for the words STANCE needs, so most sentences skip it. */
const STANCE_HINT = /\b(?:we|I|you|We|You|let|Let|believe|thank|Thank|thanks|Thanks|Good|good|Welcome)\b/;

/** Evaluation and stance rather than fact. */
const OPINION = /\b(?:appears?|appeared|seems?|seemed|apparently|should|ought to|hopefully|unfortunately|clearly|obviously|arguably|I think|we think|in my view|in our view)\b/i;

export interface SentenceFacts {
  text: string;
  /** The sentence with its quotations left out. */
  outside: string;
  /** Lower-case words outside quotations. */
  words: string[];
  /** Share of the sentence's characters inside quotations. */
  quoted: number;
  /** Quotations in the sentence. */
  quotes: readonly QuoteMention[];
}

/** Lower-case words: reporting verbs and hedges are never capitalized mid-sentence. */
const LOWER_WORD = /(?<![\p{L}’'])\p{Ll}[\p{L}’']*/gu;

/** Number of words, counted as letter runs. */
function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;
    if (letter && !inWord) n++;
    inWord = letter;
  }
  return n;
}

/** Words outside quotations and the quoted share, for a sentence span. */
export function sentenceFacts(text: string, span: Span, inside: readonly QuoteMention[]): SentenceFacts {
  let outer = '';
  let quotedChars = 0;
  let at = span.start;
  for (const q of inside) {
    if (q.end <= span.start) continue;
    if (q.start < at) continue; // nested inside one already counted
    outer += text.slice(at, q.start) + ' ';
    quotedChars += Math.min(q.end, span.end) - q.start;
    at = Math.min(q.end, span.end);
  }
  outer += text.slice(at, span.end);
  const plain = inside.length ? outer : text.slice(span.start, span.end);
  const words = plain.match(LOWER_WORD) ?? [];
  return { text: text.slice(span.start, span.end), outside: plain, words, quoted: quotedChars / Math.max(1, span.end - span.start), quotes: inside };
}

function looksLikeHeadline(s: string): boolean {
  const words = s.match(/\p{L}[\p{L}’'-]*/gu) ?? [];
  if (words.length === 0) return true;
  const capital = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  const small = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'to', 'and', 'or', 'for', 'with', 'at', 'by', 'as', 'from']);
  const content = words.filter((w) => !small.has(w)).length;
  return content > 2 && capital / Math.max(1, content) > 0.75;
}

const PRONOUN_SOURCE = /\b(?:he|she|they)\s+(?:\w+\s+)?(?:said|says|wrote|writes|added|adds|told|tells)\b/;

/** "…,” he said": the source is only a pronoun. */
function pronounSource(f: SentenceFacts): boolean {
  return PRONOUN_SOURCE.test(f.words.join(' '));
}

/** Is this sentence worth a fact-checker's time? */
export function isClaim(f: SentenceFacts): boolean {
  const s = f.text;
  const wordCount = countWords(s);
  const terminated = /[.!?]["”’')\]]*$/.test(s);
  if (wordCount < 6 || (!terminated && wordCount < 12)) return false;
  if (!terminated && looksLikeHeadline(s)) return false;
  if (wordCount <= 40 && FURNITURE.test(s)) return false;
  if (/\?["”’]*$/.test(s) && f.quoted < 0.5) return false; // the writer's own questions
  // A sentence that is mostly quotation: a claim only when a named source vouches for it.
  if (f.quoted > 0.5 && (!hasReporting(f.words, s) || pronounSource(f))) return false;
  const outside = f.words.join(' ');
  if (OPINION.test(outside)) return false;
  if (STANCE_HINT.test(f.outside) && STANCE.test(f.outside)) return false;
  return true;
}

/** statistic, else prediction, else attributed, else factual. */
export function claimKind(f: SentenceFacts): ClaimKind {
  if (hasStatistic(f.text)) return 'statistic';
  const reporting = hasReporting(f.words, f.text);
  if (hasFuture(f.text) && !(reporting && !pronounSource(f))) return 'prediction';
  // A quotation with a speaker makes the sentence attributed when it is long or brought in by
  // a verb like "called it “…”".
  const weakVerb = f.words.some((w) => WEAK.has(w));
  if (reporting || f.quotes.some((q) => q.speaker && (q.end - q.start > 40 || weakVerb))) return 'attributed';
  return 'factual';
}
