import assert from 'node:assert/strict';
import {
  addEntity, addManual, mergeEntities, removeAnnotation, renameEntity, setEntity, setSpan, setStatus, setValue, SidecarEditError, updateSidecar,
} from '../../../../src/core/sidecar';
import { ARTICLE, BASE, extraction, span } from './helpers';

const base = updateSidecar(null, extraction(ARTICLE, BASE), ARTICLE, { file: 'council-vote.txt' }).sidecar;
const claim = base.annotations.find((a) => a.kind === 'claim')!;

describe('sidecar/edit', () => {
  it('adds a manual annotation in position order with a deterministic id', () => {
    const a = addManual(base, ARTICLE, { kind: 'claim', ...span(ARTICLE, 'traffic would shift to the older Mill Street crossing') });
    const b = addManual(base, ARTICLE, { kind: 'claim', ...span(ARTICLE, 'traffic would shift to the older Mill Street crossing') });
    assert.equal(a.id, b.id);
    const added = a.sidecar.annotations.find((x) => x.id === a.id)!;
    assert.deepEqual([added.origin, added.status], ['manual', 'unverified']);
    const starts = a.sidecar.annotations.map((x) => x.anchor.start);
    assert.deepEqual(starts, [...starts].sort((x, y) => x - y));
    assert.equal(base.annotations.length + 1, a.sidecar.annotations.length);
  });

  const bad: { name: string; run: () => unknown; message: RegExp }[] = [
    { name: 'a span outside the text', run: () => addManual(base, ARTICLE, { kind: 'note', start: 10, end: ARTICLE.length + 1 }), message: /outside the text/ },
    { name: 'an empty span', run: () => addManual(base, ARTICLE, { kind: 'note', start: 10, end: 10 }), message: /outside the text/ },
    { name: 'an actor without entity', run: () => addManual(base, ARTICLE, { kind: 'actor', start: 0, end: 7 }), message: /needs an entity/ },
    { name: 'an unknown entity', run: () => setEntity(base, base.annotations[0].id, 'e-nobody'), message: /no entity/ },
    { name: 'an unknown annotation', run: () => setStatus(base, 'c-000000', 'false'), message: /no annotation/ },
  ];
  for (const c of bad) it(`refuses ${c.name}`, () => assert.throws(c.run, (e: unknown) => e instanceof SidecarEditError && c.message.test(e.message)));

  it('marks changed auto annotations edited, leaves the input untouched, and no-ops return the same object', () => {
    const s = setStatus(base, claim.id, 'verified');
    assert.equal(s.annotations.find((a) => a.id === claim.id)!.edited, true);
    assert.equal(claim.edited, undefined);
    assert.equal(setStatus(s, claim.id, 'verified'), s);
    const d = base.annotations.find((a) => a.kind === 'date')!;
    assert.equal(setValue(base, d.id, '2025-03-02').annotations.find((a) => a.id === d.id)!.value, '2025-03-02');
  });

  it('removing an auto annotation records a rejection; removing a manual one does not', () => {
    assert.equal(removeAnnotation(base, claim.id).rejected.length, 1);
    const m = addManual(base, ARTICLE, { kind: 'note', ...span(ARTICLE, 'Mill Street'), note: 'x' });
    assert.equal(removeAnnotation(m.sidecar, m.id).rejected.length, 0);
  });

  it('correcting a span re-reads its quote and context, and un-orphans it', () => {
    const orphan = { ...base, annotations: base.annotations.map((a) => (a.id === claim.id ? { ...a, orphaned: true } : a)) };
    const at = span(ARTICLE, 'would charge drivers $2.50 per crossing');
    const s = setSpan(orphan, ARTICLE, claim.id, at.start, at.end);
    const a = s.annotations.find((x) => x.id === claim.id)!;
    assert.equal(a.anchor.exact, 'would charge drivers $2.50 per crossing');
    assert.equal(a.orphaned, undefined);
  });

  it('entity helpers: add returns an existing match, rename keeps the old name, merge joins notes and aliases', () => {
    assert.equal(addEntity(base, 'tomas reyes', 'person').id, 'e-tomas-reyes');
    const added = addEntity(base, 'Mill Street', 'place');
    assert.equal(added.sidecar.entities.find((e) => e.id === added.id)!.edited, true);
    const r = renameEntity(base, 'e-city-hall', 'Port Alven City Hall');
    assert.deepEqual(r.entities.find((e) => e.id === 'e-city-hall')!.aliases, ['City Hall']);
    const m = mergeEntities(
      { ...base, entities: base.entities.map((e) => (e.id === 'e-anja-kowalski' ? { ...e, notes: 'opposes the toll', wikidata: 'Q42' } : e)) },
      'e-tomas-reyes',
      'e-anja-kowalski',
    );
    const keep = m.entities.find((e) => e.id === 'e-tomas-reyes')!;
    assert.deepEqual([keep.aliases, keep.notes, keep.wikidata], [['Reyes', 'Anja Kowalski'], 'opposes the toll', 'Q42']);
    assert.ok(m.annotations.every((a) => a.entity !== 'e-anja-kowalski' && a.speaker !== 'e-anja-kowalski'));
  });
});
