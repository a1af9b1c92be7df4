import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify } from 'yaml';
import { runExport } from '../../../src/cli/export';
import { articleDoc, ARTICLE_TEXT, SECOND_TEXT } from '../../fixtures/export/articles';

function capture() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (s: string) => { out.stdout += s; }, stderr: (s: string) => { out.stderr += `${s}\n`; } } };
}

/** Every file under dir, relative, sorted. */
function tree(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile() || e.isSymbolicLink())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

const sha = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');
/** The fixture sidecar as the sidecar module would have saved it for ARTICLE_TEXT. */
function storedSidecar() {
  const s = articleDoc().sidecar;
  return { ...s, source: { file: 'bridge.txt', sha256: sha(ARTICLE_TEXT) } };
}

describe('newsmark export (CLI)', () => {
  let root: string;
  let work: string;
  const cwd = process.cwd();

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'newsmark-export-'));
    work = path.join(root, 'work');
    mkdirSync(path.join(work, 'news'), { recursive: true });
    mkdirSync(path.join(work, 'node_modules'), { recursive: true });
    mkdirSync(path.join(work, '.git'), { recursive: true });
    mkdirSync(path.join(root, 'outside'), { recursive: true });
    writeFileSync(path.join(work, 'news', 'bridge.txt'), ARTICLE_TEXT);
    writeFileSync(path.join(work, 'news', 'bridge.txt.annotations.yaml'), stringify(storedSidecar()));
    writeFileSync(path.join(work, 'news', 'short.md'), SECOND_TEXT); // no sidecar: extracted
    writeFileSync(path.join(work, 'node_modules', 'dep.txt'), 'not a source');
    writeFileSync(path.join(work, '.git', 'HEAD.txt'), 'not a source');
    writeFileSync(path.join(root, 'outside', 'far.txt'), 'Far away in Oslo.');
    process.chdir(work);
  });
  afterEach(() => {
    process.chdir(cwd);
    rmSync(root, { recursive: true, force: true });
  });

  it('prints JSON for a folder: sidecar when there is one, extraction otherwise, skipping node_modules and .git', async () => {
    const { out, io } = capture();
    assert.equal(await runExport(['news', '.'], { format: 'json' }, io), 0, out.stderr);
    const docs = JSON.parse(out.stdout) as Array<{ source: string; sidecar: { source: { file: string; sha256: string }; annotations: unknown[] } }>;
    assert.deepEqual(docs.map((d) => d.source), ['news/bridge.txt', 'news/short.md']);
    assert.deepEqual(docs[0].sidecar, JSON.parse(JSON.stringify(storedSidecar())));
    assert.equal(docs[1].sidecar.source.file, 'short.md');
    assert.equal(docs[1].sidecar.source.sha256, sha(SECOND_TEXT));
  });

  it('prints CSV that csv-parse reads back row for row', async () => {
    const { out, io } = capture();
    assert.equal(await runExport(['news/bridge.txt'], { format: 'csv' }, io), 0);
    const rows = parseCsv(out.stdout, { bom: true, columns: true }) as Array<Record<string, string>>;
    assert.deepEqual(rows.map((r) => r.id), articleDoc().sidecar.annotations.map((a) => a.id).sort((a, b) => {
      const an = articleDoc().sidecar.annotations;
      const x = an.find((q) => q.id === a)!.anchor;
      const y = an.find((q) => q.id === b)!.anchor;
      return x.start - y.start || x.end - y.end;
    }));
  });

  const usage: Array<[string, string[], { format: string; out?: string }, RegExp]> = [
    ['brat without --out', ['news'], { format: 'brat' }, /--out/],
    ['an unknown format', ['news'], { format: 'xml' }, /unknown format "xml"/],
    ['no paths', [], { format: 'json' }, /at least one/],
  ];
  for (const [name, paths, opts, message] of usage) {
    it(`exits 2 for ${name}`, async () => {
      const { out, io } = capture();
      assert.equal(await runExport(paths, opts, io), 2);
      assert.match(out.stderr, message);
    });
  }

  it('writes brat with a byte-identical text copy, and refuses to overwrite without --force', async () => {
    const { out, io } = capture();
    assert.equal(await runExport(['news'], { format: 'brat', out: 'out' }, io), 0, out.stderr);
    assert.deepEqual(tree(path.join(work, 'out')), ['annotation.conf', 'news/bridge.ann', 'news/bridge.txt', 'news/short.md.ann', 'news/short.md.txt']);
    for (const [src, copy] of [['news/bridge.txt', 'out/news/bridge.txt'], ['news/short.md', 'out/news/short.md.txt']]) {
      assert.ok(readFileSync(src).equals(readFileSync(copy)), `${copy} is byte-identical`);
    }
    const ann = path.join(work, 'out', 'news', 'bridge.ann');
    writeFileSync(ann, 'hand edits');

    const second = capture();
    assert.equal(await runExport(['news'], { format: 'brat', out: 'out' }, second.io), 1);
    assert.match(second.out.stderr, /already exist.*--force/s);
    assert.equal(readFileSync(ann, 'utf8'), 'hand edits', 'nothing was overwritten');

    const forced = capture();
    assert.equal(await runExport(['news'], { format: 'brat', out: 'out', force: true }, forced.io), 0);
    assert.match(readFileSync(ann, 'utf8'), /^T1\t/);
  });

  it('writes a stream format to an --out file, or into an --out folder, never over a file without --force', async () => {
    assert.equal(await runExport(['news'], { format: 'jsonl', out: 'export.jsonl' }, capture().io), 0);
    assert.equal(readFileSync('export.jsonl', 'utf8').trim().split('\n').length, 2);
    const again = capture();
    assert.equal(await runExport(['news'], { format: 'jsonl', out: 'export.jsonl' }, again.io), 1);
    assert.match(again.out.stderr, /--force/);
    assert.equal(await runExport(['news'], { format: 'jsonl', out: 'export.jsonl', force: true }, capture().io), 0);

    mkdirSync('reports');
    assert.equal(await runExport(['news'], { format: 'markdown', out: 'reports' }, capture().io), 0);
    assert.deepEqual(tree(path.join(work, 'reports')), ['newsmark-export.md']);
  });

  it('keeps files of sources outside the working folder inside --out (no ../ escape)', async () => {
    const before = tree(root);
    const { out, io } = capture();
    assert.equal(await runExport(['../outside/far.txt'], { format: 'brat', out: 'out' }, io), 0, out.stderr);
    const added = tree(root).filter((f) => !before.includes(f));
    assert.deepEqual(added, ['work/out/annotation.conf', 'work/out/outside/far.ann', 'work/out/outside/far.txt']);
  });

  it('refuses to write through a symlink in the destination that leads outside it', async () => {
    mkdirSync('out');
    symlinkSync(path.join(root, 'outside'), path.join(work, 'out', 'news'), 'dir');
    const { out, io } = capture();
    assert.equal(await runExport(['news'], { format: 'brat', out: 'out' }, io), 1);
    assert.match(out.stderr, /outside/);
    assert.deepEqual(tree(path.join(root, 'outside')), ['far.txt']);
    assert.ok(!existsSync(path.join(work, 'out', 'annotation.conf')), 'nothing written when any path is refused');
  });

  it('does not re-export its own brat output when the --out folder is inside the sources', async () => {
    assert.equal(await runExport(['.'], { format: 'brat', out: 'out' }, capture().io), 0);
    const { out, io } = capture();
    assert.equal(await runExport(['.'], { format: 'json' }, io), 0);
    assert.equal(JSON.parse(out.stdout).length, 2, 'out/news/*.txt copies have their .ann beside them: brat documents, not sources');
    writeFileSync(path.join(work, 'news', 'loose.txt'), 'A text without an .ann is a source.\n');
    const more = capture();
    assert.equal(await runExport(['.'], { format: 'json' }, more.io), 0);
    assert.equal(JSON.parse(more.out.stdout).length, 3);
    rmSync(path.join(work, 'news', 'loose.txt'));
    const again = capture();
    assert.equal(await runExport(['.'], { format: 'brat', out: 'out', force: true }, again.io), 0);
    assert.match(again.out.stderr, /for 2 source\(s\)/);
  });

  it('re-attaches anchors in memory when the source changed since its sidecar, leaving the sidecar alone', async () => {
    const sidecarFile = path.join(work, 'news', 'bridge.txt.annotations.yaml');
    const stored = readFileSync(sidecarFile, 'utf8');
    const edited = `UPDATE 😀 ${ARTICLE_TEXT}`;
    writeFileSync(path.join(work, 'news', 'bridge.txt'), edited);
    const { out, io } = capture();
    assert.equal(await runExport(['news/bridge.txt'], { format: 'jsonl' }, io), 0, out.stderr);
    const o = JSON.parse(out.stdout) as { text: string; entities: Array<{ label: string; start_offset: number; end_offset: number }> };
    const chars = Array.from(o.text);
    const got = o.entities.map((e) => chars.slice(e.start_offset, e.end_offset).join(''));
    for (const a of articleDoc().sidecar.annotations.filter((x) => !x.orphaned)) assert.ok(got.includes(a.anchor.exact), a.id);
    assert.equal(readFileSync(sidecarFile, 'utf8'), stored);
  });

  it('reports a bad sidecar (alias bomb) for that source and still exports the others', async () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) =>
      `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`)].join('\n');
    writeFileSync(path.join(work, 'news', 'bridge.txt.annotations.yaml'), bomb);
    const { out, io } = capture();
    assert.equal(await runExport(['news'], { format: 'json' }, io), 1);
    assert.match(out.stderr, /bridge\.txt\.annotations\.yaml: .*resource exhaustion/);
    assert.equal(JSON.parse(out.stdout).source, 'news/short.md');
  });
});
