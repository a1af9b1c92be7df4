// The VS Code adapter: wires the core's analysis and sidecars into decorations, hovers, views
// and commands. It stays thin: everything it shows comes from src/core.
import * as vscode from 'vscode';
const moduleLoadedAt = performance.now();
import { ArticleStore } from './articles';
import { BackgroundExtractor } from './backgroundExtractor';
import { SidecarCache } from './sidecarCache';
import { Decorator } from './decorations';
import { NewsHoverProvider } from './hover';
import { ClaimsProvider } from './views/claimsView';
import { ActorsProvider } from './views/actorsView';
import { QuotesProvider } from './views/quotesView';
import { StatusBar } from './statusBar';
import { registerCommands } from './commands';
import { findSources, isBratCopyUri } from './sources';
import { SidecarDiagnostics } from './diagnostics';
import { readSettings, type NewsmarkSettings } from './settings';

export interface NewsmarkApi {
  store: ArticleStore;
  decorator: Decorator;
  claims: ClaimsProvider;
  actors: ActorsProvider;
  quotes: QuotesProvider;
  diagnostics: SidecarDiagnostics;
  /** Resolves when the background indexing of the workspace's sources is done. */
  indexed: Promise<{ files: number; ms: number }>;
  /** Bundle evaluation + activate(), in milliseconds (what this extension costs VS Code). */
  activationMs: number;
}

export function activate(context: vscode.ExtensionContext): NewsmarkApi {
  const started = performance.now();
  let settings: NewsmarkSettings = readSettings();
  const current = () => settings;
  const background = new BackgroundExtractor(vscode.Uri.joinPath(context.extensionUri, 'dist', 'extractWorker.js').fsPath);
  context.subscriptions.push({ dispose: () => background.dispose() });
  // Parsed sidecars are cached in this workspace's storage (none without a workspace).
  const cache = new SidecarCache(context.storageUri ? vscode.Uri.joinPath(context.storageUri, 'sidecar-cache').fsPath : undefined);
  const store = new ArticleStore(current, background, cache);
  const decorator = new Decorator(current);
  const claims = new ClaimsProvider(store);
  const actors = new ActorsProvider(store);
  const quotes = new QuotesProvider(store);
  const statusBar = new StatusBar(store);
  const diagnostics = new SidecarDiagnostics(store);
  context.subscriptions.push(store, decorator, claims, actors, quotes, statusBar, diagnostics);

  const redraw = (editor: vscode.TextEditor | undefined) => {
    if (!editor || !store.isSource(editor.document)) return;
    store.ensure(editor.document).then((article) => decorator.apply(editor, article), (err) => console.error('[newsmark]', err));
  };
  let scrollTimer: NodeJS.Timeout | undefined;
  const redrawAll = () => vscode.window.visibleTextEditors.forEach(redraw);
  const setSourceContext = (e: vscode.TextEditor | undefined) =>
    void vscode.commands.executeCommand('setContext', 'newsmark.isSource', !!e && store.isSource(e.document));

  const sidecars = vscode.workspace.createFileSystemWatcher('**/*.annotations.yaml');
  const onSidecar = (uri: vscode.Uri) => {
    vscode.workspace.fs.readFile(uri).then(
      (bytes) => store.onSidecarChanged(uri, new TextDecoder().decode(bytes)),
      () => store.onSidecarChanged(uri, undefined));
  };

  // Sources changed on disk while not open in an editor (git pull, another program): index
  // them again, so their anchors are re-attached and the views stay true.
  const isOpen = (uri: vscode.Uri) => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
  const onSource = (uri: vscode.Uri) => {
    // An article attached to an open document follows the editor (a reload from disk arrives
    // as an edit); the watcher's event may come late, after the document was opened.
    const held = store.get(uri);
    if (isOpen(uri) || (held && held.version !== -1) || uri.path.endsWith('.annotations.yaml') || isBratCopyUri(uri)) return;
    store.forget(uri);
    void store.indexFiles([uri]);
  };
  for (const glob of settings.sourceGlobs) {
    const w = vscode.workspace.createFileSystemWatcher(glob);
    context.subscriptions.push(w, w.onDidChange(onSource), w.onDidCreate(onSource), w.onDidDelete((uri) => { if (!isOpen(uri)) store.forget(uri); }));
  }

  context.subscriptions.push(
    vscode.window.registerTreeDataProvider('newsmark.claims', claims),
    vscode.window.registerTreeDataProvider('newsmark.actors', actors),
    vscode.window.registerTreeDataProvider('newsmark.quotes', quotes),
    vscode.languages.registerHoverProvider([{ scheme: 'file' }, { scheme: 'untitled' }], new NewsHoverProvider(store)),
    store.onDidChange((article) => {
      for (const editor of vscode.window.visibleTextEditors) {
        if (!article || editor.document.uri.toString() === article.uri.toString()) decorator.apply(editor, store.get(editor.document.uri));
      }
      statusBar.update(vscode.window.activeTextEditor);
    }),
    vscode.window.onDidChangeVisibleTextEditors(redrawAll),
    vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
      if (!decorator.isLarge(e.textEditor.document)) return;
      clearTimeout(scrollTimer);
      scrollTimer = setTimeout(() => decorator.apply(e.textEditor, store.get(e.textEditor.document.uri)), 60);
    }),
    vscode.window.onDidChangeActiveTextEditor((e) => { redraw(e); statusBar.update(e); setSourceContext(e); }),
    vscode.workspace.onDidChangeTextDocument((e) => store.onDidChangeDocument(e)),
    // Saving the source saves its sidecar (creating it the first time).
    vscode.workspace.onDidSaveTextDocument((doc) => { if (store.get(doc.uri)) void store.save(doc.uri); }),
    vscode.workspace.onDidCloseTextDocument((doc) => store.detach(doc.uri)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('newsmark')) {
        settings = readSettings();
        redrawAll();
      }
    }),
    sidecars,
    sidecars.onDidChange(onSidecar),
    sidecars.onDidCreate(onSidecar),
    sidecars.onDidDelete((uri) => store.onSidecarChanged(uri, undefined)),
  );
  registerCommands(context, { store, decorator, redrawAll, actors });

  // Index the workspace's sources in the background so the views list every source, not
  // only the open ones: sidecars are read first, extraction runs only where they are missing
  // or stale. It starts after activation returns, so activation stays cheap.
  const indexing = new vscode.CancellationTokenSource();
  context.subscriptions.push(indexing);
  const indexed = new Promise<{ files: number; ms: number }>((resolve) => {
    if (!settings.indexWorkspace || !vscode.workspace.workspaceFolders?.length) return resolve({ files: 0, ms: 0 });
    setTimeout(() => {
      const t0 = performance.now();
      void vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Newsmark: indexing sources' }, async (progress) => {
        const uris = await findSources();
        const stats = await store.indexFiles(uris, { token: indexing.token, onProgress: (done) => progress.report({ message: `${done}/${uris.length}` }) });
        const ms = performance.now() - t0;
        console.log(`[newsmark] indexed ${uris.length} sources in ${ms.toFixed(0)} ms (${stats.extracted} extracted, ${stats.failed} failed)`);
        resolve({ files: uris.length, ms });
      }).then(undefined, (err) => { console.error('[newsmark] indexing failed', err); resolve({ files: 0, ms: 0 }); });
    }, 300);
  });

  redrawAll();
  statusBar.update(vscode.window.activeTextEditor);
  setSourceContext(vscode.window.activeTextEditor);
  const loadStart = (globalThis as { __newsmarkLoadStart?: number }).__newsmarkLoadStart ?? moduleLoadedAt;
  const evaluationMs = moduleLoadedAt - loadStart;
  const activateMs = performance.now() - started;
  const activationMs = evaluationMs + activateMs;
  console.log(`[newsmark] activation cost ${activationMs.toFixed(1)} ms: bundle evaluation ${evaluationMs.toFixed(1)} ms + activate() ${activateMs.toFixed(1)} ms`);
  return { store, decorator, claims, actors, quotes, diagnostics, activationMs, indexed };
}

export function deactivate(): void {}
