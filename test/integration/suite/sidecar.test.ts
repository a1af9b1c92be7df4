// Sidecars in a real VS Code: edits move the anchors, saving writes the sidecar, reopening
// finds every annotation in place; a sidecar we cannot read is reported and never overwritten.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsmarkApi } from '../../../src/extension/extension';
import { newsmarkApi, openSample, readText, sampleUri, until } from '../helpers';
import { parseSidecar, renderSidecar, sha256, updateSidecar } from '../../../src/core/sidecar';
import { extract } from '../../../src/core/extract';
import { screenshot } from '../screenshot';

describe('Sidecars in the editor', () => {
  let newsmark: NewsmarkApi;
  before(async () => { newsmark = await newsmarkApi(); });

  it('edits, saves, reopens, and finds every annotation in place (CRLF article)', async () => {
    const editor = await openSample('reservoir-drought.txt');
    const doc = editor.document;
    assert.equal(doc.eol, vscode.EndOfLine.CRLF, 'the sample keeps its CRLF line endings');
    const article = await until('analysis', () => newsmark.store.ensure(doc));
    const sidecarUri = vscode.Uri.file(`${doc.uri.fsPath}.annotations.yaml`);

    // A hand-made claim over the second paragraph's first sentence, with a verdict and note.
    const para = article.view.quotes[0] ?? article.view.actors[0];
    const selStart = doc.positionAt(para.start - article.bomShift);
    editor.selection = new vscode.Selection(selStart, doc.positionAt(para.end - article.bomShift));
    const manualId = await vscode.commands.executeCommand<string>('newsmark.annotateClaim', { claimKind: 'factual' });
    assert.ok(manualId, 'a manual claim was added');
    assert.equal(await vscode.commands.executeCommand('newsmark.setClaimDisputed', doc.uri.toString(), manualId), 'disputed');
    assert.equal(await vscode.commands.executeCommand('newsmark.editNote', doc.uri.toString(), manualId, 'Check, with the utility, the "1998" record; commas, too.'), 'Check, with the utility, the "1998" record; commas, too.');

    // Edits before, between and after annotations; none touches annotated text.
    const firstActor = newsmark.store.get(doc.uri)!.view.actors[3];
    await editor.edit((e) => {
      e.insert(new vscode.Position(0, 0), 'UPDATED: an editor’s note.\r\n\r\n');
      e.insert(doc.positionAt(firstActor.end - article.bomShift), ' (the agency)');
      e.insert(doc.lineAt(doc.lineCount - 1).range.end, '\r\n\r\nA closing line added by a reporter.');
    });
    const afterEdit = newsmark.store.get(doc.uri)!;
    assert.equal(afterEdit.view.orphans.length, 0, 'no annotation was orphaned by edits outside annotated text');
    const expected = new Map(afterEdit.sidecar.annotations.map((a) => [a.id, a.anchor.exact]));
    assert.ok(await doc.save(), 'saved');
    await until('sidecar written on save', async () => {
      try { return parseSidecar(await readText(sidecarUri), doc.getText()).sidecar.source.sha256 === sha256(doc.getText()); } catch { return false; }
    });

    // Reopen from disk: nothing in memory.
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    newsmark.store.forget(doc.uri);
    const again = await openSample('reservoir-drought.txt');
    const reloaded = await until('reload', () => newsmark.store.ensure(again.document));
    const text = reloaded.text;
    for (const [id, exact] of expected) {
      const a = reloaded.sidecar.annotations.find((x) => x.id === id);
      assert.ok(a, `annotation ${id} (“${exact}”) is still there`);
      assert.equal(text.slice(a.anchor.start, a.anchor.end), exact, `annotation ${id} sits on its text`);
      assert.ok(!a.orphaned, `annotation ${id} is not orphaned`);
    }
    const manual = reloaded.sidecar.annotations.find((a) => a.id === manualId)!;
    assert.equal(manual.origin, 'manual');
    assert.equal(manual.status, 'disputed');
    assert.equal(manual.note, 'Check, with the utility, the "1998" record; commas, too.');
    await screenshot('sidecar-reopened');
  });

  it('a closed article indexed from the parsed-sidecar cache is saved through its YAML: the user\'s comments stay', async () => {
    const root = vscode.workspace.workspaceFolders![0].uri;
    const sample = await sampleUri('battery-plant.txt');
    const uri = vscode.Uri.joinPath(root, 'cached', 'closed-article.txt');
    await vscode.workspace.fs.writeFile(uri, await vscode.workspace.fs.readFile(sample));
    // First index writes its sidecar (through a save), the second parses it and fills the
    // cache, the third reads the cache.
    await newsmark.store.indexFiles([uri]);
    await newsmark.store.save(uri);
    const sidecarUri = vscode.Uri.file(`${uri.fsPath}.annotations.yaml`);
    const withComment = `# Checked by the night desk; keep this comment.\n${await readText(sidecarUri)}`;
    await vscode.workspace.fs.writeFile(sidecarUri, new TextEncoder().encode(withComment));
    // Index until the article comes from the cache (the file watcher may index it meanwhile too).
    const article = await until('indexed from the cache', async () => {
      newsmark.store.forget(uri);
      await newsmark.store.indexFiles([uri]);
      await newsmark.store.sidecarCacheStats(); // lets the cache's writes land
      const a = newsmark.store.get(uri);
      return a?.documentPending && a;
    }, 20000, 200);
    assert.equal(article.document, null, 'its YAML document is not read yet');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'the article is not open');
    const claim = article.view.claims[0];
    await vscode.commands.executeCommand('newsmark.setClaimFalse', uri.toString(), claim.id);
    const saved = await until('verdict saved', async () => {
      const t = await readText(sidecarUri);
      return parseSidecar(t).sidecar.annotations.find((a) => a.id === claim.id)?.status === 'false' && t;
    });
    assert.ok(saved.startsWith('# Checked by the night desk; keep this comment.\n'), 'the comment is kept');
    assert.equal(parseSidecar(saved).sidecar.annotations.find((a) => a.id === claim.id)?.status, 'false');
  });

  it('reports a sidecar with conflict markers, keeps working from memory, and never overwrites it', async () => {
    const source = await sampleUri('clinic-wait-times.txt');
    const sidecarUri = vscode.Uri.file(`${source.fsPath}.annotations.yaml`);
    const broken = 'version: 1\n<<<<<<< HEAD\nentities: []\n=======\nentities: [ ]\n>>>>>>> theirs\nannotations: []\n';
    await vscode.workspace.fs.writeFile(sidecarUri, new TextEncoder().encode(broken));
    newsmark.store.forget(source);
    const editor = await openSample('clinic-wait-times.txt');
    await until('analysis', () => newsmark.store.ensure(editor.document));
    // Noticed at once, or by the file watcher when a load that began before the write lands first.
    const article = await until('the unreadable sidecar is noticed', () => {
      const a = newsmark.store.get(editor.document.uri);
      return a?.sidecarError && a;
    });
    const diags = await until('diagnostic on the sidecar', () => {
      const d = vscode.languages.getDiagnostics(sidecarUri);
      return d.length > 0 && d;
    });
    assert.match(diags[0].message, /conflict/i);
    assert.equal(diags[0].range.start.line, 1, 'the diagnostic points at the first marker');
    assert.ok(article.view.actors.length > 0, 'highlights still come from extraction');
    const claim = article.view.claims[0];
    await vscode.commands.executeCommand('newsmark.setClaimVerified', editor.document.uri.toString(), claim.id);
    assert.equal(newsmark.store.get(editor.document.uri)!.view.claims[0].status, 'verified', 'the verdict is kept in memory');
    await editor.document.save();
    assert.equal(await readText(sidecarUri), broken, 'the sidecar is byte-for-byte untouched');
  });

  it('indexes closed sources with their sidecars parsed on the worker thread: the same sidecar, and an unreadable one reported', async () => {
    const root = vscode.workspace.workspaceFolders![0].uri;
    const text = await readText(await sampleUri('clinic-wait-times.txt'));
    const good = vscode.Uri.joinPath(root, 'worker-parse', 'good.txt');
    const bad = vscode.Uri.joinPath(root, 'worker-parse', 'bad.txt');
    // A sidecar no cache has seen (its comment is new), so it is parsed, not looked up.
    const sidecar = updateSidecar(null, extract(text), text, { file: 'good.txt' }).sidecar;
    const yaml = `# written by the worker-parse test at ${Date.now()}\n${renderSidecar(null, sidecar).text}`;
    const broken = 'version: 1\n<<<<<<< HEAD\nentities: []\n=======\nentities: [ ]\n>>>>>>> theirs\nannotations: []\n';
    for (const [uri, body] of [[good, text], [bad, text], [vscode.Uri.file(`${good.fsPath}.annotations.yaml`), yaml], [vscode.Uri.file(`${bad.fsPath}.annotations.yaml`), broken]] as const) {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(body));
    }
    // The file watcher indexes them too (through the same path); whichever lands first counts.
    const stats = await newsmark.store.indexFiles([good, bad]);
    assert.equal(stats.failed, 0);
    const a = await until('the good source indexed', () => newsmark.store.get(good));
    assert.equal(a.sidecarError, undefined);
    assert.equal(a.documentPending, true, 'the YAML document is read only before the first save');
    assert.deepEqual(a.sidecar, parseSidecar(yaml, text, 'good.txt').sidecar, 'the worker parsed what the extension host would have');
    const b = await until('the bad source indexed', () => newsmark.store.get(bad));
    assert.equal(b.sidecarError?.code, 'conflict-markers');
    assert.equal(b.sidecarError?.line, 2, 'the error keeps its position');
    assert.ok(b.view.actors.length > 0, 'highlights still come from extraction');
  });

  it('labels every occurrence of a selection, removes by hand, and a removed automatic annotation never comes back', async () => {
    const editor = await openSample('battery-plant.txt');
    const doc = editor.document;
    const article = await until('analysis', () => newsmark.store.ensure(doc));
    const phrase = 'buses';
    const first = article.text.indexOf(phrase);
    editor.selection = new vscode.Selection(doc.positionAt(first - article.bomShift), doc.positionAt(first + phrase.length - article.bomShift));
    const ids = await vscode.commands.executeCommand<string[]>('newsmark.labelAllOccurrences', { kind: 'actor', type: 'organization', entity: 'Bus fleet' });
    const expected = article.text.split(/\bbuses\b/).length - 1;
    assert.ok(expected >= 2, 'the sample uses the phrase more than once');
    assert.equal(ids.length, expected, 'one manual annotation per whole-word occurrence');
    const now = newsmark.store.get(doc.uri)!;
    for (const id of ids) {
      const a = now.sidecar.annotations.find((x) => x.id === id)!;
      assert.equal(a.origin, 'manual');
      assert.equal(now.text.slice(a.anchor.start, a.anchor.end), phrase);
    }

    // Remove one automatic date by hand: it is remembered as rejected and extraction never restores it.
    const date = now.view.dates.find((d) => d.origin === 'auto')!;
    const removed = await vscode.commands.executeCommand<string>('newsmark.removeAnnotation', doc.uri.toString(), date.id);
    assert.equal(removed, date.id);
    await vscode.commands.executeCommand('newsmark.reanalyze');
    const after = newsmark.store.get(doc.uri)!;
    assert.ok(!after.view.dates.some((d) => d.start === date.start && d.end === date.end), 'the rejected date stays removed after re-extraction');
    assert.ok(after.sidecar.rejected.some((r) => r.kind === 'date' && r.start === date.start), 'the rejection is recorded');
    assert.equal(ids.filter((id) => after.sidecar.annotations.some((a) => a.id === id)).length, ids.length, 'manual annotations survive re-extraction');
    const onDisk = parseSidecar(await readText(vscode.Uri.file(`${doc.uri.fsPath}.annotations.yaml`)), doc.getText()).sidecar;
    assert.ok(onDisk.rejected.some((r) => r.kind === 'date' && r.start === date.start), 'the rejection is saved');
  });

  it('a source changed on disk orphans the annotation whose text is gone; the Claims view lists it and removes it on request', async () => {
    const uri = await sampleUri('fare-freeze.txt');
    const doc = await vscode.workspace.openTextDocument(uri);
    const article = (await newsmark.store.ensure(doc))!;
    // Give the source a sidecar (a verdict is saved at once).
    await vscode.commands.executeCommand('newsmark.setClaimVerified', uri.toString(), article.view.claims[0].id);
    const quote = article.view.quotes.find((q) => q.text.length > 20)!;
    const onDisk = article.text.slice(0, quote.start) + 'words someone else wrote instead' + article.text.slice(quote.end);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(onDisk));
    const changed = await until('re-anchoring after the change on disk', () => {
      const a = newsmark.store.get(uri);
      return a && a.view.orphans.some((o) => o.id === quote.id) && a;
    }, 20000);
    assert.ok(changed.view.claims.some((c) => c.status === 'verified'), 'the verdict survived the change');
    const source = newsmark.claims.getChildren().find((n) => n.kind === 'source' && n.article.uri.toString() === uri.toString())!;
    const group = newsmark.claims.getChildren(source).find((n) => n.kind === 'orphans');
    assert.ok(group, 'the Claims view shows an orphans group for the source');
    const orphan = newsmark.claims.getChildren(group).find((n) => n.kind === 'orphan' && n.annotation.id === quote.id)!;
    assert.ok(orphan, 'the orphaned quote is listed');
    assert.match(String(newsmark.claims.getTreeItem(orphan).label), /\S/);
    await vscode.commands.executeCommand('newsmark.removeAnnotation', orphan);
    assert.ok(!newsmark.store.get(uri)!.sidecar.annotations.some((a) => a.id === quote.id), 'removed on request');
  });
});
