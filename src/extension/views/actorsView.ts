// Every entity across the analysed sources, with mention counts, expanding to mentions.
import * as vscode from 'vscode';
import type { ArticleStore } from '../articles';
import type { ActorType } from '../../core/model';
import type { ResolvedActor } from '../../core/resolve';
import { Commands } from '../commandIds';
import { debouncedRefresh, MAX_CHILDREN } from './refresh';

export type ActorNode =
  | { kind: 'entity'; entity: string; type: ActorType; mentions: Array<{ uri: vscode.Uri; mention: ResolvedActor }> }
  | { kind: 'mention'; uri: vscode.Uri; mention: ResolvedActor };

const ICON: Record<ActorType, string> = { person: 'person', organization: 'organization', place: 'location' };

export class ActorsProvider implements vscode.TreeDataProvider<ActorNode> {
  private readonly changed = new vscode.EventEmitter<ActorNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly store: ArticleStore) {
    store.onDidChange(debouncedRefresh(this.changed));
  }

  entities(): Extract<ActorNode, { kind: 'entity' }>[] {
    const byName = new Map<string, Extract<ActorNode, { kind: 'entity' }>>();
    for (const article of this.store.all()) {
      for (const mention of article.view.actors) {
        const key = `${mention.type}\u0000${mention.entity}`;
        let node = byName.get(key);
        if (!node) byName.set(key, (node = { kind: 'entity', entity: mention.entity, type: mention.type, mentions: [] }));
        node.mentions.push({ uri: article.uri, mention });
      }
    }
    return [...byName.values()].sort((a, b) => b.mentions.length - a.mentions.length || a.entity.localeCompare(b.entity));
  }

  getChildren(node?: ActorNode): ActorNode[] {
    if (!node) return this.entities();
    if (node.kind === 'entity') return node.mentions.slice(0, MAX_CHILDREN).map((m) => ({ kind: 'mention', ...m }));
    return [];
  }

  getTreeItem(node: ActorNode): vscode.TreeItem {
    if (node.kind === 'entity') {
      const item = new vscode.TreeItem(node.entity, vscode.TreeItemCollapsibleState.Collapsed);
      item.iconPath = new vscode.ThemeIcon(ICON[node.type]);
      item.description = `${node.type} · ${node.mentions.length}`;
      item.contextValue = 'newsmark.entity';
      return item;
    }
    const item = new vscode.TreeItem(node.mention.text, vscode.TreeItemCollapsibleState.None);
    item.description = vscode.workspace.asRelativePath(node.uri);
    item.command = { title: 'Reveal mention', command: Commands.revealAnnotation, arguments: [node.uri.toString(), node.mention.start, node.mention.end] };
    return item;
  }

  dispose(): void { this.changed.dispose(); }
}
