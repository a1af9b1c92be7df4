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
    ['a surname follows the full name seen in the document', 'Pete Hegseth arrived. Hegseth then spoke.', ['Pete Hegseth=Pete Hegseth', 'Hegseth=Pete Hegseth']],
    ['a lesser-known name keeps its middle initial', 'Marla J. Fenwick reported. Fenwick added more.', ['Marla J. Fenwick=Marla J. Fenwick', 'Fenwick=Marla J. Fenwick']],
    ['an initial of a well-known name', 'Then D. Trump wrote again.', ['D. Trump=Donald Trump']],
    ['two people of one family stay two', 'Ivan Zakharko and his wife, Kateryna Zakharko, fled.', ['Ivan Zakharko=Ivan Zakharko', 'Kateryna Zakharko=Kateryna Zakharko']],
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
