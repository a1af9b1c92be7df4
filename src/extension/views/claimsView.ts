// Claims grouped by source, with a status icon and a click that reveals the sentence.
import * as vscode from 'vscode';
import type { Article, ArticleStore } from '../articles';
import type { ClaimMention } from '../../core/model';
import type { ClaimStatus } from '../../core/annotations';
import { Commands } from '../commandIds';

export type ClaimNode =
  | { kind: 'source'; article: Article }
  | { kind: 'claim'; article: Article; claim: ClaimMention };

const STATUS_ICON: Record<ClaimStatus, [string, string | undefined]> = {
  unverified: ['circle-large-outline', undefined],
  verified: ['pass', 'testing.iconPassed'],
  false: ['error', 'testing.iconFailed'],
  misleading: ['warning', 'list.warningForeground'],
  disputed: ['question', 'charts.purple'],
};

export class ClaimsProvider implements vscode.TreeDataProvider<ClaimNode> {
  private readonly changed = new vscode.EventEmitter<ClaimNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly store: ArticleStore) {
    store.onDidChange(() => this.changed.fire(undefined));
  }

  getChildren(node?: ClaimNode): ClaimNode[] {
    if (!node) return this.store.all().filter((a) => a.extraction.claims.length).map((article) => ({ kind: 'source', article }));
    if (node.kind === 'source') return node.article.extraction.claims.map((claim) => ({ kind: 'claim', article: node.article, claim }));
    return [];
  }

  getTreeItem(node: ClaimNode): vscode.TreeItem {
    if (node.kind === 'source') {
      const item = new vscode.TreeItem(vscode.workspace.asRelativePath(node.article.uri), vscode.TreeItemCollapsibleState.Expanded);
      item.resourceUri = node.article.uri;
      item.iconPath = vscode.ThemeIcon.File;
      item.description = `${node.article.extraction.claims.length} claims`;
      item.contextValue = 'newsmark.source';
      return item;
    }
    const status = node.article.claimStatus.get(node.claim.text) ?? 'unverified';
    const item = new vscode.TreeItem(node.claim.text.replace(/\s+/g, ' '), vscode.TreeItemCollapsibleState.None);
    const [icon, colour] = STATUS_ICON[status];
    item.iconPath = new vscode.ThemeIcon(icon, colour ? new vscode.ThemeColor(colour) : undefined);
    item.description = `${node.claim.kind} · ${status}`;
    item.tooltip = new vscode.MarkdownString().appendText(`${node.claim.text}\n\n${node.claim.kind} — ${status}`);
    item.contextValue = `newsmark.claim.${status}`;
    item.command = { title: 'Reveal claim', command: Commands.revealAnnotation, arguments: [node.article.uri.toString(), node.claim.start, node.claim.end] };
    return item;
  }

  dispose(): void { this.changed.dispose(); }
}
