// Decoration types are created once per category (CRAFT #8) and recoloured by themes
// through contributes.colors; only the ranges are recomputed.
import * as vscode from 'vscode';
import type { Article } from './articles';
import type { NewsmarkSettings } from './settings';

export type DecorationKind = 'person' | 'organization' | 'place' | 'date' | 'quote' | 'claim' | 'speaker' | 'manual';

const LARGE_SOURCE_CHARS = 300_000;
const MARGIN_LINES = 200;

/** The document's length without joining its lines into one string (getText on a 5 MB source costs). */
export function documentLength(doc: vscode.TextDocument): number {
  return doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
}

function color(id: string): vscode.ThemeColor {
  return new vscode.ThemeColor(`newsmark.${id}`);
}

function createTypes(): Record<DecorationKind, vscode.TextEditorDecorationType> {
  const actor = (name: string) => vscode.window.createTextEditorDecorationType({
    backgroundColor: color(`${name}Background`),
    borderRadius: '2px',
    overviewRulerColor: color(`${name}Background`),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  return {
    person: actor('person'),
    organization: actor('organization'),
    place: actor('place'),
    date: vscode.window.createTextEditorDecorationType({
      borderWidth: '0 0 1px 0', borderStyle: 'solid', borderColor: color('dateBorder'),
      color: color('dateForeground'),
      overviewRulerColor: color('dateBorder'), overviewRulerLane: vscode.OverviewRulerLane.Center,
    }),
    quote: vscode.window.createTextEditorDecorationType({
      backgroundColor: color('quoteBackground'), fontStyle: 'italic',
      overviewRulerColor: color('quoteBackground'), overviewRulerLane: vscode.OverviewRulerLane.Right,
    }),
    claim: vscode.window.createTextEditorDecorationType({
      borderWidth: '0 0 1px 0', borderStyle: 'dotted', borderColor: color('claimBorder'),
      overviewRulerColor: color('claimBorder'), overviewRulerLane: vscode.OverviewRulerLane.Full,
    }),
    // Drawn over hand-made (and hand-corrected) annotations so they read apart from automatic ones.
    manual: vscode.window.createTextEditorDecorationType({
      borderWidth: '1px', borderStyle: 'solid', borderColor: color('manualBorder'), borderRadius: '2px',
    }),
    speaker: vscode.window.createTextEditorDecorationType({
      after: { color: color('speakerForeground'), margin: '0 0 0 0.3em', fontStyle: 'italic' },
    }),
  };
}

export class Decorator implements vscode.Disposable {
  private types = createTypes();
  private enabled = true;
  /** Last ranges applied per editor document, exposed to tests through the extension API. */
  private readonly applied = new Map<string, Record<DecorationKind, vscode.Range[]>>();

  constructor(private readonly settings: () => NewsmarkSettings) {}

  get highlightsEnabled(): boolean { return this.enabled; }

  toggle(): boolean {
    this.enabled = !this.enabled;
    return this.enabled;
  }

  appliedRanges(uri: vscode.Uri): Record<DecorationKind, vscode.Range[]> | undefined {
    return this.applied.get(uri.toString());
  }

  apply(editor: vscode.TextEditor, article: Article | undefined): void {
    const s = this.settings();
    const doc = editor.document;
    // A long source whose view is catching up after typing: keep what is drawn (VS Code has
    // moved it with the text) rather than draw from stale offsets.
    if (article && this.enabled && article.version === doc.version && article.viewVersion !== doc.version) return;
    const out: Record<DecorationKind, vscode.DecorationOptions[]> = {
      person: [], organization: [], place: [], date: [], quote: [], claim: [], speaker: [], manual: [],
    };
    if (article && this.enabled && article.version === doc.version) {
      const shift = article.bomShift;
      // A long source is decorated around what is visible only (redrawn as it scrolls):
      // tens of thousands of decorations would make every keystroke pay for them.
      const [lo, hi] = this.window(editor, shift);
      const range = (start: number, end: number) => new vscode.Range(doc.positionAt(start - shift), doc.positionAt(end - shift));
      const inView = <T extends { start: number; end: number }>(xs: T[]) => (lo === 0 && hi === Infinity ? xs : xs.filter((x) => x.end >= lo && x.start <= hi));
      const v = article.view;
      const ex = { actors: inView(v.actors), dates: inView(v.dates), quotes: inView(v.quotes), claims: inView(v.claims) };
      const mark = (a: { start: number; end: number; origin: string; edited: boolean }) => {
        if (a.origin === 'manual' || a.edited) out.manual.push({ range: range(a.start, a.end) });
      };
      if (s.highlight.actors) for (const a of ex.actors) { out[a.type].push({ range: range(a.start, a.end) }); mark(a); }
      if (s.highlight.dates) for (const d of ex.dates) { out.date.push({ range: range(d.start, d.end) }); mark(d); }
      if (s.highlight.quotes) {
        let outer: (typeof ex.quotes)[number] | undefined;
        for (const q of ex.quotes) {
          mark(q);
          out.quote.push({ range: range(q.start, q.end) });
          // A quotation nested in another by the same speaker ("… told us 'help is on the way' …")
          // is named once, after the outer one.
          const nested = outer && outer.start <= q.start && q.end <= outer.end && outer.speaker === q.speaker;
          if (!outer || q.end > outer.end) outer = q;
          // Speaker in faint text after the closing mark; article text is rendered as plain text.
          if (s.showSpeakers && q.speaker && !nested) {
            const after = Math.min(q.end + 1 - shift, documentLength(doc)) + shift;
            out.speaker.push({ range: range(after, after), renderOptions: { after: { contentText: `— ${q.speaker}` } } });
          }
        }
      }
      if (s.highlight.claims) for (const c of ex.claims) { out.claim.push({ range: range(c.start, c.end) }); mark(c); }
    }
    const ranges = {} as Record<DecorationKind, vscode.Range[]>;
    for (const kind of Object.keys(out) as DecorationKind[]) {
      editor.setDecorations(this.types[kind], out[kind]);
      ranges[kind] = out[kind].map((o) => o.range);
    }
    this.applied.set(doc.uri.toString(), ranges);
  }

  /** Core-offset window to decorate: everything for normal sources, the visible lines ± a margin for long ones. */
  private window(editor: vscode.TextEditor, shift: number): [number, number] {
    const doc = editor.document;
    if (!this.isLarge(doc) || !editor.visibleRanges.length) return [0, Infinity];
    const first = Math.max(0, editor.visibleRanges[0].start.line - MARGIN_LINES);
    const last = Math.min(doc.lineCount - 1, editor.visibleRanges[editor.visibleRanges.length - 1].end.line + MARGIN_LINES);
    return [doc.offsetAt(new vscode.Position(first, 0)) + shift, doc.offsetAt(doc.lineAt(last).range.end) + shift];
  }

  isLarge(doc: vscode.TextDocument): boolean {
    return documentLength(doc) > LARGE_SOURCE_CHARS;
  }

  dispose(): void {
    for (const t of Object.values(this.types)) t.dispose();
  }
}
