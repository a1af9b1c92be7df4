// "Newsmark: Export Annotations…": the current file, the files selected in the explorer, or
// the whole workspace, in one of the core's formats, into a file or folder the user chooses.
import * as vscode from 'vscode';
import { mkdir, writeFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleStore } from './articles';
import { Commands } from './commandIds';
import { findSources } from './sources';
import {
  EXPORT_FORMATS, defaultFileName, exportDocuments, isStreamFormat, safeJoin, type ExportDocument, type ExportFormat,
} from '../core/export';

const FORMAT_LABEL: Record<ExportFormat, string> = {
  json: 'JSON — Newsmark model, complete',
  csv: 'CSV — one row per annotation (spreadsheets)',
  markdown: 'Markdown report — claims, quotes by speaker, actors, dates',
  w3c: 'W3C Web Annotation (JSON-LD)',
  brat: 'brat standoff (.ann beside a copy of the text)',
  jsonl: 'doccano JSONL',
  labelstudio: 'Label Studio tasks (JSON; our annotations as a prediction to review)',
  conll: 'CoNLL BIO tokens',
};

/** Explorer selections may hold folders: they stand for every source inside them. */
async function expandFolders(uris: vscode.Uri[]): Promise<vscode.Uri[]> {
  const out = new Map<string, vscode.Uri>();
  let sources: vscode.Uri[] | undefined;
  for (const uri of uris) {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) {
      sources ??= await findSources();
      const prefix = uri.path.endsWith('/') ? uri.path : `${uri.path}/`;
      for (const s of sources) if (s.path.startsWith(prefix)) out.set(s.toString(), s);
    } else out.set(uri.toString(), uri);
  }
  return [...out.values()];
}

interface ExportArgs { format?: ExportFormat; destination?: string; overwrite?: boolean }

export function registerExport(context: vscode.ExtensionContext, store: ArticleStore): void {
  context.subscriptions.push(vscode.commands.registerCommand(Commands.export, async (clicked?: vscode.Uri, selected?: vscode.Uri[], args: ExportArgs = {}) => {
    let uris: vscode.Uri[] = selected?.length ? selected : clicked instanceof vscode.Uri ? [clicked] : [];
    if (uris.length) uris = await expandFolders(uris);
    else {
      const active = vscode.window.activeTextEditor?.document;
      const scope = args.destination && active ? 'file' : await vscode.window.showQuickPick(
        [...(active && store.isSource(active) ? [{ label: 'Current file', id: 'file' }] : []), { label: 'Whole workspace', id: 'workspace' }],
        { placeHolder: 'Export which sources?' }).then((p) => p?.id);
      if (!scope) return undefined;
      if (scope === 'file' && active) uris = [active.uri];
      else {
        uris = await findSources();
      }
    }
    const format = args.format ?? (await vscode.window.showQuickPick(EXPORT_FORMATS.map((f) => ({ label: f, description: FORMAT_LABEL[f] })), { placeHolder: 'Export format' }))?.label as ExportFormat | undefined;
    if (!format) return undefined;

    const stream = isStreamFormat(format);
    let destination = args.destination;
    if (!destination) {
      const base = vscode.workspace.workspaceFolders?.[0]?.uri;
      if (stream) {
        const picked = await vscode.window.showSaveDialog({ defaultUri: base && vscode.Uri.joinPath(base, defaultFileName(format)), saveLabel: 'Export' });
        destination = picked?.fsPath;
      } else {
        const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: 'Export here', defaultUri: base });
        destination = picked?.[0]?.fsPath;
      }
    }
    if (!destination) return undefined;

    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Newsmark: exporting ${format}`, cancellable: true }, async (progress, token) => {
      const docs: ExportDocument[] = [];
      // An open source exports as the editor has it; a closed one from what the index holds.
      // Closed ones never indexed are read from disk first, in one indexing pass: no document
      // is opened for them.
      const openDoc = (uri: vscode.Uri) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const unindexed = uris.filter((uri) => !openDoc(uri) && !store.get(uri));
      if (unindexed.length) await store.indexFiles(unindexed, { token });
      for (const uri of uris) {
        if (token.isCancellationRequested) return undefined;
        const open = openDoc(uri);
        const article = open ? await store.ensure(open) : store.get(uri);
        if (!article) continue;
        docs.push({ sourcePath: vscode.workspace.asRelativePath(uri), text: article.text, sidecar: article.sidecar });
        progress.report({ increment: 80 / uris.length, message: vscode.workspace.asRelativePath(uri) });
      }
      if (!docs.length) {
        void vscode.window.showWarningMessage('Newsmark: nothing to export (no readable sources).');
        return undefined;
      }
      const files = exportDocuments(docs, format, { sourceIri: (d) => vscode.Uri.joinPath(vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file('/'), d.sourcePath).toString() });
      // Every target is resolved (and contained in the destination) before anything is written.
      const targets = stream ? [{ target: destination!, content: files[0].content }]
        : files.map((f) => ({ target: safeJoin(destination!, f.relativePath), content: f.content }));
      if (!stream && !args.overwrite) {
        const existing = [];
        for (const t of targets) if (await stat(t.target).then(() => true, () => false)) existing.push(t.target);
        if (existing.length) {
          const answer = await vscode.window.showWarningMessage(`${existing.length} file(s) already exist in ${destination}. Overwrite them?`, { modal: true }, 'Overwrite');
          if (answer !== 'Overwrite') return undefined;
        }
      }
      for (const t of targets) {
        await mkdir(path.dirname(t.target), { recursive: true });
        await writeFile(t.target, t.content, 'utf8');
      }
      const shown = stream ? destination! : `${targets.length} files in ${destination}`;
      void vscode.window.showInformationMessage(`Newsmark exported ${docs.length} source(s) as ${format}: ${shown}`);
      return targets.map((t) => t.target);
    });
  }));
}
