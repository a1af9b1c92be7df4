import assert from 'node:assert/strict';
import { exportDocuments, exportToString, LABEL_STUDIO_CONFIG } from '../../../../src/core/export';
import type { LabelStudioRegion, LabelStudioRelation, LabelStudioTask } from '../../../../src/core/export/labelstudio';
import { articleDoc, secondDoc } from '../../../fixtures/export/articles';

const LABEL: Record<string, string> = { person: 'Person', organization: 'Organization', place: 'Place', date: 'Date', quote: 'Quote', claim: 'Claim', note: 'Note' };

describe('Label Studio export', () => {
  const docs = [articleDoc(), secondDoc()];
  const tasks = JSON.parse(exportToString(docs, 'labelstudio')) as LabelStudioTask[];
  const regions = (t: LabelStudioTask) => [...t.predictions, ...t.annotations].flatMap((r) => r.result).filter((x): x is LabelStudioRegion => 'value' in x);

  it('writes one task per source with the exact text', () => {
    assert.equal(tasks.length, 2);
    tasks.forEach((t, i) => {
      assert.equal(t.data.text, docs[i].text);
      assert.equal(t.data.source, docs[i].sourcePath);
    });
    assert.match(exportDocuments(docs, 'labelstudio')[0].relativePath, /\.labelstudio\.json$/);
  });

  it('gives every annotation as a region whose code-point offsets select its text', () => {
    tasks.forEach((t, i) => {
      const chars = Array.from(t.data.text); // Label Studio counts code points
      const got = regions(t).map((r) => {
        assert.equal(chars.slice(r.value.start, r.value.end).join(''), r.value.text, `${r.id} offsets`);
        assert.equal(r.from_name, 'label');
        assert.equal(r.to_name, 'text');
        return `${r.value.labels[0]}|${r.value.text}`;
      });
      const types = new Map(docs[i].sidecar.entities.map((e) => [e.id, e.type]));
      for (const a of docs[i].sidecar.annotations.filter((x) => !x.orphaned)) {
        assert.ok(got.includes(`${LABEL[a.kind === 'actor' ? types.get(a.entity!)! : a.kind]}|${a.anchor.exact}`), a.id);
      }
    });
    // Emoji before a name shift code-point offsets below UTF-16 ones.
    const tom = regions(tasks[0]).find((r) => r.value.text.startsWith('Tom O’Neil'))!;
    assert.ok(tom.value.start < docs[0].text.indexOf('Tom O’Neil'));
  });

  it('puts what a person made or changed in an annotation, the rest in a prediction to review', () => {
    tasks.forEach((t, i) => {
      const mine = new Set(docs[i].sidecar.annotations.filter((a) => !a.orphaned && (a.origin === 'manual' || a.edited)).map((a) => a.id));
      assert.ok(mine.size > 0 || i === 1);
      const inAnnotations = new Set(t.annotations.flatMap((r) => r.result).filter((x): x is LabelStudioRegion => 'value' in x).map((r) => r.id));
      for (const id of mine) assert.ok(inAnnotations.has(id), `${id} is the user's`);
      for (const p of t.predictions) {
        assert.equal(p.model_version, 'newsmark');
        for (const r of p.result) if ('value' in r) assert.ok(!mine.has(r.id));
      }
    });
  });

  it('links each quote to its speaker inside the same result list, and carries values and verdicts in meta', () => {
    let links = 0;
    for (const t of tasks) {
      for (const list of [...t.predictions, ...t.annotations]) {
        const ids = new Set(list.result.filter((x): x is LabelStudioRegion => 'value' in x).map((r) => r.id));
        for (const rel of list.result.filter((x): x is LabelStudioRelation => x.type === 'relation')) {
          assert.ok(ids.has(rel.from_id) && ids.has(rel.to_id), 'both ends are in the list');
          assert.deepEqual(rel.labels, ['speaker']);
          links++;
        }
      }
    }
    const quotesWithSpeaker = docs.flatMap((d) => d.sidecar.annotations).filter((a) => a.kind === 'quote' && a.speaker && !a.orphaned).length;
    assert.equal(links, quotesWithSpeaker);
    const all = tasks.flatMap(regions);
    assert.ok(all.some((r) => r.value.labels[0] === 'Date' && r.meta?.text.some((m) => /^value: \d{4}/.test(m))), 'dates carry their ISO value');
    assert.ok(all.some((r) => r.value.labels[0] === 'Claim' && r.meta?.text.some((m) => /^status: /.test(m))), 'claims carry their verdict');
  });

  it('ships a labelling config naming every label and the relation', () => {
    for (const l of Object.values(LABEL)) assert.match(LABEL_STUDIO_CONFIG, new RegExp(`<Label value="${l}"/>`));
    assert.match(LABEL_STUDIO_CONFIG, /<Relation value="speaker"\/>/);
    assert.match(LABEL_STUDIO_CONFIG, /<Text name="text" value="\$text"\/>/);
  });
});
