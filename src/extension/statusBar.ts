// The current source's counts in the status bar; clicking focuses the Claims view.
import * as vscode from 'vscode';
import type { ArticleStore } from './articles';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsmark.counts', vscode.StatusBarAlignment.Right, 100);

  constructor(private readonly store: ArticleStore) {
    this.item.name = 'Newsmark';
    this.item.command = 'newsmark.claims.focus';
  }

  update(editor: vscode.TextEditor | undefined): void {
    const article = editor && this.store.get(editor.document.uri);
    const problem = editor && this.store.problem(editor.document.uri);
    if (problem) {
      this.item.text = '$(warning) Newsmark';
      this.item.tooltip = problem;
      this.item.show();
      return;
    }
    if (!article) {
      this.item.hide();
      return;
    }
    const ex = article.extraction;
    this.item.text = `$(bookmark) ${ex.actors.length} actors · ${ex.dates.length} dates · ${ex.quotes.length} quotes · ${ex.claims.length} claims`;
    this.item.tooltip = `Newsmark: analysed in ${article.analysisMs.toFixed(1)} ms` +
      (ex.published ? ` · published ${ex.published} (from ${ex.publishedSource})` : ' · publication date unknown');
    this.item.show();
  }

  dispose(): void { this.item.dispose(); }
}
