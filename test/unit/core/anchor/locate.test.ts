import assert from 'node:assert/strict';
import { fuzzySearch, locate, makeAnchor } from '../../../../src/core/anchor';

describe('anchor/locate', () => {
  const text = 'Reyes spoke first. Later Reyes spoke again, and then Kowalski answered Reyes at length.';
  const nth = (needle: string, n: number) => {
    let at = -1;
    for (let i = 0; i <= n; i++) at = text.indexOf(needle, at + 1);
    return at;
  };
  const second = makeAnchor(text, nth('Reyes', 1), nth('Reyes', 1) + 5);

  it('keeps an anchor whose position still reads the quote', () => {
    const r = locate(text, second);
    assert.equal(r?.method, 'position');
    assert.equal(r?.anchor, second);
  });

  it('finds the right repeat of a name by its context after text moved', () => {
    const changed = 'Update: ' + text.replace('first', 'first of all');
    const r = locate(changed, second);
    assert.equal(r?.method, 'exact');
    assert.equal(r?.anchor.start, changed.indexOf('Later Reyes') + 6);
  });

  const quote = 'The council postponed the vote on the bridge toll until March.';
  const doc = `Intro text here.\n\n${quote}\n\nMore text follows.`;
  const qa = makeAnchor(doc, doc.indexOf(quote), doc.indexOf(quote) + quote.length);
  const table: { name: string; text: string; method: string | null; exact?: string }[] = [
    { name: 'a lightly edited quote is found approximately', text: doc.replace('postponed', 'postponed again').replace('Intro', 'An intro'), method: 'fuzzy', exact: quote.replace('postponed', 'postponed again') },
    { name: 'a typo fix inside the quote is found approximately', text: doc.replace('council', 'councel'), method: 'fuzzy', exact: quote.replace('council', 'councel') },
    { name: 'a rewritten quote is orphaned', text: doc.replace(quote, 'Something else entirely was decided by a different body today.'), method: null },
    { name: 'a deleted quote is orphaned', text: doc.replace(quote, ''), method: null },
  ];
  for (const c of table) {
    it(c.name, () => {
      const r = locate(c.text, qa);
      assert.equal(r?.method ?? null, c.method);
      if (c.exact) assert.equal(r?.anchor.exact, c.exact);
    });
  }

  it('does not fuzzy-match short quotes', () => {
    const a = makeAnchor('Reyes said', 0, 5);
    assert.equal(locate('Reyas said', a), null);
  });

  it('fuzzySearch respects the error bound and prefers the nearest match', () => {
    const t = 'alpha bravo charlie ... alpha brave charlie ... alpha bravo charlie';
    assert.equal(fuzzySearch(t, 'alpha bravo charlie', 0, 0)?.start, 0);
    assert.equal(fuzzySearch(t, 'alpha bravo charlie', 0, 60)?.start, t.lastIndexOf('alpha bravo'));
    const m = fuzzySearch(t, 'alpha bravx charlie', 1, 30);
    assert.equal(m?.start, t.indexOf('alpha brave'));
    assert.equal(m?.errors, 1);
    assert.equal(fuzzySearch(t, 'omega delta foxtrot', 3, 0), null);
  });
});
