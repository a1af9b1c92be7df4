// The VS Code adapter: wires the core's analysis into decorations, hovers, views and
// commands. It stays thin: everything it shows comes from src/core.
import * as vscode from 'vscode';
const moduleLoadedAt = performance.now();
import { ArticleStore } from './articles';
import { Decorator } from './decorations';
import { NewsHoverProvider } from './hover';
import { ClaimsProvider } from './views/claimsView';
import { ActorsProvider } from './views/actorsView';
import { QuotesProvider } from './views/quotesView';
import { StatusBar } from './statusBar';
import { registerCommands } from './commands';
import { readSettings, type NewsmarkSettings } from './settings';

export interface NewsmarkApi {
  store: ArticleStore;
  decorator: Decorator;
  claims: ClaimsProvider;
  actors: ActorsProvider;
  quotes: QuotesProvider;
  /** Time spent in activate() and loading this module, in milliseconds. */
  activationMs: number;
}

export function activate(context: vscode.ExtensionContext): NewsmarkApi {
  const started = performance.now();
  let settings: NewsmarkSettings = readSettings();
  const current = () => settings;
  const store = new ArticleStore(current);
  const decorator = new Decorator(current);
  const claims = new ClaimsProvider(store);
  const actors = new ActorsProvider(store);
  const quotes = new QuotesProvider(store);
  const statusBar = new StatusBar(store);
  context.subscriptions.push(store, decorator, claims, actors, quotes, statusBar);

  const redraw = (editor: vscode.TextEditor | undefined) => {
    if (!editor) return;
    decorator.apply(editor, store.analyze(editor.document));
  };
  const setSourceContext = (e: vscode.TextEditor | undefined) =>
    void vscode.commands.executeCommand('setContext', 'newsmark.isSource', !!e && store.isSource(e.document));
  const redrawAll = () => vscode.window.visibleTextEditors.forEach(redraw);

  context.subscriptions.push(
    vscode.window.registerTreeDataProvider('newsmark.claims', claims),
    vscode.window.registerTreeDataProvider('newsmark.actors', actors),
    vscode.window.registerTreeDataProvider('newsmark.quotes', quotes),
    vscode.languages.registerHoverProvider([{ scheme: 'file' }, { scheme: 'untitled' }, { scheme: 'vscode-remote' }], new NewsHoverProvider(store)),
    store.onDidChange((article) => {
      for (const editor of vscode.window.visibleTextEditors) {
        if (!article || editor.document.uri.toString() === article.uri.toString()) decorator.apply(editor, store.get(editor.document.uri));
      }
      statusBar.update(vscode.window.activeTextEditor);
    }),
    vscode.window.onDidChangeVisibleTextEditors(redrawAll),
    vscode.window.onDidChangeActiveTextEditor((e) => { redraw(e); statusBar.update(e); setSourceContext(e); }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length && store.isSource(e.document)) store.schedule(e.document);
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      // Keep results of files on disk for the workspace views; drop unsaved buffers.
      if (doc.uri.scheme === 'untitled') store.forget(doc.uri);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('newsmark')) {
        settings = readSettings();
        redrawAll();
      }
    }),
  );
  registerCommands(context, { store, decorator, redrawAll, actors });

  redrawAll();
  statusBar.update(vscode.window.activeTextEditor);
  setSourceContext(vscode.window.activeTextEditor);
  const activationMs = performance.now() - started + (started - moduleLoadedAt);
  return { store, decorator, claims, actors, quotes, activationMs };
}

export function deactivate(): void {}
