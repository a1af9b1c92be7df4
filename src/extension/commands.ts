// Command handlers. Each takes the arguments VS Code gives it from the palette, a hover link,
// a tree item or the editor's context menu, and changes the sidecar through the core's
// pure edit functions (the store saves the result at once).
import * as vscode from 'vscode';
import type { Article, ArticleStore } from './articles';
import type { Decorator } from './decorations';
import type { ActorsProvider } from './views/actorsView';
import type { ClaimNode } from './views/claimsView';
import { Commands } from './commandIds';
import { registerExport } from './exportCommand';
import { findSources } from './sources';
import { CLAIM_STATUSES, type AnnotationKind, type ClaimStatus } from '../core/annotations';
import type { ActorType, ClaimKind } from '../core/model';
import {
  addEntity, addManual, mergeEntities, removeAnnotation, renameEntity, setEntity, setNote, setSpan, setSpeaker, setStatus, setValue, SidecarEditError, updateEntity,
} from '../core/sidecar';
import { annotationsAt } from '../core/resolve';
import { findOccurrences } from '../core/occurrences';

interface Services {
  store: ArticleStore;
  decorator: Decorator;
  actors: ActorsProvider;
  redrawAll(): void;
}

const ISO_VALUE = /^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}|\d{4}-(SP|SU|FA|WI)|P[\dYMWDTHS.]+)$/;

async function articleFor(store: ArticleStore, uri?: string): Promise<{ article: Article; editor?: vscode.TextEditor } | undefined> {
  if (uri) {
    const parsed = vscode.Uri.parse(uri);
    const article = store.get(parsed) ?? (await store.ensure(await vscode.workspace.openTextDocument(parsed)));
    return article && { article, editor: vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri) };
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const article = await store.ensure(editor.document);
  return article && { article, editor };
}

/** Core offset of the cursor (the document offset plus a hidden byte-order mark). */
function cursorOffset(editor: vscode.TextEditor, article: Article): number {
  return editor.document.offsetAt(editor.selection.active) + article.bomShift;
}

function report(err: unknown): undefined {
  if (err instanceof SidecarEditError) {
    void vscode.window.showWarningMessage(`Newsmark: ${err.message}`);
    return undefined;
  }
  throw err;
}

export function registerCommands(context: vscode.ExtensionContext, s: Services): void {
  const { store } = s;
  const register = (id: string, fn: (...args: any[]) => unknown) =>
    context.subscriptions.push(vscode.commands.registerCommand(id, fn));

  /** The claim a command refers to: a tree node, (uri, id) from a hover link, or the cursor. */
  async function claimTarget(args: unknown[]): Promise<{ article: Article; id: string } | undefined> {
    const [first, second] = args;
    if (first && typeof first === 'object' && (first as ClaimNode).kind === 'claim') {
      const node = first as Extract<ClaimNode, { kind: 'claim' }>;
      return { article: store.get(node.article.uri) ?? node.article, id: node.claim.id };
    }
    const target = await articleFor(store, typeof first === 'string' ? first : undefined);
    if (!target) return undefined;
    if (typeof second === 'string') return { article: target.article, id: second };
    const offset = typeof second === 'number' ? second : target.editor && cursorOffset(target.editor, target.article);
    if (offset === undefined) return undefined;
    const claim = target.article.view.claims.find((c) => c.start <= offset && offset <= c.end);
    return claim && { article: target.article, id: claim.id };
  }

  const setClaim = async (status: ClaimStatus | undefined, args: unknown[]) => {
    const target = await claimTarget(args);
    if (!target) {
      void vscode.window.showInformationMessage('Newsmark: place the cursor in a claim (or pick one in the Claims view) first.');
      return undefined;
    }
    const chosen = status ?? (await vscode.window.showQuickPick([...CLAIM_STATUSES], { placeHolder: 'Verdict for this claim' })) as ClaimStatus | undefined;
    if (!chosen) return undefined;
    try {
      await store.mutate(target.article.uri, (sc) => setStatus(sc, target.id, chosen));
    } catch (err) { return report(err); }
    return chosen;
  };
  register(Commands.setClaimStatus, (...args: unknown[]) => setClaim(undefined, args));
  register(Commands.setClaimVerified, (...args: unknown[]) => setClaim('verified', args));
  register(Commands.setClaimFalse, (...args: unknown[]) => setClaim('false', args));
  register(Commands.setClaimMisleading, (...args: unknown[]) => setClaim('misleading', args));
  register(Commands.setClaimDisputed, (...args: unknown[]) => setClaim('disputed', args));
  register(Commands.setClaimUnverified, (...args: unknown[]) => setClaim('unverified', args));

  register(Commands.editNote, async (uri?: unknown, id?: unknown, note?: unknown) => {
    let target: { article: Article; id: string } | undefined;
    if (uri && typeof uri === 'object') target = await claimTarget([uri]);
    else {
      const t = await articleFor(store, typeof uri === 'string' ? uri : undefined);
      if (t && typeof id === 'string') target = { article: t.article, id };
      else if (t?.editor) {
        const at = annotationsAt(t.article.view, cursorOffset(t.editor, t.article));
        const a = at.claim ?? at.quote ?? at.date ?? at.note ?? at.actor;
        if (a) target = { article: t.article, id: a.id };
      }
    }
    if (!target) {
      void vscode.window.showInformationMessage('Newsmark: place the cursor in an annotation first.');
      return undefined;
    }
    const annotation = target.article.sidecar.annotations.find((a) => a.id === target!.id);
    if (!annotation) return undefined;
    // An actor's note belongs to the entity (who they are), not to one mention.
    const entity = annotation.kind === 'actor' && annotation.entity ? target.article.sidecar.entities.find((e) => e.id === annotation.entity) : undefined;
    const current = entity ? entity.notes : annotation.note;
    const value = typeof note === 'string' ? note : await vscode.window.showInputBox({
      prompt: entity ? `Notes on ${entity.name}` : 'Note on this annotation', value: current ?? '',
    });
    if (value === undefined) return undefined;
    const text = value.trim() || undefined;
    await store.mutate(target.article.uri, (sc) => (entity ? updateEntity(sc, entity.id, { notes: text }) : setNote(sc, target!.id, text)));
    return text ?? '';
  });

  const annotate = (kind: AnnotationKind | 'ask', everywhere = false) => async (preset?: { kind?: AnnotationKind; type?: ActorType; entity?: string; value?: string | null; speaker?: string | null; claimKind?: ClaimKind }) => {
    const editor = vscode.window.activeTextEditor;
    const article = editor && (await store.ensure(editor.document));
    if (!editor || !article || editor.selection.isEmpty) {
      void vscode.window.showInformationMessage('Newsmark: select the words to annotate in a source first.');
      return undefined;
    }
    const start = editor.document.offsetAt(editor.selection.start) + article.bomShift;
    const end = editor.document.offsetAt(editor.selection.end) + article.bomShift;
    const exact = article.text.slice(start, end);
    if (kind === 'ask') {
      const chosen = preset?.kind ?? (await vscode.window.showQuickPick(['actor', 'date', 'quote', 'claim', 'note'], { placeHolder: `Label every “${exact}” as…` })) as AnnotationKind | undefined;
      if (!chosen) return undefined;
      kind = chosen;
    }
    // The spans to label: the selection, or every whole-word occurrence of its text that has
    // no annotation of this kind yet.
    const spans = everywhere
      ? findOccurrences(article.text, exact).filter((o) => !article.sidecar.annotations.some((a) => a.kind === kind && !a.orphaned && a.anchor.start === o.start && a.anchor.end === o.end))
      : [{ start, end }];
    if (!spans.length) {
      void vscode.window.showInformationMessage(`Newsmark: every “${exact}” is already labelled.`);
      return [];
    }
    const addAll = (sc: Parameters<typeof addManual>[0], fields: Omit<Parameters<typeof addManual>[2], 'kind' | 'start' | 'end'>): { sidecar: typeof sc; ids: string[] } => {
      const ids: string[] = [];
      for (const sp of spans) {
        const r = addManual(sc, article.text, { kind: kind as AnnotationKind, start: sp.start, end: sp.end, ...fields });
        sc = r.sidecar;
        ids.push(r.id);
      }
      return { sidecar: sc, ids };
    };
    try {
      if (kind === 'actor') {
        const type = preset?.type ?? (await vscode.window.showQuickPick(['person', 'organization', 'place'], { placeHolder: `What is “${exact}”?` })) as ActorType | undefined;
        if (!type) return undefined;
        const known = article.sidecar.entities.filter((e) => e.type === type).map((e) => e.name);
        const name = preset?.entity ?? (await pickOrType(known, exact, 'Canonical name (pick an existing actor to add a mention of it)'));
        if (!name) return undefined;
        let ids: string[] = [];
        await store.mutate(article.uri, (sc) => {
          let entity = sc.entities.find((e) => e.name === name && e.type === type);
          if (!entity) {
            const added = addEntity(sc, name, type);
            sc = added.sidecar;
            entity = sc.entities.find((e) => e.id === added.id)!;
          }
          const r = addAll(sc, { entity: entity.id });
          ids = r.ids;
          return r.sidecar;
        });
        return everywhere ? ids : ids[0];
      }
      let fields: { value?: string | null; speaker?: string | null; claimKind?: ClaimKind } = {};
      if (kind === 'date') {
        const value = preset && 'value' in preset ? preset.value : await vscode.window.showInputBox({
          prompt: `ISO value of “${exact}” (e.g. 2025-02-12, 2025-02, 2025-W07, P3D); empty if unknown`,
          validateInput: (v) => (!v.trim() || ISO_VALUE.test(v.trim()) ? undefined : 'Use a TIMEX3 value such as 2025-02-12, 2025-02, 2025, 2025-W07, 2024-SU or P30D'),
        });
        if (value === undefined) return undefined;
        fields = { value: value?.trim() || null };
      } else if (kind === 'quote') {
        const people = article.sidecar.entities.map((e) => e.name);
        const speakerName = preset && 'speaker' in preset ? preset.speaker : await pickOrType(people, '', 'Who said it? (empty: unknown)', true);
        if (speakerName === undefined) return undefined;
        const speaker = speakerName ? article.sidecar.entities.find((e) => e.name === speakerName)?.id ?? null : null;
        fields = { speaker };
      } else if (kind === 'claim') {
        const claimKind = preset?.claimKind ?? (await vscode.window.showQuickPick(['factual', 'statistic', 'prediction', 'attributed'], { placeHolder: 'Kind of claim' })) as ClaimKind | undefined;
        if (!claimKind) return undefined;
        fields = { claimKind, status: 'unverified' } as typeof fields;
      }
      let ids: string[] = [];
      await store.mutate(article.uri, (sc) => {
        const r = addAll(sc, fields);
        ids = r.ids;
        return r.sidecar;
      });
      return everywhere ? ids : ids[0];
    } catch (err) { return report(err); }
  };
  register(Commands.annotateActor, annotate('actor'));
  register(Commands.annotateDate, annotate('date'));
  register(Commands.annotateQuote, annotate('quote'));
  register(Commands.annotateClaim, annotate('claim'));
  register(Commands.labelAllOccurrences, annotate('ask', true));

  register(Commands.removeAnnotation, async (uri?: unknown, id?: unknown) => {
    if (uri && typeof uri === 'object' && (uri as ClaimNode).kind === 'orphan') {
      const node = uri as Extract<ClaimNode, { kind: 'orphan' }>;
      uri = node.article.uri.toString();
      id = node.annotation.id;
    }
    const t = await articleFor(store, typeof uri === 'string' ? uri : undefined);
    if (!t) return undefined;
    let targetId = typeof id === 'string' ? id : undefined;
    if (!targetId && t.editor) {
      const at = annotationsAt(t.article.view, cursorOffset(t.editor, t.article));
      const candidates = [at.actor, at.date, at.quote, at.claim, at.note].filter((x): x is NonNullable<typeof x> => !!x);
      if (candidates.length === 1) targetId = candidates[0].id;
      else if (candidates.length > 1) {
        const kindOf = (cid: string) => t.article.sidecar.annotations.find((a) => a.id === cid)?.kind ?? '';
        const pick = await vscode.window.showQuickPick(candidates.map((c) => ({ label: kindOf(c.id), description: c.text.slice(0, 80), id: c.id })), { placeHolder: 'Remove which annotation?' });
        targetId = pick?.id;
      }
    }
    if (!targetId) {
      void vscode.window.showInformationMessage('Newsmark: no annotation under the cursor.');
      return undefined;
    }
    try {
      await store.mutate(t.article.uri, (sc) => removeAnnotation(sc, targetId!));
    } catch (err) { return report(err); }
    return targetId;
  });

  // Change the annotation under the cursor: correct its span to the selection, an actor's type
  // or entity, a date's value, a quote's speaker. Each goes through the core's edit functions,
  // which mark the annotation as the user's so extraction never overwrites it.
  register(Commands.changeAnnotation, async (uri?: unknown, id?: unknown, preset?: { action: string; value: string | null }) => {
    const t = await articleFor(store, typeof uri === 'string' ? uri : undefined);
    if (!t) return undefined;
    const { article } = t;
    let target = typeof id === 'string' ? article.sidecar.annotations.find((a) => a.id === id) : undefined;
    if (!target && t.editor) {
      const at = annotationsAt(article.view, cursorOffset(t.editor, article));
      const hit = at.actor ?? at.date ?? at.quote ?? at.note ?? at.claim;
      target = hit && article.sidecar.annotations.find((a) => a.id === hit.id);
    }
    if (!target) {
      void vscode.window.showInformationMessage('Newsmark: place the cursor on an annotation first.');
      return undefined;
    }
    const a = target;
    const sel = t.editor && !t.editor.selection.isEmpty
      ? [t.editor.document.offsetAt(t.editor.selection.start) + article.bomShift, t.editor.document.offsetAt(t.editor.selection.end) + article.bomShift] as const
      : undefined;
    const actions: Array<{ label: string; action: string }> = [];
    if (sel && (sel[0] !== a.anchor.start || sel[1] !== a.anchor.end)) actions.push({ label: 'Correct the span to the selection', action: 'span' });
    if (a.kind === 'actor') actions.push({ label: 'Change the type (person, organization, place)', action: 'type' }, { label: 'Point to another actor…', action: 'entity' });
    if (a.kind === 'date') actions.push({ label: 'Change the ISO value…', action: 'value' });
    if (a.kind === 'quote') actions.push({ label: 'Change the speaker…', action: 'speaker' });
    if (a.kind === 'claim') actions.push({ label: 'Set the status…', action: 'status' });
    const action = preset?.action ?? (await vscode.window.showQuickPick(actions, { placeHolder: `Change ${a.kind} “${a.anchor.exact.slice(0, 60)}”` }))?.action;
    if (!action) return undefined;
    const ask = async (items: string[], placeHolder: string) => (preset ? preset.value : await pickOrType(items, '', placeHolder, true));
    try {
      switch (action) {
        case 'span':
          if (!sel) return undefined;
          await store.mutate(article.uri, (sc, text) => setSpan(sc, text, a.id, sel[0], sel[1]));
          break;
        case 'type': {
          const type = (preset ? preset.value : await vscode.window.showQuickPick(['person', 'organization', 'place'], { placeHolder: 'Type' })) as ActorType | undefined;
          if (!type || !a.entity) return undefined;
          await store.mutate(article.uri, (sc) => updateEntity(sc, a.entity!, { type }));
          break;
        }
        case 'entity': {
          const name = await ask(article.sidecar.entities.map((e) => e.name), 'Which actor is this?');
          if (!name) return undefined;
          await store.mutate(article.uri, (sc) => {
            let e = sc.entities.find((x) => x.name === name);
            if (!e) {
              const current = sc.entities.find((x) => x.id === a.entity);
              const added = addEntity(sc, name, current?.type ?? 'person');
              sc = added.sidecar;
              e = sc.entities.find((x) => x.id === added.id)!;
            }
            return setEntity(sc, a.id, e.id);
          });
          break;
        }
        case 'value': {
          const value = preset ? preset.value : await vscode.window.showInputBox({ prompt: 'ISO value (TIMEX3); empty if unknown', value: a.value ?? '', validateInput: (v) => (!v.trim() || ISO_VALUE.test(v.trim()) ? undefined : 'Use a TIMEX3 value such as 2025-02-12, 2025-02, 2025-W07 or P30D') });
          if (value === undefined) return undefined;
          await store.mutate(article.uri, (sc) => setValue(sc, a.id, value?.trim() || null));
          break;
        }
        case 'speaker': {
          const name = await ask(article.sidecar.entities.map((e) => e.name), 'Who said it? (empty: unknown)');
          if (name === undefined) return undefined;
          await store.mutate(article.uri, (sc) => {
            if (!name) return setSpeaker(sc, a.id, null);
            let e = sc.entities.find((x) => x.name === name);
            if (!e) {
              const added = addEntity(sc, name, 'person');
              sc = added.sidecar;
              e = sc.entities.find((x) => x.id === added.id)!;
            }
            return setSpeaker(sc, a.id, e.id);
          });
          break;
        }
        case 'status':
          return vscode.commands.executeCommand(Commands.setClaimStatus, article.uri.toString(), a.id);
        default:
          return undefined;
      }
    } catch (err) { return report(err); }
    return a.id;
  });

  // The publication date every relative date is resolved against: stored in the sidecar
  // (source 'option', the user's word), then the file is re-analysed so the values follow.
  register(Commands.setPublished, async (uri?: unknown, date?: unknown) => {
    const t = await articleFor(store, typeof uri === 'string' ? uri : undefined);
    if (!t) {
      void vscode.window.showInformationMessage('Newsmark: open a source first.');
      return undefined;
    }
    const current = t.article.sidecar.published;
    const value = typeof date === 'string' ? date : await vscode.window.showInputBox({
      prompt: `Publication date of ${vscode.workspace.asRelativePath(t.article.uri)}${current ? ` (now ${current.date}, from ${current.source})` : ''}`,
      value: current?.date ?? '', placeHolder: 'YYYY-MM-DD',
      validateInput: (v) => (isCalendarDay(v.trim()) ? undefined : 'A date as YYYY-MM-DD'),
    });
    if (!value || !isCalendarDay(value.trim())) return undefined;
    await store.mutate(t.article.uri, (sc) => ({ ...sc, published: { date: value.trim(), source: 'option' } }));
    const doc = await vscode.workspace.openTextDocument(t.article.uri);
    await store.reanalyze(doc);
    await store.save(t.article.uri);
    return value.trim();
  });

  register(Commands.renameEntity, async (uri?: unknown, entityId?: unknown, newName?: unknown) => {
    const t = await articleFor(store, typeof uri === 'string' ? uri : undefined);
    if (!t) return undefined;
    let id = typeof entityId === 'string' ? entityId : undefined;
    if (!id && t.editor) id = annotationsAt(t.article.view, cursorOffset(t.editor, t.article)).actor?.entityId;
    const entity = id && t.article.sidecar.entities.find((e) => e.id === id);
    if (!entity) {
      void vscode.window.showInformationMessage('Newsmark: place the cursor on an actor first.');
      return undefined;
    }
    const others = t.article.sidecar.entities.filter((e) => e.id !== entity.id && e.type === entity.type).map((e) => e.name);
    const name = typeof newName === 'string' ? newName : await pickOrType(others, entity.name, `Rename ${entity.name}, or pick another actor to merge it into`);
    if (!name || name === entity.name) return undefined;
    const into = t.article.sidecar.entities.find((e) => e.id !== entity.id && e.name === name);
    try {
      await store.mutate(t.article.uri, (sc) => (into ? mergeEntities(sc, into.id, entity.id) : renameEntity(sc, entity.id, name)));
    } catch (err) { return report(err); }
    return name;
  });

  register(Commands.reanalyze, async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const article = await store.reanalyze(editor.document);
    if (!article) {
      void vscode.window.showWarningMessage(store.problem(editor.document.uri)
        ?? 'Newsmark: this file is not a news source (see the settings newsmark.sourceGlobs and newsmark.excludeGlobs).');
    }
    return article?.extraction;
  });

  register(Commands.reanalyzeWorkspace, () =>
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Newsmark: analysing sources', cancellable: true },
      async (progress, token) => {
        const uris = await findSources();
        let last = 0;
        // Open documents are re-analysed from the editor's text; the rest from disk.
        let fromEditors = 0;
        for (const doc of vscode.workspace.textDocuments) {
          if (store.get(doc.uri)?.version === doc.version && (await store.reanalyze(doc))) fromEditors++;
        }
        const stats = await store.indexFiles(uris, {
          force: true, token,
          onProgress: (done) => { progress.report({ increment: (100 * (done - last)) / uris.length, message: `${done}/${uris.length}` }); last = done; },
        });
        return fromEditors + stats.indexed;
      }),
  );

  register(Commands.toggleHighlights, () => {
    const on = s.decorator.toggle();
    s.redrawAll();
    return on;
  });

  register(Commands.revealAnnotation, async (uri: string, start: number, end: number) => {
    const parsed = vscode.Uri.parse(uri);
    const shift = store.get(parsed)?.bomShift ?? 0;
    const doc = await vscode.workspace.openTextDocument(parsed);
    const range = new vscode.Range(doc.positionAt(start - shift), doc.positionAt(end - shift));
    await vscode.window.showTextDocument(doc, { selection: range, preserveFocus: false });
  });

  register(Commands.showMentions, async (entity?: string) => {
    const editor = vscode.window.activeTextEditor;
    if (!entity && editor) {
      const article = await store.ensure(editor.document);
      entity = article && annotationsAt(article.view, cursorOffset(editor, article)).actor?.entity;
    }
    if (!entity) return [];
    const node = s.actors.entities().find((e) => e.entity === entity);
    if (!node) return [];
    const locations: vscode.Location[] = [];
    for (const m of node.mentions) {
      const doc = await vscode.workspace.openTextDocument(m.uri);
      const shift = store.get(m.uri)?.bomShift ?? 0;
      locations.push(new vscode.Location(m.uri, new vscode.Range(doc.positionAt(m.mention.start - shift), doc.positionAt(m.mention.end - shift))));
    }
    if (editor && locations.length) {
      await vscode.commands.executeCommand('editor.action.showReferences', editor.document.uri, editor.selection.active, locations);
    }
    return locations;
  });

  const step = (direction: 1 | -1) => async () => {
    const editor = vscode.window.activeTextEditor;
    const article = editor && (await store.ensure(editor.document));
    if (!editor || !article) return undefined;
    const v = article.view;
    const starts = [...new Set([...v.actors, ...v.dates, ...v.quotes, ...v.notes].map((a) => a.start - article.bomShift))].sort((a, b) => a - b);
    const here = editor.document.offsetAt(editor.selection.active);
    const next = direction > 0 ? starts.find((x) => x > here) : [...starts].reverse().find((x) => x < here);
    if (next === undefined) return undefined;
    const pos = editor.document.positionAt(next);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return next;
  };
  register(Commands.nextAnnotation, step(1));
  register(Commands.previousAnnotation, step(-1));

  registerExport(context, store);
}

function isCalendarDay(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** A quick pick over known names that also accepts a new name typed by the user. */
async function pickOrType(items: string[], value: string, placeholder: string, allowEmpty = false): Promise<string | undefined> {
  const qp = vscode.window.createQuickPick();
  qp.placeholder = placeholder;
  qp.value = value;
  const base = [...new Set(items)].sort().map((label) => ({ label }));
  const refresh = () => {
    const typed = qp.value.trim();
    qp.items = typed && !base.some((b) => b.label === typed) ? [{ label: typed, description: 'new' }, ...base] : base;
  };
  refresh();
  qp.onDidChangeValue(refresh);
  return new Promise<string | undefined>((resolve) => {
    qp.onDidAccept(() => {
      const chosen = qp.selectedItems[0]?.label ?? qp.value.trim();
      resolve(chosen || (allowEmpty ? '' : undefined));
      qp.hide();
    });
    qp.onDidHide(() => { resolve(undefined); qp.dispose(); });
    qp.show();
  });
}
