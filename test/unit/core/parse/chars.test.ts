import assert from 'node:assert/strict';
import { CLAIM_WORD_CHAR, CLASS, DATE_CLASS, DATE_DIGIT, DATE_LETTER, DATE_OTHER, DATE_SPACE, LETTER, QUOTE_WORD_CHAR } from '../../../../src/core/parse/chars';

const code = (ch: string) => ch.charCodeAt(0);

describe('shared character tables', () => {
  it('class characters for the dates tokenizer', () => {
    const cases: [string, number][] = [
      ['a', DATE_LETTER], ['Z', DATE_LETTER], ['é', DATE_LETTER], ['Ж', DATE_LETTER], ['7', DATE_DIGIT],
      [' ', DATE_SPACE], ['\n', DATE_SPACE], ['\u00a0', DATE_SPACE], ['\u2009', DATE_SPACE], ['\u3000', DATE_SPACE], ['\ufeff', DATE_SPACE], ['\u007f', DATE_SPACE],
      ['.', DATE_OTHER], ['-', DATE_OTHER], ['—', DATE_OTHER], ['’', DATE_OTHER], ['§', DATE_OTHER], ['×', DATE_OTHER], ['、', DATE_OTHER], ['\ud83d', DATE_OTHER],
    ];
    for (const [ch, cls] of cases) assert.equal(DATE_CLASS[code(ch)], cls, `U+${code(ch).toString(16)}`);
  });

  it('tell word characters apart the way quotes and claims read them', () => {
    for (const ch of ['a', 'Q', '0', 'ß', 'é', 'Ж', '中']) {
      assert.equal(QUOTE_WORD_CHAR[code(ch)], 1, ch);
      assert.equal(CLAIM_WORD_CHAR[code(ch)], 1, ch);
    }
    for (const ch of [' ', '.', '-', '’', '“', '×', '÷', '—', '\u00a0']) {
      assert.equal(QUOTE_WORD_CHAR[code(ch)], 0, ch);
      assert.equal(CLAIM_WORD_CHAR[code(ch)], 0, ch);
    }
    // CJK punctuation, emoji halves and the byte-order mark: words to the claims only.
    for (const ch of ['、', '\ud83d', '\ufeff']) {
      assert.equal(QUOTE_WORD_CHAR[code(ch)], 0, ch);
      assert.equal(CLAIM_WORD_CHAR[code(ch)], 1, ch);
    }
  });

  it('keep the parser classes beside them', () => {
    assert.equal(CLASS[code('é')], LETTER);
    assert.notEqual(CLASS[code('—')], LETTER);
  });
});
