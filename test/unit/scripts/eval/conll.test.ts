import assert from 'node:assert/strict';
import path from 'node:path';
import { readConllGold, type GoldDoc } from '../../../../scripts/eval/actors';
import { tempTree, withCorpus } from './helpers';

// Fixtures in the CoNLL-2003 layout (word POS chunk NER, one token a line, blank line between
// sentences, -DOCSTART- between documents); the sentences are made up for these tests.
function read(content: string): GoldDoc[] {
  const t = tempTree({ 'eng.fixture': content });
  try {
    return readConllGold(path.join(t.root, 'eng.fixture'));
  } finally {
    t.cleanup();
  }
}

const names = (d: GoldDoc) => d.actors.map((a) => `${d.text.slice(a.start, a.end)}/${a.type}`);

const IOB1 = `-DOCSTART- -X- O O

Maria NNP I-NP I-PER
Lindqvist NNP I-NP I-PER
joined VBD I-VP O
Nordbank NNP I-NP I-ORG
in IN I-PP O
Oslo NNP I-NP I-LOC
. . O O

Her PRP$ I-NP O
Danish JJ I-NP I-MISC
colleague NN I-NP O
Jens NNP I-NP I-PER
Holm NNP I-NP I-PER
Peter NNP I-NP B-PER
Aas NNP I-NP I-PER
agreed VBD I-VP O
. . O O

-DOCSTART- -X- O O

Trondheim NNP I-NP I-LOC
Energi NNP I-NP I-ORG
fell VBD I-VP O
. . O O
`;

describe('eval reader: CoNLL-2003 (readConllGold over scripts/train/conll.ts)', () => {
  it('splits documents at -DOCSTART- and joins tokens by spaces, sentences by blank lines', () => {
    const docs = read(IOB1);
    assert.equal(docs.length, 2);
    assert.equal(docs[0].text, 'Maria Lindqvist joined Nordbank in Oslo .\n\nHer Danish colleague Jens Holm Peter Aas agreed .');
    assert.equal(docs[1].text, 'Trondheim Energi fell .');
  });

  it('decodes IOB1: I- continues a same-type run, B- splits two adjacent names of one type', () => {
    const [doc] = read(IOB1);
    assert.deepEqual(names(doc), ['Maria Lindqvist/person', 'Nordbank/organization', 'Oslo/place', 'Jens Holm/person', 'Peter Aas/person']);
  });

  it('starts a new name when the type changes without a B- tag', () => {
    const [, doc] = read(IOB1);
    assert.deepEqual(names(doc), ['Trondheim/place', 'Energi/organization']);
  });

  it('leaves MISC out (no counterpart in the guidelines)', () => {
    const [doc] = read(IOB1);
    assert.ok(!doc.actors.some((a) => doc.text.slice(a.start, a.end) === 'Danish'));
  });

  it('decodes IOB2 (CoNLL++): B- opens every name, I- after O still opens one', () => {
    const [doc] = read(`-DOCSTART- -X- -X- O

Ana NNP B-NP B-PER
Ruiz NNP I-NP I-PER
and CC O O
Luis NNP B-NP B-PER
met VBD B-VP O
in IN B-PP O
Bergen NNP B-NP B-LOC
, , O O
Stavanger NNP B-NP I-LOC
. . O O
`);
    assert.deepEqual(names(doc), ['Ana Ruiz/person', 'Luis/person', 'Bergen/place', 'Stavanger/place']);
  });

  it('never carries a name across a sentence boundary', () => {
    const [doc] = read('Kari NNP I-NP I-PER\n\nNilsen NNP I-NP I-PER\nwon VBD I-VP O\n');
    assert.deepEqual(names(doc), ['Kari/person', 'Nilsen/person']);
  });

  it('reads a first document with no -DOCSTART- line and ignores a trailing one (the local eng.* quirk)', () => {
    const docs = read('Lima NNP I-NP I-LOC\n\n-DOCSTART- -X- O O\n\nQuito NNP I-NP I-LOC\n\n-DOCSTART- -X- O O\n');
    assert.deepEqual(docs.map((d) => d.text), ['Lima', 'Quito']);
    assert.deepEqual(docs.map((d) => d.actors.length), [1, 1]);
  });

  it('makes no empty document from consecutive -DOCSTART- lines or extra blank lines', () => {
    const docs = read('-DOCSTART- -X- O O\n\n\n-DOCSTART- -X- O O\n\n\nRiga NNP I-NP I-LOC\n\n\n');
    assert.equal(docs.length, 1);
    assert.equal(docs[0].text, 'Riga');
  });

  it('reads tab-separated columns and trailing blanks like single spaces', () => {
    const lf = read(IOB1);
    assert.deepEqual(read(IOB1.replace(/ /g, '\t')), lf);
    assert.deepEqual(read(IOB1.replace(/\n(?!\n)/g, ' \n')), lf);
  });

  it('reads CRLF files like LF ones (no \\r in tokens or tags)', () => {
    const lf = read(IOB1);
    const crlf = read(IOB1.replace(/\n/g, '\r\n'));
    assert.deepEqual(crlf, lf);
    assert.ok(!crlf.some((d) => d.text.includes('\r')));
  });

  it('gives offsets in UTF-16 units that slice multi-byte names exactly', () => {
    const [doc] = read('Zoë NNP I-NP I-PER\nBjørnstad NNP I-NP I-PER\nvisited VBD I-VP O\nMünchen NNP I-NP I-LOC\n和 CC O O\n東京 NNP I-NP I-LOC\n🙂 SYM O O\nLódź NNP I-NP I-LOC\n');
    assert.deepEqual(names(doc), ['Zoë Bjørnstad/person', 'München/place', '東京/place', 'Lódź/place']);
  });

  it('fails with a message naming the missing file', () => {
    assert.throws(() => readConllGold('/nonexistent/conll2003/eng.testa'), /CoNLL file not found: \/nonexistent\/conll2003\/eng\.testa/);
  });

  describe('on the real corpus', () => {
    for (const rel of ['conll2003/eng.testa', 'conllpp/conllpp_dev.txt']) {
      it(`${rel} (dev): documents with names whose spans slice the text at token boundaries`, function () {
        withCorpus(this, rel, (file) => {
          const docs = readConllGold(file);
          assert.ok(docs.length > 100, `${docs.length} documents`);
          let names = 0;
          for (const d of docs) {
            assert.ok(d.text.length > 0);
            assert.ok(!d.text.includes('-DOCSTART-'));
            for (const a of d.actors) {
              names++;
              assert.ok(a.start >= 0 && a.start < a.end && a.end <= d.text.length, `span ${a.start}-${a.end} in ${d.text.length}`);
              const s = d.text.slice(a.start, a.end);
              assert.equal(s, s.trim(), 'no surrounding whitespace');
              assert.ok(!s.includes('\n'), 'within one sentence');
              assert.ok(a.start === 0 || /\s/.test(d.text[a.start - 1]), 'starts at a token');
              assert.ok(a.end === d.text.length || /\s/.test(d.text[a.end]), 'ends at a token');
              assert.ok(['person', 'organization', 'place'].includes(a.type));
            }
            for (let i = 1; i < d.actors.length; i++) assert.ok(d.actors[i - 1].end < d.actors[i].start, 'names in order, apart');
          }
          assert.ok(names > 1000, `${names} names`);
        });
      });
    }
  });
});
