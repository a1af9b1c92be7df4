import assert from 'node:assert/strict';
import { parseNews } from '../../../../../src/core/parse';
import { LexiconIndex, isPossessive, recognize } from '../../../../../src/core/extract/actors/recognize';

/** "text/type" for every recognized actor, in order. */
function actors(text: string): string[] {
  return recognize(parseNews(text)).map((a) => `${text.slice(a.start, a.end)}/${a.type}`);
}

describe('recognize actors', () => {
  const cases: [string, string, string[]][] = [
    ['titles stay out of the span', 'Mr. Putin met President Emmanuel Macron in Paris on Monday.', ['Putin/person', 'Emmanuel Macron/person', 'Paris/place']],
    ['possessives stay out of the span', 'Mr. Trump’s aides flew to Berlin.', ['Trump/person', 'Berlin/place']],
    ['leading "the" stays out', 'A spokesman for the Kremlin said the talks would continue.', ['Kremlin/organization']],
    ['"The" of a publication stays in', 'The claim was first reported by The New York Times last week.', ['The New York Times/organization']],
    ['country inside a job title', 'CIA Director John Ratcliffe will travel to Riyadh.', ['CIA/organization', 'John Ratcliffe/person', 'Riyadh/place']],
    ['demonyms are not actors', 'Russian and Ukrainian officials met in Istanbul.', ['Istanbul/place']],
    ['an administration is named for a person', 'The Biden administration sent aid to Kyiv.', ['Biden/person', 'Kyiv/place']],
    ['two known names side by side are two names', 'He was a White House National Security Council adviser.', ['White House/organization', 'National Security Council/organization']],
    ['a long known name wins over pieces', 'Analysts at the Institute for the Study of War said so.', ['Institute for the Study of War/organization']],
    ['dotted abbreviations of places', 'The U.S. and the U.K. signed the deal.', ['U.S./place', 'U.K./place']],
    ['a personal title before an unlisted first name makes a person', 'The death of Justice Antonin Scalia changed the court.', ['Antonin Scalia/person']],
    ['a title before an organization word stays an organization', 'The Justice Department said so.', ['Justice Department/organization']],
    ['known organizations written in capitals mid-sentence', 'FACEBOOK and TWITTER users were angry.', ['FACEBOOK/organization', 'TWITTER/organization']],
    ['a word in capitals standing alone is a section label', 'ABSTRACT.\n\nOFFICIALS.\n\nThe mayor of Halden spoke.', ['Halden/place']],
    ['an adverb opening a sentence is no name', 'Nationally, Sanders trails. Naturally, the mayor of Halden agreed.', ['Sanders/person', 'Halden/place']],
    ['a surname opening a sentence stays a name when written mid-sentence too', 'Connolly, a Democrat, spoke. Reporters asked Connolly again.', ['Connolly/person', 'Connolly/person']],
    ['a dateline place in capitals', 'WASHINGTON (AP) — The senator spoke in Ohio.', ['WASHINGTON/place', 'AP/organization', 'Ohio/place']],
    ['an abbreviated title ending a run goes with the next name', 'Florida Sen. Marco Rubio and Ohio Gov. John Kasich spoke.', ['Florida/place', 'Marco Rubio/person', 'Ohio/place', 'John Kasich/person']],
    ['a party-state tag is no actor', 'Sen. Marco Rubio (R-Fla.) and Rep. Gwen Moore (D-Wis.) spoke.', ['Marco Rubio/person', 'Gwen Moore/person']],
    ['party members after an institution are no part of its name', 'Senate Republicans refused, and House Democrats objected.', ['Senate/organization', 'House/organization']],
    ['a gerund opening a sentence is no part of the name after it', 'Bashing Trump may be job one for Clinton. Impeaching Trump is another matter.', ['Trump/person', 'Clinton/person', 'Trump/person']],
    ['a name that ends like a gerund keeps its first word', 'Sterling Brown sang it. Channing Tatum danced.', ['Sterling Brown/person', 'Channing Tatum/person']],
    ['faiths and doctrines are no actors', 'He spoke of Christianity and Islam in Halden, and of Communism.', ['Halden/place']],
    ['a party label before a person is no part of the name', 'Libertarian Gary Johnson and Republican Mitt Romney spoke to the Democratic National Committee.', ['Gary Johnson/person', 'Mitt Romney/person', 'Democratic National Committee/organization']],
    ['a name joined by a slash to an organization is one too', 'The latest Reuters/Ipsos opinion poll showed it.', ['Reuters/organization', 'Ipsos/organization']],
    ['a title-case headline word is no acronym', 'Keep the Returns, Trump; Just Give Us a Few Figures\n\nMr. Trump will not give the US public his returns; we just keep asking for a few figures.', ['Trump/person', 'Trump/person', 'US/place']],
    ['AP state abbreviations after a city', 'Protests spread from Charlotte, N.C., to Concord, N.H., and Reno, Nev.', ['Charlotte/place', 'N.C./place', 'Concord/place', 'N.H./place', 'Reno/place', 'Nev./place']],
    ['ID is no organization', 'The state’s voter ID law and the ID rules were struck down.', []],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(actors(text), expected));
  }

  it('a plural title stays out of the span', () => {
    const found = actors('Presidents Obama and Bush met Senators Rubio and Cruz.');
    assert.ok(found.includes('Obama/person') && found.includes('Rubio/person'), found.join(', '));
    assert.ok(!found.some((a) => a.startsWith('Presidents') || a.startsWith('Senators')), found.join(', '));
  });

  const layout: [string, string, string[]][] = [
    ['byline names are people', 'By Marta Quill and Tobias Renn\n\nThe city council met on Monday.', ['Marta Quill/person', 'Tobias Renn/person']],
    [
      'photo credit after "Credit…"',
      'Workers leave the plant on Wednesday.Credit…Ilka Morrow/Coastal Wire\n\nThe plant closed.',
      ['Ilka Morrow/person', 'Coastal Wire/organization'],
    ],
    ['photo credit with "for"', 'Photo: A tram in the rain. Credit: Ravi Santamaria for The Guardian', ['Ravi Santamaria/person', 'The Guardian/organization']],
    ['wire author lists', 'Cullan, Alan; Yussef, Nancy A; Lyrenko, Jane.', ['Cullan, Alan/person', 'Yussef, Nancy A/person', 'Lyrenko, Jane/person']],
    ['dateline agency', 'HALDEN, Feb. 13 (Northwire) - Voltaris Energy said on Thursday it would cut jobs in Halden.', ['HALDEN/place', 'Northwire/organization', 'Voltaris Energy/organization', 'Halden/place']],
    [
      'a headline takes the names its article establishes, not its capitalized common words',
      'Council Freezes Fares as Ridership Slumps in Ashford\n\nThe council in Ashford voted to freeze fares, and ridership slumps were blamed.',
      ['Ashford/place', 'Ashford/place'],
    ],
    [
      'a title-case headline with a possessive is still a headline',
      'Marlow’s Final Column Explains Why She Sees Hope In Halden.\n\nThe writer Edith Marlow, who died Monday, used her final column to praise Halden. She sees hope there, and she explains why.',
      ['Marlow/person', 'Halden/place', 'Edith Marlow/person', 'Halden/place'],
    ],
    [
      'a title-case headline standing alone (an article being written) gives no names from its common words',
      'Battery Maker Delays Plant, Cutting 600 Jobs as Orders Slow\n\nBy Okonkwo Fairbanks',
      ['Okonkwo Fairbanks/person'],
    ],
    ['an opening line of names without linking words keeps them', 'Birmingham Public Park, Ala.\n\nThe park opened on Monday.', ['Birmingham Public Park/place', 'Ala./place']],
    [
      'a feed footer quotes its headline in title case: only real names come from it',
      'Mr. Trump spoke with Vladimir Putin on Tuesday.\n\nThe post Trump Backs Off His Demand That Russia Declare a Truce appeared first on The New York Times.',
      ['Trump/person', 'Vladimir Putin/person', 'Trump/person', 'Russia/place', 'The New York Times/organization'],
    ],
    ['a sentence-initial common word is not a name', 'The county met. County officials later said the county would pay.', []],
    ['an organization word, "for" and a name make one organization', 'She works at the Harwick Institute for Coastal Studies.', ['Harwick Institute for Coastal Studies/organization']],
    ['names inside hyphenated words', 'The Russia-Ukraine war and a Kremlin-backed plan.', ['Russia/place', 'Ukraine/place', 'Kremlin/organization']],
    ['first name and surname after a place-like first name', 'The deputy mayor, Sofia Lindqvist, spoke.', ['Sofia Lindqvist/person']],
    ['a parenthesis that is no dateline keeps the tagger’s reading', 'The talks in Vienna (Austria) went on.', ['Vienna/place', 'Austria/place']],
    ['an organization word, "of the" and a name make one organization', 'The report, prepared by the county’s Office of the Auditor, was released.', ['Office of the Auditor/organization']],
    ['a unit letter after a degree sign is no initial', 'Highs expected near 36°C. Cooling centers will open at the Eastside Community Hall.', ['Eastside Community Hall/place']],
  ];
  for (const [name, text, expected] of layout) {
    it(name, () => assert.deepEqual(actors(text), expected));
  }

  it('finds a surname again after the full name', () => {
    const text = 'Vice President JD Vance arrived in Munich. Vance met the chancellor.';
    assert.deepEqual(actors(text), ['JD Vance/person', 'Munich/place', 'Vance/person']);
  });

  it('gives exact offsets after a BOM, CRLF line breaks and emoji', () => {
    const text = '\uFEFF😀 Headline\r\n\r\nMr. Zelensky 🇺🇦 spoke with Chancellor Olaf Scholz in Berlin.\r\n';
    for (const a of recognize(parseNews(text))) assert.ok(['Zelensky', 'Olaf Scholz', 'Berlin'].includes(text.slice(a.start, a.end)), text.slice(a.start, a.end));
    assert.deepEqual(actors(text).map((a) => a.split('/')[0]), ['Zelensky', 'Olaf Scholz', 'Berlin']);
  });

  it('finds nothing in text without names', () => {
    assert.deepEqual(actors('the talks went on for hours, and nobody said much.'), []);
    assert.deepEqual(actors(''), []);
  });
});

describe('isPossessive', () => {
  it('matches what /^[\'’]s$/i matches', () => {
    for (const v of ["'s", '’s', "'S", '’S', 's', "'", "'ss", 'ſ', "'ſ", '`s', "''", 'is', '’t', "x's"]) assert.equal(isPossessive(v), /^['’]s$/i.test(v), v);
  });
});

describe('LexiconIndex', () => {
  it('answers for its own sentence only, though the buffers are shared', () => {
    const entry = { type: 'place' as const, canonical: 'X' };
    const long = new LexiconIndex([{ from: 1, to: 3, entry }, { from: 5, to: 6, entry }], 8);
    assert.equal(long.startingAt(5)?.from, 5);
    assert.equal(long.longerOver(2, 3), true);
    const short = new LexiconIndex([{ from: 0, to: 1, entry }], 3);
    assert.equal(short.startingAt(0)?.to, 1);
    for (const i of [1, 2, 3, 5, -1]) assert.equal(short.startingAt(i), undefined, String(i));
    assert.equal(short.longerOver(1, 3), false);
    assert.equal(short.longerOver(0, 1), false);
    assert.equal(new LexiconIndex([], 4).startingAt(0), undefined);
  });
});
