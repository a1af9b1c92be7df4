import assert from 'node:assert/strict';
import { MAX_FILE_BYTES, parseSidecar, renderSidecar, SidecarError, updateSidecar, loadSidecar } from '../../../../src/core/sidecar';
import { ARTICLE, BASE, extraction } from './helpers';
import { MemoryFileSystem } from './memory-fs';

const good = renderSidecar(null, updateSidecar(null, extraction(ARTICLE, BASE), ARTICLE, { file: 'council-vote.txt' }).sidecar).text;

function error(yaml: string, text?: string): SidecarError {
  try {
    parseSidecar(yaml, text);
  } catch (e) {
    assert.ok(e instanceof SidecarError, `expected a SidecarError, got ${e}`);
    return e;
  }
  assert.fail('expected the sidecar to be rejected');
}

function lineOf(yaml: string, needle: string): number {
  return yaml.slice(0, yaml.indexOf(needle)).split('\n').length;
}

describe('sidecar/load', () => {
  it('reads what it writes, with no problems', () => {
    const r = parseSidecar(good, ARTICLE, 'council-vote.txt');
    assert.deepEqual(r.problems, []);
    assert.equal(r.sidecar.annotations.length, 13);
  });

  const firstId = /- id: (q-[0-9a-f]+)/.exec(good)![1];
  const secondId = /- id: (q-[0-9a-f]+)/g;
  const ids = [...good.matchAll(secondId)].map((m) => m[1]);
  const cases: { name: string; yaml: string; code: string; line?: number; message: RegExp }[] = [
    { name: 'invalid YAML', yaml: good.replace('kind: quote', 'kind: [quote'), code: 'invalid-yaml', line: lineOf(good, 'kind: quote') + 1, message: /invalid YAML/ },
    { name: 'tabs/indentation errors', yaml: good.replace('\nentities:', '\n entities:'), code: 'invalid-yaml', message: /invalid YAML/ },
    { name: 'git conflict markers', yaml: good.replace('annotations:\n', '<<<<<<< HEAD\nannotations:\n=======\nannotations:\n>>>>>>> theirs\n'), code: 'conflict-markers', line: lineOf(good, 'annotations:\n'), message: /merge conflict/ },
    { name: 'a newer schema version', yaml: good.replace('version: 1', 'version: 7'), code: 'newer-version', line: lineOf(good, 'version: 1'), message: /version 7 is newer/ },
    { name: 'a wrong kind', yaml: good.replace('kind: quote', 'kind: quip'), code: 'schema', line: lineOf(good, 'kind: quote'), message: /annotations\[\d+\]\.kind: expected one of actor, date/ },
    { name: 'a negative offset', yaml: good.replace(/start: \d+/, 'start: -4'), code: 'schema', message: /non-negative integer/ },
    { name: 'end before start', yaml: good.replace(/(start: )(\d+)(\n\s+end: )(\d+)/, '$1$4$3$2'), code: 'schema', message: /is before start/ },
    { name: 'a missing anchor quote', yaml: good.replace(/\n\s+exact: [^\n]+/, ''), code: 'schema', message: /exact: missing/ },
    { name: 'a dangling entity reference', yaml: good.replace(/speaker: e-tomas-reyes/, 'speaker: e-nobody'), code: 'schema', message: /no entity with id "e-nobody"/ },
    { name: 'a list where a mapping belongs', yaml: good.replace(/source:\n  file: [^\n]+\n  sha256: [^\n]+/, 'source: [a, b]'), code: 'schema', message: /source: expected a mapping/ },
    { name: 'duplicate annotation ids', yaml: good.replace(`id: ${ids[1]}`, `id: ${firstId}`), code: 'duplicate-id', message: /duplicate annotation id/ },
    { name: 'duplicate keys', yaml: good.replace('version: 1', 'version: 1\nversion: 1'), code: 'invalid-yaml', message: /invalid YAML/ },
    { name: 'a billion-laughs alias bomb', yaml: `${good}x0: &a [l, l, l, l, l, l, l, l, l, l]\nx1: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nx2: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nx3: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n`, code: 'invalid-yaml', message: /alias|Excessive/i },
    { name: 'a file over the size limit', yaml: `# ${'x'.repeat(MAX_FILE_BYTES)}\n${good}`, code: 'too-large', message: /larger than 10 MB/ },
  ];
  for (const c of cases) {
    it(`rejects ${c.name} with a typed error`, () => {
      const e = error(c.yaml);
      assert.equal(e.code, c.code, e.message);
      assert.match(e.message, c.message);
      if (c.line !== undefined) assert.equal(e.line, c.line);
      if (c.code !== 'too-large') assert.ok(e.line === undefined || e.line >= 1);
    });
  }

  it('gives schema errors a line and column for an editor diagnostic', () => {
    const e = error(good.replace('type: person', 'type: alien'));
    assert.equal(e.line, lineOf(good, 'type: person'));
    assert.equal(e.column, 11);
  });

  it('warns (does not fail) about anchors past the end of the text, and unknown keys', () => {
    const r = parseSidecar(good.replace('version: 1', 'version: 1\nmine: kept\nx-ours: silent'), ARTICLE.slice(0, 300));
    const codes = r.problems.map((p) => p.code);
    assert.ok(codes.includes('anchor-out-of-range'));
    assert.ok(codes.includes('unknown-key'));
    assert.ok(codes.includes('source-changed'));
    assert.ok(r.problems.find((p) => p.code === 'anchor-out-of-range')!.line! > 1);
  });

  it('accepts a year written without quotes as a date value', () => {
    const r = parseSidecar(good.replace('value: 2025-01', 'value: 2025'));
    assert.ok(r.sidecar.annotations.some((a) => a.value === '2025'));
  });

  it('reports a sidecar whose source is gone, and returns null when there is no sidecar', async () => {
    const fs = new MemoryFileSystem({ 'd/a.txt.annotations.yaml': good, 'd/b.txt': 'text' });
    await assert.rejects(loadSidecar(fs, 'd/a.txt'), (e: unknown) => e instanceof SidecarError && e.code === 'source-missing');
    assert.equal(await loadSidecar(fs, 'd/b.txt'), null);
  });
});
