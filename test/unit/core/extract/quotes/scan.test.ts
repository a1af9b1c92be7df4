import assert from 'node:assert/strict';
import { scanQuotes } from '../../../../../src/core/extract/quotes/scan';

/** The quoted texts found, each with its parent's text when nested. */
function found(text: string): string[] {
  const qs = scanQuotes(text);
  return qs.map((q) => (q.parent >= 0 ? `${text.slice(q.start, q.end)} < ${text.slice(qs[q.parent].start, qs[q.parent].end)}` : text.slice(q.start, q.end)));
}

describe('scanQuotes', () => {
  const cases: [string, string, string[]][] = [
    ['curly', 'He said “we will win,” and left.', ['we will win,']],
    ['straight', 'He said "we will win," and left.', ['we will win,']],
    ['partial quote of one word', 'She called it “unrealistic” on Monday.', ['unrealistic']],
    ['two quotes in one sentence', 'It may not “stop the war” and “has to be dealt with.”', ['stop the war', 'has to be dealt with.']],
    ['multi-paragraph quotation is one quote', '“First part.\n“Second part,” he said.', ['First part.\n“Second part,']],
    ['multi-paragraph with blank lines', '"First part.\n\n"Second part," he said.', ['First part.\n\n"Second part,']],
    ['nested single quotes', '“trade when this ‘blood bath’ is over,” he said.', ['trade when this ‘blood bath’ is over,', 'blood bath < trade when this ‘blood bath’ is over,']],
    ['nested straight singles', '"As he said, \'Let\'s get it done.\'"', ["As he said, 'Let's get it done.'", "Let's get it done. < As he said, 'Let's get it done.'"]],
    ['apostrophes are not quotes', '“Russia’s plan isn’t the Russians’ choice,” he said.', ['Russia’s plan isn’t the Russians’ choice,']],
    ['whitespace inside the marks is trimmed', '“I said, ‘We must pay.’ ” he said.', ['I said, ‘We must pay.’', 'We must pay. < I said, ‘We must pay.’']],
    ['unbalanced mark stops at the paragraph end', 'He said “never closed\nNext paragraph “quoted” here.', ['never closed', 'quoted']],
    ['a stray opener is dropped when another opens', '"Stray start, then "a quote" here.\nMore.', ['a quote']],
    ["two apostrophes as double marks (archive exports)", "''We have a network,'' said Mr. Brown. He called it ''unrealistic.''", ['We have a network,', 'unrealistic.']],
    ["two-apostrophe quotation over paragraphs", "''First part.\n\n''Second part,'' he said.", ["First part.\n\n''Second part,"]],
    ["single quotes nested in a two-apostrophe quotation", "''As he said, 'Let's go.' Then we left,'' she said.", ["As he said, 'Let's go.' Then we left,", "Let's go. < As he said, 'Let's go.' Then we left,"]],
    ["inches and triple apostrophes are no quotes", "A 12'' pipe and a '''bold''' word.", []],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(found(text), expected));
  }

  it('a block quotation: opened at a paragraph start, closed by a lone mark ending a later paragraph', () => {
    const text = '"Reposted lead with a "quoted phrase" inside.\n"A quote," he said.\nMore reposted text.” [1]\nFooter.';
    const qs = scanQuotes(text);
    assert.deepEqual(
      qs.map((q) => [text.slice(q.start, q.end), !!q.block]),
      [
        ['Reposted lead with a "quoted phrase" inside.\n"A quote," he said.\nMore reposted text.', true],
        ['quoted phrase', false],
        ['A quote,', false],
      ],
    );
  });

  it('a lone closing mark in mid-paragraph does not make a block', () => {
    const text = '"Stray opener and "a quote" here.\nLater a stray” mark in the middle.';
    assert.deepEqual(found(text), ['a quote']);
  });

  it('reports exact offsets of the content, marks excluded', () => {
    const text = 'A “bc” d';
    const [q] = scanQuotes(text);
    assert.deepEqual({ start: q.start, end: q.end, open: q.open, close: q.close, parent: q.parent }, { start: 3, end: 5, open: 2, close: 5, parent: -1 });
  });

  it('keeps offsets exact after emoji and CRLF', () => {
    const text = '😀 x\r\n“quote” y';
    const [q] = scanQuotes(text);
    assert.equal(text.slice(q.start, q.end), 'quote');
    assert.equal(q.start, 7);
  });
});
