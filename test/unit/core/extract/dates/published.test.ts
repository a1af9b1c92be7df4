import assert from 'node:assert/strict';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { newsParser } from '../../../../../src/core/parse';
import { publishedPlugin, detectPublished } from '../../../../../src/core/extract/dates/published';
import { datesPlugin } from '../../../../../src/core/extract/dates';

describe('detectPublished', () => {
  const cases: [title: string, text: string, expected: string | null][] = [
    ['a "Published" line', 'Title\nPublished Feb. 13, 2025\n\nThe talks began on Wednesday.', '2025-02-13'],
    ['"Published" wins over "Updated"', 'Updated Feb. 14, 2025, 5:02 p.m. ET\nPublished Feb. 13, 2025\n\nBody.', '2025-02-13'],
    ['an "Updated" line alone', 'Title\nUpdated 14 February 2025\n\nBody.', '2025-02-14'],
    ['a dateline takes its year from the copyright line', 'KYIV, Feb. 13 (Reuters) — Officials met.\n© 2025 Reuters', '2025-02-13'],
    ['a dateline does not take a year the story mentions', 'KYIV, Feb. 13 (Reuters) — Officials recalled the 2014 invasion.', null],
    ['"dated" inside a sentence is not metadata', 'Headline\n\nIn an email dated Feb. 12, 2012 — seven months before the attack — he warned them.', null],
    ['a timeline entry is not a date line', 'Headline\n\nOct. 31, 2012 The Obama hug.\nJune 16, 2015 Trump joins the race.', null],
    ['a byline with a date', 'By Jane Doe, March 3, 2024\n\nThe mayor spoke.', '2024-03-03'],
    ['"by the" is not a byline', 'Headline\nby the end of March 3, 2024, it was over.', null],
    ['a citation line at the end', 'Body text of the post.\n1. Title --- Summary. Doe, Jane. Wall Street Journal, Eastern edition; New York, N.Y.. 13 Feb 2025: A1.\nComments', '2025-02-13'],
    ['a parenthesised citation', 'As the paper put it (New York Times, Feb. 13, 2025), the talks are over.', '2025-02-13'],
    ['a "Retrieved … on" line', 'Body.\nRetrieved from https://example.org/a on 13 February 2025', '2025-02-13'],
    ['an ISO timestamp at the top', '2025-02-13T10:00:00Z\nHeadline\n\nBody.', '2025-02-13'],
    ['a date on its own line under the headline', 'Headline\nFebruary 13, 2025\n\nBody.', '2025-02-13'],
    ['an event date inside a sentence is not a publication date', 'Headline\n\nOn Feb. 3, 2024, the army attacked the town, officials said on Monday.', null],
    ['a Markdown byline with "Published" after a dash', '# Morning Briefing\n\n*By Jane Doe — Published Tuesday, June 10, 2025*\n\nThe bridge closes on Friday.', '2025-06-10'],
    ['a byline and a "Published" cue in one plain line', 'Headline\nBy Jane Doe | Published Feb. 13, 2025\n\nBody.', '2025-02-13'],
    ['no date at all', 'Nothing here mentions a day.', null],
    ['a month and day without any year', 'PARIS, Feb. 13 (AP) — Talks went on.', null],
  ];
  for (const [title, text, expected] of cases) it(title, () => assert.equal(detectPublished(text), expected));
});

describe('publishedPlugin with datesPlugin', () => {
  const processor = unified().use(newsParser).use(publishedPlugin).use(datesPlugin).freeze();
  function run(text: string, published?: string) {
    const file = new VFile({ value: text });
    if (published) {
      file.data.published = published;
      file.data.publishedSource = 'sidecar';
    }
    processor.runSync(processor.parse(file) as never, file);
    return file.data;
  }

  it('keeps a publication date given by the sidecar', () => {
    const data = run('Published Feb. 13, 2025\nThey met on Wednesday.', '2025-05-19');
    assert.equal(data.published, '2025-05-19');
    assert.equal(data.publishedSource, 'sidecar');
    assert.equal(data.dates?.find((d) => d.text === 'Wednesday')?.value, '2025-05-14');
  });

  it('detects the date from the text and resolves relative dates against it', () => {
    const data = run('Published Feb. 13, 2025\nThey met on Wednesday.');
    assert.equal(data.published, '2025-02-13');
    assert.equal(data.publishedSource, 'text');
    assert.equal(data.dates?.find((d) => d.text === 'Wednesday')?.value, '2025-02-12');
  });

  it('reports none and leaves relative values null when the text has no date', () => {
    const data = run('They met on Wednesday, three years ago.');
    assert.equal(data.published, null);
    assert.equal(data.publishedSource, 'none');
    assert.deepEqual(data.dates?.map((d) => [d.text, d.value]), [['Wednesday', null], ['three years ago', null]]);
  });
});
