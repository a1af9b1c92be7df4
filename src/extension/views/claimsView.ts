// Claims grouped by source, with a status icon and a click that reveals the sentence.
import * as vscode from 'vscode';
import type { Article, ArticleStore } from '../articles';
import type { ResolvedClaim } from '../../core/resolve';
import type { Annotation, ClaimStatus } from '../../core/annotations';
import { Commands } from '../commandIds';
import { debouncedRefresh, MAX_CHILDREN } from './refresh';

export type ClaimNode =
  | { kind: 'source'; article: Article }
  | { kind: 'claim'; article: Article; claim: ResolvedClaim }
  | { kind: 'orphans'; article: Article }
  | { kind: 'orphan'; article: Article; annotation: Annotation }
  | { kind: 'more'; article: Article; hidden: number };

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

  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly store: ArticleStore) {
    this.subscriptions.push(
      store.onDidChange(debouncedRefresh(this.changed)),
      vscode.window.onDidChangeActiveTextEditor(debouncedRefresh(this.changed)),
    );
  }

  getChildren(node?: ClaimNode): ClaimNode[] {
    if (!node) return this.store.all().filter((a) => a.view.claims.length || a.view.orphans.length).map((article) => ({ kind: 'source', article }));
    if (node.kind === 'source') {
      const all = node.article.view.claims;
      const claims: ClaimNode[] = all.slice(0, MAX_CHILDREN).map((claim) => ({ kind: 'claim', article: node.article, claim }));
      if (all.length > MAX_CHILDREN) claims.push({ kind: 'more', article: node.article, hidden: all.length - MAX_CHILDREN });
      // Annotations whose text is gone are listed, never dropped: the user decides.
      return node.article.view.orphans.length ? [{ kind: 'orphans', article: node.article }, ...claims] : claims;
    }
    if (node.kind === 'orphans') return node.article.view.orphans.map((annotation) => ({ kind: 'orphan', article: node.article, annotation }));
    return [];
  }

  getTreeItem(node: ClaimNode): vscode.TreeItem {
    if (node.kind === 'source') {
      // The source in the active editor opens expanded; the rest of the workspace stays folded.
      const active = vscode.window.activeTextEditor?.document.uri.toString() === node.article.uri.toString();
      const item = new vscode.TreeItem(vscode.workspace.asRelativePath(node.article.uri), active ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `source:${node.article.uri.toString()}:${active ? 'open' : 'folded'}`;
      item.resourceUri = node.article.uri;
      item.iconPath = vscode.ThemeIcon.File;
      const orphans = node.article.view.orphans.length;
      item.description = `${node.article.view.claims.length} claims${orphans ? ` · ${orphans} orphaned` : ''}`;
      item.contextValue = 'newsmark.source';
      return item;
    }
    if (node.kind === 'more') {
      const item = new vscode.TreeItem(`… ${node.hidden} more claims (use Go to Next Annotation in the file)`, vscode.TreeItemCollapsibleState.None);
      item.iconPath = new vscode.ThemeIcon('ellipsis');
      return item;
    }
    if (node.kind === 'orphans') {
      const item = new vscode.TreeItem(`Orphaned annotations (${node.article.view.orphans.length})`, vscode.TreeItemCollapsibleState.Collapsed);
      item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
      item.tooltip = 'Their text is no longer in the source. They stay in the sidecar until you remove them or the text comes back.';
      return item;
    }
    if (node.kind === 'orphan') {
      const a = node.annotation;
      const item = new vscode.TreeItem(a.anchor.exact.replace(/\s+/g, ' '), vscode.TreeItemCollapsibleState.None);
      item.description = `${a.kind} · was at ${a.anchor.start}`;
      item.iconPath = new vscode.ThemeIcon('debug-disconnect');
      const tip = new vscode.MarkdownString();
      tip.appendText(`${a.kind} (${a.origin}) — orphaned: its text is no longer in the source.\n\n“${a.anchor.exact}”`);
      if (a.note) tip.appendText(`\n\nNote: ${a.note}`);
      item.tooltip = tip;
      item.contextValue = 'newsmark.orphan';
      return item;
    }
    const { claim } = node;
    const item = new vscode.TreeItem(claim.text.replace(/\s+/g, ' '), vscode.TreeItemCollapsibleState.None);
    const [icon, colour] = STATUS_ICON[claim.status];
    item.iconPath = new vscode.ThemeIcon(icon, colour ? new vscode.ThemeColor(colour) : undefined);
    item.description = `${claim.kind} · ${claim.status}${claim.note ? ' · ✎' : ''}`;
    const tip = new vscode.MarkdownString();
    tip.appendText(claim.text);
    tip.appendMarkdown('\n\n');
    tip.appendText(`${claim.kind} — ${claim.status}`);
    if (claim.note) {
      tip.appendMarkdown('\n\nNote: ');
      tip.appendText(claim.note);
    }
    item.tooltip = tip;
    item.contextValue = `newsmark.claim.${claim.status}`;
    item.command = { title: 'Reveal claim', command: Commands.revealAnnotation, arguments: [node.article.uri.toString(), claim.start, claim.end] };
    return item;
  }

  dispose(): void {
    this.subscriptions.forEach((d) => d.dispose());
    this.changed.dispose();
  }
}
