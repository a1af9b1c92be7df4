import assert from 'node:assert/strict';
import { estimateBytes } from '../../../../src/core/sidecar/save';
import { renderSidecar } from '../../../../src/core/sidecar/save';
import { MAX_FILE_BYTES } from '../../../../src/core/sidecar/load';
import { loadSidecar, saveSidecar, SidecarError, setStatus, updateSidecar } from '../../../../src/core/sidecar';
import { ARTICLE, BASE, extraction } from './helpers';
import { MemoryFileSystem } from './memory-fs';

const SRC = 'news/council-vote.txt';
const SIDE = 'news/council-vote.txt.annotations.yaml';
const base = updateSidecar(null, extraction(ARTICLE, BASE), ARTICLE, { file: 'council-vote.txt' }).sidecar;

describe('sidecar/save', () => {
  it('never writes a sidecar too large to be read back, and says why', async () => {
    const fs = new MemoryFileSystem({ [SRC]: ARTICLE });
    await saveSidecar(fs, SIDE, null, base);
    const before = fs.files.get(SIDE);
    // The same annotations many times over, as a 5 MB source would have them.
    const copies = Math.ceil(MAX_FILE_BYTES / estimateBytes(base)) + 1;
    const huge = { ...base, annotations: Array.from({ length: copies }, (_, k) => base.annotations.map((a) => ({ ...a, id: `${a.id}-${k}` }))).flat() };
    await assert.rejects(saveSidecar(fs, SIDE, null, huge), (e: unknown) => e instanceof SidecarError && e.code === 'too-large' && /annotations make about [\d.]+ MB/.test(e.message));
    assert.equal(fs.files.get(SIDE), before, 'the file on disk is untouched');
  });

  it('estimates a sidecar\'s size from below (so a sidecar that fits is never refused)', () => {
    const text = renderSidecar(null, base).text;
    assert.ok(estimateBytes(base) <= text.length, `${estimateBytes(base)} > ${text.length}`);
    assert.ok(estimateBytes(base) > text.length / 4, 'and not uselessly low');
  });

  it('writes through a temp file in the same directory and renames it into place', async () => {
    const fs = new MemoryFileSystem({ [SRC]: ARTICLE });
    const r = await saveSidecar(fs, SIDE, null, base);
    assert.equal(r.written, true);
    assert.equal(fs.renames.length, 1);
    const [from, to] = fs.renames[0];
    assert.equal(to, SIDE);
    assert.match(from, /^news\/\.council-vote\.txt\.annotations\.yaml\.\d+\.\d+\.tmp$/);
    assert.deepEqual([...fs.files.keys()].sort(), [SRC, SIDE]);
  });

  it('does not write at all when nothing changed, and the file stays byte-identical', async () => {
    const fs = new MemoryFileSystem({ [SRC]: ARTICLE });
    await saveSidecar(fs, SIDE, null, base);
    const before = fs.files.get(SIDE);
    const loaded = (await loadSidecar(fs, SRC, ARTICLE))!;
    const again = updateSidecar(loaded.sidecar, extraction(ARTICLE, BASE), ARTICLE, { file: 'council-vote.txt' });
    const r = await saveSidecar(fs, SIDE, loaded.document, again.sidecar);
    assert.equal(r.written, false);
    assert.equal(fs.writes.length, 1);
    assert.equal(fs.files.get(SIDE), before);
  });

  it('a failed rename leaves the old file whole and no temp file behind', async () => {
    const fs = new MemoryFileSystem({ [SRC]: ARTICLE });
    await saveSidecar(fs, SIDE, null, base);
    const before = fs.files.get(SIDE);
    fs.failRename = true;
    const loaded = (await loadSidecar(fs, SRC, ARTICLE))!;
    const changed = setStatus(loaded.sidecar, loaded.sidecar.annotations.find((a) => a.kind === 'claim')!.id, 'false');
    await assert.rejects(saveSidecar(fs, SIDE, loaded.document, changed), /rename failed/);
    assert.equal(fs.files.get(SIDE), before);
    assert.deepEqual([...fs.files.keys()].sort(), [SRC, SIDE]);
  });

  for (const [name, broken] of [
    ['conflict markers', (t: string) => t.replace('annotations:\n', '<<<<<<< ours\nannotations:\n=======\n>>>>>>> theirs\n')],
    ['invalid YAML', (t: string) => t.replace('kind: quote', 'kind: [quote')],
  ] as const) {
    it(`never overwrites a sidecar that became unreadable (${name}); the in-memory one is intact`, async () => {
      const fs = new MemoryFileSystem({ [SRC]: ARTICLE });
      await saveSidecar(fs, SIDE, null, base);
      const loaded = (await loadSidecar(fs, SRC, ARTICLE))!;
      const bad = broken(fs.files.get(SIDE)!);
      fs.files.set(SIDE, bad);
      const changed = setStatus(loaded.sidecar, loaded.sidecar.annotations.find((a) => a.kind === 'claim')!.id, 'false');
      await assert.rejects(saveSidecar(fs, SIDE, loaded.document, changed), (e: unknown) => e instanceof SidecarError && e.code === 'unsafe-overwrite');
      assert.equal(fs.files.get(SIDE), bad);
      assert.equal(changed.annotations.find((a) => a.kind === 'claim')!.status, 'false');
    });
  }
});

describe('sidecar/save with a hand-formatted file', () => {
  it('keeps aligned comments and flow spacing on untouched lines, and skips the write when unchanged', async () => {
    const fs = new MemoryFileSystem({ [SRC]: ARTICLE });
    await saveSidecar(fs, SIDE, null, base);
    const hand = fs.files.get(SIDE)!
      .replace('version: 1\n', 'version: 1            # aligned\n')
      .replace('aliases: [ Reyes ]', 'aliases: [Reyes]   # tight')
      .replace(/^( {4}status: unverified)$/m, '$1       # to check');
    fs.files.set(SIDE, hand);
    const writes = fs.writes.length;
    const loaded = (await loadSidecar(fs, SRC, ARTICLE))!;
    assert.equal((await saveSidecar(fs, SIDE, loaded.document, loaded.sidecar)).written, false);
    assert.equal(fs.writes.length, writes);
    const changed = setStatus(loaded.sidecar, loaded.sidecar.annotations.find((a) => a.kind === 'claim')!.id, 'verified');
    const r = await saveSidecar(fs, SIDE, loaded.document, changed);
    assert.equal(r.written, true);
    const out = fs.files.get(SIDE)!;
    assert.ok(out.includes('version: 1            # aligned\n'));
    assert.ok(out.includes('aliases: [Reyes]   # tight'));
    assert.match(out, /^ {4}edited: true\n(.*\n)* {4}status: verified # to check$/m);
  });
});

describe('sidecar/save after the file changed on disk', () => {
  it('refuses to overwrite a hand edit made since loading, unless forced', async () => {
    const fs = new MemoryFileSystem({ [SRC]: ARTICLE });
    await saveSidecar(fs, SIDE, null, base);
    const loaded = (await loadSidecar(fs, SRC, ARTICLE))!;
    const handEdited = fs.files.get(SIDE)!.replace('status: unverified', 'status: verified');
    fs.files.set(SIDE, handEdited);
    const mine = setStatus(loaded.sidecar, loaded.sidecar.annotations.find((a) => a.kind === 'quote')!.id, 'false');
    await assert.rejects(saveSidecar(fs, SIDE, loaded.document, mine), (e: unknown) => e instanceof SidecarError && e.code === 'changed-on-disk');
    assert.equal(fs.files.get(SIDE), handEdited);
    const forced = await saveSidecar(fs, SIDE, loaded.document, mine, { force: true });
    assert.equal(forced.written, true);
    // The document a save returns is the one to save through next time: no conflict then.
    const next = setStatus(mine, mine.annotations.find((a) => a.kind === 'claim')!.id, 'disputed');
    assert.equal((await saveSidecar(fs, SIDE, forced.document, next)).written, true);
  });
});
