import assert from 'node:assert/strict';
import { parseNews } from '../../../../../src/core/parse';
import { recognize } from '../../../../../src/core/extract/actors/recognize';
import { resolveEntities } from '../../../../../src/core/extract/actors/entities';

function entities(text: string): string[] {
  return resolveEntities(text, recognize(parseNews(text))).map((a) => `${a.text}=${a.entity}`);
}

describe('resolveEntities', () => {
  const cases: [string, string, string[]][] = [
    ['middle initials drop from the canonical name', 'President Vladimir V. Putin spoke. Mr. Putin later left.', ['Vladimir V. Putin=Vladimir Putin', 'Putin=Vladimir Putin']],
    ['country aliases share one name', 'The U.S. and the United States are one country, as is America.', ['U.S.=United States', 'United States=United States', 'America=United States']],
    ['a well-known surname alone gets the full name', 'Mr. Trump spoke to reporters.', ['Trump=Donald Trump']],
    ['a surname two well-known people share names neither alone', 'Mr. Johnson spoke to reporters.', ['Johnson=Johnson']],
    ['a generational suffix stays in the name and the surname before it links', 'Vice President Joseph R. Biden Jr. spoke. Mr. Biden then left.', ['Joseph R. Biden Jr.=Joseph R. Biden Jr.', 'Biden=Joseph R. Biden Jr.']],
    ['a lone surname is its well-known bearer among several of the family', 'Melania Trump spoke. Donald Trump listened. Then Trump left, and Ms. Trump stayed.', ['Melania Trump=Melania Trump', 'Donald Trump=Donald Trump', 'Trump=Donald Trump', 'Trump=Melania Trump']],
    ['an acronym heading a longer name is not that name', 'The DNC chairman spoke. Elaine Kamarck, of the DNC Rules Committee, agreed.', ['DNC=DNC', 'Elaine Kamarck=Elaine Kamarck', 'DNC Rules Committee=DNC Rules Committee']],
    ['a well-known full name keeps its middle initials apart (a lone surname: the one named first)', 'George H. W. Bush and George W. Bush met. Bush spoke.', ['George H. W. Bush=George H. W. Bush', 'George W. Bush=George W. Bush', 'Bush=George H. W. Bush']],
    ['a full name with a shared surname still takes its well-known form', 'Hillary Rodham Clinton spoke. Clinton then left.', ['Hillary Rodham Clinton=Hillary Clinton', 'Clinton=Hillary Clinton']],
    ['a surname of two words links to the full name', 'Bob Vander Plaats, who leads the group, spoke. Vander Plaats later left.', ['Bob Vander Plaats=Bob Vander Plaats', 'Vander Plaats=Bob Vander Plaats']],
    ['a surname follows the full name seen in the document', 'Pete Hegseth arrived. Hegseth then spoke.', ['Pete Hegseth=Pete Hegseth', 'Hegseth=Pete Hegseth']],
    ['a lesser-known name keeps its middle initial', 'Marla J. Fenwick reported. Fenwick added more.', ['Marla J. Fenwick=Marla J. Fenwick', 'Fenwick=Marla J. Fenwick']],
    ['an initial of a well-known name', 'Then D. Trump wrote again.', ['D. Trump=Donald Trump']],
    ['a dateline in capitals names what the body writes', 'HALDEN, Feb. 13 (Meridian Wire) - The mayor of Halden said the city of Halden would open shelters.', ['HALDEN=Halden', 'Meridian Wire=Meridian Wire', 'Halden=Halden', 'Halden=Halden']],
    ['two people of one family stay two', 'Ivan Zakharko and his wife, Kateryna Zakharko, fled.', ['Ivan Zakharko=Ivan Zakharko', 'Kateryna Zakharko=Kateryna Zakharko']],
    [
      'a shorter full name takes the fullest form of that person',
      'Vladimir V. Petrov, the mayor, met Ivan Kolar. Mr. Petrov spoke. Vladimir Petrov left on Friday.',
      ['Vladimir V. Petrov=Vladimir V. Petrov', 'Ivan Kolar=Ivan Kolar', 'Petrov=Vladimir V. Petrov', 'Vladimir Petrov=Vladimir V. Petrov'],
    ],
    [
      'a shorter full name first, the fuller one later',
      'Marla Fenwick reported on Monday. Marla J. Fenwick added more on Tuesday. Ms. Fenwick left.',
      ['Marla Fenwick=Marla J. Fenwick', 'Marla J. Fenwick=Marla J. Fenwick', 'Fenwick=Marla J. Fenwick'],
    ],
    [
      'a shared surname after an honorific: the person of that gender',
      'Ivan Zakharko and his wife, Kateryna Zakharko, fled. Ms. Zakharko said they would return. Mr. Zakharko said the house burned.',
      ['Ivan Zakharko=Ivan Zakharko', 'Kateryna Zakharko=Kateryna Zakharko', 'Zakharko=Kateryna Zakharko', 'Zakharko=Ivan Zakharko'],
    ],
    [
      'a shared surname alone: the person introduced first, even after a longer name with it',
      'Chris Murphy spoke first. Murphy said the bill would pass. Later, Anne Marie Murphy spoke. Murphy said it would not.',
      ['Chris Murphy=Chris Murphy', 'Murphy=Chris Murphy', 'Anne Marie Murphy=Anne Marie Murphy', 'Murphy=Chris Murphy'],
    ],
    ['wire author lists in natural order', 'Cullan, Alan; Yussef, Nancy A.', ['Cullan, Alan=Alan Cullan', 'Yussef, Nancy A=Nancy A. Yussef']],
    ['publication aliases', 'The Times reported it, and The New York Times confirmed.', ['The Times=The New York Times', 'The New York Times=The New York Times']],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(entities(text), expected));
  }

  it('the short form of the one organization a word heads is that organization', () => {
    const text = 'Voltaris Energy, a maker of batteries, delayed its plant. Voltaris shares fell 14 percent on Thursday.';
    const got = resolveEntities(text, recognize(parseNews(text))).map((a) => `${a.text}=${a.entity}/${a.type}`);
    assert.deepEqual(got, ['Voltaris Energy=Voltaris Energy/organization', 'Voltaris=Voltaris Energy/organization']);
  });

  it('gives every mention of one entity the same type', () => {
    const text = 'Pete Hegseth arrived in Brussels. Hegseth said NATO must act. Hegseth left.';
    const mentions = resolveEntities(text, recognize(parseNews(text))).filter((a) => a.entity === 'Pete Hegseth');
    assert.equal(mentions.length, 3);
    assert.ok(mentions.every((m) => m.type === 'person'));
  });
});
