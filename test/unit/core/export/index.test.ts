import assert from 'node:assert/strict';
import type { ExportDocument } from '../../../../src/core/export';
import { documentPaths, EXPORT_FORMATS, exportDocuments, exportToString, isExportFormat, isStreamFormat } from '../../../../src/core/export';
import { articleDoc, secondDoc } from '../../../fixtures/export/articles';

const named = (sourcePath: string): ExportDocument => ({ ...secondDoc(), sourcePath });

describe('export API', () => {
  it('gives one file for every stream format, equal to exportToString', () => {
    const docs = [articleDoc(), secondDoc()];
    for (const f of EXPORT_FORMATS.filter(isStreamFormat)) {
      const files = exportDocuments(docs, f);
      assert.equal(files.length, 1, f);
      assert.equal(files[0].content, exportToString(docs, f));
      assert.match(files[0].relativePath, /^newsmark-export\.[\w.]+$/);
    }
    assert.throws(() => exportToString(docs, 'brat'));
  });

  it('recognizes exactly the eight formats', () => {
    assert.deepEqual(EXPORT_FORMATS.filter(isExportFormat), ['json', 'csv', 'markdown', 'w3c', 'brat', 'jsonl', 'labelstudio', 'conll']);
    for (const s of ['xml', 'JSON', '', 'brat ']) assert.equal(isExportFormat(s), false);
  });

  it('gives distinct safe relative paths, also when names clash by case, by ../ or by brat naming', () => {
    const paths = documentPaths(['a.txt', 'A.txt', '../a.txt', 'x/b.md', 'x/b.md.txt', '/abs/c.txt'].map(named));
    assert.deepEqual(paths, ['a.txt', 'A-2.txt', 'a-3.txt', 'x/b.md', 'x/b.md-2.txt', 'abs/c.txt']);
    const brat = exportDocuments(['a.txt', 'A.txt', 'x/b.md', 'x/b.md.txt'].map(named), 'brat').map((f) => f.relativePath.toLowerCase());
    assert.equal(new Set(brat).size, brat.length, 'no two brat files share a name');
  });
});
