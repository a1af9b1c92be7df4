import assert from 'node:assert/strict';
import { parseNews } from '../../../../src/core/parse/parse-news';
import type { NewsRoot, TokenNode } from '../../../../src/core/parse/types';

/** "value@start" for every non-whitespace token, the compact form the tables below use. */
function tokens(root: NewsRoot): string[] {
  return root.tokens.map((t) => `${t.value}@${t.start}`);
}

function sentences(root: NewsRoot): string[] {
  return root.children.flatMap((p) => p.children.map((s) => root.text.slice(s.start, s.end)));
}

function find(root: NewsRoot, value: string): TokenNode {
  const t = root.tokens.find((x) => x.value === value);
  assert.ok(t, `no token ${value}`);
  return t;
}

describe('parseNews tokens', () => {
  const cases: [string, string, string[]][] = [
    ['possessive split off a name', 'Mr. Trump’s call', ['Mr@0', '.@2', 'Trump@4', '’s@9', 'call@12']],
    ['straight possessive', "Russia's Putin", ['Russia@0', "'s@6", 'Putin@9']],
    ['contractions stay whole', 'don’t O’Brien', ['don’t@0', 'O’Brien@6']],
    ['dotted acronyms keep dots', 'the U.S. and U.N. at 5 p.m.', ['the@0', 'U.S.@4', 'and@9', 'U.N.@13', 'at@18', '5@21', 'p.m.@23']],
    ['acronym possessive', 'the U.S.’s stance', ['the@0', 'U.S.@4', '’s@8', 'stance@11']],
    ['initials are words plus periods', 'Vladimir V. Putin', ['Vladimir@0', 'V@9', '.@10', 'Putin@12']],
    ['money and percent', '$500 billion, 3.5% of 1,000', ['$@0', '500@1', 'billion@5', ',@12', '3.5@14', '%@17', 'of@19', '1,000@22']],
    ['dates and times stay one number', '2025-02-13 at 10:30', ['2025-02-13@0', 'at@11', '10:30@14']],
    ['hyphenated words', 'cease-fire 30-day', ['cease-fire@0', '30-day@11']],
    ['AT&T', 'AT&T and S&P', ['AT&T@0', 'and@5', 'S&P@9']],
    ['elided year', 'the ’90s', ['the@0', '’90s@4']],
    ['dashes and ellipses', 'war — and... more -- less', ['war@0', '—@4', 'and@6', '...@9', 'more@13', '--@18', 'less@21']],
    ['BOM does not shift offsets', '\uFEFFPutin said', ['Putin@1', 'said@7']],
    ['emoji keep their surrogate pairs', 'ok 👍🏽 Kyiv 🇺🇦 now', ['ok@0', '👍🏽@3', 'Kyiv@8', '🇺🇦@13', 'now@18']],
    ['accented letters', 'Zelenskyy met Müller in Zürich', ['Zelenskyy@0', 'met@10', 'Müller@14', 'in@21', 'Zürich@24']],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(tokens(parseNews(text)), expected));
  }

  it('gives every token exact offsets, its index and its text', () => {
    const text = '\uFEFF“Stop!” 😀 Mr. Trump’s $5.\r\n\r\nNext 🇺🇦 line.';
    const root = parseNews(text);
    root.tokens.forEach((t, i) => {
      assert.equal(t.index, i);
      assert.equal(text.slice(t.start, t.end), t.value);
    });
  });

  it('single-character tokens have their own character, below and above U+3100', () => {
    const text = 'a I 5 , ; “ ” ’ — … § © ½ € ︙ 中 文 、 ｡ 가 \u0100 \u30ff \u3100 \uffe5 x';
    const root = parseNews(text);
    for (const t of root.tokens) assert.equal(t.value, text.slice(t.start, t.end));
    assert.ok(root.tokens.filter((t) => t.end - t.start === 1).length >= 20);
  });

  it('kinds: word, number, punctuation, quote, symbol', () => {
    const root = parseNews('“Pay $5,” he said.');
    assert.deepEqual(root.tokens.map((t) => t.kind), ['quote', 'word', 'symbol', 'number', 'punctuation', 'quote', 'word', 'word', 'punctuation']);
  });
});

describe('parseNews quotation marks', () => {
  const cases: [string, string, [string, 'open' | 'close'][]][] = [
    ['curly double', '“Go,” he said.', [['“', 'open'], ['”', 'close']]],
    ['straight double', 'He said "no" and "yes."', [['"', 'open'], ['"', 'close'], ['"', 'open'], ['"', 'close']]],
    ['curly single inside double', '“It was ‘unrealistic’ now”', [['“', 'open'], ['‘', 'open'], ['’', 'close'], ['”', 'close']]],
    ['straight single quote vs apostrophe', "'don't' she said", [["'", 'open'], ["'", 'close']]],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const quotes = parseNews(text).tokens.filter((t) => t.kind === 'quote').map((t) => [t.value, t.quote]);
      assert.deepEqual(quotes, expected);
    });
  }

  it('a plural possessive apostrophe is punctuation, not a quote', () => {
    const t = find(parseNews('the officials’ plan'), '’');
    assert.equal(t.kind, 'punctuation');
    assert.equal(t.start, 13);
  });

  it('a trailing apostrophe closes an open single quotation', () => {
    const root = parseNews('He called it ‘the allies’ plan’ today.');
    assert.deepEqual(root.tokens.filter((t) => t.kind === 'quote').map((t) => `${t.quote}@${t.start}`), ['open@13', 'close@24', 'close@30']);
  });
});

describe('parseNews sentences', () => {
  const cases: [string, string, string[]][] = [
    ['titles and initials', 'Mr. Trump called President Vladimir V. Putin. Gen. Smith agreed.', ['Mr. Trump called President Vladimir V. Putin.', 'Gen. Smith agreed.']],
    ['decimals and numbered items', 'It rose 3.5 percent. No. 2 fell.', ['It rose 3.5 percent.', 'No. 2 fell.']],
    ['months before a day', 'On Jan. 20 he left. On Feb. 1 he came.', ['On Jan. 20 he left.', 'On Feb. 1 he came.']],
    ['acronym inside a sentence', 'The U.S. Senate voted. It passed.', ['The U.S. Senate voted.', 'It passed.']],
    ['acronym ending a sentence', 'He flew to the U.S. The talks began.', ['He flew to the U.S.', 'The talks began.']],
    ['closing quote stays with its sentence', '“Vladimir, STOP!” Mr. Trump wrote. “Why?” he asked.', ['“Vladimir, STOP!”', 'Mr. Trump wrote.', '“Why?” he asked.']],
    ['question and exclamation', 'Really? Yes! Fine.', ['Really?', 'Yes!', 'Fine.']],
    ['lowercase after a period does not split', 'Talks e.g. in Riyadh. Then more.', ['Talks e.g. in Riyadh.', 'Then more.']],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(sentences(parseNews(text)), expected));
  }

  it('on request keeps whitespace inside a sentence as WhiteSpaceNodes outside root.tokens', () => {
    const root = parseNews('Putin  spoke. Then', { whitespace: true });
    const first = root.children[0].children[0];
    assert.deepEqual(first.children.map((t) => `${t.type}:${t.start}-${t.end}:${t.index}`), ['WordNode:0-5:0', 'WhiteSpaceNode:5-7:-1', 'WordNode:7-12:1', 'PunctuationNode:12-13:2']);
    assert.equal(root.tokens.length, 4);
    assert.deepEqual(parseNews('Putin  spoke. Then').children[0].children[0].children.map((t) => t.type), ['WordNode', 'WordNode', 'PunctuationNode']);
  });

  it('shares one string for repeated short tokens and still gives each token its own text', () => {
    const text = 'the cat and the dog and the extraordinarily long word and the extraordinarily long word';
    const root = parseNews(text);
    for (const t of root.tokens) assert.equal(t.value, text.slice(t.start, t.end));
  });
});

describe('parseNews paragraphs', () => {
  function paragraphs(text: string): string[] {
    const root = parseNews(text);
    return root.children.map((p) => text.slice(p.start, p.end));
  }
  const cases: [string, string, string[]][] = [
    ['blank lines', 'Headline here\n\nFirst para. Two.\n\n\nLast', ['Headline here', 'First para. Two.', 'Last']],
    ['CRLF blank lines', 'Headline\r\n\r\nBody text.\r\n', ['Headline', 'Body text.']],
    ['one paragraph per line, CRLF', 'First line.\r\nSecond line.\r\nThird line.', ['First line.', 'Second line.', 'Third line.']],
    [
      'hard-wrapped text joins lines',
      'The talks in Riyadh went on for hours and hours without\nany result that the delegations could agree to report\nto their governments, officials said on Tuesday after\nthe meeting ended.\n\nNext.',
      ['The talks in Riyadh went on for hours and hours without\nany result that the delegations could agree to report\nto their governments, officials said on Tuesday after\nthe meeting ended.', 'Next.'],
    ],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(paragraphs(text), expected));
  }

  it('a headline without final punctuation is its own sentence', () => {
    assert.deepEqual(sentences(parseNews('Trump and Putin Talk\n\nThey spoke.')), ['Trump and Putin Talk', 'They spoke.']);
  });

  it('empty and whitespace-only text give an empty root spanning the text', () => {
    for (const text of ['', ' \r\n\n ', '\uFEFF']) {
      const root = parseNews(text);
      assert.equal(root.children.length, 0);
      assert.equal(root.end, text.length);
    }
  });
});

describe('parseNews token array', () => {
  it('holds every token once, in order, however dense or sparse the text', () => {
    for (const text of ['a,b;c.d!e?f', 'x', '', '   \n\n  ', 'Word' + ' '.repeat(400) + 'word', '1 2 3 4 5 6 7 8 9 . , ; : ! ? ( ) [ ]'.repeat(50)]) {
      const root = parseNews(text);
      assert.equal(Object.keys(root.tokens).length, root.tokens.length, 'no holes');
      root.tokens.forEach((t, i) => {
        assert.equal(t.index, i);
        if (i > 0) assert.ok(t.start >= root.tokens[i - 1].end);
      });
      const inSentences = root.children.flatMap((p) => p.children.flatMap((s) => s.children));
      assert.deepEqual(inSentences, root.tokens);
    }
  });
});

describe('parseNews sentences and paragraphs as runs', () => {
  const long = Array.from({ length: 150 }, (_, i) => `w${i}`).join(' ') + '.';
  const text = [long, 'Short one. Two words.', Array.from({ length: 70 }, (_, i) => `S${i} ends.`).join(' '), long].join('\n\n');
  function checkRuns(root: NewsRoot): void {
    let k = 0;
    for (const p of root.children) {
      assert.equal(p.start, p.children[0].start);
      assert.equal(p.end, p.children[p.children.length - 1].end);
      assert.equal(Object.keys(p.children).length, p.children.length, 'no holes');
      for (const s of p.children) {
        assert.equal(s.start, s.children[0].start);
        assert.equal(s.end, s.children[s.children.length - 1].end);
        assert.equal(Object.keys(s.children).length, s.children.length, 'no holes');
        for (const t of s.children) assert.equal(t, root.tokens[k++]);
      }
    }
    assert.equal(k, root.tokens.length);
  }

  it('every sentence and paragraph holds exactly its own items, however long', () => {
    const root = parseNews(text);
    checkRuns(root);
    assert.deepEqual(root.children.map((p) => p.children.length), [1, 2, 70, 1]);
    assert.equal(root.children[0].children[0].children.length, 151);
  });

  it('the same in a long text', () => {
    const parts = [text, 'A. B c. D e f. G h i j.', 'One two three four five six seven eight nine ten eleven twelve thirteen. K.'];
    const big = Array.from({ length: 1200 }, (_, i) => parts[i % 3]).join('\n\n');
    assert.ok(big.length >= 1 << 18);
    const root = parseNews(big);
    checkRuns(root);
    assert.deepEqual(root.children.slice(0, 6).map((p) => p.children.map((s) => s.children.length)), [[151], [3, 3], new Array(70).fill(3), [151], [5, 4, 5], [14, 2]]);
  });

  it('quotation marks carry their role from the start, as the last field', () => {
    const q = parseNews('“Go,” he said.').tokens.filter((t) => t.kind === 'quote');
    assert.deepEqual(q.map((t) => Object.keys(t)), [['type', 'kind', 'value', 'start', 'end', 'index', 'quote'], ['type', 'kind', 'value', 'start', 'end', 'index', 'quote']]);
  });
});
