// The syntax tree the extraction pipeline runs on: unist-compatible (type/children), in the
// spirit of nlcst (Root > Paragraph > Sentence > Word | Punctuation | WhiteSpace | Symbol),
// but with plain numeric offsets on every node, because every consumer needs offsets and
// computing line/column for each token would cost more than the tokenizing itself.
import type { Node, Parent } from 'unist';

export interface Offsets {
  /** UTF-16 index of the first character (inclusive). */
  start: number;
  /** UTF-16 index after the last character (exclusive). */
  end: number;
}

export type TokenKind = 'word' | 'number' | 'punctuation' | 'quote' | 'symbol' | 'whitespace';

export interface TokenNode extends Node, Offsets {
  type: 'WordNode' | 'PunctuationNode' | 'WhiteSpaceNode' | 'SymbolNode';
  kind: TokenKind;
  value: string;
  /** Index of this token in NewsRoot.tokens (the flat token array); -1 for whitespace. */
  index: number;
  /** On quotation marks (kind 'quote') only: whether the mark opens or closes a quotation. */
  quote?: 'open' | 'close';
}

export interface SentenceNode extends Parent, Offsets {
  type: 'SentenceNode';
  children: TokenNode[];
}

export interface ParagraphNode extends Parent, Offsets {
  type: 'ParagraphNode';
  children: SentenceNode[];
}

export interface NewsRoot extends Parent, Offsets {
  type: 'RootNode';
  children: ParagraphNode[];
  /** Every non-whitespace token in document order (flat view for fast scanning). */
  tokens: TokenNode[];
  /** The full source text. */
  text: string;
}
