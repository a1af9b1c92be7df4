// The extension's first promises, checked in a real VS Code: it highlights a news article,
// answers hovers at actors, fills the sidebar and changes state through commands.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsmarkApi } from '../../../src/extension/extension';
import { newsmarkApi, openSample, until } from '../helpers';
import { screenshot } from '../screenshot';
import { parseSidecar } from '../../../src/core/sidecar';

const ARTICLE = 'battery-plant.txt';

function rawHover(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

function hoverText(hovers: vscode.Hover[]): string {
  // appendText escapes markdown and turns spaces into &nbsp;: compare the text a reader sees.
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n').replace(/&nbsp;/g, ' ').replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');
}

describe('Newsmark in a real VS Code', () => {
  let newsmark: NewsmarkApi;
  let editor: vscode.TextEditor;

  before(async () => {
    editor = await openSample(ARTICLE);
    newsmark = await newsmarkApi();
    console.log(`[newsmark] activation took ${newsmark.activationMs.toFixed(1)} ms (module load + activate)`);
  });

  it('analyses the article and decorates actors, dates, quotes and claims', async () => {
    const ranges = await until('decorations', () => {
      const r = newsmark.decorator.appliedRanges(editor.document.uri);
      return r && r.person.length > 0 && r;
    });
    const article = newsmark.store.get(editor.document.uri)!;
    assert.equal(ranges.person.length + ranges.organization.length + ranges.place.length, article.view.actors.length);
    assert.ok(ranges.quote.length > 0, 'quotes are highlighted');
    assert.ok(ranges.date.length > 0, 'dates are highlighted');
    for (const r of ranges.person) {
      assert.match(editor.document.getText(r), /^\p{Lu}/u, `person highlight "${editor.document.getText(r)}" starts with a capital`);
    }
    await screenshot('article-highlights');
  });

  it('names the speaker once after a quotation, not again after one nested in it', async () => {
    // The speaker quotes herself: the inner quotation is hers too.
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'nested-quote.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(
      'HALDEN, Feb. 13 (Meridian Wire) - The council met on Thursday.\n\n"I said to them, \'we will open the plant this year,\' and we did," said Maria Lopez, the mayor of Halden.\n'));
    const other = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    const article = await until('analysis', () => newsmark.store.ensure(other.document));
    const quotes = article.view.quotes;
    const inner = quotes.find((q) => q.speaker && quotes.some((o) => o !== q && o.start <= q.start && q.end <= o.end && o.speaker === q.speaker));
    assert.ok(inner, 'a quotation nested in another by the same speaker');
    const outer = quotes.find((o) => o !== inner && o.start <= inner.start && inner.end <= o.end)!;
    const ranges = await until('decorations', () => newsmark.decorator.appliedRanges(other.document.uri));
    const labelAt = (end: number) => ranges.speaker.some((r) => other.document.offsetAt(r.start) === end + 1 - article.bomShift);
    assert.ok(labelAt(outer.end), 'the outer quotation is followed by its speaker');
    assert.ok(!labelAt(inner.end), 'the nested one is not');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.delete(uri);
    await vscode.window.showTextDocument(editor.document);
  });

  it('answers a hover at an actor with its canonical name and type', async () => {
    const article = newsmark.store.get(editor.document.uri)!;
    const actor = article.view.actors.find((a) => a.type === 'person' && a.text.includes('Vollmer'));
    assert.ok(actor, 'the chief executive Renata Vollmer is found as a person');
    const pos = editor.document.positionAt(actor.start + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos);
    const text = hoverText(hovers);
    assert.match(text, new RegExp(actor.entity));
    assert.match(text, /Person/);
    assert.match(text, /mentions? here/);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('editor.action.showHover');
    await new Promise((r) => setTimeout(r, 800));
    await screenshot('actor-hover');
  });

  it('escapes article text in hovers (text is data, never markup)', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'newsarticle', content: 'Mr. [Evil](command:workbench.action.quit) Smith said “[click](http://x)” on Monday.' });
    const ed = await vscode.window.showTextDocument(doc);
    const article = await until('analysis of untitled doc', () => newsmark.store.ensure(ed.document));
    const quote = article.view.quotes[0];
    assert.ok(quote, 'the quotation is found');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(quote.start + 2));
    const text = rawHover(hovers);
    assert.doesNotMatch(text, /\]\(command:workbench/);
    assert.doesNotMatch(text, /(?<!\\)\[click\](?!\\)/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('lists claims in the sidebar, grouped by source', async () => {
    await vscode.window.showTextDocument(editor.document);
    const roots = await until('claims view roots', () => {
      const r = newsmark.claims.getChildren();
      return r.length > 0 && r;
    });
    const source = roots.find((r) => r.kind === 'source' && r.article.uri.toString() === editor.document.uri.toString());
    assert.ok(source, 'the open article is a group in the Claims view');
    const claims = newsmark.claims.getChildren(source);
    assert.ok(claims.length > 0);
    const item = newsmark.claims.getTreeItem(claims[0]);
    assert.equal(item.command?.command, 'newsmark.revealAnnotation');
    const actors = newsmark.actors.getChildren();
    assert.ok(actors.length > 0, 'the Actors view has entities');
    await vscode.commands.executeCommand('newsmark.claims.focus');
    await new Promise((r) => setTimeout(r, 800));
    await screenshot('sidebar-claims');
  });

  it('sets a claim verdict through a command, the view shows it and the sidecar keeps it', async () => {
    const article = newsmark.store.get(editor.document.uri)!;
    const claim = article.view.claims[0];
    const result = await vscode.commands.executeCommand('newsmark.setClaimFalse', editor.document.uri.toString(), claim.id);
    assert.equal(result, 'false');
    assert.equal(newsmark.store.get(editor.document.uri)!.view.claims.find((c) => c.id === claim.id)?.status, 'false');
    const yamlText = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.file(`${editor.document.uri.fsPath}.annotations.yaml`)));
    const stored = parseSidecar(yamlText, editor.document.getText()).sidecar.annotations.find((a) => a.id === claim.id);
    assert.equal(stored?.status, 'false', 'the verdict is written to the sidecar');
    const source = newsmark.claims.getChildren().find((r) => r.kind === 'source' && r.article.uri.toString() === editor.document.uri.toString())!;
    const node = newsmark.claims.getChildren(source).find((n) => n.kind === 'claim' && n.claim.start === claim.start)!;
    assert.match(String(newsmark.claims.getTreeItem(node).description), /false$/);
  });

  it('toggles highlights off and on', async () => {
    await vscode.window.showTextDocument(editor.document);
    assert.equal(await vscode.commands.executeCommand('newsmark.toggleHighlights'), false);
    assert.equal(newsmark.decorator.appliedRanges(editor.document.uri)!.person.length, 0);
    assert.equal(await vscode.commands.executeCommand('newsmark.toggleHighlights'), true);
    assert.ok(newsmark.decorator.appliedRanges(editor.document.uri)!.person.length > 0);
  });

  it('re-analyses after an edit, without a save', async () => {
    const ed = await vscode.window.showTextDocument(editor.document);
    const before = newsmark.store.get(ed.document.uri)!.view.quotes.length;
    await ed.edit((e) => e.insert(new vscode.Position(0, 0), 'Mr. Tobias Quill said: “A brand new quotation.”\n\n'));
    await until('re-analysis after edit', () => {
      const a = newsmark.store.get(ed.document.uri);
      return a && a.version === ed.document.version && a.view.quotes.length === before + 1;
    });
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('a document closed and reopened with edits not yet analysed gets them analysed, not adopted as current', async () => {
    const ed = await vscode.window.showTextDocument(editor.document);
    await until('analysed', () => newsmark.store.get(ed.document.uri)?.extractedVersion === ed.document.version);
    await ed.edit((e) => e.insert(new vscode.Position(0, 0), 'Ottilie Brannagh, the mayor of Varnholt, spoke.\n\n'));
    // VS Code disposes document models on its own schedule (and fires close while an editor
    // may still show the file): the store detaches the article before the debounced pass ran.
    newsmark.store.detach(ed.document.uri);
    const article = await newsmark.store.ensure(ed.document);
    // Whatever ensure() returns and calls current must hold the edit.
    const now = newsmark.store.get(ed.document.uri)!;
    if (now.extractedVersion === ed.document.version) assert.ok(now.view.actors.some((x) => x.text === 'Ottilie Brannagh' && x.start === 0), 'an analysis called current holds the edit');
    await until('re-analysis of the pending edit', () => {
      const a = newsmark.store.get(ed.document.uri);
      return a && a.extractedVersion === ed.document.version && a.view.actors.some((x) => x.text === 'Ottilie Brannagh' && x.start === 0);
    });
    assert.ok(article, 'the article is still there');
    assert.notEqual(newsmark.store.get(ed.document.uri)!.lastPass, undefined);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await until('reverted', () => newsmark.store.get(ed.document.uri)?.extractedVersion === ed.document.version && !newsmark.store.get(ed.document.uri)!.view.actors.some((x) => x.text === 'Ottilie Brannagh'));
  });

  it('contributes exactly the commands it registers', async () => {
    const ext = vscode.extensions.getExtension('newsmark.newsmark')!;
    const contributed = (ext.packageJSON.contributes.commands as Array<{ command: string }>).map((c) => c.command).sort();
    const registered = (await vscode.commands.getCommands(true)).filter((c) => c.startsWith('newsmark.') && !/\.(focus|resetViewLocation|toggleVisibility|removeView|open)$/.test(c) && !c.startsWith('newsmark.claims') && !c.startsWith('newsmark.actors') && !c.startsWith('newsmark.quotes')).sort();
    assert.deepEqual(registered, contributed);
    const keybindings = ext.packageJSON.contributes.keybindings as Array<{ command: string; key: string }>;
    for (const k of keybindings) assert.ok(contributed.includes(k.command), `keybinding ${k.key} runs a contributed command (${k.command})`);
    assert.equal(new Set(keybindings.map((k) => k.key)).size, keybindings.length, 'no two Newsmark keybindings share a key');
    // Sidecars nest under their sources in the explorer by default.
    const explorer = vscode.workspace.getConfiguration('explorer');
    assert.equal(explorer.get('fileNesting.enabled'), true);
    assert.equal(explorer.get<Record<string, string>>('fileNesting.patterns')?.['*.txt'], '${capture}.txt.annotations.yaml');
  });
});
