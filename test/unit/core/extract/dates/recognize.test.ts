import assert from 'node:assert/strict';
import fc from 'fast-check';
import { recognizeDates } from '../../../../../src/core/extract/dates/recognize';

type Case = [text: string, published: string | null, expected: [span: string, value: string | null][]];

const spans = (text: string, published: string | null) => recognizeDates(text, published).map((d) => [d.text, d.value]);

function table(title: string, cases: Case[]) {
  describe(title, () => {
    for (const [text, published, expected] of cases) {
      it(`${JSON.stringify(text)} @ ${published}`, () => assert.deepEqual(spans(text, published), expected));
    }
  });
}

const PUB = '2025-02-13'; // a Thursday

table('weekdays: the latest on or before publication unless the text points ahead', [
  ['Mr. Trump spoke on Wednesday.', PUB, [['Wednesday', '2025-02-12']]],
  ['They met on Friday in Istanbul.', PUB, [['Friday', '2025-02-07']]],
  ['The conference, which opens on Friday, is annual.', PUB, [['Friday', '2025-02-14'], ['annual', 'P1Y']]],
  ['They will meet on Friday.', PUB, [['Friday', '2025-02-14']]],
  ['The bridge will close to cars from 10 p.m. Friday.', PUB, [['10 p.m. Friday', '2025-02-14T22:00']]],
  ['The bridge closed to cars at 10 p.m. Friday.', PUB, [['10 p.m. Friday', '2025-02-07T22:00']]],
  ['He arrived Thursday.', PUB, [['Thursday', '2025-02-13']]],
  ['Earlier Wednesday, he met the envoy.', PUB, [['Earlier Wednesday', '2025-02-12']]],
  ['He told reporters later Monday that talks went well.', '2025-05-19', [['later Monday', '2025-05-19']]],
  ['Talks started last Friday in Istanbul.', '2025-05-19', [['last Friday', '2025-05-16']]],
  ['By Thursday morning, the mood had changed.', PUB, [['Thursday morning', '2025-02-13']]],
  ['It happened on Monday.', '2025-01-01', [['Monday', '2024-12-30']]],
  ['The paper said on Wednesday, Feb. 12, 2025, that it would close.', PUB, [['Wednesday, Feb. 12, 2025', '2025-02-12']]],
  ['Offices close on Mondays.', PUB, [['Mondays', 'XXXX-WXX-1']]],
]);

table('months, days and years', [
  ['as of Jan. 20, the U.S. had provided aid', PUB, [['Jan. 20', '2025-01-20']]],
  ['the edition of 13 Feb 2025: A1', PUB, [['13 Feb 2025', '2025-02-13']]],
  ['They met in New York in September.', PUB, [['September', '2024-09']]],
  ['Sales fell in December.', '2025-01-10', [['December', '2024-12']]],
  ['The deadline is Feb. 28.', PUB, [['Feb. 28', '2025-02-28']]],
  ['It would have expired last May.', PUB, [['last May', '2024-05']]],
  ['In late April, he issued a rebuke.', '2025-05-19', [['late April', '2025-04']]],
  ['Prices rose in mid-March.', '2025-05-01', [['mid-March', '2025-03']]],
  ['In January this year, police arrived.', PUB, [['January this year', '2025-01']]],
  ['The invasion began in 2014.', PUB, [['2014', '2014']]],
  ['a return to its pre-2014 borders', PUB, [['pre-2014', '2014']]],
  ['He served from 2014 to 2016.', PUB, [['2014', '2014'], ['2016', '2016']]],
  ['It was popular in the 1990s.', PUB, [['the 1990s', '199']]],
  ['It was popular in the ’90s and the early 2000s.', PUB, [['the ’90s', '199'], ['the early 2000s', '200']]],
  ['A man in his 70s', PUB, []],
  ['Filed on 2025-02-11 and 2/10/2025.', null, [['2025-02-11', '2025-02-11'], ['2/10/2025', '2025-02-10']]],
  ['It rose in the third quarter.', '2025-11-01', [['the third quarter', '2025-Q3']]],
  ['They meet at 3 p.m. Thursday.', PUB, [['3 p.m. Thursday', '2025-02-13T15:00']]],
  ['It happened at 3:30 a.m. local time on Sunday.', PUB, [['3:30 a.m.', '2025-02-09T03:30'], ['Sunday', '2025-02-09']]],
  ['Trading resumes Monday at 9:30 a.m.', PUB, [['Monday', '2025-02-17'], ['9:30 a.m.', '2025-02-17T09:30']]],
  ['Drones struck Kyiv overnight.', PUB, [['overnight', '2025-02-12']]],
]);

table('relative points', [
  ['Putin Call Expected Next Week', PUB, [['Next Week', '2025-W08']]],
  ['Putin said last month he was open to talks.', PUB, [['last month', '2025-01']]],
  ['Sales grew last month.', '2025-01-10', [['last month', '2024-12']]],
  ['It will open next month.', '2024-12-20', [['next month', '2025-01']]],
  ['He signed it last week.', '2025-01-02', [['last week', '2024-W52']]],
  ['The vote is this week.', '2024-12-31', [['this week', '2025-W01']]],
  ['a deal in Munich later this week', PUB, [['later this week', '2025-W07']]],
  ['an interview that aired last weekend', PUB, [['last weekend', '2025-W06-WE']]],
  ['The invasion began nearly three years ago.', PUB, [['nearly three years ago', '2022']]],
  ['She left two weeks ago.', PUB, [['two weeks ago', '2025-W05']]],
  ['Three hours later, he resigned.', PUB, [['Three hours later', null]]],
  ['going from 40 percent on July 14', '2016-08-01', [['July 14', '2016-07-14']]],
  ['Elections are due next year.', PUB, [['next year', '2026']]],
  ['The region was captured last summer.', PUB, [['last summer', '2024-SU']]],
  ['The deal was first proposed in the fall.', PUB, [['the fall', '2024-FA']]],
  ['The offensive is expected in the spring.', PUB, [['the spring', '2025-SP']]],
  ['We are here today.', PUB, [['today', '2025-02-13']]],
  ['He called yesterday.', '2025-03-01', [['yesterday', '2025-02-28']]],
]);

table('the tense of the clause chooses the year of a month without one', [
  ['The dividend will be paid Dec. 14.', '1989-10-26', [['Dec. 14', '1989-12-14']]],
  ['He must be returned to his father by Jan. 14.', '2000-01-06', [['Jan. 14', '2000-01-14']]],
  ['In March, the company said it would sell.', '1989-10-30', [['March', '1989-03']]],
  ['Shares fell in November.', '2025-02-13', [['November', '2024-11']]],
  ['The summit is expected in March.', '2025-02-13', [['March', '2025-03']]],
  ['the nine-page plan released Tuesday', '2016-02-25', [['Tuesday', '2016-02-23']]],
  ['The vote is set for Tuesday.', '2016-02-25', [['Tuesday', '2016-03-01']]],
  ['The deadline is Feb. 29.', '2025-02-13', [['Feb. 29', null]]],
]);

table('named days', [
  ['Shops close on Christmas Day.', PUB, [['Christmas Day', '2024-12-25']]],
  ['Families will gather for Thanksgiving.', '2024-11-01', [['Thanksgiving', '2024-11-28']]],
  ['The ceasefire held over Easter.', '2025-05-01', [['Easter', '2025-04-20']]],
  ['He was found on Thanksgiving Day.', '2000-01-06', [['Thanksgiving Day', '1999-11-25']]],
  ['Voters went to the polls on Election Day.', '2024-11-07', [['Election Day', '2024-11-05']]],
  ['It opens after Memorial Day and closes on Labor Day.', '2025-05-01', [['Memorial Day', '2025-05-26'], ['Labor Day', '2025-09-01']]],
  ['Flowers sold out by Valentine’s Day.', PUB, [['Valentine’s Day', '2025-02-14']]],
  ['Fireworks lit the sky on New Year’s Eve.', '2025-01-02', [['New Year’s Eve', '2024-12-31']]],
  ['Christmas shopping began in New York.', PUB, []],
]);

table('durations and sets', [
  ["Mr. Trump's actions in the last two days", PUB, [['the last two days', 'P2D']]],
  ['the first direct talks in more than three years', PUB, [['more than three years', 'P3Y']]],
  ['It has favored Russia for more than a year.', PUB, [['more than a year', 'P1Y']]],
  ['After a two-hour phone call', PUB, [['two-hour', 'PT2H']]],
  ['a 30-day ceasefire and a five-year term', PUB, [['30-day', 'P30D'], ['five-year', 'P5Y']]],
  ['he could end the war in one day', PUB, [['one day', 'P1D']]],
  ['for twenty four hours', PUB, [['twenty four hours', 'PT24H']]],
  ['The treaty was meant to last 50 years.', PUB, [['50 years', 'P50Y']]],
  ['He has ruled for a quarter of a century.', PUB, [['a quarter of a century', 'P25Y']]],
  ['Ukraine Marks 1,000 Days of War', PUB, [['1,000 Days', 'P1000D']]],
  ['The call came after weeks of pressure.', PUB, [['weeks', null]]],
  ['a city hit nightly with missiles', PUB, [['nightly', 'P1D']]],
  ['advances per day', PUB, [['per day', 'P1D']]],
  ['in month-on-month measures', PUB, [['month-on-month', 'P1M']]],
  ['Prices rose 3 percent year over year.', PUB, [['year over year', 'P1Y']]],
  ['twice a day', PUB, [['a day', 'P1D']]],
  ['a week-long push', PUB, [['week-long', 'P1W']]],
  ['a decades-long feud', PUB, [['decades-long', null]]],
  ['He quit days later, just weeks ago.', PUB, [['days later', null], ['just weeks ago', null]]],
  ['the party he reinvented a quarter-century ago', PUB, [['a quarter-century ago', '2000']]],
  ['in recent days', PUB, [['recent days', null]]],
  ['for the foreseeable future', PUB, [['the foreseeable future', null]]],
]);

table('no publication date: relative values are null, absolute ones stay', [
  ['Putin said last month he was open to talks.', null, [['last month', null]]],
  ['They met on Wednesday.', null, [['Wednesday', null]]],
  ['They met on Wednesday, Feb. 12.', null, [['Wednesday, Feb. 12', null]]],
  ['The invasion began three years ago.', null, [['three years ago', null]]],
  ['It began on March 3, 2020, and lasted 30 days.', null, [['March 3, 2020', '2020-03-03'], ['30 days', 'P30D']]],
]);

table('not dates', [
  ['We need a deal now, and soon.', PUB, []],
  ['He has recently said so, as in the past.', PUB, []],
  ['May I ask a question?', PUB, []],
  ['April Ryan asked the question.', PUB, []],
  ['The fall of Kabul shocked many.', PUB, []],
  ['The market saw a fall in prices.', PUB, []],
  ['About 2014 people attended; it cost $2015.', PUB, []],
  ['The 51 years old man and a 5-year-old boy', PUB, []],
  ['She watched "This Week" on ABC.', PUB, []],
  ['This is VOA Today.', PUB, []],
  ['He told “60 Minutes” so.', PUB, []],
  ['He read the Sunday Times before “Saturday Night Live”.', PUB, []],
  ['a second view, a quarter of the seats and a weekend show', PUB, []],
]);

describe('offsets', () => {
  it('are UTF-16 indices unaffected by emoji, CRLF and a byte-order mark', () => {
    const text = '\uFEFF😀 Title\r\n\r\nOn Friday, “Feb. 3” 🇺🇦 came.';
    const found = recognizeDates(text, PUB);
    assert.deepEqual(found.map((d) => d.text), ['Friday', 'Feb. 3']);
    for (const d of found) assert.equal(text.slice(d.start, d.end), d.text);
    assert.equal(found[0].start, text.indexOf('Friday'));
  });

  it('gives the same mentions in a long text, which is scanned in pieces cut at line breaks', () => {
    const line = 'On Friday, three years ago, the talks of Feb. 13, 2025 lasted 30 days.';
    const one = recognizeDates(line, PUB);
    const text = Array(3000).fill(line).join('\n'); // about 200 KB: several pieces
    const all = recognizeDates(text, PUB);
    assert.equal(all.length, one.length * 3000);
    all.forEach((d, k) => {
      const o = one[k % one.length];
      const shift = Math.floor(k / one.length) * (line.length + 1);
      assert.deepEqual(d, { ...o, start: o.start + shift, end: o.end + shift });
    });
  });

  it('never crosses a line break', () => {
    assert.deepEqual(spans('It ended in March\n2014 was different', PUB).map((x) => x[0]), ['March', '2014']);
  });

  const WORDS = ['on', 'Friday', 'last', 'the', 'month', 'Feb.', '13', ',', '2025', 'three', 'years', 'ago', '-', 'day', '30', 'mid', 'March', '\n', 'daily', 'a', 'p.m.', '😀', 'of', 'summer', '’', '90s'];
  it('spans are ordered, disjoint and match the text (property)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }), fc.constantFrom(' ', ''), (words, sep) => {
      const text = words.join(sep);
      let last = 0;
      for (const d of recognizeDates(text, PUB)) {
        assert.ok(d.start >= last && d.end > d.start);
        assert.equal(text.slice(d.start, d.end), d.text);
        last = d.end;
      }
    }));
  });
});
