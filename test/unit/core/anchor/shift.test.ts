import assert from 'node:assert/strict';
import { makeAnchor, shiftAnchor, shiftAnchorThrough, type TextEdit } from '../../../../src/core/anchor';

/** Apply an edit to a string the same way the editor would. */
function apply(text: string, e: TextEdit): string {
  return text.slice(0, e.offset) + e.insertText + text.slice(e.offset + e.deleteLength);
}

describe('anchor/shift', () => {
  const text = 'Mayor Tomas Reyes said the plan needs work.';
  const start = text.indexOf('Tomas Reyes');
  const anchor = makeAnchor(text, start, start + 'Tomas Reyes'.length);

  const cases: { name: string; edit: TextEdit; state: string; exact: string }[] = [
    { name: 'insertion before moves it', edit: { offset: 0, deleteLength: 0, insertText: 'The ' }, state: 'moved', exact: 'Tomas Reyes' },
    { name: 'insertion right at the start stays outside', edit: { offset: start, deleteLength: 0, insertText: 'Dr. ' }, state: 'moved', exact: 'Tomas Reyes' },
    { name: 'insertion right at the end stays outside', edit: { offset: start + 11, deleteLength: 0, insertText: ' Jr.' }, state: 'unchanged', exact: 'Tomas Reyes' },
    { name: 'deletion after leaves it', edit: { offset: 30, deleteLength: 5, insertText: '' }, state: 'unchanged', exact: 'Tomas Reyes' },
    { name: 'deletion before shifts it back', edit: { offset: 0, deleteLength: 6, insertText: '' }, state: 'moved', exact: 'Tomas Reyes' },
    { name: 'replacement inside rewrites the quote', edit: { offset: start, deleteLength: 5, insertText: 'Tom' }, state: 'changed', exact: 'Tom Reyes' },
    { name: 'insertion inside grows it', edit: { offset: start + 6, deleteLength: 0, insertText: 'A. ' }, state: 'changed', exact: 'Tomas A. Reyes' },
    { name: 'deletion across the start keeps the rest', edit: { offset: start - 3, deleteLength: 9, insertText: '' }, state: 'changed', exact: 'Reyes' },
    { name: 'deletion across the end keeps the rest', edit: { offset: start + 6, deleteLength: 10, insertText: '' }, state: 'changed', exact: 'Tomas ' },
    { name: 'deleting the whole span orphans it', edit: { offset: start - 1, deleteLength: 13, insertText: '' }, state: 'deleted', exact: 'Tomas Reyes' },
    { name: 'replacing exactly the span orphans it', edit: { offset: start, deleteLength: 11, insertText: 'Ana Ruiz' }, state: 'deleted', exact: 'Tomas Reyes' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = shiftAnchor(anchor, c.edit);
      assert.equal(r.state, c.state);
      assert.equal(r.anchor.exact, c.exact);
      const after = apply(text, c.edit);
      if (c.state !== 'deleted') {
        // The shifted span reads exactly the (rewritten) quote, and the context still adjoins it.
        assert.equal(after.slice(r.anchor.start, r.anchor.end), r.anchor.exact);
        assert.ok(after.slice(0, r.anchor.start).endsWith(r.anchor.prefix));
        assert.ok(after.slice(r.anchor.end).startsWith(r.anchor.suffix));
      } else {
        assert.equal(r.anchor.start, r.anchor.end);
      }
    });
  }

  it('applies a sequence in order and follows a deleted point through later edits', () => {
    const edits: TextEdit[] = [
      { offset: start, deleteLength: 11, insertText: '' },
      { offset: 0, deleteLength: 0, insertText: 'XX' },
    ];
    const r = shiftAnchorThrough(anchor, edits);
    assert.equal(r.state, 'deleted');
    assert.equal(r.anchor.start, start + 2);
  });

  it('a no-op edit returns the same anchor object', () => {
    assert.equal(shiftAnchorThrough(anchor, [{ offset: 3, deleteLength: 0, insertText: '' }]).anchor, anchor);
  });
});
