// Settings typed once, defaults merged in one function (CRAFT #11). Defaults mirror
// package.json contributes.configuration.
import * as vscode from 'vscode';

export interface NewsmarkSettings {
  sourceGlobs: string[];
  excludeGlobs: string[];
  maxFileSizeMB: number;
  highlight: { actors: boolean; dates: boolean; quotes: boolean; claims: boolean };
  showSpeakers: boolean;
  debounceMs: number;
  indexWorkspace: boolean;
}

export const DEFAULT_SETTINGS: NewsmarkSettings = {
  sourceGlobs: ['**/*.txt', '**/*.md'],
  excludeGlobs: ['**/{README,CHANGELOG,LICENSE,CONTRIBUTING,NOTICE}*', '**/node_modules/**'],
  maxFileSizeMB: 10,
  highlight: { actors: true, dates: true, quotes: true, claims: true },
  showSpeakers: true,
  debounceMs: 150,
  indexWorkspace: true,
};

export function readSettings(): NewsmarkSettings {
  const c = vscode.workspace.getConfiguration('newsmark');
  const d = DEFAULT_SETTINGS;
  return {
    sourceGlobs: c.get<string[]>('sourceGlobs', d.sourceGlobs),
    excludeGlobs: c.get<string[]>('excludeGlobs', d.excludeGlobs),
    maxFileSizeMB: c.get<number>('maxFileSizeMB', d.maxFileSizeMB),
    highlight: {
      actors: c.get<boolean>('highlight.actors', d.highlight.actors),
      dates: c.get<boolean>('highlight.dates', d.highlight.dates),
      quotes: c.get<boolean>('highlight.quotes', d.highlight.quotes),
      claims: c.get<boolean>('highlight.claims', d.highlight.claims),
    },
    showSpeakers: c.get<boolean>('showSpeakers', d.showSpeakers),
    debounceMs: c.get<number>('debounceMs', d.debounceMs),
    indexWorkspace: c.get<boolean>('indexWorkspace', d.indexWorkspace),
  };
}
