import assert from 'node:assert/strict';
import { applyEdits, reanchor, updateSidecar, type TextEdit } from '../../../../src/core/sidecar';
import { ARTICLE, BASE, extraction } from './helpers';

const base = updateSidecar(null, extraction(ARTICLE, BASE), ARTICLE, { file: 'council-vote.txt' }).sidecar;
const apply = (t: string, edits: TextEdit[]) => edits.reduce((s, e) => s.slice(0, e.offset) + e.insertText + s.slice(e.offset + e.deleteLength), t);
const quote = base.annotations.find((a) => a.anchor.exact === 'wildly optimistic')!;

describe('sidecar/live', () => {
  it('shifts every anchor through typing before it, and refreshes context from the new text', () => {
    const edits = [{ offset: 0, deleteLength: 0, insertText: 'BREAKING: ' }];
    const text = apply(ARTICLE, edits);
    const { sidecar } = applyEdits(base, edits, text);
    for (const a of sidecar.annotations) assert.equal(text.slice(a.anchor.start, a.anchor.end), a.anchor.exact);
    assert.equal(sidecar.annotations[0].anchor.prefix, 'BREAKING: Council Delays Vote on '.slice(-32));
  });

  it('rewrites a quote typed into, orphans a deleted one, and reanchor recovers it after undo', () => {
    const del = [{ offset: quote.anchor.start, deleteLength: quote.anchor.end - quote.anchor.start, insertText: '' }];
    const deleted = applyEdits(base, del, apply(ARTICLE, del));
    assert.deepEqual(deleted.report.orphaned, [quote.id]);
    const orphan = deleted.sidecar.annotations.find((a) => a.id === quote.id)!;
    assert.equal(orphan.orphaned, true);
    assert.equal(orphan.anchor.exact, 'wildly optimistic');
    // Undo: the text is back; the extension re-anchors orphans after such changes.
    const back = reanchor(deleted.sidecar, ARTICLE);
    assert.deepEqual(back.report.recovered, [quote.id]);
    assert.deepEqual(back.sidecar.annotations.find((a) => a.id === quote.id), quote);

    const typed = [{ offset: quote.anchor.start + 'wildly'.length, deleteLength: 0, insertText: ', wildly' }];
    const t = applyEdits(base, typed, apply(ARTICLE, typed));
    assert.equal(t.sidecar.annotations.find((a) => a.id === quote.id)!.anchor.exact, 'wildly, wildly optimistic');
    assert.deepEqual(t.report.changed, [quote.id]);
  });

  it('shifts rejections and speaker mentions too', () => {
    const withRejection = { ...base, rejected: [{ kind: 'actor' as const, exact: 'City Hall', start: 460, end: 469 }] };
    const withMention = {
      ...withRejection,
      annotations: withRejection.annotations.map((a) => (a.id === quote.id ? { ...a, speakerMention: { start: 555, end: 564 } } : a)),
    };
    const { sidecar } = applyEdits(withMention, [{ offset: 0, deleteLength: 0, insertText: 'xx' }]);
    assert.deepEqual(sidecar.rejected[0], { kind: 'actor', exact: 'City Hall', start: 462, end: 471 });
    assert.deepEqual(sidecar.annotations.find((a) => a.id === quote.id)!.speakerMention, { start: 557, end: 566 });
  });

  it('no edits: the same sidecar object', () => {
    assert.equal(applyEdits(base, []).sidecar, base);
  });
});
