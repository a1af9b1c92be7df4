import assert from 'node:assert/strict';
import { exportToString } from '../../../../src/core/export';
import { articleDoc, secondDoc } from '../../../fixtures/export/articles';

describe('json export', () => {
  it('is one object for one source: the complete sidecar named by its source', () => {
    const doc = articleDoc();
    const out = JSON.parse(exportToString([doc], 'json'));
    assert.equal(out.source, 'news/bridge.txt');
    assert.deepEqual(out.sidecar, JSON.parse(JSON.stringify(doc.sidecar)));
  });

  it('is an array for several sources, keeping statuses, notes and orphans', () => {
    const out = JSON.parse(exportToString([articleDoc(), secondDoc()], 'json'));
    assert.ok(Array.isArray(out));
    assert.deepEqual(out.map((o: { source: string }) => o.source), ['news/bridge.txt', 'news/short.md']);
    const claims = out[0].sidecar.annotations.filter((a: { kind: string }) => a.kind === 'claim');
    assert.deepEqual(claims.map((c: { status: string }) => c.status), ['disputed', 'unverified', 'false']);
    assert.ok(claims.find((c: { orphaned?: boolean }) => c.orphaned));
  });
});
