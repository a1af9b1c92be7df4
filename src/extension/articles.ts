// Keeps every source the editor has seen together with its sidecar. Analysis runs off the
// typing path: an edit shifts the stored anchors at once (exactly, through the change
// events), and extraction re-runs debounced. The sidecar is what we draw and what we save.
import * as vscode from 'vscode';
import type { Document } from 'yaml';
import { extract } from '../core/extract';
import { composeRange, extractIncremental, type ChangedRange } from '../core/extract/incremental';
import type { Extraction } from '../core/model';
import type { Sidecar } from '../core/annotations';
import {
  applyEdits, extractOptionsFor, loadSidecar, nodeFileSystem, reanchor, saveSidecar, SidecarError,
  parseSidecar, sha256, sidecarPathFor, updateSidecar, MAX_FILE_BYTES, type TextEdit,
} from '../core/sidecar';
import { resolveRegion, resolveSidecar, type ResolvedView } from '../core/resolve';
import { decodeSource } from '../core/source';
import type { NewsmarkSettings } from './settings';
import type { BackgroundExtractor } from './backgroundExtractor';
import { documentLength } from './decorations';
import type { SidecarCache } from './sidecarCache';
import { isBratCopyUri } from './sources';

const BOM = '\uFEFF';

export interface Article {
  uri: vscode.Uri;
  /** Version of the TextDocument this state belongs to; -1 while the document is closed. */
  version: number;
  /**
   * The text the core works on: the document's text, with the byte-order mark that VS Code
   * hides put back, so offsets equal fs.readFileSync(path, 'utf8') indices (as the CLI's).
   */
  text: string;
  /** 1 when the file has a BOM: core offset = document offset + bomShift. */
  bomShift: 0 | 1;
  extraction: Extraction;
  sidecar: Sidecar;
  view: ResolvedView;
  /** The loaded YAML document (comments, layout) to write through; null before the first save. */
  document: Document | null;
  /** The sidecar came from the parsed-sidecar cache: its YAML document is read before the first save. */
  documentPending?: boolean;
  /** Set when the sidecar on disk could not be read: it is never written then. */
  sidecarError?: SidecarError;
  /** Milliseconds the last extraction + merge took. */
  analysisMs: number;
  /** Document version the last extraction ran on (anchors may have moved since by edits). */
  extractedVersion: number;
  /** Document version `view` was resolved for; decorations are redrawn only from a current view. */
  viewVersion: number;
  /**
   * What the edits since the last extraction changed ([start, oldEnd) of the text extraction
   * ran on is [start, newEnd) now), composed from the change events; null when nothing changed
   * or when only a full pass will do (the file was replaced).
   */
  pending?: ChangedRange | null;
  /** The same since `view` was resolved (long sources resolve their view after a pause only). */
  viewPending?: ChangedRange | null;
  /** The edits since the last extraction replaced the whole text: the next pass is a full one. */
  needsFull?: boolean;
  /** How the last analysis ran: the whole text, or only the paragraphs an edit touched. */
  lastPass?: { kind: 'load' | 'full' | 'incremental'; ms: number; chars: number };
  /**
   * Long sources: edits whose anchor shifting waits until the sidecar is next read (reading
   * `sidecar` applies them), so a keystroke never walks 100,000 annotations.
   */
  deferEdits?: (edits: readonly TextEdit[]) => void;
  /** The sidecar was too large to save, and the user was told. */
  tooLargeWarned?: boolean;
}

/**
 * Gives an article a `sidecar` that applies deferred edits when it is read: shifting 100,000
 * anchors on every keystroke in a 5 MB source would make typing stutter, and nothing needs
 * them before the pause in typing (VS Code moves the drawn highlights itself).
 */
function withDeferredEdits(fields: Article): Article {
  const article = fields;
  let sidecar = fields.sidecar;
  let deferred: TextEdit[] = [];
  Object.defineProperty(article, 'sidecar', {
    enumerable: true,
    configurable: true,
    get(): Sidecar {
      if (deferred.length) {
        sidecar = applyEdits(sidecar, deferred, article.text).sidecar;
        deferred = [];
      }
      return sidecar;
    },
    set(value: Sidecar) {
      sidecar = value;
      deferred = [];
    },
  });
  article.deferEdits = (edits) => {
    for (const e of edits) deferred.push(e);
  };
  return article;
}

/** Sources longer than this are re-analysed on a worker thread and resolved after a pause in typing. */
export const LONG_SOURCE_CHARS = 300_000;
/** Files indexed at once (their reading overlaps). */
const INDEX_LANES = 6;
/** After an incremental pass on a shorter source, a full pass follows when typing has stopped this long. */
export const SETTLE_MS = 2000;

export class ArticleStore implements vscode.Disposable {
  private readonly articles = new Map<string, Article>();
  private readonly loading = new Map<string, Promise<Article | undefined>>();
  /** Sources being read from disk by the background indexer. */
  private readonly indexing = new Map<string, Promise<Article | undefined>>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Full passes waiting for typing to settle (short sources, after an incremental pass). */
  private readonly settleTimers = new Map<string, NodeJS.Timeout>();
  private readonly changed = new vscode.EventEmitter<Article | undefined>();
  readonly onDidChange = this.changed.event;
  private readonly sidecarErrors = new vscode.EventEmitter<{ uri: vscode.Uri; error: SidecarError | undefined }>();
  readonly onDidChangeSidecarError = this.sidecarErrors.event;
  private readonly problems = new Map<string, string>();
  /** Sidecar texts we wrote ourselves, so the file watcher can tell our writes from others'. */
  private readonly ownWrites = new Map<string, Set<string>>();
  /** Sidecar paths being written right now: their change events are our own. */
  private readonly saving = new Map<string, number>();

  private readonly inFlight = new Set<string>();
  private readonly again = new Set<string>();

  constructor(private readonly settings: () => NewsmarkSettings, private readonly background?: BackgroundExtractor, private readonly cache?: SidecarCache) {}

  isSource(doc: vscode.TextDocument): boolean {
    if (doc.uri.scheme !== 'file' && doc.uri.scheme !== 'untitled') return false;
    if (doc.languageId === 'newsarticle') return true;
    if (doc.uri.path.endsWith('.annotations.yaml') || isBratCopyUri(doc.uri)) return false;
    const { sourceGlobs, excludeGlobs } = this.settings();
    const matches = (pattern: string) => vscode.languages.match({ pattern }, doc) > 0;
    return sourceGlobs.some(matches) && !excludeGlobs.some(matches);
  }

  get(uri: vscode.Uri): Article | undefined {
    return this.articles.get(uri.toString());
  }

  /** The parsed-sidecar cache's hits and misses so far, once its writes have landed. */
  async sidecarCacheStats(): Promise<{ hits: number; misses: number } | undefined> {
    await this.cache?.settled();
    return this.cache && { ...this.cache.stats };
  }

  all(): Article[] {
    return [...this.articles.values()].sort((a, b) => a.uri.path.localeCompare(b.uri.path));
  }

  problem(uri: vscode.Uri): string | undefined {
    return this.problems.get(uri.toString());
  }

  /** The article for a document, loading its sidecar the first time and analysing if stale. */
  async ensure(doc: vscode.TextDocument): Promise<Article | undefined> {
    if (!this.isSource(doc)) return undefined;
    const key = doc.uri.toString();
    const existing = this.articles.get(key);
    if (existing && existing.version === doc.version) return existing;
    if (existing && existing.version === -1 && existing.text === this.coreText(doc, existing.bomShift)) {
      existing.version = doc.version;
      if (!existing.pending && !existing.viewPending && !existing.needsFull) {
        // Indexed from disk (or closed) and unchanged since: adopt it without re-extracting.
        existing.extractedVersion = doc.version;
        existing.viewVersion = doc.version;
        return existing;
      }
      // Detached with edits not analysed yet (VS Code may dispose a document model and hand
      // out a new one while its editor stays open): analyse them now instead of calling the
      // old analysis current.
      return this.refreshIncrementally(doc, existing) ? existing : this.catchUp(doc, existing);
    }
    if (existing) return this.catchUp(doc, existing);
    // Being indexed from disk right now (a file just created, then opened): wait for that
    // instead of analysing it a second time, and adopt it if the text is the same.
    const indexing = this.indexing.get(key);
    if (indexing) {
      await indexing.catch(() => undefined);
      if (this.articles.has(key)) return this.ensure(doc);
    }
    let pending = this.loading.get(key);
    if (!pending) {
      pending = this.load(doc).finally(() => this.loading.delete(key));
      this.loading.set(key, pending);
    }
    const loaded = await pending;
    // The document may have changed while the sidecar was read.
    return loaded && loaded.version !== doc.version ? this.catchUp(doc, loaded) : loaded;
  }

  /** Brings a stale article up to the document: at once for short sources, on the worker for long ones. */
  private catchUp(doc: vscode.TextDocument, article: Article): Article | undefined {
    if (documentLength(doc) > LONG_SOURCE_CHARS && this.background) {
      this.refreshInBackground(doc, article);
      return article;
    }
    return this.refresh(doc, article);
  }

  private coreText(doc: vscode.TextDocument, bomShift: 0 | 1): string {
    return bomShift ? BOM + doc.getText() : doc.getText();
  }

  private refuse(doc: vscode.TextDocument): string | undefined {
    const text = doc.getText();
    const limit = this.settings().maxFileSizeMB * 1024 * 1024;
    const name = vscode.workspace.asRelativePath(doc.uri);
    if (text.length > limit) return `Newsmark skipped ${name}: ${(text.length / 1048576).toFixed(1)} MB is over the ${this.settings().maxFileSizeMB} MB limit (setting newsmark.maxFileSizeMB).`;
    if (text.includes('\u0000')) return `Newsmark skipped ${name}: it looks binary (contains NUL characters).`;
    return undefined;
  }

  private async load(doc: vscode.TextDocument): Promise<Article | undefined> {
    const key = doc.uri.toString();
    const why = this.refuse(doc);
    if (why) {
      this.problems.set(key, why);
      this.changed.fire(undefined);
      return undefined;
    }
    this.problems.delete(key);
    let bomShift: 0 | 1 = 0;
    let loaded: Awaited<ReturnType<typeof loadSidecar>> = null;
    let sidecarError: SidecarError | undefined;
    if (doc.uri.scheme === 'file') {
      bomShift = (await hasBom(doc.uri)) ? 1 : 0;
      try {
        loaded = await loadSidecar(nodeFileSystem, doc.uri.fsPath, this.coreText(doc, bomShift));
      } catch (err) {
        if (!(err instanceof SidecarError)) throw err;
        sidecarError = err;
      }
    }
    const text = this.coreText(doc, bomShift);
    const version = doc.version; // the version `text` belongs to, whatever happens while we wait
    const started = performance.now();
    const options = extractOptionsFor(loaded?.sidecar ?? null, vscode.workspace.asRelativePath(doc.uri));
    // A long source's first analysis runs on the worker too, so opening it never freezes the host.
    const { extraction, sidecar } = text.length > LONG_SOURCE_CHARS && this.background
      ? await this.background.run({ text, options, sidecar: loaded?.sidecar ?? null, file: baseName(doc.uri) })
      : (() => {
        const ex = extract(text, options);
        return { extraction: ex, sidecar: updateSidecar(loaded?.sidecar ?? null, ex, text, { file: baseName(doc.uri) }).sidecar };
      })();
    const article: Article = withDeferredEdits({
      uri: doc.uri,
      version,
      text,
      bomShift,
      extraction,
      sidecar,
      view: resolveSidecar(sidecar, text),
      document: loaded?.document ?? null,
      sidecarError,
      analysisMs: performance.now() - started,
      extractedVersion: version,
      viewVersion: version,
      lastPass: { kind: 'load', ms: performance.now() - started, chars: text.length },
    });
    this.articles.set(key, article);
    this.sidecarErrors.fire({ uri: doc.uri, error: sidecarError });
    this.changed.fire(article);
    return article;
  }

  /**
   * Indexes sources that are not open, in the background: the sidecar is read first and
   * extraction runs only where there is none or the source changed since it was written.
   * Nothing is written to disk. Yields to the event loop between files so the views and the
   * editor stay responsive.
   */
  async indexFiles(uris: readonly vscode.Uri[], options: { force?: boolean; token?: vscode.CancellationToken; onProgress?: (done: number) => void } = {}): Promise<{ indexed: number; extracted: number; failed: number }> {
    const stats = { indexed: 0, extracted: 0, failed: 0 };
    let lastFire = Date.now();
    let lastYield = Date.now();
    let next = 0;
    const one = async (uri: vscode.Uri) => {
      const key = uri.toString();
      const open = this.articles.get(key);
      if (options.force && open && open.version === -1) this.articles.delete(key);
      if (this.articles.has(key) || this.loading.has(key)) return;
      try {
        const indexing = this.loadFromDisk(uri, !!options.force).then((article) => {
          // The source may have been opened (and loaded from the editor) while we read it:
          // never replace that newer state with the file's.
          if (!article || this.articles.has(key)) return undefined;
          this.articles.set(key, article);
          return article;
        });
        this.indexing.set(key, indexing);
        const article = await indexing.finally(() => this.indexing.delete(key));
        if (article) {
          stats.indexed++;
          if (article.analysisMs > 0) stats.extracted++;
        }
      } catch (err) {
        stats.failed++;
        console.error(`[newsmark] indexing ${uri.fsPath}:`, err);
      }
    };
    // A few files at a time: reading one overlaps analysing another.
    const lane = async () => {
      while (next < uris.length && !options.token?.isCancellationRequested) {
        await one(uris[next++]);
        options.onProgress?.(stats.indexed + stats.failed);
        // Yield often (typing, hovers and views get the thread), tell the views less often.
        if (Date.now() - lastYield > 30) {
          if (Date.now() - lastFire > 250) {
            lastFire = Date.now();
            this.changed.fire(undefined);
          }
          await new Promise((r) => setImmediate(r));
          lastYield = Date.now();
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(INDEX_LANES, uris.length) }, lane));
    this.changed.fire(undefined);
    return stats;
  }

  private async loadFromDisk(uri: vscode.Uri, force: boolean): Promise<Article | undefined> {
    const bytes = await vscode.workspace.fs.readFile(uri);
    const decoded = decodeSource(bytes, this.settings().maxFileSizeMB * 1024 * 1024);
    if (!decoded.ok) {
      this.problems.set(uri.toString(), `Newsmark skipped ${vscode.workspace.asRelativePath(uri)}: ${decoded.message}.`);
      return undefined;
    }
    const text = decoded.text;
    const bomShift: 0 | 1 = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let loaded: { sidecar: Sidecar; document: Document | null } | null = null;
    let sidecarError: SidecarError | undefined;
    const textHash = sha256(text);
    let documentLater = false;
    try {
      // A sidecar parsed before (same YAML, same source) comes from the cache; its YAML
      // document is read only if the sidecar is saved.
      const yamlText = await readSmallFile(sidecarPathFor(uri.fsPath));
      const cached = yamlText === undefined || !this.cache ? undefined : await this.cache.get(yamlText, textHash);
      if (cached) {
        loaded = { sidecar: cached, document: null };
        documentLater = true;
      } else if (yamlText !== undefined && this.background) {
        // Parsed on the worker thread (the YAML parser reads about 3 MB/s, and 2,000 sidecars
        // would hold the extension host for many seconds); the YAML document to write through
        // is read before the first save, as for a sidecar from the cache.
        const sidecar = await this.background.parseSidecar(yamlText, text, baseName(uri));
        loaded = { sidecar, document: null };
        documentLater = true;
        if (sidecar.source.sha256 === textHash) void this.cache?.set(yamlText, textHash, sidecar);
      } else {
        // The YAML just read is parsed as it is (loadSidecar would read it again); without
        // it (no sidecar, or one too large to read), loadSidecar says which.
        const parsed = yamlText !== undefined ? parseSidecar(yamlText, text, baseName(uri)) : await loadSidecar(nodeFileSystem, uri.fsPath, text);
        loaded = parsed;
        if (parsed && yamlText !== undefined && parsed.sidecar.source.sha256 === textHash) void this.cache?.set(yamlText, textHash, parsed.sidecar);
      }
    } catch (err) {
      if (!(err instanceof SidecarError)) throw err;
      sidecarError = err;
      this.sidecarErrors.fire({ uri, error: err });
    }
    let extraction: Extraction | undefined;
    let sidecar: Sidecar;
    let analysisMs = 0;
    if (!force && loaded && loaded.sidecar.source.sha256 === textHash) {
      sidecar = loaded.sidecar; // up to date: no extraction needed
    } else if (text.length > LONG_SOURCE_CHARS && this.background) {
      // A long source indexed in the background must not hold up the extension host.
      const r = await this.background.run({ text, options: extractOptionsFor(loaded?.sidecar ?? null, vscode.workspace.asRelativePath(uri)), sidecar: loaded?.sidecar ?? null, file: baseName(uri) });
      extraction = r.extraction;
      sidecar = r.sidecar;
      analysisMs = r.ms;
    } else {
      const started = performance.now();
      extraction = extract(text, extractOptionsFor(loaded?.sidecar ?? null, vscode.workspace.asRelativePath(uri)));
      sidecar = updateSidecar(loaded?.sidecar ?? null, extraction, text, { file: baseName(uri) }).sidecar;
      analysisMs = performance.now() - started;
    }
    return withDeferredEdits({
      uri, version: -1, text, bomShift,
      extraction: extraction ?? { source: vscode.workspace.asRelativePath(uri), published: sidecar.published?.date ?? null, publishedSource: sidecar.published ? 'sidecar' : 'none', actors: [], dates: [], quotes: [], claims: [] },
      sidecar, view: resolveSidecar(sidecar, text), document: loaded?.document ?? null, documentPending: documentLater, sidecarError, analysisMs, extractedVersion: -1, viewVersion: -1,
    });
  }

  /** Re-extracts and merges into the sidecar we hold (manual work and user edits win). */
  private refresh(doc: vscode.TextDocument, article: Article): Article | undefined {
    const why = this.refuse(doc);
    if (why) {
      this.problems.set(doc.uri.toString(), why);
      return undefined;
    }
    const text = this.coreText(doc, article.bomShift);
    const started = performance.now();
    const extraction = extract(text, extractOptionsFor(article.sidecar, vscode.workspace.asRelativePath(doc.uri)));
    const { sidecar } = updateSidecar(article.sidecar, extraction, text, { file: baseName(doc.uri) });
    const ms = performance.now() - started;
    Object.assign(article, {
      version: doc.version, extractedVersion: doc.version, viewVersion: doc.version, text, extraction, sidecar, view: resolveSidecar(sidecar, text), analysisMs: ms,
      pending: null, viewPending: null, needsFull: false, lastPass: { kind: 'full', ms, chars: text.length },
    });
    this.changed.fire(article);
    return article;
  }

  /**
   * Long sources: extraction and merge run on the worker; the result is taken only if the
   * document has not changed since (otherwise the next pause in typing asks again).
   */
  private refreshInBackground(doc: vscode.TextDocument, article: Article): void {
    if (!this.background) {
      this.refresh(doc, article);
      return;
    }
    const key = doc.uri.toString();
    if (this.inFlight.has(key)) {
      this.again.add(key);
      return;
    }
    const version = doc.version;
    const text = this.coreText(doc, article.bomShift);
    this.inFlight.add(key);
    this.background
      .run({ text, options: extractOptionsFor(article.sidecar, vscode.workspace.asRelativePath(doc.uri)), sidecar: article.sidecar, file: baseName(doc.uri) })
      .then(({ extraction, sidecar, ms }) => {
        const current = this.articles.get(key);
        if (!current || doc.isClosed) return;
        if (doc.version !== version || current.version !== version) {
          this.again.add(key); // outdated: ask again for the document as it is now
          return;
        }
        Object.assign(current, {
          extractedVersion: version, viewVersion: version, text, extraction, sidecar, view: resolveSidecar(sidecar, text), analysisMs: ms,
          pending: null, viewPending: null, needsFull: false, lastPass: { kind: 'full', ms, chars: text.length },
        });
        this.changed.fire(current);
      }, (err) => console.error('[newsmark] background extraction failed', err))
      .finally(() => {
        this.inFlight.delete(key);
        if (this.again.delete(key) && !doc.isClosed) this.schedule(doc);
      });
  }

  /**
   * An edit in the editor: shift every anchor through the change events at once (so the
   * highlights move with the text), then re-extract after a pause in typing.
   */
  onDidChangeDocument(e: vscode.TextDocumentChangeEvent): void {
    const article = this.get(e.document.uri);
    if (!article || !e.contentChanges.length) return;
    const doc = e.document;
    const text = this.coreText(doc, article.bomShift);
    const oldLength = article.text.length - article.bomShift;
    const whole = e.contentChanges.length === 1 && e.contentChanges[0].rangeOffset === 0 && e.contentChanges[0].rangeLength === oldLength;
    let sidecar: Sidecar | undefined;
    if (whole) {
      // The file was replaced (reloaded from disk after a git pull, or select-all + paste):
      // anchor by quote and context rather than orphaning everything.
      sidecar = reanchor(article.sidecar, text).sidecar;
      article.needsFull = true;
      article.pending = article.viewPending = null;
    } else {
      const edits: TextEdit[] = [...e.contentChanges]
        .sort((a, b) => b.rangeOffset - a.rangeOffset)
        .map((c) => ({ offset: c.rangeOffset + article.bomShift, deleteLength: c.rangeLength, insertText: c.text }));
      // Long sources shift their anchors when the sidecar is next read (after the pause).
      if (text.length > LONG_SOURCE_CHARS && article.deferEdits) {
        article.deferEdits(edits);
      } else sidecar = applyEdits(article.sidecar, edits, text).sidecar;
      // Each edit's offset refers to the text after the ones before it (descending order).
      for (const edit of edits) {
        if (!article.needsFull) article.pending = composeRange(article.pending ?? null, edit.offset, edit.deleteLength, edit.insertText.length);
        article.viewPending = composeRange(article.viewPending ?? null, edit.offset, edit.deleteLength, edit.insertText.length);
      }
    }
    if (text.length <= LONG_SOURCE_CHARS && sidecar) {
      Object.assign(article, { version: doc.version, viewVersion: doc.version, text, sidecar, view: resolveSidecar(sidecar, text), viewPending: null });
      this.changed.fire(article);
    } else {
      // VS Code moves the drawn decorations with the text itself; resolving 100,000 anchors on
      // every keystroke would cost more than it shows, so the view catches up after the pause.
      Object.assign(article, { version: doc.version, text });
      if (sidecar) article.sidecar = sidecar; // a whole-file replace, re-anchored
    }
    this.schedule(doc);
  }

  /** Debounced re-analysis after an edit; keystrokes never wait for extraction. */
  schedule(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    clearTimeout(this.settleTimers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      const article = this.articles.get(key);
      if (!article || doc.isClosed) return;
      // Only the paragraphs the edits touched are analysed again. A source short enough for a
      // full pass in milliseconds gets one once typing has settled, so what only the whole
      // document shows (a name typed here and used elsewhere) catches up; a long one keeps the
      // incremental result until it is opened again or re-run.
      if (this.refreshIncrementally(doc, article)) {
        if (article.text.length <= LONG_SOURCE_CHARS) {
          this.settleTimers.set(key, setTimeout(() => {
            this.settleTimers.delete(key);
            const current = this.articles.get(key);
            if (current && !doc.isClosed && current.version === doc.version && !this.timers.has(key)) this.refresh(doc, current);
          }, SETTLE_MS));
        }
      } else if (article.text.length <= LONG_SOURCE_CHARS) this.refresh(doc, article);
      else this.refreshInBackground(doc, article);
    }, this.settings().debounceMs));
  }

  /**
   * After an edit: only the paragraphs the edits touched are extracted again
   * (with a few paragraphs of context), merged into the sidecar and resolved into the view,
   * on this thread, in milliseconds. False when a full pass is needed instead (the file was
   * replaced, the edit changed the publication date, or a quotation runs past the window).
   */
  private refreshIncrementally(doc: vscode.TextDocument, article: Article): boolean {
    if (article.needsFull || !article.pending || article.version !== doc.version || this.inFlight.has(doc.uri.toString())) return false;
    const started = performance.now();
    const text = article.text;
    const pending = article.pending;
    const r = extractIncremental(article.extraction, pending, text, extractOptionsFor(article.sidecar, vscode.workspace.asRelativePath(doc.uri)));
    if (!r) return false;
    const { sidecar } = updateSidecar(article.sidecar, r.extraction, text, { file: baseName(doc.uri), region: { start: r.range.start, end: r.range.newEnd } });
    // The view may be older than the extraction: resolve the union of both changed ranges.
    const vp = article.viewPending ?? { start: r.range.start, oldEnd: r.range.newEnd, newEnd: r.range.newEnd };
    const start = Math.min(vp.start, r.range.start);
    const newEnd = Math.max(vp.newEnd, r.range.newEnd);
    const view = resolveRegion(article.view, sidecar, text, { start, oldEnd: newEnd - (vp.newEnd - vp.oldEnd), newEnd }, { reuse: true });
    const ms = performance.now() - started;
    Object.assign(article, {
      extraction: r.extraction, sidecar, view, extractedVersion: doc.version, viewVersion: doc.version, analysisMs: ms,
      pending: null, viewPending: null, lastPass: { kind: 'incremental', ms, chars: r.window.end - r.window.start },
    });
    this.changed.fire(article);
    return true;
  }

  /** Re-analyses now, whatever the cache says. */
  async reanalyze(doc: vscode.TextDocument): Promise<Article | undefined> {
    const article = await this.ensure(doc);
    return article && this.refresh(doc, article);
  }

  /** Drops what we hold for a source (its file was deleted); the next ensure() reads from disk. */
  forget(uri: vscode.Uri): void {
    if (this.articles.delete(uri.toString())) this.changed.fire(undefined);
  }

  /** The document was closed: keep its state for the workspace views, detached from versions. */
  detach(uri: vscode.Uri): void {
    const article = this.get(uri);
    if (!article) return;
    if (article.pending || article.needsFull) console.log(`[newsmark] ${vscode.workspace.asRelativePath(uri)} closed with edits not analysed yet (version ${article.version}); they are analysed when it is opened again`);
    if (uri.scheme === 'untitled') {
      this.articles.delete(uri.toString());
      this.changed.fire(undefined);
    } else article.version = -1;
  }

  /** Applies a user's change to the sidecar and saves it (the user's work goes to disk at once). */
  async mutate(uri: vscode.Uri, change: (s: Sidecar, text: string) => Sidecar): Promise<Article | undefined> {
    const article = this.get(uri);
    if (!article) return undefined;
    const sidecar = change(article.sidecar, article.text);
    Object.assign(article, { sidecar, view: resolveSidecar(sidecar, article.text), viewPending: null });
    this.changed.fire(article);
    await this.save(uri);
    return article;
  }

  /** Writes the sidecar (atomically, only when its bytes change); never over a file we could not read. */
  async save(uri: vscode.Uri): Promise<boolean> {
    const article = this.get(uri);
    if (!article || uri.scheme !== 'file') return false;
    if (article.sidecarError) {
      void vscode.window.showWarningMessage(
        `Newsmark did not save ${vscode.workspace.asRelativePath(sidecarPathFor(uri.fsPath))}: it could not be read (${article.sidecarError.message}). Fix or move it; your annotations stay in memory until then.`);
      return false;
    }
    const path = sidecarPathFor(uri.fsPath);
    if (article.documentPending) {
      // Indexed from the cache: read the YAML document now, to write through it (comments and
      // layout kept, and a sidecar changed on disk meanwhile noticed, never overwritten).
      try {
        article.document = (await loadSidecar(nodeFileSystem, uri.fsPath, article.text))?.document ?? null;
        article.documentPending = false;
      } catch (err) {
        if (!(err instanceof SidecarError)) throw err;
        article.sidecarError = err;
        this.sidecarErrors.fire({ uri, error: err });
        void vscode.window.showWarningMessage(`Newsmark did not save ${vscode.workspace.asRelativePath(path)}: it could not be read (${err.message}).`);
        return false;
      }
    }
    this.saving.set(path, (this.saving.get(path) ?? 0) + 1);
    try {
      // Anchors shifted through live edits refer to the current text: record its hash.
      const hash = sha256(article.text);
      if (article.sidecar.source.sha256 !== hash) article.sidecar = { ...article.sidecar, source: { ...article.sidecar.source, sha256: hash } };
      const result = await saveSidecar(nodeFileSystem, sidecarPathFor(uri.fsPath), article.document, article.sidecar);
      article.document = result.document;
      if (result.written) {
        const own = this.ownWrites.get(path) ?? new Set<string>();
        own.add(result.text);
        if (own.size > 20) own.delete(own.values().next().value!);
        this.ownWrites.set(path, own);
      }
      return result.written;
    } catch (err) {
      if (!(err instanceof SidecarError)) throw err;
      if (err.code === 'too-large') {
        // Nothing was written and the file on disk is as it was: say so once, keep working from memory.
        if (!article.tooLargeWarned) void vscode.window.showWarningMessage(`Newsmark did not save the sidecar of ${vscode.workspace.asRelativePath(uri)}: ${err.message}. Annotations stay in memory.`);
        article.tooLargeWarned = true;
        return false;
      }
      article.sidecarError = err;
      this.sidecarErrors.fire({ uri, error: err });
      void vscode.window.showWarningMessage(`Newsmark did not save the sidecar of ${vscode.workspace.asRelativePath(uri)}: ${err.message}`);
      return false;
    } finally {
      const n = (this.saving.get(path) ?? 1) - 1;
      if (n > 0) this.saving.set(path, n);
      else this.saving.delete(path);
    }
  }

  /** A sidecar changed on disk: reload it unless it holds what we hold (our own write). */
  async onSidecarChanged(sidecarUri: vscode.Uri, currentText: string | undefined): Promise<void> {
    const path = sidecarUri.fsPath;
    if (this.saving.has(path)) return;
    if (currentText !== undefined && this.ownWrites.get(path)?.has(currentText)) return;
    const sourceUri = vscode.Uri.file(path.slice(0, -'.annotations.yaml'.length));
    const article = this.get(sourceUri);
    if (!article) return;
    if (currentText !== undefined && !article.sidecarError && sameData(currentText, article)) return;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === sourceUri.toString());
    // Load the new state first and swap it in, so the source is never missing meanwhile.
    const fresh = doc ? await this.load(doc) : await this.loadFromDisk(sourceUri, false);
    if (fresh) this.articles.set(sourceUri.toString(), fresh);
    this.changed.fire(fresh);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const t of this.settleTimers.values()) clearTimeout(t);
    this.changed.dispose();
    this.sidecarErrors.dispose();
  }
}

/** True when a sidecar's YAML holds the same annotations and entities as the article's sidecar. */
function sameData(yamlText: string, article: Article): boolean {
  try {
    const other = parseSidecar(yamlText).sidecar;
    return JSON.stringify([other.entities, other.annotations, other.rejected]) === JSON.stringify([article.sidecar.entities, article.sidecar.annotations, article.sidecar.rejected]);
  } catch {
    return false;
  }
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** A file's text, or undefined when it does not exist or is over the size a sidecar may have (loadSidecar reports that). */
async function readSmallFile(path: string): Promise<string | undefined> {
  const stat = await nodeFileSystem.stat(path);
  if (!stat || stat.isDirectory || stat.size > MAX_FILE_BYTES) return undefined;
  try {
    return await nodeFileSystem.readFile(path);
  } catch {
    return undefined;
  }
}

async function hasBom(uri: vscode.Uri): Promise<boolean> {
  try {
    const { open } = await import('node:fs/promises');
    const handle = await open(uri.fsPath, 'r');
    try {
      const buf = Buffer.alloc(3);
      const { bytesRead } = await handle.read(buf, 0, 3, 0);
      return bytesRead === 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}
