// The quotes plugin: direct quotations with their speakers (file.data.quotes). Runs after
// the actors plugin, whose canonical entities name the speakers.
import type { Plugin } from 'unified';
import type { QuoteMention } from '../../model';
import type { NewsRoot } from '../../parse/types';
import '../data';
import { scanQuotes } from './scan';
import { splitSentences } from './sentences';
import { attributeQuotes } from './speaker';

export { scanQuotes } from './scan';
export { splitSentences } from './sentences';

/** Quotations in `text` with speakers resolved against the actor mentions. */
export function findQuotes(text: string, actors: Parameters<typeof attributeQuotes>[3] = []): QuoteMention[] {
  const quotes = scanQuotes(text);
  return attributeQuotes(text, quotes, splitSentences(text, quotes), actors);
}

export const quotesPlugin: Plugin<[], NewsRoot> = function () {
  return (tree, file) => {
    file.data.quotes = findQuotes(tree.text, file.data.actors ?? []);
  };
};
