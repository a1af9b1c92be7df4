// The claims plugin: sentences a fact-checker would want to verify (file.data.claims), each
// with its kind. Runs after the quotes plugin, whose speakers tell attributed quotations
// from free-standing ones.
import type { Plugin } from 'unified';
import type { ClaimMention, QuoteMention, Span } from '../../model';
import type { NewsRoot } from '../../parse/types';
import '../data';
import { isBlockQuote, sentencesOf } from '../quotes';
import { scanQuotes } from '../quotes/scan';
import { splitSentences } from '../quotes/sentences';
import { claimKind, isClaim, releaseWordScratch, sentenceFacts } from './features';

const NO_QUOTES: readonly QuoteMention[] = Object.freeze([]);

/**
 * Claims in `text`; `quotes` are the quotes plugin's output (speakers included) and
 * `sentences` its quote-aware sentences when already computed.
 */
export function findClaims(text: string, quotes: readonly QuoteMention[], sentences?: readonly Span[]): ClaimMention[] {
  const out: ClaimMention[] = [];
  const sorted = quotes.filter((q) => !isBlockQuote(q)).sort((a, b) => a.start - b.start);
  let qi = 0;
  for (const span of sentences ?? splitSentences(text, scanQuotes(text))) {
    while (qi < sorted.length && sorted[qi].end <= span.start) qi++;
    let qj = qi;
    while (qj < sorted.length && sorted[qj].start < span.end) qj++;
    const facts = sentenceFacts(text, span, qj > qi ? sorted.slice(qi, qj) : NO_QUOTES);
    if (!isClaim(facts)) continue;
    out.push({ start: span.start, end: span.end, text: facts.text, kind: claimKind(facts) });
  }
  releaseWordScratch();
  return out;
}

export const claimsPlugin: Plugin<[], NewsRoot> = function () {
  return (tree, file) => {
    file.data.claims = findClaims(tree.text, file.data.quotes ?? [], sentencesOf(tree));
  };
};
