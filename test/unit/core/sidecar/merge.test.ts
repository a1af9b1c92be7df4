import assert from 'node:assert/strict';
import type { Sidecar } from '../../../../src/core/annotations';
import {
  extractOptionsFor, addManual, mergeEntities, removeAnnotation, renameEntity, setNote, setSpan, setSpeaker, setStatus, updateEntity, updateSidecar,
} from '../../../../src/core/sidecar';
import { ARTICLE, BASE, extraction, span, type Spec } from './helpers';

const opts = { file: 'council-vote.txt' };
const first = updateSidecar(null, extraction(ARTICLE, BASE), ARTICLE, opts);
const base = first.sidecar;
const byExact = (s: Sidecar, exact: string, kind?: string) => s.annotations.find((a) => a.anchor.exact === exact && (!kind || a.kind === kind))!;
const rerun = (s: Sidecar, spec: Spec = BASE, text = ARTICLE) => updateSidecar(s, extraction(text, spec), text, opts);

describe('sidecar/merge', () => {
  it('creates a sidecar from an extraction: entities, ids, positions, published date', () => {
    assert.equal(first.report.added.length, 13);
    assert.deepEqual(base.entities.map((e) => e.id), ['e-harbor-bridge', 'e-tomas-reyes', 'e-anja-kowalski', 'e-city-hall']);
    assert.deepEqual(base.entities[1].aliases, ['Reyes']);
    assert.deepEqual(base.published, { date: '2025-03-04', source: 'text' });
    const starts = base.annotations.map((a) => a.anchor.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    assert.ok(base.annotations.every((a) => /^[adqcn]-[0-9a-f]{6}$/.test(a.id)));
    assert.equal(byExact(base, 'wildly optimistic').speaker, 'e-anja-kowalski');
    assert.equal(byExact(base, 'The toll, proposed in January, would charge drivers $2.50 per crossing and raise about $14 million a year, according to the city\'s transport office.').status, 'unverified');
  });

  it('gives the same ids on every run (deterministic)', () => {
    const again = updateSidecar(null, extraction(ARTICLE, BASE), ARTICLE, opts).sidecar;
    assert.deepEqual(again, base);
  });

  it('re-running on unchanged input changes nothing (same object graph content)', () => {
    const r = rerun(base);
    assert.deepEqual(r.sidecar, base);
    assert.deepEqual([r.report.added, r.report.dropped, r.report.updated], [[], [], []]);
  });

  const userChanges: { name: string; change: (s: Sidecar) => Sidecar; check: (s: Sidecar) => void }[] = [
    {
      name: 'a claim status',
      change: (s) => setStatus(s, byExact(s, 'The toll, proposed in January, would charge drivers $2.50 per crossing and raise about $14 million a year, according to the city\'s transport office.').id, 'misleading'),
      check: (s) => assert.equal(s.annotations.find((a) => a.kind === 'claim')!.status, 'misleading'),
    },
    {
      name: 'a note',
      change: (s) => setNote(s, byExact(s, 'Monday').id, 'Council minutes say Tuesday'),
      check: (s) => assert.equal(byExact(s, 'Monday').note, 'Council minutes say Tuesday'),
    },
    {
      name: 'a speaker',
      change: (s) => setSpeaker(s, byExact(s, 'wildly optimistic').id, 'e-tomas-reyes'),
      check: (s) => assert.equal(byExact(s, 'wildly optimistic').speaker, 'e-tomas-reyes'),
    },
    {
      name: 'an entity type',
      change: (s) => updateEntity(s, 'e-city-hall', { type: 'organization', notes: 'the building, used for the administration' }),
      check: (s) => assert.equal(s.entities.find((e) => e.id === 'e-city-hall')!.type, 'organization'),
    },
    {
      name: 'a corrected span (the extractor\'s span stays away)',
      change: (s) => {
        const a = byExact(s, 'March 4, 2025');
        return setSpan(s, ARTICLE, a.id, a.anchor.start, a.anchor.start + 'March 4'.length);
      },
      check: (s) => {
        assert.ok(s.annotations.some((a) => a.anchor.exact === 'March 4' && a.edited));
        assert.ok(!s.annotations.some((a) => a.anchor.exact === 'March 4, 2025'));
      },
    },
  ];
  for (const c of userChanges) {
    it(`keeps ${c.name} through re-extraction, even when extraction says otherwise`, () => {
      const changed = c.change(base);
      // Extraction now disagrees everywhere it can (other speaker, other claim kind, new value).
      const disagreeing: Spec = {
        ...BASE,
        quotes: BASE.quotes!.map(([t]) => [t, 'Anja Kowalski'] as [string, string]),
        claims: BASE.claims!.map(([t]) => [t, 'factual'] as [string, 'factual']),
        dates: BASE.dates!.map(([t]) => [t, null] as [string, null]),
      };
      const r = rerun(changed, disagreeing);
      c.check(r.sidecar);
      const stillAuto = r.sidecar.annotations.filter((a) => a.origin === 'auto' && !a.edited && a.kind === 'date');
      assert.ok(stillAuto.every((a) => a.value === null), 'unedited auto annotations are refreshed');
    });
  }

  it('keeps manual annotations and skips extracted ones overlapping them', () => {
    const s1 = addManual(base, ARTICLE, { kind: 'actor', ...span(ARTICLE, 'Mayor Tomas Reyes'), entity: 'e-tomas-reyes' }).sidecar;
    const s2 = addManual(s1, ARTICLE, { kind: 'note', ...span(ARTICLE, 'Mill Street crossing'), note: 'Closed since 2023?' }).sidecar;
    const r = rerun(s2);
    assert.ok(r.sidecar.annotations.some((a) => a.origin === 'manual' && a.kind === 'note'));
    assert.ok(r.sidecar.annotations.some((a) => a.origin === 'manual' && a.anchor.exact === 'Mayor Tomas Reyes'));
    assert.equal(r.sidecar.annotations.filter((a) => a.anchor.exact === 'Tomas Reyes').length, 1, 'the auto one already there stays');
    const fresh = updateSidecar({ ...s2, annotations: s2.annotations.filter((a) => a.origin === 'manual') }, extraction(ARTICLE, BASE), ARTICLE, opts);
    assert.ok(!fresh.sidecar.annotations.some((a) => a.anchor.exact === 'Tomas Reyes'), 'overlapping auto mention not added');
    assert.ok(fresh.report.suppressed >= 1);
  });

  it('never brings back an auto annotation the user removed', () => {
    const removed = removeAnnotation(base, byExact(base, 'City Hall').id);
    assert.equal(removed.rejected.length, 1);
    const r = rerun(rerun(removed).sidecar);
    assert.ok(!r.sidecar.annotations.some((a) => a.anchor.exact === 'City Hall'));
    assert.equal(r.report.suppressed, 1);
    // Even after the text moved.
    const moved = 'UPDATED. ' + ARTICLE;
    const r2 = rerun(removed, BASE, moved);
    assert.ok(!r2.sidecar.annotations.some((a) => a.anchor.exact === 'City Hall'));
  });

  it('drops stale auto annotations that extraction no longer produces, but not edited or orphaned ones', () => {
    const edited = setNote(base, byExact(base, 'March 18').id, 'confirmed');
    const r = rerun(edited, { ...BASE, dates: [], quotes: [] });
    assert.ok(r.sidecar.annotations.some((a) => a.anchor.exact === 'March 18'));
    assert.ok(!r.sidecar.annotations.some((a) => a.anchor.exact === 'Monday'));
    assert.ok(r.report.dropped.length >= 6);
  });

  it('keeps user entity edits: renamed entities still match their old name, merges hold', () => {
    const renamed = renameEntity(base, 'e-tomas-reyes', 'Tomás Reyes');
    const r = rerun(renamed);
    assert.equal(r.sidecar.entities.filter((e) => /Reyes/.test(e.name)).length, 1);
    assert.equal(r.sidecar.entities.find((e) => e.id === 'e-tomas-reyes')!.name, 'Tomás Reyes');
    assert.ok(r.sidecar.entities.find((e) => e.id === 'e-tomas-reyes')!.aliases.includes('Tomas Reyes'));

    const merged = mergeEntities(base, 'e-harbor-bridge', 'e-city-hall');
    const m = rerun(merged);
    assert.ok(!m.sidecar.entities.some((e) => e.id === 'e-city-hall'));
    assert.equal(byExact(m.sidecar, 'City Hall').entity, 'e-harbor-bridge');
  });

  it('removes entities nobody refers to unless the user made them their own', () => {
    const noted = updateEntity(base, 'e-anja-kowalski', { notes: 'council member since 2021' });
    const r = rerun(noted, { ...BASE, actors: BASE.actors!.filter(([t]) => t !== 'Anja Kowalski' && t !== 'City Hall'), quotes: [] });
    assert.ok(r.sidecar.entities.some((e) => e.id === 'e-anja-kowalski'));
    assert.ok(!r.sidecar.entities.some((e) => e.id === 'e-city-hall'));
    assert.ok(r.report.entitiesRemoved.includes('e-city-hall'));
  });

  it('re-anchors before merging when the text changed, and orphans what is gone', () => {
    const note = addManual(base, ARTICLE, { kind: 'note', ...span(ARTICLE, 'older Mill Street crossing'), note: 'check' });
    const changed = 'Correction appended at the top.\n\n' + ARTICLE.replace('older Mill Street crossing', 'ring road');
    const shift = 'Correction appended at the top.\n\n'.length;
    const spec: Spec = BASE;
    const r = rerun(note.sidecar, spec, changed);
    const n = r.sidecar.annotations.find((a) => a.id === note.id)!;
    assert.equal(n.orphaned, true);
    assert.ok(r.report.reanchor.orphaned.includes(note.id));
    assert.equal(byExact(r.sidecar, 'wildly optimistic').anchor.start, byExact(base, 'wildly optimistic').anchor.start + shift);
    assert.equal(r.sidecar.source.sha256.length, 64);
    assert.notEqual(r.sidecar.source.sha256, base.source.sha256);
  });

  it('takes a publication date given on the command line, and keeps the sidecar\'s otherwise', () => {
    const opt = updateSidecar(base, { ...extraction(ARTICLE, BASE), published: '2025-03-05', publishedSource: 'option' }, ARTICLE, opts);
    assert.deepEqual(opt.sidecar.published, { date: '2025-03-05', source: 'option' });
    const fromSidecar = updateSidecar(opt.sidecar, { ...extraction(ARTICLE, BASE), published: '2025-03-05', publishedSource: 'sidecar' }, ARTICLE, opts);
    assert.deepEqual(fromSidecar.sidecar.published, { date: '2025-03-05', source: 'option' });
  });

  const optionCases: [string, Sidecar | null, string | undefined, object][] = [
    ['no sidecar, no option', null, undefined, { source: 'a.txt' }],
    ['the option wins', base, '2025-01-02', { source: 'a.txt', published: '2025-01-02', publishedSource: 'option' }],
    ['else the sidecar\'s date', base, undefined, { source: 'a.txt', published: '2025-03-04', publishedSource: 'sidecar' }],
  ];
  for (const [name, s, published, expected] of optionCases) {
    it(`extract options: ${name}`, () => assert.deepEqual(extractOptionsFor(s, 'a.txt', published), expected));
  }
});
