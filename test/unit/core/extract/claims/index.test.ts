import assert from 'node:assert/strict';
import { findClaims } from '../../../../../src/core/extract/claims';
import { releaseWordScratch, sentenceFacts } from '../../../../../src/core/extract/claims/features';
import { findQuotes } from '../../../../../src/core/extract/quotes';
import type { ActorMention } from '../../../../../src/core/model';

const ACTORS = (text: string): ActorMention[] => {
  const out: ActorMention[] = [];
  for (const name of ['Trump', 'Zelensky']) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      out.push({ start: i, end: i + name.length, text: name, type: 'person', entity: name });
    }
  }
  return out;
};

function claims(text: string) {
  return findClaims(text, findQuotes(text, ACTORS(text))).map((c) => [c.kind, c.start, c.end]);
}

describe('claims', () => {
  const kinds: [string, string, string][] = [
    ['statistic: a figure', 'They agreed to exchange 1,000 prisoners each on Friday.', 'statistic'],
    ['statistic: money', 'The administration was demanding $500 billion in mineral rights.', 'statistic'],
    ['statistic: percent in words', 'Just 24 percent of the donors gave small amounts last year.', 'statistic'],
    ['a year is not a statistic', 'Russian elections were delayed under martial law after the invasion in 2022.', 'factual'],
    ['a duration is not a statistic', 'Officials met in Istanbul for their first direct talks in more than 3 years.', 'factual'],
    ['a date is not a statistic', 'The State Department said the aid had been provided as of Jan. 20 to the army.', 'attributed'],
    ['prediction: will', 'Negotiations to end the war will shape the future of the whole region.', 'prediction'],
    ['prediction: if … would', 'If the advances continued through the winter, it would give an advantage to Moscow.', 'prediction'],
    ['future reported by a named source is attributed', 'Mr. Zelensky will meet with the envoy at the conference, Mr. Trump said.', 'attributed'],
    ['attributed: said that', 'Mr. Zelensky said he asked Mr. Trump not to decide anything without Ukraine.', 'attributed'],
    ['attributed: according to', 'The envoy met the president in Moscow last week, according to a U.S. official.', 'attributed'],
    ['factual', 'Mr. Trump spoke separately with Mr. Zelensky and the European leaders on Monday.', 'factual'],
    ['a noun that looks like a reporting verb is not attribution', 'In that meeting, Russia stuck to its hard-line demands on the land in the east.', 'factual'],
    ['"claims that" is attribution', 'Mr. Zelensky has rejected the repeated claims that he is an illegitimate leader.', 'attributed'],
    ['a quoted phrase brought in by "called"', 'Mr. Trump on Wednesday called the prospect of a return to the borders “an unrealistic objective.”', 'attributed'],
  ];
  for (const [name, text, kind] of kinds) {
    it(name, () => assert.deepEqual(claims(text), [[kind, 0, text.length]]));
  }

  const nonClaims: [string, string][] = [
    ['headline', 'Trump and Putin Discuss End to War in Ukraine: Live Updates'],
    ['byline', 'Marc Santora and Anatoly Kurmanaev contributed reporting.'],
    ['author biography', 'Erica Green is a White House correspondent for The Times, covering the administration.'],
    ['opinion hedge', 'Mr. Trump appeared enthusiastic to surrender his mediating role to someone else.'],
    ['quotation with only a pronoun source', '“We just need to identify the most effective ways of moving toward peace,” he said.'],
    ['the writer’s own question', 'What will the two leaders do after the talks are over next week?'],
    ['web page furniture', 'Please enter your comment!'],
    ['a citation line of names', 'Cullison, Alan; Youssef, Nancy A; Lytvynenko, Jane Q.'],
    ['a prescription in the writer’s voice', 'A compromise is needed in order to end the conflict in the east.'],
    ['an evaluative adjective in the writer’s voice', 'The team discusses impressive starting positions for the talks.'],
    ['first-person prescription', 'We have to keep the drugs out of our country and protect the border.'],
    ['first-person stance', 'I agree with everything she said about the program last night.'],
  ];
  for (const [name, text] of nonClaims) {
    it(`not a claim: ${name}`, () => assert.deepEqual(claims(text), []));
  }

  it('sentences inside a block quotation are read as the article’s own', () => {
    const text = '"Mr. Trump said 40 people came to the rally on Monday.\nThe talks ended without a deal in Geneva last week.” [1]';
    assert.deepEqual(claims(text).map((c) => c[0]), ['statistic', 'factual']);
  });

  it('spans whole sentences with exact offsets, photo credit excluded', () => {
    const text = 'Headline Without A Stop\nMr. Trump said 40 people came to the rally. A caption of the scene in Kyiv last week.Credit…Jane Doe';
    assert.deepEqual(claims(text), [
      ['statistic', 24, 67],
      ['factual', 68, 109],
    ]);
  });

  it('a short sentence counts as ended through closing marks and brackets, and not without a stop', () => {
    // Under 12 words, a sentence is a claim only when it ends with . ! or ? (closing marks after it allowed).
    assert.deepEqual(claims('(The council approved the new budget on Monday.)').map((c) => c[0]), ['factual']);
    assert.deepEqual(claims("The council approved the new budget on Monday.')").map((c) => c[0]), ['factual']);
    assert.deepEqual(claims('The council approved the new budget on Monday'), []);
    assert.deepEqual(claims('The council approved the new budget on Monday”)'), []);
  });

  it('a question mark before closing marks makes the writer’s question', () => {
    assert.deepEqual(claims('Why did the council approve the budget that the mayor called “a disgrace?”'), []);
    assert.deepEqual(claims('Why did the council approve the budget that the mayor called "a disgrace?"'), []);
    assert.deepEqual(claims('The council approved the budget that the mayor called “a disgrace.”').map((c) => c[0]), ['factual']);
  });

  it('greetings open no claim, by their first words outside quotations', () => {
    assert.deepEqual(claims('Good evening, everyone, from the station for the hour ahead of the vote.'), []);
    assert.deepEqual(claims('Welcome back to the studio for the second hour of the program tonight.'), []);
    assert.deepEqual(claims('“Hello,” good evening, everyone, from our station for the hour ahead.'), []);
    // A good evening that is no greeting
    assert.deepEqual(claims('Good weather helped the harvest in the eastern valleys this autumn.').map((c) => c[0]), ['factual']);
    assert.deepEqual(claims('Unless the rains return, the reservoir would be empty by the autumn.').map((c) => c[0]), ['prediction']);
  });

  it('a number-for-number exchange is a statistic, in any case; other hyphenated words are not', () => {
    assert.deepEqual(claims('The two countries agreed to a nine-for-nine prisoner swap on Thursday.').map((c) => c[0]), ['statistic']);
    assert.deepEqual(claims('The two countries agreed to a Nine-For-Nine prisoner swap on Thursday.').map((c) => c[0]), ['statistic']);
    assert.deepEqual(claims('The two countries agreed to a long-term prisoner swap on Thursday.').map((c) => c[0]), ['factual']);
    assert.deepEqual(claims('The two countries agreed to a one-for-all prisoner swap on Thursday.').map((c) => c[0]), ['factual']);
  });

  it('sentence facts read their words after a later sentence was scanned, and after the scratch was released', () => {
    const text = 'Mr. Trump said “we will win” on Monday. She wrote ten thousand letters.';
    const first = sentenceFacts(text, { start: 0, end: 38 }, []);
    const second = sentenceFacts(text, { start: 39, end: text.length }, []);
    assert.deepEqual(first.all, ['mr', 'trump', 'said', 'we', 'will', 'win', 'on', 'monday']);
    releaseWordScratch();
    assert.deepEqual(second.words, ['wrote', 'ten', 'thousand', 'letters']);
    assert.equal(first.wordCount, 5); // said we will win on
  });

  it('a sentence of thousands of words grows the scratch and still counts them all', () => {
    const text = Array.from({ length: 6000 }, (_, i) => (i % 7 === 0 ? 'Word' : 'word')).join(' ') + '.';
    const f = sentenceFacts(text, { start: 0, end: text.length }, []);
    assert.deepEqual([f.letterWords, f.capitals, f.wordCount, f.all.length], [6000, 858, 5142, 6000]);
    assert.equal(findClaims(text, []).length, 1);
  });
});
