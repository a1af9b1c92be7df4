import assert from 'node:assert/strict';
import { tokenize } from '../../../../../src/core/extract/quotes/tokens';

describe('attribution tokens', () => {
  const cases: [string, string, string[]][] = [
    ['titles keep their full stop', 'Mr. Trump said.', ['Mr.', 'Trump', 'said', '.']],
    ['acronyms and initials', 'the U.S. and Vladimir V. Putin', ['the', 'U.S.', 'and', 'Vladimir', 'V.', 'Putin']],
    ['apostrophes and hyphens inside words', 'Russia’s cease-fire isn’t “over,”', ['Russia’s', 'cease-fire', 'isn’t', '“', 'over', ',', '”']],
    ['dashes and parentheses', 'Moore (D-Wis.) ― said', ['Moore', '(', 'D-Wis', '.', ')', '―', 'said']],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(tokenize(text, { start: 0, end: text.length }, []).map((t) => t.text), expected));
  }

  it('flags tokens inside a quotation region and keeps exact offsets', () => {
    const text = 'He said “we win” today.';
    const toks = tokenize(text, { start: 0, end: text.length }, [{ open: 8, close: 15 }]);
    assert.deepEqual(
      toks.map((t) => [t.text, t.start, t.end, t.quoted]),
      [
        ['He', 0, 2, false],
        ['said', 3, 7, false],
        ['“', 8, 9, true],
        ['we', 9, 11, true],
        ['win', 12, 15, true],
        ['”', 15, 16, true],
        ['today', 17, 22, false],
        ['.', 22, 23, false],
      ],
    );
  });

  it('gives a word with capitals seen before its own text, lower case and capital flag', () => {
    const text = 'Putin met PUTIN and Putin. Élan, élan, ÉLAN and Mr. Putin.';
    const toks = tokenize(text, { start: 0, end: text.length }, []).filter((t) => t.word);
    assert.deepEqual(
      toks.map((t) => [t.text, t.lower, t.capital, text.slice(t.start, t.end)]),
      [
        ['Putin', 'putin', true, 'Putin'],
        ['met', 'met', false, 'met'],
        ['PUTIN', 'putin', true, 'PUTIN'],
        ['and', 'and', false, 'and'],
        ['Putin', 'putin', true, 'Putin'],
        ['Élan', 'élan', true, 'Élan'],
        ['élan', 'élan', false, 'élan'],
        ['ÉLAN', 'élan', true, 'ÉLAN'],
        ['and', 'and', false, 'and'],
        ['Mr.', 'mr.', true, 'Mr.'],
        ['Putin', 'putin', true, 'Putin'],
      ],
    );
  });
});
