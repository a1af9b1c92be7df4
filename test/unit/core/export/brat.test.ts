import assert from 'node:assert/strict';
import type { ExportDocument, ExportFile } from '../../../../src/core/export';
import { exportDocuments, isBratCopy } from '../../../../src/core/export';
import { articleDoc, ARTICLE_TEXT, CSV_NOTE, secondDoc, SECOND_TEXT } from '../../../fixtures/export/articles';

// An independent reader of brat standoff, written from the format description: it reads the
// .txt the way brat does (universal newlines, Python string = code points) and parses T/R/A/N/#.
interface TLine { id: string; type: string; frags: Array<[number, number]>; text: string }
interface Ann {
  t: Map<string, TLine>;
  r: Array<{ type: string; arg1: string; arg2: string }>;
  a: Array<{ name: string; target: string; value: string }>;
  n: Array<{ target: string; ref: string; label: string }>;
  notes: Map<string, string>;
}

function readAnn(content: string): Ann {
  const ann: Ann = { t: new Map(), r: [], a: [], n: [], notes: new Map() };
  assert.ok(content.endsWith('\n'));
  for (const line of content.split('\n')) {
    if (line === '') continue;
    const cols = line.split('\t');
    const id = cols[0];
    if (id.startsWith('T')) {
      assert.equal(cols.length, 3, `T line has three tab-separated fields: ${line}`);
      const [type, ...rest] = cols[1].split(' ');
      const frags = rest.join(' ').split(';').map((f) => f.split(' ').map(Number) as [number, number]);
      ann.t.set(id, { id, type, frags, text: cols[2] });
    } else if (id.startsWith('R')) {
      const [type, a1, a2] = cols[1].split(' ');
      ann.r.push({ type, arg1: a1.replace(/^Arg1:/, ''), arg2: a2.replace(/^Arg2:/, '') });
    } else if (id.startsWith('A')) {
      const [name, target, value] = cols[1].split(' ');
      ann.a.push({ name, target, value });
    } else if (id.startsWith('N')) {
      const [, target, ref] = cols[1].split(' ');
      ann.n.push({ target, ref, label: cols[2] });
    } else if (id.startsWith('#')) {
      const [kind, target] = cols[1].split(' ');
      assert.equal(kind, 'AnnotatorNotes');
      ann.notes.set(target, cols[2]);
    } else assert.fail(`unknown line ${line}`);
  }
  return ann;
}

/** The document as brat's Python sees it: universal newlines, then code points. */
const pythonChars = (txt: string) => Array.from(txt.replace(/\r\n?/g, '\n'));
const pyOffset = (text: string, utf16: number) => Array.from(text.slice(0, utf16).replace(/\r\n?/g, '\n')).length;
/** What brat shows for a span over several lines: the line pieces joined by a space. */
const pieces = (s: string) => s.split(/\r\n|\r|\n/).filter((p) => p.trim() !== '').join(' ');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

const TYPE: Record<string, string> = { person: 'Person', organization: 'Organization', place: 'Place' };
const KIND: Record<string, string> = { date: 'Date', quote: 'Quote', claim: 'Claim', note: 'Note' };

function expectedEntities(doc: ExportDocument): string[] {
  const types = new Map(doc.sidecar.entities.map((e) => [e.id, e.type]));
  return doc.sidecar.annotations
    .filter((a) => !a.orphaned)
    .map((a) => `${a.kind === 'actor' ? TYPE[types.get(a.entity!)!] : KIND[a.kind]}|${pieces(a.anchor.exact)}`)
    .sort();
}

describe('brat export', () => {
  const docs = [articleDoc(), secondDoc()];
  let files: ExportFile[];
  const file = (p: string) => files.find((f) => f.relativePath === p)!;
  before(() => {
    files = exportDocuments(docs, 'brat');
  });

  it('writes annotation.conf and a .txt/.ann pair per source, .md sources as .md.txt', () => {
    assert.deepEqual(files.map((f) => f.relativePath).sort(), [
      'annotation.conf', 'news/bridge.ann', 'news/bridge.txt', 'news/short.md.ann', 'news/short.md.txt',
    ]);
  });

  it('copies the text byte for byte (CRLF, BOM and emoji kept)', () => {
    assert.ok(Buffer.from(file('news/bridge.txt').content, 'utf8').equals(Buffer.from(ARTICLE_TEXT, 'utf8')));
    assert.ok(Buffer.from(file('news/short.md.txt').content, 'utf8').equals(Buffer.from(SECOND_TEXT, 'utf8')));
  });

  for (const [i, base] of [[0, 'news/bridge'], [1, 'news/short.md']] as const) {
    describe(base, () => {
      let ann: Ann;
      let chars: string[];
      before(() => {
        ann = readAnn(file(`${base}.ann`).content);
        chars = pythonChars(file(`${base}.txt`).content);
      });

      it('every T fragment covers exactly its text in the .txt as brat reads it', () => {
        for (const t of ann.t.values()) {
          const got = t.frags.map(([s, e]) => chars.slice(s, e).join(''));
          assert.equal(got.join(' '), t.text, t.id);
          for (const g of got) assert.ok(!/[\r\n]/.test(g), `${t.id} fragment stays on one line`);
        }
      });

      it('has one T per placed annotation with the same type and text (orphans left out)', () => {
        const speakerOnly = new Set(ann.r.map((r) => r.arg2).filter((id) => ![...ann.r].some((r) => r.arg1 === id)));
        const got = [...ann.t.values()]
          .filter((t) => !(speakerOnly.has(t.id) && !ann.notes.get(t.id)?.startsWith('entity:')))
          .map((t) => `${t.type}|${t.text}`)
          .sort();
        assert.deepEqual(got, expectedEntities(docs[i]));
      });

      it('links each quote to the mention of its speaker with a Speaker relation', () => {
        const doc = docs[i];
        const want = doc.sidecar.annotations
          .filter((a) => a.kind === 'quote' && a.speaker && a.speakerMention)
          .map((q) => `${pieces(q.anchor.exact)} -> ${pyOffset(doc.text, q.speakerMention!.start)}:${doc.text.slice(q.speakerMention!.start, q.speakerMention!.end)}`)
          .sort();
        const got = ann.r.map((r) => {
          assert.equal(r.type, 'Speaker');
          const q = ann.t.get(r.arg1)!;
          const s = ann.t.get(r.arg2)!;
          assert.equal(q.type, 'Quote');
          assert.ok(['Person', 'Organization', 'Place'].includes(s.type));
          return `${q.text} -> ${s.frags[0][0]}:${s.text}`;
        }).sort();
        assert.deepEqual(got, want);
      });
    });
  }

  it('counts an emoji as one character and CRLF as one (brat offsets), unlike our UTF-16 offsets', () => {
    const ann = readAnn(file('news/bridge.ann').content);
    const tom = [...ann.t.values()].find((t) => t.text === 'Tom O’Neil')!;
    const utf16 = ARTICLE_TEXT.indexOf('Tom O’Neil');
    assert.equal(tom.frags[0][0], pyOffset(ARTICLE_TEXT, utf16));
    assert.ok(tom.frags[0][0] < utf16 - 10, 'emoji and CRLF before it shift the offset');
  });

  it('splits the two-paragraph quote into one fragment per line', () => {
    const ann = readAnn(file('news/bridge.ann').content);
    const q = [...ann.t.values()].find((t) => t.text.startsWith('has never'))!;
    assert.equal(q.frags.length, 2);
  });

  it('carries claim status and kind as attributes, dates, entities and notes as AnnotatorNotes, Wikidata as N', () => {
    const ann = readAnn(file('news/bridge.ann').content);
    const byText = (s: string) => [...ann.t.values()].find((t) => t.text === s)!.id;
    const claim1 = byText('Repairs cost £4.2 million last year, according to 🧾 council records.');
    const attrs = ann.a.filter((a) => a.target === claim1).map((a) => `${a.name}=${a.value}`).sort();
    assert.deepEqual(attrs, ['ClaimKind=statistic', 'Status=disputed']);
    assert.ok(ann.notes.get(claim1)!.includes(squash(CSV_NOTE)));
    assert.equal(ann.notes.get(byText('last year')), 'value: 2025');
    assert.ok(ann.notes.get(byText('Harbour Trust'))!.startsWith('entity: Harbour Trust'));
    assert.equal(ann.notes.get(byText('disputed the figure')), 'Ask the trust, "which" figure?');
    const anaIds = [...ann.t.values()].filter((t) => t.text === 'Ana Li').map((t) => t.id).sort();
    assert.deepEqual(ann.n.map((n) => n.target).sort(), anaIds);
    assert.ok(ann.n.every((n) => n.ref === 'Wikidata:Q4115189' && n.label === 'Ana Li'));
  });

  it('declares every type, relation and attribute it uses in annotation.conf', () => {
    const conf = file('annotation.conf').content;
    const section = (name: string) => conf.split(`[${name}]`)[1].split(/\n\[/)[0];
    const declared = (name: string) => new Set(section(name).split('\n').map((l) => l.split('\t')[0].trim()).filter(Boolean));
    for (const base of ['news/bridge', 'news/short.md']) {
      const ann = readAnn(file(`${base}.ann`).content);
      for (const t of ann.t.values()) assert.ok(declared('entities').has(t.type), t.type);
      for (const r of ann.r) assert.ok(declared('relations').has(r.type), r.type);
      for (const a of ann.a) assert.ok(declared('attributes').has(a.name), a.name);
    }
  });
});

describe('brat copies are not sources', () => {
  it('takes a .txt with an .ann of the same base name beside it for a brat document', () => {
    const files = new Set(['out/a.txt', 'out/a.ann', 'out/b.md.txt', 'out/b.md.ann', 'news/c.txt', 'news/d.md', 'news/d.ann']);
    const exists = (p: string) => files.has(p);
    assert.equal(isBratCopy('out/a.txt', exists), true);
    assert.equal(isBratCopy('out/b.md.txt', exists), true);
    assert.equal(isBratCopy('news/c.txt', exists), false, 'no .ann beside it');
    assert.equal(isBratCopy('news/d.md', exists), false, 'only .txt copies');
  });
});
