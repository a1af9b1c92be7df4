import assert from 'node:assert/strict';
import { codePointMapper, lineMapper } from '../../../../src/core/export/offsets';

describe('export offsets', () => {
  // Expected values come from Array.from (which iterates code points), not from the mapper.
  const cases: Array<{ name: string; text: string }> = [
    { name: 'ASCII', text: 'plain text' },
    { name: 'emoji before', text: '😀😀 Trump said' },
    { name: 'ZWJ sequence and BOM', text: '\uFEFF👷‍♂️ x 🗞️ y' },
    { name: 'CRLF', text: 'a\r\nb\r\n😀c' },
  ];
  for (const { name, text } of cases) {
    it(`maps every UTF-16 boundary to its code-point index: ${name}`, () => {
      const cp = codePointMapper(text);
      for (let i = 0; i <= text.length; i++) {
        if (i > 0 && i < text.length && (text.charCodeAt(i) & 0xfc00) === 0xdc00) continue; // inside a pair
        assert.equal(cp(i), Array.from(text.slice(0, i)).length, `offset ${i}`);
      }
    });
  }

  it('counts CRLF once when asked (universal newlines), lone CR and LF once either way', () => {
    const text = 'ab\r\ncd\ref\ngh😀\r\nij';
    const cp = codePointMapper(text, { collapseCrlf: true });
    const python = (i: number) => Array.from(text.slice(0, i).replace(/\r\n/g, '\n')).length;
    for (const i of [0, 2, 4, 6, 7, 9, 10, 12, 14, 16, text.length]) assert.equal(cp(i), python(i), `offset ${i}`);
  });

  it('numbers lines from 1 with CRLF, LF and lone CR as line ends', () => {
    const line = lineMapper('a\r\nb\nc\rd');
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 7].map(line), [1, 1, 1, 2, 2, 3, 3, 4]);
  });
});
