// Incremental re-analysis in the sidecar and the view: merging only the re-extracted region
// and resolving only that region must give what the whole-document versions give.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { extract } from '../../../../src/core/extract';
import { extractIncremental } from '../../../../src/core/extract/incremental';
import { applyEdits, updateSidecar } from '../../../../src/core/sidecar';
import { resolveRegion, resolveSidecar, type ResolvedView } from '../../../../src/core/resolve';
import type { Sidecar } from '../../../../src/core/annotations';

const samplesDir = join(__dirname, '../../../../samples');
const samples = readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).map((f) => ({ name: f, text: readFileSync(join(samplesDir, f), 'utf8') }));

/** What a user sees of a sidecar: annotations by position with their resolved fields (ids aside). */
function seen(s: Sidecar): string[] {
  const names = new Map(s.entities.map((e) => [e.id, `${e.name}/${e.type}`]));
  return s.annotations.filter((a) => !a.orphaned).map((a) => JSON.stringify([a.kind, a.anchor.start, a.anchor.end, a.anchor.exact, a.origin, a.entity && names.get(a.entity), a.value, a.speaker && names.get(a.speaker), a.claimKind, a.status])).sort();
}

function canonical(v: ResolvedView): unknown {
  const order = <T extends { start: number; end: number; id: string }>(xs: T[]) => [...xs].sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1));
  return { actors: order(v.actors), dates: order(v.dates), quotes: order(v.quotes), claims: order(v.claims), notes: order(v.notes), orphans: v.orphans.map((a) => a.id).sort() };
}

describe('region updates (incremental re-analysis)', () => {
  it('merge only the region and resolve only the region, agreeing with the whole-document versions (property)', function () {
    this.timeout(120_000);
    const pieces = fc.constantFrom(' the', 'x', ' Smith', '"', '\n\n', ', she said', ' on Tuesday', ' 45 percent', '“Yes,” said Ana Ruiz. ', '');
    let checked = 0;
    for (const sample of samples) {
      const text = sample.text;
      const ex = extract(text);
      let s0 = updateSidecar(null, ex, text, { file: sample.name }).sidecar;
      // A user's work is in the sidecar too: a manual note and a verdict.
      const claim = s0.annotations.find((a) => a.kind === 'claim')!;
      s0 = { ...s0, annotations: s0.annotations.map((a) => (a === claim ? { ...a, status: 'false' as const, edited: true } : a)) };
      const v0 = resolveSidecar(s0, text);
      fc.assert(fc.property(fc.nat(), fc.nat({ max: 12 }), pieces, (pos, del, what) => {
        const at = pos % text.length;
        const remove = Math.min(del, text.length - at);
        const after = text.slice(0, at) + what + text.slice(at + remove);
        if (after === text) return;
        const s1 = applyEdits(s0, [{ offset: at, deleteLength: remove, insertText: what }], after).sidecar;
        if (s1.annotations.some((a) => a.orphaned)) return; // a whole annotation deleted: the full pass re-anchors it elsewhere
        const r = extractIncremental(ex, text, after);
        if (!r) return;
        const region = updateSidecar(s1, r.extraction, after, { file: sample.name, region: { start: r.range.start, end: r.range.newEnd } }).sidecar;
        const whole = updateSidecar(s1, r.extraction, after, { file: sample.name }).sidecar;
        assert.deepEqual(seen(region), seen(whole));
        // Still in the sidecar's order, with unique ids.
        for (let i = 1; i < region.annotations.length; i++) assert.ok(region.annotations[i - 1].anchor.start <= region.annotations[i].anchor.start);
        assert.equal(new Set(region.annotations.map((a) => a.id)).size, region.annotations.length);
        // The user's verdict survives.
        assert.ok(region.annotations.some((a) => a.kind === 'claim' && a.status === 'false'));
        const view = resolveRegion(v0, region, after, r.range);
        assert.deepEqual(canonical(view), canonical(resolveSidecar(region, after)));
        checked++;
      }), { numRuns: 40 });
    }
    assert.ok(checked > 50, `only ${checked} edits checked`);
  });

  it('leaves annotations outside the region as the very same objects', () => {
    const sample = samples[0];
    const ex = extract(sample.text);
    const s0 = updateSidecar(null, ex, sample.text, { file: sample.name }).sidecar;
    const at = sample.text.length >> 1;
    const after = sample.text.slice(0, at) + ' Mr. Quill said so.' + sample.text.slice(at);
    const s1 = applyEdits(s0, [{ offset: at, deleteLength: 0, insertText: ' Mr. Quill said so.' }], after).sidecar;
    const r = extractIncremental(ex, sample.text, after)!;
    const s2 = updateSidecar(s1, r.extraction, after, { file: sample.name, region: { start: r.range.start, end: r.range.newEnd } }).sidecar;
    const outside = s1.annotations.filter((a) => a.anchor.end <= r.range.start || a.anchor.start >= r.range.newEnd);
    assert.ok(outside.length > 10);
    for (const a of outside) assert.ok(s2.annotations.includes(a), a.id);
    assert.ok(s2.annotations.some((a) => a.anchor.exact === 'Quill'), 'the new name is annotated');
  });
});
