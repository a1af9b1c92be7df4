import assert from 'node:assert/strict';
import { exportToString } from '../../../../src/core/export';
import { articleDoc, secondDoc } from '../../../fixtures/export/articles';

// Structure check against the W3C Web Annotation Data Model (sections 3 and 4): required keys
// and their types, the vocabulary of motivations/purposes, and selectors that select the text.
const MOTIVATIONS = new Set([
  'assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting',
  'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging',
]);
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIri = (v: unknown) => typeof v === 'string' && /^[a-z][a-z0-9+.-]*:|^[^:]+$/i.test(v) && !/\s/.test(v);

function checkBody(b: unknown, where: string) {
  assert.ok(isObj(b), `${where}: body is an object`);
  if (b.type === 'TextualBody') assert.equal(typeof b.value, 'string', `${where}: TextualBody has a string value`);
  else {
    assert.equal(b.type, 'SpecificResource', where);
    assert.ok(isIri(b.source), `${where}: SpecificResource has a source IRI`);
  }
  if (b.purpose !== undefined) assert.ok(MOTIVATIONS.has(b.purpose as string), `${where}: purpose ${b.purpose}`);
}

describe('w3c export', () => {
  const docs = [articleDoc(), secondDoc()];
  const coll = JSON.parse(exportToString(docs, 'w3c')) as Obj;

  it('is an AnnotationCollection with the anno.jsonld context and an embedded first page', () => {
    assert.equal(coll['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(coll.type, 'AnnotationCollection');
    assert.ok(isIri(coll.id));
    const page = coll.first as Obj;
    assert.equal(page.type, 'AnnotationPage');
    assert.ok(isIri(page.id));
    assert.ok(Array.isArray(page.items));
    assert.equal(coll.total, (page.items as unknown[]).length);
    assert.equal((page.items as unknown[]).length, docs.reduce((n, d) => n + d.sidecar.annotations.length, 0));
  });

  it('gives every annotation an IRI id, type, motivation, bodies and a target with selectors', () => {
    const ids = new Set<string>();
    for (const a of (coll.first as Obj).items as Obj[]) {
      assert.ok(isIri(a.id) && !ids.has(a.id as string), `unique IRI ${a.id}`);
      ids.add(a.id as string);
      assert.equal(a.type, 'Annotation');
      assert.ok(MOTIVATIONS.has(a.motivation as string));
      assert.ok(Array.isArray(a.body) && a.body.length > 0);
      (a.body as unknown[]).forEach((b, i) => checkBody(b, `${a.id} body ${i}`));
      const target = a.target as Obj;
      assert.ok(isIri(target.source));
      assert.ok(Array.isArray(target.selector));
      for (const s of target.selector as Obj[]) {
        if (s.type === 'TextQuoteSelector') {
          for (const k of ['exact', 'prefix', 'suffix']) assert.equal(typeof s[k], 'string');
        } else {
          assert.equal(s.type, 'TextPositionSelector');
          assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && (s.start as number) <= (s.end as number));
        }
      }
    }
  });

  it('selects the same text by quote and by code-point position, for every placed annotation', () => {
    const items = (coll.first as Obj).items as Obj[];
    for (const d of docs) {
      const chars = Array.from(d.text);
      for (const ann of d.sidecar.annotations) {
        const item = items.find((i) => (i.id as string).endsWith(`:${ann.id}`) && (i.target as Obj).source === d.sourcePath.split('/').map(encodeURIComponent).join('/'))!;
        const sel = (item.target as Obj).selector as Obj[];
        const quote = sel.find((s) => s.type === 'TextQuoteSelector')!;
        const pos = sel.find((s) => s.type === 'TextPositionSelector');
        assert.equal(quote.exact, ann.anchor.exact);
        if (ann.orphaned) assert.equal(pos, undefined, 'no stale position for an orphan');
        else assert.equal(chars.slice(pos!.start as number, pos!.end as number).join(''), ann.anchor.exact, ann.id);
      }
    }
  });

  it('tags kind, type and status, comments with notes, identifies actors by Wikidata IRI or name', () => {
    const items = (coll.first as Obj).items as Obj[];
    const bodiesOf = (exact: string) => items.find((i) => ((i.target as Obj).selector as Obj[])[0].exact === exact)!.body as Obj[];
    const tags = (exact: string) => bodiesOf(exact).filter((b) => b.purpose === 'tagging').map((b) => b.value);
    assert.deepEqual(tags('Repairs cost £4.2 million last year, according to 🧾 council records.'), ['claim', 'statistic', 'status:disputed']);
    assert.deepEqual(tags('Tom O’Neil'), ['actor', 'person']);
    const ana = bodiesOf('Ana Li').find((b) => b.purpose === 'identifying' && b.type === 'SpecificResource')!;
    assert.equal(ana.source, 'http://www.wikidata.org/entity/Q4115189');
    const tom = bodiesOf('Tom O’Neil').find((b) => b.purpose === 'identifying')!;
    assert.deepEqual([tom.type, tom.value], ['TextualBody', 'Tom O’Neil']);
    const note = bodiesOf('disputed the figure').find((b) => b.purpose === 'commenting')!;
    assert.equal(note.value, 'Ask the trust, "which" figure?');
  });
});
