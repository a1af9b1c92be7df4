import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

export const repoRoot = resolve(__dirname, '../../..');
export const grammarPath = join(repoRoot, 'syntaxes/newsarticle.tmLanguage.json');
export const NEWS_SCOPE = 'text.news';

export interface Token {
  text: string;
  /** Offset of the token within its line (UTF-16 code units). */
  start: number;
  scopes: string[];
}

export interface TokenizedLine {
  text: string;
  tokens: Token[];
}

let grammarPromise: Promise<vsctm.IGrammar> | undefined;

/** Loads the shipped grammar the way VS Code does: vscode-textmate over the Oniguruma WASM build. */
export function loadNewsGrammar(): Promise<vsctm.IGrammar> {
  grammarPromise ??= (async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    // loadWASM returns the same promise when called again, so other suites may load it too.
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) =>
        scopeName === NEWS_SCOPE ? vsctm.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath) : null,
    });
    const grammar = await registry.loadGrammar(NEWS_SCOPE);
    if (!grammar) throw new Error(`grammar ${NEWS_SCOPE} did not load from ${grammarPath}`);
    return grammar;
  })();
  return grammarPromise;
}

/** Tokenizes a whole document, carrying the rule stack across lines; lines split like VS Code (CRLF or LF). */
export function tokenizeDocument(grammar: vsctm.IGrammar, text: string): TokenizedLine[] {
  let state = vsctm.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return {
      text: line,
      tokens: result.tokens.map((t) => ({
        text: line.slice(t.startIndex, Math.min(t.endIndex, line.length)),
        start: t.startIndex,
        scopes: t.scopes,
      })),
    };
  });
}

/**
 * The tokens covering the `occurrence`-th appearance of `needle` in the document.
 * Throws if the needle is absent, so a test never passes vacuously.
 */
export function tokensCovering(lines: TokenizedLine[], needle: string, occurrence = 0): Token[] {
  let seen = 0;
  for (const line of lines) {
    for (let at = line.text.indexOf(needle); at !== -1; at = line.text.indexOf(needle, at + 1)) {
      if (seen++ < occurrence) continue;
      const end = at + needle.length;
      return line.tokens.filter((t) => t.start < end && t.start + t.text.length > at);
    }
  }
  throw new Error(`"${needle}" (occurrence ${occurrence}) not found in the tokenized text`);
}

/** True when every token under `needle` carries `scope` (or a scope starting with `scope.`). */
export function allHaveScope(tokens: Token[], scope: string): boolean {
  return tokens.length > 0 && tokens.every((t) => hasScope(t, scope));
}

/** True when no token under `needle` carries `scope`. */
export function noneHaveScope(tokens: Token[], scope: string): boolean {
  return tokens.every((t) => !hasScope(t, scope));
}

export function hasScope(token: Token, scope: string): boolean {
  return token.scopes.some((s) => s === scope || s.startsWith(`${scope}.`));
}

export function describeTokens(tokens: Token[]): string {
  return tokens.map((t) => `[${t.text}] ${t.scopes.join(' ')}`).join('\n');
}
