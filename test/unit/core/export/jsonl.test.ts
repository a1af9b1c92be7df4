import assert from 'node:assert/strict';
import { exportToString } from '../../../../src/core/export';
import { articleDoc, secondDoc } from '../../../fixtures/export/articles';

const LABEL: Record<string, string> = { person: 'Person', organization: 'Organization', place: 'Place', date: 'Date', quote: 'Quote', claim: 'Claim', note: 'Note' };

describe('jsonl (doccano) export', () => {
  const docs = [articleDoc(), secondDoc()];
  const lines = exportToString(docs, 'jsonl').split('\n');

  it('writes one JSON object per source line', () => {
    assert.equal(lines.pop(), '');
    assert.equal(lines.length, 2);
    lines.forEach((l, i) => assert.equal(JSON.parse(l).text, docs[i].text));
  });

  it('gives entities with Python (code point) offsets that select the annotated text', () => {
    lines.forEach((l, i) => {
      const o = JSON.parse(l) as { text: string; entities: Array<{ id: number; label: string; start_offset: number; end_offset: number }> };
      const chars = Array.from(o.text); // Python str indexing
      const got = o.entities.map((e) => `${e.label}|${chars.slice(e.start_offset, e.end_offset).join('')}`);
      const types = new Map(docs[i].sidecar.entities.map((e) => [e.id, e.type]));
      const want = docs[i].sidecar.annotations
        .filter((a) => !a.orphaned)
        .map((a) => `${LABEL[a.kind === 'actor' ? types.get(a.entity!)! : a.kind]}|${a.anchor.exact}`);
      // Entities added only to carry a speaker relation are the extra ones.
      for (const w of want) assert.ok(got.includes(w), w);
      const extra = got.filter((g) => !want.includes(g));
      assert.deepEqual(extra, i === 1 ? ['Organization|Paris office'] : []);
    });
    const first = JSON.parse(lines[0]) as { entities: Array<{ label: string; start_offset: number }> };
    const tom = first.entities.find((e) => e.label === 'Person' && e.start_offset > 300)!;
    const utf16 = docs[0].text.indexOf('Tom O’Neil');
    assert.equal(tom.start_offset, Array.from(docs[0].text.slice(0, utf16)).length);
    assert.ok(tom.start_offset < utf16, 'emoji before it shift the offset');
  });

  it('links quotes to their speaker mention with unique ids across the file', () => {
    const all = lines.map((l) => JSON.parse(l));
    const ids = all.flatMap((o) => [...o.entities, ...o.relations].map((x: { id: number }) => x.id));
    assert.equal(new Set(ids).size, ids.length);
    all.forEach((o, i) => {
      const chars = Array.from(o.text as string);
      const byId = new Map(o.entities.map((e: { id: number }) => [e.id, e]));
      const text = (id: number) => {
        const e = byId.get(id) as { start_offset: number; end_offset: number; label: string };
        return `${e.label}|${chars.slice(e.start_offset, e.end_offset).join('')}`;
      };
      const got = o.relations.map((r: { from_id: number; to_id: number; type: string }) => `${r.type}:${text(r.from_id)} -> ${text(r.to_id)}`).sort();
      const d = docs[i];
      const want = d.sidecar.annotations
        .filter((a) => a.kind === 'quote' && a.speaker)
        .map((q) => `speaker:Quote|${q.anchor.exact} -> ${LABEL[d.sidecar.entities.find((e) => e.id === q.speaker)!.type]}|${d.text.slice(q.speakerMention!.start, q.speakerMention!.end)}`)
        .sort();
      assert.deepEqual(got, want);
    });
  });
});
