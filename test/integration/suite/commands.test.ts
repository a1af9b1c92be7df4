// The keyboard workflow's commands in the real VS Code: navigation, hand annotations of each
// kind, renaming and merging actors, mentions, and re-analysing the workspace.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { newsmarkApi, openSample, until } from '../helpers';
import type { NewsmarkApi } from '../../../src/extension/extension';

describe('Commands', () => {
  let newsmark: NewsmarkApi;
  let editor: vscode.TextEditor;
  before(async () => {
    newsmark = await newsmarkApi();
    editor = await openSample('reservoir-drought.txt');
    await until('analysis', () => newsmark.store.ensure(editor.document));
  });

  const select = (start: number, end: number) => {
    const a = newsmark.store.get(editor.document.uri)!;
    editor.selection = new vscode.Selection(editor.document.positionAt(start - a.bomShift), editor.document.positionAt(end - a.bomShift));
  };

  it('moves to the next and previous annotation', async () => {
    await vscode.window.showTextDocument(editor.document);
    const a = newsmark.store.get(editor.document.uri)!;
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const starts = [...new Set([...a.view.actors, ...a.view.dates, ...a.view.quotes, ...a.view.notes].map((x) => x.start - a.bomShift))].sort((x, y) => x - y);
    const first = await vscode.commands.executeCommand<number>('newsmark.nextAnnotation');
    assert.equal(first, starts.find((s) => s > 0));
    assert.equal(editor.document.offsetAt(editor.selection.active), first);
    const second = await vscode.commands.executeCommand<number>('newsmark.nextAnnotation');
    assert.ok(second > first);
    assert.equal(await vscode.commands.executeCommand<number>('newsmark.previousAnnotation'), first);
  });

  it('annotates a selection as actor, date and quote by hand', async () => {
    await vscode.window.showTextDocument(editor.document);
    const text = newsmark.store.get(editor.document.uri)!.text;
    const word = /\b[a-z]{6,}\b/g;
    const spans: Array<[number, number]> = [];
    for (let m = word.exec(text); m && spans.length < 3; m = word.exec(text)) {
      const a = newsmark.store.get(editor.document.uri)!;
      if (![...a.view.actors, ...a.view.dates, ...a.view.quotes].some((x) => x.start < m!.index + m![0].length && m!.index < x.end)) spans.push([m.index, m.index + m[0].length]);
    }
    select(...spans[0]);
    const actorId = await vscode.commands.executeCommand<string>('newsmark.annotateActor', { type: 'organization', entity: 'Hand-made Org' });
    select(...spans[1]);
    const dateId = await vscode.commands.executeCommand<string>('newsmark.annotateDate', { value: '2025-02-12' });
    select(...spans[2]);
    const quoteId = await vscode.commands.executeCommand<string>('newsmark.annotateQuote', { speaker: null });
    const v = newsmark.store.get(editor.document.uri)!.view;
    const actor = v.actors.find((x) => x.id === actorId);
    assert.equal(actor?.entity, 'Hand-made Org');
    assert.equal(actor?.type, 'organization');
    assert.equal(actor?.origin, 'manual');
    assert.equal(v.dates.find((x) => x.id === dateId)?.value, '2025-02-12');
    assert.equal(v.quotes.find((x) => x.id === quoteId)?.speaker, null);
    assert.ok(newsmark.decorator.appliedRanges(editor.document.uri)!.manual.length >= 3, 'hand-made annotations get their own border');
  });

  it('renames an actor (the old name stays an alias) and merges one actor into another', async () => {
    const uri = editor.document.uri.toString();
    const a = newsmark.store.get(editor.document.uri)!;
    const people = [...new Map(a.view.actors.filter((x) => x.type === 'person').map((x) => [x.entityId, x])).values()];
    assert.ok(people.length >= 2, 'the sample names at least two people');
    const [p1, p2] = people;
    assert.equal(await vscode.commands.executeCommand('newsmark.renameEntity', uri, p1.entityId, `${p1.entity} (renamed)`), `${p1.entity} (renamed)`);
    let s = newsmark.store.get(editor.document.uri)!.sidecar;
    const renamed = s.entities.find((e) => e.id === p1.entityId)!;
    assert.equal(renamed.name, `${p1.entity} (renamed)`);
    assert.ok(renamed.aliases.includes(p1.entity), 'the old name is kept as an alias');
    await vscode.commands.executeCommand('newsmark.renameEntity', uri, p2.entityId, renamed.name);
    s = newsmark.store.get(editor.document.uri)!.sidecar;
    assert.ok(!s.entities.some((e) => e.id === p2.entityId), 'the merged entity is gone');
    const mentions = newsmark.store.get(editor.document.uri)!.view.actors.filter((x) => x.entityId === p1.entityId);
    assert.ok(mentions.some((m) => m.text === p2.text), 'its mentions now belong to the kept entity');
  });

  it('changes the annotation under the cursor: date value, quote speaker, actor type, span', async () => {
    await vscode.window.showTextDocument(editor.document);
    const uri = editor.document.uri.toString();
    let a = newsmark.store.get(editor.document.uri)!;
    const date = a.view.dates.find((d) => d.origin === 'auto')!;
    await vscode.commands.executeCommand('newsmark.changeAnnotation', uri, date.id, { action: 'value', value: '1999-12-31' });
    const quote = a.view.quotes[0];
    await vscode.commands.executeCommand('newsmark.changeAnnotation', uri, quote.id, { action: 'speaker', value: 'A New Speaker' });
    const place = a.view.actors.find((x) => x.type === 'place')!;
    await vscode.commands.executeCommand('newsmark.changeAnnotation', uri, place.id, { action: 'type', value: 'organization' });
    a = newsmark.store.get(editor.document.uri)!;
    assert.equal(a.view.dates.find((d) => d.id === date.id)?.value, '1999-12-31');
    assert.equal(a.view.quotes.find((q) => q.id === quote.id)?.speaker, 'A New Speaker');
    assert.equal(a.view.actors.find((x) => x.id === place.id)?.type, 'organization');
    assert.ok(a.sidecar.annotations.find((x) => x.id === date.id)?.edited, 'a changed automatic annotation is marked as the user\'s');
    // Correct an actor's span to a selection one character shorter.
    const actor = a.view.actors.find((x) => x.text.length > 4 && x.origin === 'auto')!;
    select(actor.start, actor.end - 1);
    await vscode.commands.executeCommand('newsmark.changeAnnotation', uri, actor.id, { action: 'span', value: null });
    a = newsmark.store.get(editor.document.uri)!;
    const moved = a.sidecar.annotations.find((x) => x.id === actor.id)!;
    assert.equal(moved.anchor.end, actor.end - 1);
    assert.ok(a.sidecar.rejected.some((r) => r.start === actor.start && r.end === actor.end), 'the extractor\'s span is not added back');
    await vscode.commands.executeCommand('newsmark.reanalyze');
    a = newsmark.store.get(editor.document.uri)!;
    assert.equal(a.view.dates.find((d) => d.id === date.id)?.value, '1999-12-31', 'extraction keeps the user\'s value');
  });

  it('sets the publication date, and relative dates follow it', async () => {
    await vscode.window.showTextDocument(editor.document);
    const uri = editor.document.uri.toString();
    assert.equal(await vscode.commands.executeCommand('newsmark.setPublished', uri, '2031-06-18'), '2031-06-18');
    const a = newsmark.store.get(editor.document.uri)!;
    assert.deepEqual(a.sidecar.published, { date: '2031-06-18', source: 'option' });
    const weekday = a.view.dates.find((d) => /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(d.text) && d.origin === 'auto' && !d.edited);
    assert.ok(weekday, 'the sample has a bare weekday');
    assert.match(weekday.value ?? '', /^2031-06-/, `"${weekday.text}" now resolves against 2031-06-18 (got ${weekday.value})`);
    assert.equal(await vscode.commands.executeCommand('newsmark.setPublished', uri, '2031-02-30'), undefined, 'an impossible day is refused');
  });

  it('shows every mention of an actor as locations', async () => {
    await vscode.window.showTextDocument(editor.document);
    const a = newsmark.store.get(editor.document.uri)!;
    const actor = a.view.actors.find((x) => a.view.actors.filter((y) => y.entity === x.entity).length > 1)!;
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('newsmark.showMentions', actor.entity);
    const here = locations.filter((l) => l.uri.toString() === editor.document.uri.toString());
    assert.equal(here.length, a.view.actors.filter((x) => x.entity === actor.entity).length);
    for (const l of here) assert.ok(editor.document.getText(l.range).length > 0);
    await vscode.commands.executeCommand('closeReferenceSearch').then(undefined, () => undefined);
  });

  it('re-analyses the whole workspace with progress and keeps hand-made work', async () => {
    const manualBefore = newsmark.store.get(editor.document.uri)!.sidecar.annotations.filter((x) => x.origin === 'manual').map((x) => x.id);
    const count = await vscode.commands.executeCommand<number>('newsmark.reanalyzeWorkspace');
    const sources = (await vscode.workspace.findFiles('**/*.{txt,md}', '**/{bulk,perf,exports}/**')).filter((u) => !/README/.test(u.path));
    assert.ok(count >= sources.length - 1, `re-analysed ${count} of ${sources.length} sources`);
    const after = newsmark.store.get(editor.document.uri)!.sidecar.annotations;
    for (const id of manualBefore) assert.ok(after.some((x) => x.id === id), `manual annotation ${id} survived`);
  });
});
