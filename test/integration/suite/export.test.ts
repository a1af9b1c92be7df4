// The export command in the real VS Code: current file to CSV, the workspace to brat, read back.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parse } from 'csv-parse/sync';
import { newsmarkApi, openSample, pause, readText } from '../helpers';

describe('Export command', () => {
  it('exports the current file as CSV that a CSV parser reads back, one row per annotation', async () => {
    const newsmark = await newsmarkApi();
    const editor = await openSample('clinic-wait-times.txt');
    const article = (await newsmark.store.ensure(editor.document))!;
    const root = vscode.workspace.workspaceFolders![0].uri;
    const dest = vscode.Uri.joinPath(root, 'exports', 'clinic.csv');
    const written = await vscode.commands.executeCommand<string[]>('newsmark.export', undefined, undefined, { format: 'csv', destination: dest.fsPath });
    assert.deepEqual(written, [dest.fsPath]);
    const rows = parse(await readText(dest), { columns: true, bom: true }) as Array<Record<string, string>>;
    const placed = article.sidecar.annotations.filter((a) => !a.orphaned);
    assert.equal(rows.length, placed.length, 'one row per annotation');
    for (const row of rows.slice(0, 20)) {
      assert.equal(article.text.slice(Number(row.start), Number(row.end)), row.text, `row ${row.id} points at its text`);
    }
  });

  it('exports the whole workspace as brat standoff into a folder', async () => {
    const newsmark = await newsmarkApi();
    const root = vscode.workspace.workspaceFolders![0].uri;
    const dest = vscode.Uri.joinPath(root, 'exports', 'brat');
    const openBefore = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    const written = await vscode.commands.executeCommand<string[]>('newsmark.export', root, [root], { format: 'brat', destination: dest.fsPath, overwrite: true });
    const openedByExport = vscode.workspace.textDocuments.filter((d) => !openBefore.has(d.uri.toString()) && d.uri.scheme === 'file' && !d.uri.path.includes('/exports/'));
    assert.deepEqual(openedByExport.map((d) => d.uri.path), [], 'exporting the workspace opens no documents (it reads the index)');
    // The exported .txt copies sit beside their .ann: brat documents, never taken for sources.
    await pause(1500); // time for the file watcher to report them
    assert.deepEqual(newsmark.store.all().map((a) => a.uri.path).filter((p) => p.includes('/exports/brat/')), [], 'no brat copy is indexed');
    const count = await vscode.commands.executeCommand<number>('newsmark.reanalyzeWorkspace');
    assert.ok(!newsmark.store.all().some((a) => a.uri.path.includes('/exports/brat/')), `not after re-analysing the workspace either (${count} sources)`);
    const annPath = written.find((p) => /fare-freeze(\.txt)?\.ann$/.test(p));
    assert.ok(annPath, `an .ann per source (wrote ${written.join(', ')})`);
    assert.ok(written.every((p) => p.startsWith(dest.fsPath)), 'nothing is written outside the destination');
    const ann = await readText(vscode.Uri.file(annPath));
    const txt = await readText(vscode.Uri.file(annPath.replace(/\.ann$/, '.txt')));
    const entity = ann.split('\n').find((l) => /^T\d+\tPerson \d+ \d+\t/.test(l));
    assert.ok(entity, 'person entities are exported');
    const [, , start, end, text] = /^(T\d+)\tPerson (\d+) (\d+)\t(.*)$/.exec(entity)!;
    assert.equal([...txt].slice(Number(start), Number(end)).join(''), text, 'brat offsets (code points) point at the text');
  });
});
