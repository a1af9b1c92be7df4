import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseTimeMl, readTimeMlDir, stripTags, type GoldDoc } from '../../../../scripts/eval/dates';
import { tempTree, withCorpus } from './helpers';

// Made-up articles in the TempEval-3 TimeML layout.
const TML = `<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">
<DOCID>XYZ_20140310</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" temporalFunction="false" tid="t0" type="DATE" value="2014-03-10">March 10, 2014</TIMEX3></DCT>
<TITLE>Ferry fares frozen until spring</TITLE>
<TEXT>
The council <EVENT class="OCCURRENCE" eid="e1">froze</EVENT> fares on <TIMEX3 tid="t1" type="DATE" value="2014-03-07">Friday</TIMEX3> &amp; <EVENT class="I_ACTION" eid="e2">promised</EVENT> a review <TIMEX3 tid="t2" type="DURATION" value="P3M">within three months</TIMEX3>.
Smith &amp; Co. said fares &lt;rose&gt; 4% in <TIMEX3 tid="t3" type="DATE" value="2013">2013</TIMEX3>.
</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t1"/>
</TimeML>
`;

const text = (d: GoldDoc) => d.dates.map((g) => `${d.text.slice(g.start, g.end)}=${g.value}`);

describe('eval reader: TempEval-3 TimeML (scripts/eval/dates.ts)', () => {
  describe('parseTimeMl', () => {
    const doc = parseTimeMl('XYZ_20140310.tml', TML);

    it('keeps the TEXT element only, tags stripped and entities decoded', () => {
      assert.equal(doc.text, '\nThe council froze fares on Friday & promised a review within three months.\nSmith & Co. said fares <rose> 4% in 2013.\n');
    });

    it('maps every TIMEX3 in TEXT to its span and value, not the DCT one', () => {
      assert.deepEqual(text(doc), ['Friday=2014-03-07', 'within three months=P3M', '2013=2013']);
    });

    it('takes the DCT from the DCT element', () => {
      assert.equal(doc.dct, '2014-03-10');
      assert.equal(doc.id, 'XYZ_20140310.tml');
    });

    it('gives no DCT when the DCT element is absent', () => {
      assert.equal(parseTimeMl('x', TML.replace(/<DCT>.*<\/DCT>\n/, '')).dct, null);
    });

    it('keeps offsets exact with CRLF line ends (the \\r stays in the text)', () => {
      const crlf = parseTimeMl('x', TML.replace(/\n/g, '\r\n'));
      assert.ok(crlf.text.includes('\r\n'));
      assert.deepEqual(text(crlf), text(doc));
    });

    it('fails with a message naming a document that has no TEXT element', () => {
      assert.throws(() => parseTimeMl('broken.tml', '<TimeML><DCT></DCT></TimeML>'), /broken\.tml: no TEXT element/);
    });
  });

  describe('stripTags', () => {
    it('maps nested TIMEX3 elements (inner and outer) and ignores other tags inside them', () => {
      const r = stripTags('From <TIMEX3 tid="t1" value="2014-W10"><TIMEX3 tid="t2" value="2014-03-03">Monday</TIMEX3> <EVENT eid="e1">to</EVENT> Friday</TIMEX3>.', 'TIMEX3');
      assert.equal(r.text, 'From Monday to Friday.');
      assert.deepEqual(r.spans.map((s) => [r.text.slice(s.start, s.end), s.attrs.tid, s.attrs.value]), [
        ['Monday to Friday', 't1', '2014-W10'],
        ['Monday', 't2', '2014-03-03'],
      ]);
    });

    it('counts offsets in UTF-16 units over multi-byte text, numeric character references included', () => {
      const r = stripTags('Café “Zoë” 🙂 <TIMEX3 value="2014-03">März&#160;2014</TIMEX3> &#x1F600; <TIMEX3 value="PRESENT_REF">now</TIMEX3>', 'TIMEX3');
      assert.equal(r.text, 'Café “Zoë” 🙂 März\u00a02014 😀 now');
      assert.deepEqual(r.spans.map((s) => r.text.slice(s.start, s.end)), ['März\u00a02014', 'now']);
    });

    it('drops empty (self-closing) elements and keeps a bare & that starts no entity', () => {
      const r = stripTags('A & B <TIMEX3 tid="t9" value="2014"/>and <TIMEX3 value="2015">2015</TIMEX3>; &toString; &constructor;', 'TIMEX3');
      assert.equal(r.text, 'A & B and 2015; &toString; &constructor;');
      assert.deepEqual(r.spans.map((s) => s.attrs.value), ['2015']);
    });

    it('fails on an unterminated tag', () => {
      assert.throws(() => stripTags('a <TIMEX3 value="2014"', 'TIMEX3'), /unterminated tag/);
    });
  });

  describe('readTimeMlDir', () => {
    it('reads the *.tml files of a folder in name order', () => {
      const t = tempTree({ 'b.tml': TML, 'a.tml': TML.replace('2014-03-10', '2014-03-11'), 'notes.txt': 'x' });
      try {
        const docs = readTimeMlDir(t.root);
        assert.deepEqual(docs.map((d) => [d.id, d.dct]), [['a.tml', '2014-03-11'], ['b.tml', '2014-03-10']]);
      } finally {
        t.cleanup();
      }
    });

    it('fails with a message naming a missing folder', () => {
      assert.throws(() => readTimeMlDir(path.join('/nonexistent', 'te3-platinum')), /TimeML folder not found: \/nonexistent\/te3-platinum/);
    });
  });

  describe('on the real corpus', () => {
    for (const rel of ['tempeval3/Training/TBAQ-cleaned/TimeBank', 'tempeval3/Training/TBAQ-cleaned/AQUAINT']) {
      it(`${rel} (dev): every document has a DCT, every TIMEX3 slices to its own text`, function () {
        withCorpus(this, rel, (dir) => {
          const docs = readTimeMlDir(dir);
          assert.ok(docs.length > 50, `${docs.length} documents`);
          let n = 0;
          for (const d of docs) {
            assert.match(d.dct ?? '', /^\d{4}-\d{2}-\d{2}$/, `${d.id}: a DCT`);
            assert.ok(!/<\/?[A-Z]+[ >]/.test(d.text), `${d.id}: no tags left`);
            // The same spans again from the raw XML, independently of stripTags' offset bookkeeping.
            const raw = fs.readFileSync(path.join(dir, d.id), 'utf8');
            const body = raw.slice(raw.indexOf('<TEXT>'), raw.lastIndexOf('</TEXT>'));
            const inner = [...body.matchAll(/<TIMEX3\b[^>]*[^/]>([\s\S]*?)<\/TIMEX3>/g)].map((m) => decode(m[1].replace(/<[^>]*>/g, '')));
            assert.deepEqual(d.dates.map((g) => d.text.slice(g.start, g.end)), inner, d.id);
            for (const g of d.dates) assert.ok(g.value !== null && g.value !== '', `${d.id}: a value`);
            n += d.dates.length;
          }
          assert.ok(n > 400, `${n} TIMEX3`);
        });
      });
    }
  });
});

function decode(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
