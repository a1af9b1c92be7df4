// Hovers explain an annotation. Text from files and sidecars is data: it goes through
// appendText (escaped); only our own markup uses appendMarkdown, and only our own commands
// are trusted in links.
import * as vscode from 'vscode';
import type { Article, ArticleStore } from './articles';
import { Commands } from './commandIds';
import { annotationsAt, type ResolvedActor } from '../core/resolve';

const TYPE_LABEL = { person: 'Person', organization: 'Organization', place: 'Place' } as const;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const TRUSTED = [Commands.showMentions, Commands.renameEntity, Commands.setClaimStatus, Commands.editNote, Commands.removeAnnotation];

function commandLink(label: string, command: string, args: unknown[]): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

export function weekday(iso: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  return WEEKDAYS[new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])).getUTCDay()];
}

function clip(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}

export class NewsHoverProvider implements vscode.HoverProvider {
  constructor(private readonly store: ArticleStore) {}

  async provideHover(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const article = await this.store.ensure(doc);
    if (!article) return undefined;
    const shift = article.bomShift;
    const found = annotationsAt(article.view, doc.offsetAt(position) + shift);
    const rangeOf = (s: { start: number; end: number }) => new vscode.Range(doc.positionAt(s.start - shift), doc.positionAt(s.end - shift));
    const parts: vscode.MarkdownString[] = [];
    let range: vscode.Range | undefined;
    const uri = doc.uri.toString();

    if (found.actor) {
      range = rangeOf(found.actor);
      parts.push(this.actorHover(article, found.actor));
    }
    if (found.date) {
      const d = found.date;
      range ??= rangeOf(d);
      const h = new vscode.MarkdownString();
      h.appendMarkdown('**Date** ');
      h.appendText(`“${clip(d.text, 60)}”`);
      h.appendMarkdown('\n\n');
      if (d.value) {
        h.appendMarkdown('ISO value: ');
        h.appendText(d.value);
        const wd = weekday(d.value);
        if (wd) h.appendText(` (${wd})`);
      } else h.appendText('Not resolvable to a calendar value.');
      const pub = article.sidecar.published;
      if (pub) {
        h.appendMarkdown('\n\n');
        h.appendText(`Resolved against publication date ${pub.date} (from ${pub.source}).`);
      }
      parts.push(h);
    }
    if (found.quote) {
      const q = found.quote;
      range ??= rangeOf(q);
      const h = new vscode.MarkdownString();
      h.appendMarkdown('**Quote** — ');
      h.appendText(q.speaker ?? 'speaker unknown');
      if (q.speakerMention) {
        const line = doc.positionAt(q.speakerMention.start - shift).line + 1;
        h.appendMarkdown('\n\n');
        h.appendText(`Attribution: “${clip(article.text.slice(q.speakerMention.start, q.speakerMention.end), 60)}” (line ${line})`);
      }
      if (q.origin === 'manual' || q.edited) h.appendMarkdown('\n\n*set by hand*');
      parts.push(h);
    }
    if (found.claim) {
      const c = found.claim;
      range ??= rangeOf(c);
      const h = new vscode.MarkdownString();
      h.appendMarkdown('**Claim** (');
      h.appendText(c.kind);
      h.appendMarkdown(') — status: **');
      h.appendText(c.status);
      h.appendMarkdown('**');
      if (c.note) {
        h.appendMarkdown('\n\nNote: ');
        h.appendText(c.note);
      }
      h.appendMarkdown(`\n\n${commandLink('Set status…', Commands.setClaimStatus, [uri, c.id])} · ${commandLink('Edit note…', Commands.editNote, [uri, c.id])}`);
      parts.push(h);
    }
    if (!parts.length) return undefined;
    const md = new vscode.MarkdownString(undefined, true);
    md.isTrusted = { enabledCommands: TRUSTED };
    for (const [i, p] of parts.entries()) {
      if (i) md.appendMarkdown('\n\n---\n\n');
      md.appendMarkdown(p.value);
    }
    return new vscode.Hover(md, range);
  }

  private actorHover(article: Article, actor: ResolvedActor): vscode.MarkdownString {
    const h = new vscode.MarkdownString();
    const entity = article.view.entities.get(actor.entityId);
    const mentions = article.view.actors.filter((a) => a.entityId === actor.entityId);
    const aliases = [...new Set([...(entity?.aliases ?? []), ...mentions.map((m) => m.text)])].filter((t) => t !== actor.entity);
    let elsewhere = 0;
    let files = 0;
    for (const other of this.store.all()) {
      if (other === article) continue;
      const n = other.view.actors.filter((a) => a.entity === actor.entity).length;
      if (n) { elsewhere += n; files++; }
    }
    const quotes = article.view.quotes.filter((q) => q.speakerId === actor.entityId);
    h.appendMarkdown('**');
    h.appendText(actor.entity);
    h.appendMarkdown('** · ');
    h.appendText(TYPE_LABEL[actor.type]);
    if (entity?.wikidata) {
      h.appendMarkdown(' · Wikidata ');
      h.appendText(entity.wikidata);
    }
    h.appendMarkdown('\n\n');
    if (aliases.length) {
      h.appendMarkdown('Also: ');
      h.appendText(aliases.join(', '));
      h.appendMarkdown('\n\n');
    }
    h.appendText(`${mentions.length} mention${mentions.length === 1 ? '' : 's'} here`);
    if (files) h.appendText(`, ${elsewhere} in ${files} other source${files === 1 ? '' : 's'}`);
    if (entity?.notes) {
      h.appendMarkdown('\n\nNotes: ');
      h.appendText(entity.notes);
    }
    if (quotes.length) {
      h.appendMarkdown(`\n\n**Quotes (${quotes.length})**\n\n`);
      for (const q of quotes.slice(0, 3)) {
        h.appendMarkdown('> ');
        h.appendText(clip(q.text, 160));
        h.appendMarkdown('\n\n');
      }
    } else h.appendMarkdown('\n\n');
    const uri = article.uri.toString();
    h.appendMarkdown(`${commandLink('Show all mentions', Commands.showMentions, [actor.entity])} · ${commandLink('Rename or merge…', Commands.renameEntity, [uri, actor.entityId])} · ${commandLink('Edit notes…', Commands.editNote, [uri, actor.id])}`);
    return h;
  }
}
