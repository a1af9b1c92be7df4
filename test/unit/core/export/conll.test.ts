import assert from 'node:assert/strict';
import type { ExportDocument } from '../../../../src/core/export';
import { exportToString } from '../../../../src/core/export';
import { articleDoc, secondDoc } from '../../../fixtures/export/articles';

// An independent CoNLL reader: documents split at -DOCSTART-, sentences at blank lines,
// "token<TAB>tag" lines, entities rebuilt from B-/I- runs.
interface Doc { sentences: Array<Array<[string, string]>> }

function readConll(s: string): Doc[] {
  const docs: Doc[] = [];
  let sentence: Array<[string, string]> = [];
  const flush = () => {
    if (sentence.length) docs[docs.length - 1].sentences.push(sentence);
    sentence = [];
  };
  for (const line of s.split('\n')) {
    if (line.startsWith('-DOCSTART-')) { flush(); docs.push({ sentences: [] }); continue; }
    if (line === '') { flush(); continue; }
    const cols = line.split('\t');
    assert.equal(cols.length, 2, `two columns: ${JSON.stringify(line)}`);
    assert.ok(cols[0] !== '' && !/\s/.test(cols[0]), 'token without whitespace');
    assert.match(cols[1], /^(O|[BI]-(PER|ORG|LOC|DATE))$/);
    sentence.push([cols[0], cols[1]]);
  }
  flush();
  return docs;
}

function entities(doc: Doc): string[] {
  const out: string[] = [];
  for (const s of doc.sentences) {
    let cur: { label: string; text: string } | undefined;
    for (const [tok, tag] of s) {
      if (tag.startsWith('B-')) {
        if (cur) out.push(`${cur.label}|${cur.text}`);
        cur = { label: tag.slice(2), text: tok };
      } else if (tag.startsWith('I-')) {
        assert.ok(cur && cur.label === tag.slice(2), 'I- continues an entity of the same label');
        cur.text += tok;
      } else {
        if (cur) out.push(`${cur.label}|${cur.text}`);
        cur = undefined;
      }
    }
    if (cur) out.push(`${cur.label}|${cur.text}`);
  }
  return out;
}

const TAG: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };
function expected(d: ExportDocument): string[] {
  const types = new Map(d.sidecar.entities.map((e) => [e.id, e.type]));
  return d.sidecar.annotations
    .filter((a) => !a.orphaned && (a.kind === 'actor' || a.kind === 'date'))
    .sort((a, b) => a.anchor.start - b.anchor.start)
    .map((a) => `${a.kind === 'date' ? 'DATE' : TAG[types.get(a.entity!)!]}|${a.anchor.exact.replace(/\s+/g, '')}`);
}

describe('conll export', () => {
  const docs = [articleDoc(), secondDoc()];
  const parsed = readConll(exportToString(docs, 'conll'));

  it('opens each document with -DOCSTART-', () => assert.equal(parsed.length, docs.length));

  it('loses no text: the tokens are the document without its whitespace', () => {
    parsed.forEach((p, i) => {
      const tokens = p.sentences.flat().map(([t]) => t).join('');
      assert.equal(tokens, docs[i].text.replace(/\s+/g, ''));
    });
  });

  it('rebuilds the same actor and date spans with PER/ORG/LOC/DATE labels', () => {
    parsed.forEach((p, i) => assert.deepEqual(entities(p), expected(docs[i])));
  });

  it('splits sentences at line breaks and sentence ends, not at abbreviations or inside names', () => {
    const text = 'Mr. Li met Dr. Ross in the U.S. on Monday. He left.\n\nNew paragraph';
    const doc: ExportDocument = {
      sourcePath: 'x.txt',
      text,
      sidecar: { version: 1, source: { file: 'x.txt', sha256: '' }, entities: [], annotations: [], rejected: [] },
    };
    const [p] = readConll(exportToString([doc], 'conll'));
    assert.deepEqual(p.sentences.map((s) => s.map(([t]) => t).join(' ')), [
      'Mr . Li met Dr . Ross in the U.S . on Monday .',
      'He left .',
      'New paragraph',
    ]);
  });
});
