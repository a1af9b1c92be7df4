import assert from 'node:assert/strict';
import path from 'node:path';
import { ExportPathError, isInside, safeJoin, sanitizeRelativePath } from '../../../../src/core/export';

describe('export paths', () => {
  const dest = path.resolve('/tmp/newsmark-dest');

  const sanitized: Array<[string, string]> = [
    ['news/a.txt', 'news/a.txt'],
    ['../../etc/passwd', 'etc/passwd'],
    ['/abs/path/a.txt', 'abs/path/a.txt'],
    ['a/./b/../c.txt', 'a/b/c.txt'],
    ['..\\..\\win\\a.txt', 'win/a.txt'],
    ['C:\\Users\\x\\a.txt', 'C_/Users/x/a.txt'],
    ['a:b|c?.txt', 'a_b_c_.txt'],
    ['con.txt', '_con.txt'],
    ['trailing. ', 'trailing'],
    ['..', 'document'],
    ['', 'document'],
  ];
  for (const [input, want] of sanitized) {
    it(`sanitizes ${JSON.stringify(input)} to ${JSON.stringify(want)}`, () => {
      const got = sanitizeRelativePath(input);
      assert.equal(got, want);
      assert.ok(isInside(dest, safeJoin(dest, got)), 'a sanitized path always stays inside');
    });
  }

  const refused = ['../x', 'a/../../x', '..', '.', '', '/etc/passwd', 'C:\\x', 'a/../..'];
  for (const rel of refused) {
    it(`refuses ${JSON.stringify(rel)}`, () => assert.throws(() => safeJoin(dest, rel), ExportPathError));
  }

  it('joins ordinary relative paths inside the destination', () => {
    assert.equal(safeJoin(dest, 'a/b.ann'), path.join(dest, 'a', 'b.ann'));
    assert.equal(safeJoin(dest, 'a/../b.ann'), path.join(dest, 'b.ann'));
  });

  it('does not mistake a sibling folder with the same prefix for the inside', () => {
    assert.equal(isInside(dest, `${dest}-evil/x`), false);
    assert.equal(isInside(dest, path.join(dest, '..x')), true);
  });
});
