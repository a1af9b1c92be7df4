// Quotes across the analysed sources, grouped by speaker.
import * as vscode from 'vscode';
import type { ArticleStore } from '../articles';
import type { ResolvedQuote } from '../../core/resolve';
import { Commands } from '../commandIds';
import { debouncedRefresh, MAX_CHILDREN } from './refresh';

const UNKNOWN = 'Unknown speaker';

export type QuoteNode =
  | { kind: 'speaker'; speaker: string; quotes: Array<{ uri: vscode.Uri; quote: ResolvedQuote }> }
  | { kind: 'quote'; uri: vscode.Uri; quote: ResolvedQuote };

export class QuotesProvider implements vscode.TreeDataProvider<QuoteNode> {
  private readonly changed = new vscode.EventEmitter<QuoteNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly store: ArticleStore) {
    store.onDidChange(debouncedRefresh(this.changed));
  }

  getChildren(node?: QuoteNode): QuoteNode[] {
    if (!node) {
      const bySpeaker = new Map<string, Extract<QuoteNode, { kind: 'speaker' }>>();
      for (const article of this.store.all()) {
        for (const quote of article.view.quotes) {
          const speaker = quote.speaker ?? UNKNOWN;
          let n = bySpeaker.get(speaker);
          if (!n) bySpeaker.set(speaker, (n = { kind: 'speaker', speaker, quotes: [] }));
          n.quotes.push({ uri: article.uri, quote });
        }
      }
      return [...bySpeaker.values()].sort((a, b) =>
        Number(a.speaker === UNKNOWN) - Number(b.speaker === UNKNOWN) || b.quotes.length - a.quotes.length || a.speaker.localeCompare(b.speaker));
    }
    if (node.kind === 'speaker') return node.quotes.slice(0, MAX_CHILDREN).map((q) => ({ kind: 'quote', ...q }));
    return [];
  }

  getTreeItem(node: QuoteNode): vscode.TreeItem {
    if (node.kind === 'speaker') {
      const item = new vscode.TreeItem(node.speaker, vscode.TreeItemCollapsibleState.Collapsed);
      item.iconPath = new vscode.ThemeIcon(node.speaker === UNKNOWN ? 'question' : 'person');
      item.description = `${node.quotes.length}`;
      return item;
    }
    const text = node.quote.text.replace(/\s+/g, ' ');
    const item = new vscode.TreeItem(`“${text.length > 120 ? `${text.slice(0, 117)}…` : text}”`, vscode.TreeItemCollapsibleState.None);
    item.description = vscode.workspace.asRelativePath(node.uri);
    item.tooltip = new vscode.MarkdownString().appendText(node.quote.text);
    item.iconPath = new vscode.ThemeIcon('quote');
    item.command = { title: 'Reveal quote', command: Commands.revealAnnotation, arguments: [node.uri.toString(), node.quote.start, node.quote.end] };
    return item;
  }

  dispose(): void { this.changed.dispose(); }
}
