// The parsed-sidecar cache runs in plain Node (it does not import vscode).
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../../../src/core/extract';
import { updateSidecar, parseSidecar, sha256 } from '../../../src/core/sidecar';
import { renderSidecar } from '../../../src/core/sidecar/save';
import { SidecarCache } from '../../../src/extension/sidecarCache';

const TEXT = 'HALDEN, Feb. 13 (Meridian Wire) - Voltaris Energy said on Thursday it would cut 600 jobs, its chief executive, Renata Vollmer, said.\n';

describe('extension/sidecarCache', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'nm-cache-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const sidecar = updateSidecar(null, extract(TEXT), TEXT, { file: 'a.txt' }).sidecar;
  const yaml = renderSidecar(null, sidecar).text;

  it('gives back exactly what the YAML parses to, for the same YAML and source only', async () => {
    const cache = new SidecarCache(dir);
    assert.equal(await cache.get(yaml, sha256(TEXT)), undefined, 'a miss at first');
    const parsed = parseSidecar(yaml, TEXT, 'a.txt').sidecar;
    await cache.set(yaml, sha256(TEXT), parsed);
    assert.deepEqual(await new SidecarCache(dir).get(yaml, sha256(TEXT)), JSON.parse(JSON.stringify(parsed)), 'a hit in a new session');
    assert.equal(await cache.get(yaml + '# a comment\n', sha256(TEXT)), undefined, 'other YAML: a miss');
    assert.equal(await cache.get(yaml, sha256(TEXT + 'x')), undefined, 'another source text: a miss');
    assert.equal(readdirSync(dir).filter((f) => f.endsWith('.tmp')).length, 0, 'no temp file left');
  });

  it('ignores an entry it cannot understand, and works as no cache without a folder', async () => {
    const cache = new SidecarCache(dir);
    await cache.set(yaml, sha256(TEXT), parseSidecar(yaml, TEXT, 'a.txt').sidecar);
    for (const f of readdirSync(dir)) writeFileSync(join(dir, f), '{"format":"newsmark-sidecar-cache-1","sourceSha256":"x"');
    assert.equal(await cache.get(yaml, sha256(TEXT)), undefined);
    const none = new SidecarCache(undefined);
    await none.set(yaml, sha256(TEXT), sidecar);
    assert.equal(await none.get(yaml, sha256(TEXT)), undefined);
  });
});
