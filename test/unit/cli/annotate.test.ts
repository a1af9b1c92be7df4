import assert from 'node:assert/strict';
import { runAnnotate } from '../../../src/cli/annotate';
import { MAX_FILE_BYTES, parseSidecar } from '../../../src/core/sidecar';
import { ARTICLE } from '../core/sidecar/helpers';
import { MemoryFileSystem } from '../core/sidecar/memory-fs';

async function run(fs: MemoryFileSystem, paths: string[], opts: { published?: string } = {}) {
  let out = '';
  let err = '';
  const code = await runAnnotate(paths, opts, { stdout: (s) => (out += s), stderr: (s) => (err += s), fs });
  return { code, out, err };
}

const SIDE = '.annotations.yaml';

describe('cli/annotate', () => {
  it('creates sidecars for .txt and .md sources in folders, skipping node_modules, .git and sidecars', async () => {
    const fs = new MemoryFileSystem({
      'w/a.txt': ARTICLE,
      'w/sub/b.md': '# Title\n\nThe mayor said "no" on Monday.\n',
      'w/node_modules/x.txt': 'skip me',
      'w/.git/y.txt': 'skip me',
      'w/data.json': '{}',
    });
    const r = await run(fs, ['w']);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual([...fs.files.keys()].filter((k) => k.endsWith(SIDE)).sort(), ['w/a.txt' + SIDE, 'w/sub/b.md' + SIDE]);
    assert.match(r.out, /^w\/a\.txt: created: \d+ added, 0 kept, 0 re-anchored, 0 orphaned/m);
    const s = parseSidecar(fs.files.get('w/a.txt' + SIDE)!, ARTICLE).sidecar;
    assert.equal(s.source.file, 'a.txt');
  });

  it('a second run on unchanged sources writes nothing', async () => {
    const fs = new MemoryFileSystem({ 'w/a.txt': ARTICLE });
    await run(fs, ['w/a.txt']);
    const writes = fs.writes.length;
    const r = await run(fs, ['w/a.txt']);
    assert.equal(r.code, 0);
    assert.match(r.out, /w\/a\.txt: unchanged: 0 added/);
    assert.equal(fs.writes.length, writes);
  });

  it('re-anchors after the source changed and lists orphans (kept in the sidecar)', async () => {
    const fs = new MemoryFileSystem({ 'w/a.txt': ARTICLE });
    await run(fs, ['w/a.txt']);
    const sidecar = fs.files.get('w/a.txt' + SIDE)!;
    // A hand-made note on text that is about to be deleted, and the rest shifted down.
    const at = ARTICLE.indexOf('older Mill Street crossing');
    assert.match(sidecar, /^annotations:\n  - /m);
    const withNote = sidecar.replace(/^annotations:\n/m, () =>
      `annotations:\n  - id: n-000001\n    kind: note\n    origin: manual\n    note: check the bridge name\n    anchor:\n      start: ${at}\n      end: ${at + 26}\n      exact: older Mill Street crossing\n      prefix: ""\n      suffix: ""\n`);
    fs.files.set('w/a.txt' + SIDE, withNote);
    fs.files.set('w/a.txt', 'Editor\'s note: updated.\n\n' + ARTICLE.replace('older Mill Street crossing', 'ring road'));
    const r = await run(fs, ['w/a.txt']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /updated: .*[1-9]\d* re-anchored( \(\d+ approximate\))?, [1-9]\d* orphaned/);
    assert.match(r.out, /orphaned note n-000001: "older Mill Street crossing"/);
    assert.ok(/orphaned: true/.test(fs.files.get('w/a.txt' + SIDE)!));
  });

  it('reports a broken sidecar with its line, leaves it untouched, goes on with the others, exits 1', async () => {
    const fs = new MemoryFileSystem({ 'w/a.txt': ARTICLE, 'w/b.txt': ARTICLE });
    await run(fs, ['w']);
    const broken = fs.files.get('w/a.txt' + SIDE)!.replace('version: 1', 'version: 1\n<<<<<<< HEAD');
    fs.files.set('w/a.txt' + SIDE, broken);
    fs.files.set('w/b.txt', 'Update. ' + ARTICLE);
    const r = await run(fs, ['w']);
    assert.equal(r.code, 1);
    assert.match(r.err, /^w\/a\.txt\.annotations\.yaml:\d+:1: error: unresolved git merge conflict/m);
    assert.match(r.err, /left untouched/);
    assert.equal(fs.files.get('w/a.txt' + SIDE), broken);
    assert.match(r.out, /w\/b\.txt: updated/);
  });

  const bad: { name: string; files: Record<string, string>; paths: string[]; opts?: { published?: string }; code: number; err: RegExp }[] = [
    { name: 'a binary source', files: { 'w/bin.txt': 'abc\u0000def' }, paths: ['w/bin.txt'], code: 1, err: /^w\/bin\.txt: error: binary file \(NUL bytes\); skipped\n$/ },
    { name: 'an oversized source', files: { 'w/big.txt': 'x'.repeat(MAX_FILE_BYTES + 1) }, paths: ['w/big.txt'], code: 1, err: /^w\/big\.txt: error: larger than 10 MB; skipped\n$/ },
    { name: 'a missing path', files: {}, paths: ['nope.txt'], code: 1, err: /nope\.txt: error: no such file or folder/ },
    { name: 'a sidecar whose source is gone', files: { 'w/old.txt.annotations.yaml': 'version: 1\n', 'w/a.txt': 'Hello.' }, paths: ['w'], code: 1, err: /w\/old\.txt\.annotations\.yaml: error: the source old\.txt of this sidecar is gone/ },
    { name: 'a bad --published date', files: { 'w/a.txt': 'Hello.' }, paths: ['w'], opts: { published: '2025-02-30' }, code: 2, err: /--published must be a date YYYY-MM-DD/ },
    { name: 'no paths', files: {}, paths: [], code: 2, err: /give one or more/ },
  ];
  for (const c of bad) {
    it(`fails cleanly on ${c.name}`, async () => {
      const fs = new MemoryFileSystem(c.files);
      const before = new Map(fs.files);
      const r = await run(fs, c.paths, c.opts);
      assert.equal(r.code, c.code);
      assert.match(r.err, c.err);
      for (const [p, t] of before) assert.equal(fs.files.get(p), t, `${p} untouched`);
    });
  }

  it('--published is stored with its origin and used for the next runs', async () => {
    const fs = new MemoryFileSystem({ 'w/a.txt': 'The council met on Monday.\n' });
    await run(fs, ['w/a.txt'], { published: '2025-03-05' });
    const s = parseSidecar(fs.files.get('w/a.txt' + SIDE)!).sidecar;
    assert.deepEqual(s.published, { date: '2025-03-05', source: 'option' });
    const again = await run(fs, ['w/a.txt']);
    assert.match(again.out, /unchanged/);
  });
});
