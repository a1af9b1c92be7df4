import assert from 'node:assert/strict';
import { clauseTense, type Tense } from '../../../../../src/core/extract/dates/tense';
import { Tokens } from '../../../../../src/core/extract/dates/tokens';

/** The tense around the token DATE in the sentence. */
function tenseOf(sentence: string, deadline = false): Tense {
  const t = new Tokens(sentence);
  let i = 0;
  while (i < t.count && t.raw(i) !== 'DATE') i++;
  return clauseTense(t, i, i + 1, deadline);
}

describe('clauseTense', () => {
  const cases: [sentence: string, expected: Tense, deadline?: boolean][] = [
    ['They will meet on DATE.', 'future'],
    ['The conference, which opens on DATE, is annual.', 'future'],
    ['The vote is set for DATE.', 'future'],
    ['The group could leave as early as DATE.', 'future'],
    ['They met on DATE.', 'past'],
    ['Leaders gather on DATE.', null],
    ['The talks were held on DATE in Istanbul.', 'past'],
    ['He said in DATE that he would go.', 'past'],
    ['In DATE, the company said it would sell.', 'past'],
    ['The nine-page plan released DATE is vague.', null], // "plan" is a noun here
    ['Delays due to rain on DATE hurt sales.', null],
    ['He had to leave, and on DATE he will return.', 'future'],
    ['He will leave. They gather DATE.', null], // a cue in another sentence does not count
    ['He was told to leave by DATE.', null, true], // a deadline: proximity decides
    ['He’ll be “very competitive” in DATE.', 'future'], // a partial quote inside the clause does not end it
    ['The ruling, “a disgrace,” was issued in DATE.', 'past'],
  ];
  for (const [sentence, expected, deadline] of cases) it(`${sentence} → ${expected}`, () => assert.equal(tenseOf(sentence, deadline), expected));
});
