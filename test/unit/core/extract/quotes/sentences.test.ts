import assert from 'node:assert/strict';
import { Positions, scanQuotes } from '../../../../../src/core/extract/quotes/scan';
import { SENTENCE_CANDIDATES, splitSentences } from '../../../../../src/core/extract/quotes/sentences';

function sentences(text: string): string[] {
  return splitSentences(text, scanQuotes(text)).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  const cases: [string, string, string[]][] = [
    ['plain', 'One thing. Another thing.', ['One thing.', 'Another thing.']],
    ['abbreviations and initials', 'Mr. Putin met Vladimir V. Putin in the U.S. on Friday. Then he left.', ['Mr. Putin met Vladimir V. Putin in the U.S. on Friday.', 'Then he left.']],
    ['full stop inside an open quotation', '“We know. It will be strong,” he said. Next.', ['“We know. It will be strong,” he said.', 'Next.']],
    ['quotation closing after the full stop ends it', 'He said “ready.” He left.', ['He said “ready.”', 'He left.']],
    ['exclamation then attribution', '“Vladimir, STOP!” Mr. Trump wrote. Then more.', ['“Vladimir, STOP!” Mr. Trump wrote.', 'Then more.']],
    ['line breaks end sentences', 'A headline\nBody text here.', ['A headline', 'Body text here.']],
    ['photo credit tail is cut', 'A caption here.Credit…Jane Doe/The Times', ['A caption here.']],
    ['unmatched parentheses are trimmed', '(Elections were delayed in 2022. The term was extended.)', ['Elections were delayed in 2022.', 'The term was extended.']],
    ['lower-case continuation is not a new sentence', 'It ended in a swap. but not in a truce.', ['It ended in a swap. but not in a truce.']],
    ['stray closing mark dropped, footnote apart', 'The U.S. would send aid, he said.” [1]', ['The U.S. would send aid, he said.', '[1]']],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(sentences(text), expected));
  }
});

describe('splitSentences over the candidates scanQuotes collects', () => {
  it('splits exactly as over the whole text, Credit jumps, quotes and abbreviations included', () => {
    const texts = [
      'Mr. Trump met Mr. Putin in the U.S. on Jan. 5. “We need to know. It will be strong,” he said. Then he left!\n“Vladimir, STOP!” Mr. Trump wrote. Is it over? Yes.',
      'A caption of the scene in Kyiv.Credit…Jane Doe\nCrowds gathered. Credit… nobody. C.C. Smith said so.\r\nThe end (really).',
      '"An open quote that never closes. Still inside.\n\nNext paragraph. Café owners agreed.\u2028Line two. 3.5 percent rose. OK.',
      '',
    ];
    for (const text of texts) {
      const candidates = new Positions();
      const quotes = scanQuotes(text, candidates);
      assert.deepEqual(scanQuotes(text), quotes, 'collecting candidates changes no quotation');
      assert.deepEqual(splitSentences(text, quotes, candidates), splitSentences(text, quotes));
      const expected = Array.from({ length: text.length }, (_, i) => i).filter((i) => SENTENCE_CANDIDATES.includes(text.charCodeAt(i)));
      assert.deepEqual(Array.from(candidates.data.subarray(0, candidates.count)), expected);
    }
  });
});

describe('sentence candidates', () => {
  it('are exactly the SENTENCE_CANDIDATES characters, whoever collects them', () => {
    // Every BMP code unit but surrogates, each between two letters.
    let text = '';
    for (let c = 1; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) text += 'a' + String.fromCharCode(c);
    const expected = Array.from({ length: text.length }, (_, i) => i).filter((i) => SENTENCE_CANDIDATES.includes(text.charCodeAt(i)));
    const candidates = new Positions();
    scanQuotes(text, candidates);
    assert.deepEqual(Array.from(candidates.data.subarray(0, candidates.count)), expected);
    assert.deepEqual(splitSentences(text, []), splitSentences(text, [], candidates));
  });
});

describe('Positions', () => {
  it('grows as positions are pushed and lets go of large storage on release', () => {
    const p = new Positions();
    for (let i = 0; i < 70000; i++) p.push(i * 2);
    assert.deepEqual([p.count, p.data[0], p.data[69999]], [70000, 0, 139998]);
    p.release();
    assert.deepEqual([p.count, p.data.length], [0, 256]);
  });

  it('splits a text of more candidates than that the same either way, twice in a row', () => {
    const text = 'Mr. Smith went home. It rained! '.repeat(6000);
    const candidates = new Positions();
    const quotes = scanQuotes(text, candidates);
    const expected = splitSentences(text, quotes, candidates);
    assert.equal(expected.length, 12000);
    assert.deepEqual(splitSentences(text, quotes), expected);
    assert.deepEqual(splitSentences(text, quotes), expected);
  });
});
