// Which files of the workspace are news sources, by the settings' globs.
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { isBratCopy } from '../core/export';

/** Every source in the workspace by the settings' globs (sidecars and excluded files left out). */
export async function findSources(): Promise<vscode.Uri[]> {
  const c = vscode.workspace.getConfiguration('newsmark');
  const globs = c.get<string[]>('sourceGlobs', []);
  const exclude = ['**/*.annotations.yaml', '**/.git/**', ...c.get<string[]>('excludeGlobs', [])];
  const found = new Map<string, vscode.Uri>();
  for (const g of globs) for (const uri of await vscode.workspace.findFiles(g, `{${exclude.join(',')}}`)) found.set(uri.toString(), uri);
  return [...found.values()].filter((u) => !isBratCopyUri(u)).sort((a, b) => a.path.localeCompare(b.path));
}

/** A .txt beside a brat .ann of the same name is a brat document (our export's copy), not a source. */
export function isBratCopyUri(uri: vscode.Uri): boolean {
  return uri.scheme === 'file' && isBratCopy(uri.fsPath, existsSync);
}
