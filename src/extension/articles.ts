// Keeps the analysis of every source document the editor has seen. Analysis runs off the
// typing path: changes are debounced per document, and results are cached by version.
import * as vscode from 'vscode';
import { extract } from '../core/extract';
import type { Extraction } from '../core/model';
import type { ClaimStatus } from '../core/annotations';
import type { NewsmarkSettings } from './settings';

export interface Article {
  uri: vscode.Uri;
  version: number;
  extraction: Extraction;
  /** Claim verdicts keyed by claim text (stable across re-analysis). */
  claimStatus: Map<string, ClaimStatus>;
  /** Milliseconds the last extraction took. */
  analysisMs: number;
}

export class ArticleStore implements vscode.Disposable {
  private readonly articles = new Map<string, Article>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly changed = new vscode.EventEmitter<Article | undefined>();
  readonly onDidChange = this.changed.event;
  private readonly problems = new Map<string, string>();

  constructor(private settings: () => NewsmarkSettings) {}

  isSource(doc: vscode.TextDocument): boolean {
    if (doc.uri.scheme !== 'file' && doc.uri.scheme !== 'untitled' && doc.uri.scheme !== 'vscode-remote') return false;
    if (doc.languageId === 'newsarticle') return true;
    if (doc.uri.path.endsWith('.annotations.yaml')) return false;
    const { sourceGlobs, excludeGlobs } = this.settings();
    const matches = (pattern: string) => vscode.languages.match({ pattern }, doc) > 0;
    return sourceGlobs.some(matches) && !excludeGlobs.some(matches);
  }

  get(uri: vscode.Uri): Article | undefined {
    return this.articles.get(uri.toString());
  }

  all(): Article[] {
    return [...this.articles.values()].sort((a, b) => a.uri.path.localeCompare(b.uri.path));
  }

  problem(uri: vscode.Uri): string | undefined {
    return this.problems.get(uri.toString());
  }

  /** Analyses now (if the cached result is stale) and returns the article. */
  analyze(doc: vscode.TextDocument): Article | undefined {
    if (!this.isSource(doc)) return undefined;
    const key = doc.uri.toString();
    const existing = this.articles.get(key);
    if (existing && existing.version === doc.version) return existing;
    const text = doc.getText();
    const limit = this.settings().maxFileSizeMB * 1024 * 1024;
    if (text.length > limit || text.includes('\u0000')) {
      const why = text.length > limit
        ? `Newsmark skipped ${vscode.workspace.asRelativePath(doc.uri)}: ${(text.length / 1048576).toFixed(1)} MB is over the ${this.settings().maxFileSizeMB} MB limit (setting newsmark.maxFileSizeMB).`
        : `Newsmark skipped ${vscode.workspace.asRelativePath(doc.uri)}: it looks binary (contains NUL characters).`;
      this.problems.set(key, why);
      return undefined;
    }
    this.problems.delete(key);
    const started = performance.now();
    const extraction = extract(text, { source: vscode.workspace.asRelativePath(doc.uri) });
    const article: Article = {
      uri: doc.uri,
      version: doc.version,
      extraction,
      claimStatus: existing?.claimStatus ?? new Map(),
      analysisMs: performance.now() - started,
    };
    this.articles.set(key, article);
    this.changed.fire(article);
    return article;
  }

  /** Debounced re-analysis after an edit; keystrokes never wait for extraction. */
  schedule(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      this.analyze(doc);
    }, this.settings().debounceMs));
  }

  forget(uri: vscode.Uri): void {
    if (this.articles.delete(uri.toString())) this.changed.fire(undefined);
  }

  setClaimStatus(uri: vscode.Uri, claimText: string, status: ClaimStatus): void {
    const article = this.get(uri);
    if (!article) return;
    article.claimStatus.set(claimText, status);
    this.changed.fire(article);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.changed.dispose();
  }
}
