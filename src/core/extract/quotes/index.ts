// The quotes plugin: direct quotations with their speakers (file.data.quotes). Runs after
// the actors plugin, whose canonical entities name the speakers.
import type { Plugin } from 'unified';
import type { QuoteMention, Span } from '../../model';
import type { NewsRoot } from '../../parse/types';
import '../data';
import { Positions, scanQuotes } from './scan';
import { splitSentences } from './sentences';
import { attributeQuotes } from './speaker';

export { scanQuotes } from './scan';
export { splitSentences } from './sentences';
export { isBlockQuote } from './speaker';

/** Quote-aware sentences of each tree, kept for the claims plugin that runs next. */
const sentencesByTree = new WeakMap<NewsRoot, Span[]>();

/** The quote-aware sentences of a tree (computed once per tree). */
export function sentencesOf(tree: NewsRoot): Span[] {
  let s = sentencesByTree.get(tree);
  if (!s) {
    s = splitSentences(tree.text, scanQuotes(tree.text));
    sentencesByTree.set(tree, s);
  }
  return s;
}

/** Where sentences may end, collected by scanQuotes for splitSentences (reused: both are synchronous). */
const candidates = new Positions();

/** Quotations in `text` with speakers resolved against the actor mentions. */
export function findQuotes(text: string, actors: Parameters<typeof attributeQuotes>[3] = [], into?: { sentences?: Span[] }): QuoteMention[] {
  candidates.clear();
  const quotes = scanQuotes(text, candidates);
  const sentences = splitSentences(text, quotes, candidates);
  candidates.release();
  if (into) into.sentences = sentences;
  return attributeQuotes(text, quotes, sentences, actors);
}

export const quotesPlugin: Plugin<[], NewsRoot> = function () {
  return (tree, file) => {
    const into: { sentences?: Span[] } = {};
    file.data.quotes = findQuotes(tree.text, file.data.actors ?? [], into);
    if (into.sentences) sentencesByTree.set(tree, into.sentences);
  };
};
