import assert from 'node:assert/strict';
import { extract } from '../../../src/core/extract';
import { updateSidecar, setStatus, addManual } from '../../../src/core/sidecar';
import { annotationsAt, resolveSidecar } from '../../../src/core/resolve';

const TEXT = 'Mayor Ana Ruiz said on Monday that the city would “freeze fares for 30 days,” according to the council.\n\nRuiz added that 12 percent of riders use the No. 4 bus.';

describe('resolveSidecar', () => {
  const { sidecar } = updateSidecar(null, extract(TEXT, { source: 't.txt', published: '2025-03-05' }), TEXT, { file: 't.txt' });

  it('resolves entities, speakers and statuses to what an editor shows', () => {
    const view = resolveSidecar(sidecar, TEXT);
    const ruiz = view.actors.filter((a) => a.entity === 'Ana Ruiz');
    assert.ok(ruiz.length >= 2, 'both mentions of Ruiz share the canonical name');
    assert.ok(ruiz.every((a) => a.type === 'person'));
    const quote = view.quotes.find((q) => q.text.startsWith('freeze fares'));
    assert.equal(quote?.speaker, 'Ana Ruiz');
    assert.ok(view.claims.every((c) => c.status === 'unverified'));
    const claim = view.claims[0];
    const changed = resolveSidecar(setStatus(sidecar, claim.id, 'misleading'), TEXT);
    assert.equal(changed.claims.find((c) => c.id === claim.id)?.status, 'misleading');
  });

  it('lists annotations whose text is gone as orphans instead of placing them', () => {
    const edited = TEXT.replace('freeze fares for 30 days', 'hold prices steady');
    const view = resolveSidecar(sidecar, edited);
    assert.ok(view.orphans.some((a) => a.kind === 'quote'), 'the quote no longer matches and is listed as orphaned');
    assert.ok(!view.quotes.some((q) => q.text.includes('freeze')));
  });

  it('orders out-of-order sidecars by position and finds the innermost annotation at an offset', () => {
    const at = TEXT.indexOf('30 days');
    const { sidecar: withNote } = addManual(sidecar, TEXT, { kind: 'note', start: at, end: at + 7, note: 'check' });
    const shuffled = { ...withNote, annotations: [...withNote.annotations].reverse() };
    const view = resolveSidecar(shuffled, TEXT);
    const starts = view.dates.map((d) => d.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    const here = annotationsAt(view, at + 1);
    assert.equal(here.note?.text, '30 days');
    assert.ok(here.quote, 'the offset is also inside the quote');
  });
});
