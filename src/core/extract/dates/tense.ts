// Whether the clause around a date speaks of the future or the past: decides the direction
// of a bare weekday ("will meet on Friday") and the year of a month named without one.
import { FUTURE_CUES, PAST_CUES } from './lexicon';
import { Kind, type Tokens } from './tokens';

export type Tense = 'future' | 'past' | null;

/** . ! ? ; : , ( ) — –: punctuation tokens (one code unit each) that end a clause. Quotation
 * marks do not: a partial quote inside a clause keeps its tense ("he’ll be “very
 * competitive” in November"). */
const CLAUSE_STOP = new Uint8Array(0x10000);
for (const ch of ['.', '!', '?', ';', ':', ',', '(', ')', '—', '–']) CLAUSE_STOP[ch.charCodeAt(0)] = 1;

/** Is punctuation token j a clause stop? */
function stops(t: Tokens, j: number): boolean {
  return CLAUSE_STOP[t.text.charCodeAt(t.start[j])] === 1;
}

/** The tense word j cues, for a date starting at token s. */
function cue(t: Tokens, j: number, s: number): Tense {
  const w = t.low(j);
  if (FUTURE_CUES.has(w)) {
    // nouns and causes: "the plan released Tuesday", "set a record", "due to rain"
    const n = t.low(j + 1);
    if ((w === 'plan' || w === 'plans' || w === 'set') && n !== 'to' && n !== 'for') return null;
    if (w === 'due' && n === 'to' && t.low(j + 2) !== 'be') return null;
    if (w === 'going' && n !== 'to') return null;
    return 'future';
  }
  if (PAST_CUES.has(w)) return 'past';
  // "said in March" dates the saying; "said it is calling for … on Dec. 7" does not
  if ((w === 'said' || w === 'told') && j >= s - 3) return 'past';
  return null;
}

/**
 * The tense of the clause around a date spanning tokens s..e. A future cue before it in the
 * same clause (up to 8 tokens) wins; a deadline preposition ("by Jan. 14") leaves it open;
 * then past cues before it; then the first cue just after it.
 */
export function clauseTense(t: Tokens, s: number, e: number, deadline = false): Tense {
  let past = false;
  for (let j = s - 1, seen = 0; j >= 0 && seen < 8; j--, seen++) {
    if (t.gap[j + 1] === 2) break;
    if (t.kind[j] === Kind.Punct) {
      if (stops(t, j)) break;
      continue;
    }
    if (t.low(j) === 'as' && t.low(j - 1) === 'early' && t.low(j - 2) === 'as') return 'future';
    const c = cue(t, j, s);
    if (c === 'future') return c;
    if (c === 'past') past = true;
  }
  // "by Jan. 14", "until Nov. 1": a deadline may have just passed or lie ahead
  if (deadline) {
    const before = t.low(s - 1);
    if (before === 'by' || before === 'until' || before === 'till') return null;
  }
  if (past) return 'past';
  let after: Tense = null;
  for (let j = e, seen = 0; j < t.count && seen < 5 && !after; j++, seen++) {
    if (t.gap[j] === 2) break;
    if (t.kind[j] === Kind.Punct) {
      if (stops(t, j) && t.text.charCodeAt(t.start[j]) !== 0x2c) break; // "In March, the company said"
      continue;
    }
    after = cue(t, j, s);
  }
  return after;
}
