// A sidecar we cannot read gets a diagnostic on the sidecar file itself (with the line the
// core found), so the user sees where to fix it; the file is never overwritten meanwhile.
import * as vscode from 'vscode';
import type { ArticleStore } from './articles';
import { sidecarPathFor } from '../core/sidecar';

export class SidecarDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('newsmark');
  private readonly subscription: vscode.Disposable;

  constructor(store: ArticleStore) {
    this.subscription = store.onDidChangeSidecarError(({ uri, error }) => {
      if (uri.scheme !== 'file') return;
      const target = vscode.Uri.file(sidecarPathFor(uri.fsPath));
      if (!error) {
        this.collection.delete(target);
        return;
      }
      this.collection.set(target, error.problems.map((p) => {
        const line = Math.max(0, (p.line ?? 1) - 1);
        const col = Math.max(0, (p.column ?? 1) - 1);
        const d = new vscode.Diagnostic(new vscode.Range(line, col, line, col + 1), `${p.message} — Newsmark will not overwrite this file until it can read it.`,
          p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
        d.source = 'newsmark';
        d.code = p.code;
        return d;
      }));
    });
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }
}
