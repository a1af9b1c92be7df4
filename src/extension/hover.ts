// Hovers explain an annotation. Text from files is data: it goes through appendText (escaped);
// only our own markup uses appendMarkdown, and only our own commands are trusted in links.
import * as vscode from 'vscode';
import type { ArticleStore } from './articles';
import { Commands } from './commandIds';
import type { ActorMention } from '../core/model';

const TYPE_LABEL = { person: 'Person', organization: 'Organization', place: 'Place' } as const;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function commandLink(label: string, command: string, args: unknown[]): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

function weekday(iso: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  return WEEKDAYS[new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])).getUTCDay()];
}

export class NewsHoverProvider implements vscode.HoverProvider {
  constructor(private readonly store: ArticleStore) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const article = this.store.analyze(doc);
    if (!article) return undefined;
    const offset = doc.offsetAt(position);
    const ex = article.extraction;
    const at = <T extends { start: number; end: number }>(xs: T[]) => xs.find((x) => x.start <= offset && offset < x.end);
    const md = new vscode.MarkdownString(undefined, true);
    md.isTrusted = { enabledCommands: [Commands.showMentions, Commands.revealAnnotation, Commands.setClaimStatus] };
    const parts: vscode.MarkdownString[] = [];
    let range: vscode.Range | undefined;
    const rangeOf = (s: { start: number; end: number }) => new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end));

    const actor = at(ex.actors);
    if (actor) {
      range = rangeOf(actor);
      parts.push(this.actorHover(doc, actor));
    }
    const date = at(ex.dates);
    if (date) {
      range ??= rangeOf(date);
      const h = new vscode.MarkdownString();
      h.appendMarkdown('**Date** ');
      h.appendText(`“${date.text}”`);
      h.appendMarkdown('\n\n');
      if (date.value) {
        h.appendMarkdown('ISO value: `');
        h.appendText(date.value);
        h.appendMarkdown('`');
        const wd = weekday(date.value);
        if (wd) h.appendText(` (${wd})`);
      } else h.appendText('Not resolvable to a calendar date.');
      if (ex.published) {
        h.appendMarkdown('\n\n');
        h.appendText(`Resolved against publication date ${ex.published} (from ${ex.publishedSource}).`);
      }
      parts.push(h);
    }
    const quote = at(ex.quotes);
    if (quote) {
      range ??= rangeOf(quote);
      const h = new vscode.MarkdownString();
      h.appendMarkdown('**Quote** — ');
      if (quote.speaker) {
        h.appendText(quote.speaker);
        if (quote.speakerMention) {
          const line = doc.positionAt(quote.speakerMention.start).line + 1;
          h.appendText(` (attributed at line ${line}: “${doc.getText(rangeOf(quote.speakerMention))}”)`);
        }
      } else h.appendText('speaker unknown');
      parts.push(h);
    }
    const claim = at(ex.claims);
    if (claim) {
      range ??= rangeOf(claim);
      const status = article.claimStatus.get(claim.text) ?? 'unverified';
      const h = new vscode.MarkdownString();
      h.appendMarkdown('**Claim** (');
      h.appendText(claim.kind);
      h.appendMarkdown(') — status: **');
      h.appendText(status);
      h.appendMarkdown('**  \n');
      h.appendMarkdown(commandLink('Set status…', Commands.setClaimStatus, [doc.uri.toString(), claim.start]));
      parts.push(h);
    }
    if (!parts.length) return undefined;
    for (const [i, p] of parts.entries()) {
      if (i) md.appendMarkdown('\n\n---\n\n');
      md.appendMarkdown(p.value);
    }
    return new vscode.Hover(md, range);
  }

  private actorHover(doc: vscode.TextDocument, actor: ActorMention): vscode.MarkdownString {
    const h = new vscode.MarkdownString();
    const here = this.store.get(doc.uri)!.extraction;
    const mentions = here.actors.filter((a) => a.entity === actor.entity);
    const aliases = [...new Set(mentions.map((m) => m.text))].filter((t) => t !== actor.entity);
    let elsewhere = 0;
    let files = 0;
    for (const other of this.store.all()) {
      if (other.uri.toString() === doc.uri.toString()) continue;
      const n = other.extraction.actors.filter((a) => a.entity === actor.entity).length;
      if (n) { elsewhere += n; files++; }
    }
    const quotes = here.quotes.filter((q) => q.speaker === actor.entity);
    h.appendMarkdown('**');
    h.appendText(actor.entity);
    h.appendMarkdown('** · ');
    h.appendText(TYPE_LABEL[actor.type]);
    h.appendMarkdown('\n\n');
    if (aliases.length) {
      h.appendMarkdown('Also: ');
      h.appendText(aliases.join(', '));
      h.appendMarkdown('\n\n');
    }
    h.appendText(`${mentions.length} mention${mentions.length === 1 ? '' : 's'} here`);
    if (files) h.appendText(`, ${elsewhere} in ${files} other source${files === 1 ? '' : 's'}`);
    h.appendMarkdown('\n\n');
    if (quotes.length) {
      h.appendMarkdown(`**Quotes (${quotes.length})**\n\n`);
      for (const q of quotes.slice(0, 3)) {
        h.appendMarkdown('> ');
        h.appendText(q.text.length > 160 ? `${q.text.slice(0, 157)}…` : q.text);
        h.appendMarkdown('\n\n');
      }
    }
    h.appendMarkdown(commandLink('Show all mentions', Commands.showMentions, [actor.entity]));
    return h;
  }
}
