import assert from 'node:assert/strict';
import { findOccurrences } from '../../../src/core/occurrences';

describe('findOccurrences', () => {
  const cases: Array<[string, string, string, boolean | undefined, string[]]> = [
    ['whole words only', 'Ruiz met Ruizes; Ruiz’s aide and Ruiz.', 'Ruiz', undefined, ['0:4', '17:21', '33:37']],
    ['multi-word phrase', 'The City Council and the city council met.', 'City Council', undefined, ['4:16']],
    ['case-insensitive when asked', 'The City Council and the city council met.', 'city council', false, ['4:16', '25:37']],
    ['not inside longer words', 'aaaa aa', 'aa', undefined, ['5:7']],
    ['after an emoji (UTF-16 offsets)', '😀 Kyiv and Kyiv', 'Kyiv', undefined, ['3:7', '12:16']],
    ['blank phrase finds nothing', 'anything', '  ', undefined, []],
  ];
  for (const [name, text, phrase, cs, expected] of cases) {
    it(name, () => {
      const got = findOccurrences(text, phrase, cs === undefined ? {} : { caseSensitive: cs }).map((s) => `${s.start}:${s.end}`);
      assert.deepEqual(got, expected);
      for (const g of got) {
        const [a, b] = g.split(':').map(Number);
        assert.equal(text.slice(a, b).toLowerCase(), phrase.toLowerCase());
      }
    });
  }
});
