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
    const v = article.view;
    const orphans = v.orphans.length ? ` · $(warning) ${v.orphans.length} orphaned` : '';
    const broken = article.sidecarError ? ' · $(error) sidecar unreadable' : '';
    this.item.text = `$(bookmark) ${v.actors.length} actors · ${v.dates.length} dates · ${v.quotes.length} quotes · ${v.claims.length} claims${orphans}${broken}`;
    const pub = article.sidecar.published;
    this.item.tooltip = `Newsmark: analysed in ${article.analysisMs.toFixed(1)} ms` +
      (pub ? ` · published ${pub.date} (from ${pub.source})` : ' · publication date unknown') +
      (article.sidecarError ? `\nThe sidecar could not be read: ${article.sidecarError.message}` : '');
    this.item.show();
  }

  dispose(): void { this.item.dispose(); }
}
