import assert from 'node:assert/strict';
import { scanQuotes } from '../../../../../src/core/extract/quotes/scan';
import { splitSentences } from '../../../../../src/core/extract/quotes/sentences';

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
