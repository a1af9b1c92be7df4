import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { exportToString } from '../../../../src/core/export';
import { csvField, neutralizeFormula } from '../../../../src/core/export/csv';
import { articleDoc, CSV_NOTE, FORMULA_NOTE, secondDoc } from '../../../fixtures/export/articles';

/** Undo the spreadsheet formula guard, as a reader would. */
const unguard = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

describe('csv export', () => {
  const docs = [articleDoc(), secondDoc()];
  const csv = exportToString(docs, 'csv');

  it('starts with a UTF-8 BOM and separates records with CRLF', () => {
    assert.equal(csv.charCodeAt(0), 0xfeff);
    assert.ok(csv.startsWith('\uFEFFsource,id,kind,type,text,start,end,line,entity,speaker,value,status,note,orphaned\r\n'));
    assert.ok(csv.endsWith('\r\n'));
  });

  it('reads back with csv-parse into one row per annotation with the same values', () => {
    const rows = parse(csv, { bom: true, columns: true, relax_column_count: false }) as Record<string, string>[];
    const want = docs.flatMap((d) => d.sidecar.annotations.map((a) => ({ d, a })));
    assert.equal(rows.length, want.length);
    for (const { d, a } of want) {
      const row = rows.find((r) => r.source === d.sourcePath && r.id === a.id);
      assert.ok(row, `${d.sourcePath} ${a.id}`);
      const names = new Map(d.sidecar.entities.map((e) => [e.id, e.name]));
      assert.equal(unguard(row.text), a.anchor.exact, `${a.id} text`);
      assert.equal(Number(row.start), a.anchor.start);
      assert.equal(Number(row.end), a.anchor.end);
      assert.equal(row.kind, a.kind);
      assert.equal(row.entity, a.kind === 'actor' ? names.get(a.entity!) : '');
      assert.equal(row.speaker, a.kind === 'quote' && a.speaker ? names.get(a.speaker) : '');
      assert.equal(row.value, a.value ?? '');
      assert.equal(row.status, a.status ?? '');
      assert.equal(unguard(row.note), a.note ?? '');
      assert.equal(row.orphaned, a.orphaned ? 'true' : '');
      if (!a.orphaned) {
        const line = d.text.slice(0, a.anchor.start).split(/\r\n|\r|\n/).length;
        assert.equal(Number(row.line), line, `${a.id} line`);
      }
    }
  });

  it('keeps commas, quotes and newlines of notes inside one quoted field', () => {
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    assert.equal(rows.find((r) => r.id === 'c-1')!.note, CSV_NOTE);
    assert.equal(rows.find((r) => r.id === 'q-3')!.text, articleDoc().sidecar.annotations.find((a) => a.id === 'q-3')!.anchor.exact);
  });

  it('neutralizes cells a spreadsheet would run as formulas', () => {
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    assert.equal(rows.find((r) => r.id === 'c-2')!.note, `'${FORMULA_NOTE}`);
    for (const [input, out] of [['=1+1', "'=1+1"], ['+A1', "'+A1"], ['-2', "'-2"], ['@SUM(A1)', "'@SUM(A1)"], ['Trump', 'Trump'], ['a=b', 'a=b']]) {
      assert.equal(neutralizeFormula(input), out);
    }
  });

  it('quotes per RFC 4180 only where needed', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\r\nlines'), '"two\r\nlines"');
    assert.equal(csvField(42), '42');
  });
});
