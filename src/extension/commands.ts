// Command handlers. Each takes the arguments VS Code gives it from the palette, a hover
// link or a tree item, and works on the core's results through the store.
import * as vscode from 'vscode';
import type { ArticleStore } from './articles';
import type { Decorator } from './decorations';
import type { ActorsProvider } from './views/actorsView';
import type { ClaimNode } from './views/claimsView';
import { Commands } from './commandIds';
import { CLAIM_STATUSES, type ClaimStatus } from '../core/annotations';

interface Services {
  store: ArticleStore;
  decorator: Decorator;
  actors: ActorsProvider;
  redrawAll(): void;
}

async function openAt(uri: vscode.Uri, start: number, end: number): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  return vscode.window.showTextDocument(doc, { selection: range, preserveFocus: false });
}

/** Finds the claim a command refers to: a tree node, (uri, offset) from a hover link, or the cursor. */
function claimTarget(store: ArticleStore, args: unknown[]): { uri: vscode.Uri; text: string } | undefined {
  const [first, second] = args;
  if (first && typeof first === 'object' && (first as ClaimNode).kind === 'claim') {
    const node = first as Extract<ClaimNode, { kind: 'claim' }>;
    return { uri: node.article.uri, text: node.claim.text };
  }
  let uri: vscode.Uri | undefined;
  let offset: number | undefined;
  if (typeof first === 'string' && typeof second === 'number') {
    uri = vscode.Uri.parse(first);
    offset = second;
  } else {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    uri = editor.document.uri;
    store.analyze(editor.document);
    offset = editor.document.offsetAt(editor.selection.active);
  }
  const claim = store.get(uri)?.extraction.claims.find((c) => c.start <= offset! && offset! <= c.end);
  return claim && { uri, text: claim.text };
}

export function registerCommands(context: vscode.ExtensionContext, s: Services): void {
  const { store } = s;
  const register = (id: string, fn: (...args: any[]) => unknown) =>
    context.subscriptions.push(vscode.commands.registerCommand(id, fn));

  const setStatus = async (status: ClaimStatus | undefined, args: unknown[]) => {
    const target = claimTarget(store, args);
    if (!target) {
      void vscode.window.showInformationMessage('Newsmark: place the cursor in a claim (or pick one in the Claims view) first.');
      return undefined;
    }
    const chosen = status ?? (await vscode.window.showQuickPick(CLAIM_STATUSES.map((x) => x), { placeHolder: 'Verdict for this claim' })) as ClaimStatus | undefined;
    if (!chosen) return undefined;
    store.setClaimStatus(target.uri, target.text, chosen);
    return chosen;
  };

  register(Commands.setClaimStatus, (...args: unknown[]) => setStatus(undefined, args));
  register(Commands.setClaimVerified, (...args: unknown[]) => setStatus('verified', args));
  register(Commands.setClaimFalse, (...args: unknown[]) => setStatus('false', args));
  register(Commands.setClaimMisleading, (...args: unknown[]) => setStatus('misleading', args));
  register(Commands.setClaimDisputed, (...args: unknown[]) => setStatus('disputed', args));
  register(Commands.setClaimUnverified, (...args: unknown[]) => setStatus('unverified', args));

  register(Commands.reanalyze, () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    store.forget(editor.document.uri);
    const article = store.analyze(editor.document);
    if (!article) {
      void vscode.window.showWarningMessage(store.problem(editor.document.uri)
        ?? 'Newsmark: this file is not a news source (see the setting newsmark.sourceGlobs).');
    }
    return article?.extraction;
  });

  register(Commands.reanalyzeWorkspace, () =>
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Newsmark: analysing sources', cancellable: true },
      async (progress, token) => {
        const globs = vscode.workspace.getConfiguration('newsmark').get<string[]>('sourceGlobs', []);
        const found = new Map<string, vscode.Uri>();
        for (const g of globs) for (const uri of await vscode.workspace.findFiles(g, '**/{node_modules,.git}/**')) found.set(uri.toString(), uri);
        let done = 0;
        for (const uri of found.values()) {
          if (token.isCancellationRequested) break;
          const doc = await vscode.workspace.openTextDocument(uri);
          store.analyze(doc);
          progress.report({ increment: 100 / found.size, message: `${++done}/${found.size}` });
        }
        return done;
      }),
  );

  register(Commands.toggleHighlights, () => {
    const on = s.decorator.toggle();
    s.redrawAll();
    return on;
  });

  register(Commands.revealAnnotation, async (uri: string, start: number, end: number) => {
    await openAt(vscode.Uri.parse(uri), start, end);
  });

  register(Commands.showMentions, async (entity?: string) => {
    const editor = vscode.window.activeTextEditor;
    if (!entity && editor) {
      const offset = editor.document.offsetAt(editor.selection.active);
      entity = store.analyze(editor.document)?.extraction.actors.find((a) => a.start <= offset && offset <= a.end)?.entity;
    }
    if (!entity) return [];
    const node = s.actors.entities().find((e) => e.entity === entity);
    if (!node) return [];
    const locations: vscode.Location[] = [];
    for (const m of node.mentions) {
      const doc = await vscode.workspace.openTextDocument(m.uri);
      locations.push(new vscode.Location(m.uri, new vscode.Range(doc.positionAt(m.mention.start), doc.positionAt(m.mention.end))));
    }
    if (editor && locations.length) {
      await vscode.commands.executeCommand('editor.action.showReferences', editor.document.uri, editor.selection.active, locations);
    }
    return locations;
  });

  const step = (direction: 1 | -1) => () => {
    const editor = vscode.window.activeTextEditor;
    const article = editor && store.analyze(editor.document);
    if (!editor || !article) return undefined;
    const ex = article.extraction;
    const starts = [...new Set([...ex.actors, ...ex.dates, ...ex.quotes].map((a) => a.start))].sort((a, b) => a - b);
    const here = editor.document.offsetAt(editor.selection.active);
    const next = direction > 0 ? starts.find((x) => x > here) : [...starts].reverse().find((x) => x < here);
    if (next === undefined) return undefined;
    const pos = editor.document.positionAt(next);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return next;
  };
  register(Commands.nextAnnotation, step(1));
  register(Commands.previousAnnotation, step(-1));
}
