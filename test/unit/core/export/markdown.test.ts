import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { exportToString } from '../../../../src/core/export';
import { escapeMarkdown } from '../../../../src/core/export/markdownEscape';
import { timexSortKey } from '../../../../src/core/export/timexOrder';
import { articleDoc, secondDoc } from '../../../fixtures/export/articles';

// markdown-it (present through @vscode/vsce, untyped here) renders the report as a reader's
// previewer would: with raw HTML allowed and bare URLs linkified — the worst case for injection.
type Md = { render(s: string): string; renderInline(s: string): string };
const MarkdownIt = createRequire(__filename)('markdown-it') as new (o: object) => Md;
const md = new MarkdownIt({ html: true, linkify: true });

const decode = (html: string) =>
  html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('markdown report', () => {
  const docs = [articleDoc(), secondDoc()];
  const report = exportToString(docs, 'markdown');
  const html = md.render(report);
  const OWN_EMPHASIS = '<em>(no longer found in the text)</em>'; // the report's own markup

  it('lets no article or note text become a link, image, HTML or a heading', () => {
    assert.doesNotMatch(html.split(OWN_EMPHASIS).join(''), /<a\s|<img|<b>|<script|<em>/);
    const headings = [...html.matchAll(/<h\d>(.*?)<\/h\d>/g)].map((m) => decode(m[1]));
    assert.ok(!headings.includes('not a heading'));
    assert.ok(decode(html).includes('Residents were told to visit www.evil.example or <b>click</b> [here](javascript:alert(1)) for *updates* & news.'));
    assert.ok(decode(html).includes('See [this](http://evil.example) <img src=x onerror=alert(1)> # not a heading'));
  });

  const injections = [
    '[x](http://e.example)', '![i](http://e.example/i.png)', '<script>alert(1)</script>', 'https://e.example/a',
    'www.e.example', 'mail@e.example', '**bold** _em_ `code`', '# h', '1. list', '- item', '> quote', '| a | b |',
    '&lt; &#60;', '\\[x\\](y)', 'line\n\n# heading\n<div>', '~~~\nfence', '[ref]: http://e.example',
  ];
  for (const s of injections) {
    it(`renders ${JSON.stringify(s)} as its own literal text`, () => {
      const out = md.render(`- ${escapeMarkdown(s)}`);
      assert.equal(decode(out).trim(), s.replace(/\s+/g, ' ').trim());
      assert.doesNotMatch(out, /<(?!\/?(ul|li)>)/, out);
    });
  }

  it('lists claims with status and note, quotes by speaker, actors with counts', () => {
    const text = decode(html);
    assert.match(text, /disputed \(statistic\): Repairs cost £4\.2 million/);
    assert.match(text, /Note: Checked with the council, who said "no comment"\. Follow up, Monday\./);
    assert.match(text, /Ana Li \(2\)/);
    assert.match(text, /Unknown speaker \(1\)/);
    assert.match(text, /Ana Li \(person\): 2 mentions/);
    assert.match(text, /Harbour Trust \(organization\): 1 mention\b/);
  });

  it('lists dates in chronological order, not text order', () => {
    const section = report.split('### Dates')[1].split('##')[0];
    const values = [...section.matchAll(/^- (.+?):/gm)].map((m) => m[1].replace(/\\/g, ''));
    assert.deepEqual(values, ['2025', '2026-03', '2026-11-17']);
  });

  const order: Array<[string, string]> = [
    ['2024', '2024-02'], ['2024-02', '2024-02-03'], ['2024-W05', '2024-02-01'], ['2024-SP', '2024-SU'],
    ['2024-FA', '2025'], ['2024-Q2', '2024-07'], ['199X', '2000'],
  ];
  for (const [a, b] of order) {
    it(`orders TIMEX ${a} before ${b}`, () => assert.ok(timexSortKey(a)! < timexSortKey(b)!));
  }
  it('gives durations, sets and null no position in time', () => {
    for (const v of ['P30D', 'PT2H', 'P1D', null, 'PRESENT_REF']) assert.equal(timexSortKey(v), undefined);
  });
});
