import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { codePointOffsets, polnearQuotes, readPolnearSplit, twoApostrophesAsMarks } from '../../../../scripts/eval/quotes';
import { corpusRoot, tempTree, withCorpus } from './helpers';

// A made-up article and its attributions in PolNeAR's brat standoff layout: T lines
// "id<TAB>Type start end[;start end]<TAB>text" with offsets in characters (code points),
// E lines tying Source, Cue and Content together.
const ARTICLE = [
  'Mayor Lena Ortiz said on Monday that the budget was “balanced and fair.”',
  '',
  '“We will not raise taxes,” she told reporters. “Not this year.”',
  '',
  'The council’s treasurer, Tom Reyes, said the plan “ignores the deficit” and called for an audit.',
  '',
  '“It is a good day 🙂 for the city,',
  '“and for everyone in it,” Ortiz added.',
].join('\n');

/** brat T line for the n-th occurrence of each fragment, offsets in code points. */
class Ann {
  lines: string[] = [];
  private t = 0;
  private e = 0;
  constructor(private text: string) {}
  span(type: string, ...fragments: (string | [string, number])[]): string {
    const ranges = fragments.map((f) => {
      const [s, nth] = typeof f === 'string' ? [f, 0] : f;
      let at = -1;
      for (let i = 0; i <= nth; i++) at = this.text.indexOf(s, at + 1);
      assert.ok(at >= 0, s);
      const cp = (units: number) => [...this.text.slice(0, units)].length;
      return [cp(at), cp(at + s.length), s] as const;
    });
    const id = `T${++this.t}`;
    this.lines.push(`${id}\t${type} ${ranges.map((r) => `${r[0]} ${r[1]}`).join(';')}\t${ranges.map((r) => r[2]).join(' ')}`);
    return id;
  }
  event(roles: Record<string, string>): void {
    const cue = roles.Cue;
    this.lines.push(`E${++this.e}\tAttribution:${cue} ${Object.entries(roles).map(([k, v]) => `${k}:${v}`).join(' ')}`);
  }
  toString(): string {
    return this.lines.join('\n') + '\n';
  }
}

function annotate(): string {
  const a = new Ann(ARTICLE);
  const s1 = a.span('Source', 'Mayor Lena Ortiz');
  const c1 = a.span('Cue', 'said');
  const k1 = a.span('Content', 'the budget was “balanced and fair.”');
  a.event({ Cue: c1, Source: s1, Content: k1 });
  const s2 = a.span('Source', 'she');
  const c2 = a.span('Cue', 'told');
  const k2 = a.span('Content', '“We will not raise taxes,”', '“Not this year.”');
  a.event({ Cue: c2, Source: s2, Content: k2 });
  const s3 = a.span('Source', 'The council’s treasurer, Tom Reyes');
  const c3 = a.span('Cue', ['said', 1]);
  const k3 = a.span('Content', 'the plan “ignores the deficit”');
  a.event({ Cue: c3, Source: s3, Content: k3 });
  const s4 = a.span('Source', ['Ortiz', 1]);
  const c4 = a.span('Cue', 'added');
  const k4 = a.span('Content', '“It is a good day 🙂 for the city,\n“and for everyone in it,”');
  a.event({ Cue: c4, Source: s4, Content: k4 });
  a.lines.push('#1\tAnnotatorNotes T1\tthe mayor');
  return a.toString();
}

const slice = (s: { start: number; end: number }) => ARTICLE.slice(s.start, s.end);

describe('eval reader: PolNeAR brat standoff (scripts/eval/quotes.ts)', () => {
  it("reads two apostrophes as double marks (the NYT articles' archive layout), offsets kept", () => {
    const text = "''We will win,'' said Mr. Brown. A 12'' pipe and '''bold''' text.";
    const article = new Ann(text);
    const k = article.span('Content', "''We will win,''");
    article.event({ Cue: article.span('Cue', 'said'), Source: article.span('Source', 'Mr. Brown'), Content: k });
    const { quotes } = polnearQuotes(text, article.toString());
    assert.deepEqual(quotes.map((q) => text.slice(q.start, q.end)), ['We will win,']);
    const marked = twoApostrophesAsMarks(text);
    assert.equal(marked.length, text.length);
    assert.ok(marked.startsWith('" We will win, " said'), marked);
    assert.ok(marked.includes("'''bold'''"), 'three apostrophes are left alone');
  });

  describe('polnearQuotes', () => {
    const ann = annotate();
    const { quotes, indirect } = polnearQuotes(ARTICLE, ann);

    it('turns contents that open with a quotation mark into quotes, the text between the marks, trimmed', () => {
      assert.deepEqual(quotes.map(slice), ['We will not raise taxes,', 'Not this year.', 'It is a good day 🙂 for the city,\n“and for everyone in it,']);
    });

    it('reads the multi-line annotation (its text continues on a bare line) and keeps a paragraph-reopening mark inside the quote', () => {
      assert.ok(ann.includes('\n“and for everyone in it,”\n'), 'the fixture has a continuation line');
      assert.equal(quotes.length, 3);
    });

    it('keeps the contents of the other attributions as indirect speech, where partial quotes lie', () => {
      assert.deepEqual(indirect.map(slice), ['the budget was “balanced and fair.”', 'the plan “ignores the deficit”']);
    });

    it('gives each quote its source spans, and a pronoun source the nearest earlier named source', () => {
      assert.deepEqual(quotes.map((q) => q.sources.map(slice)), [['she'], ['she'], ['Ortiz']]);
      assert.deepEqual(quotes.map((q) => q.antecedent && slice(q.antecedent)), ['Mayor Lena Ortiz', 'Mayor Lena Ortiz', undefined]);
    });

    it('maps brat code-point offsets past an emoji to UTF-16 offsets', () => {
      const ortiz = quotes[2].sources[0];
      assert.equal(ARTICLE.slice(ortiz.start, ortiz.end), 'Ortiz');
      // Read as UTF-16 offsets, the same numbers would be one unit short.
      const line = ann.split('\n').find((l) => l.endsWith('\tOrtiz'))!;
      const [s] = line.split('\t')[1].split(' ').slice(1).map(Number);
      assert.equal(ortiz.start, s + 1);
    });

    it('reads an annotation file with CRLF line ends like an LF one', () => {
      assert.deepEqual(polnearQuotes(ARTICLE, ann.replace(/\n/g, '\r\n')), { quotes, indirect });
    });

    it('skips the marks of a quotation nested in the quote, and takes a stray opening mark at a word end for a closing one', () => {
      const text = [
        '"Read the headline: “Harbour closed” and weep," Ruth Moe wrote.',
        '“He calls it “progress” at every meeting,” said Ola Berg.',
        '“Fares went up again this spring,“ Ola Berg said.',
        '“It is not "free," it is paid by riders,” Moe said.',
      ].join('\n');
      const a = new Ann(text);
      for (const [content, source] of [
        ['"Read the headline: “Harbour closed” and weep,"', 'Ruth Moe'],
        ['“He calls it “progress” at every meeting,”', 'Ola Berg'],
        ['“Fares went up again this spring,“', ['Ola Berg', 1]],
        ['“It is not "free," it is paid by riders,”', 'Moe'],
      ] as [string, string | [string, number]][]) {
        const s = a.span('Source', source);
        const k = a.span('Content', content);
        a.event({ Cue: s, Source: s, Content: k });
      }
      const got = polnearQuotes(text, a.toString()).quotes.map((q) => text.slice(q.start, q.end));
      assert.deepEqual(got, ['Read the headline: “Harbour closed” and weep,', 'He calls it “progress” at every meeting,', 'Fares went up again this spring,', 'It is not "free," it is paid by riders,']);
    });

    it('fails on a range outside the article rather than reading a wrong slice', () => {
      assert.throws(() => polnearQuotes('Short.', 'T1\tContent 0 99\t“Short.”\nE1\tAttribution:T1 Content:T1\n'), /outside the text/);
    });
  });

  describe('codePointOffsets', () => {
    it('is the identity for text without characters beyond U+FFFF', () => {
      const f = codePointOffsets('Zoë said “hej”');
      assert.deepEqual([0, 3, 14].map(f), [0, 3, 14]);
    });

    it('counts an astral character as two UTF-16 units', () => {
      const f = codePointOffsets('a🙂b😀c');
      assert.deepEqual([0, 1, 2, 3, 4, 5].map(f), [0, 1, 3, 4, 6, 7]);
    });
  });

  describe('readPolnearSplit', () => {
    it('reads text/<name>.txt with attributions/<name>_<annotator>.ann, the first annotator only', () => {
      const other = 'T1\tContent 0 5\t“Mayo\nE1\tAttribution:T1 Content:T1\n';
      const t = tempTree({
        'polnear/data/dev/text/city-budget.txt': ARTICLE,
        'polnear/data/dev/attributions/city-budget_0a1b.ann': annotate(),
        'polnear/data/dev/attributions/city-budget_ff00.ann': other,
        'polnear/data/dev/attributions/README': 'not an annotation',
      });
      try {
        const docs = readPolnearSplit(t.root, 'dev');
        assert.deepEqual(docs.map((d) => [d.name, d.quotes.length, d.indirect.length]), [['city-budget', 3, 2]]);
      } finally {
        t.cleanup();
      }
    });

    it('fails with a clear message for a missing split or a missing article', () => {
      assert.throws(() => readPolnearSplit('/nonexistent', 'dev'), /PolNeAR dev split not found under \/nonexistent\/polnear\/data\/dev/);
      const t = tempTree({ 'polnear/data/dev/text/x.txt': 'x', 'polnear/data/dev/attributions/gone_0a1b.ann': '' });
      try {
        assert.throws(() => readPolnearSplit(t.root, 'dev'), /attributions\/gone_0a1b\.ann has no article .*text\/gone\.txt/);
      } finally {
        t.cleanup();
      }
    });
  });

  describe('on the real corpus', () => {
    it('polnear/data/dev: annotated strings equal their text slices; quotes lie inside their marks', function () {
      withCorpus(this, 'polnear/data/dev', (dir) => {
        // Annotations straight from the files, independently of the reader.
        let spans = 0;
        for (const file of fs.readdirSync(path.join(dir, 'attributions')).filter((f) => f.endsWith('.ann'))) {
          const text = fs.readFileSync(path.join(dir, 'text', file.replace(/_[0-9a-f]+\.ann$/, '.txt')), 'utf8');
          const toUnits = codePointOffsets(text);
          for (const line of fs.readFileSync(path.join(dir, 'attributions', file), 'utf8').split('\n')) {
            const m = /^T\d+\t\S+ ([\d ;]+)\t(.*)$/.exec(line);
            if (!m) continue;
            spans++;
            const got = m[1].split(';').map((r) => r.trim().split(' ').map(Number)).map(([s, e]) => text.slice(toUnits(s), toUnits(e))).join(' ');
            // The text column stops at the annotation's first line break.
            assert.ok(got.startsWith(m[2]) && (got === m[2] || got[m[2].length] === '\n'), `${file}: ${JSON.stringify(m[2])} vs ${JSON.stringify(got)}`);
          }
        }
        assert.ok(spans > 1000, `${spans} spans`);
        const docs = readPolnearSplit(corpusRoot, 'dev');
        assert.ok(docs.length > 50, `${docs.length} articles`);
        let quotes = 0;
        for (const d of docs) {
          for (const q of d.quotes) {
            quotes++;
            assert.ok(q.start >= 0 && q.start < q.end && q.end <= d.text.length);
            const s = d.text.slice(q.start, q.end);
            assert.equal(s, s.trim(), `${d.name}: trimmed`);
            assert.match(d.text.slice(0, q.start), /(?:["“„]|(?<!')'')\s*$/, `${d.name}: ${JSON.stringify(s.slice(0, 40))} follows an opening mark`);
            assert.ok(q.sources.every((r) => r.start < r.end && r.end <= d.text.length));
          }
        }
        assert.ok(quotes > 100, `${quotes} quotes`);
      });
    });
  });
});
