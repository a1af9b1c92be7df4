// INTERIM minimal parser so the pipeline compiles; the real tokenizer replaces this file.
import type { Plugin } from 'unified';
import type { NewsRoot, ParagraphNode, SentenceNode, TokenNode } from './types';

export function parseNews(text: string): NewsRoot {
  const tokens: TokenNode[] = [];
  const paragraphs: ParagraphNode[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  const sentence: SentenceNode = { type: 'SentenceNode', start: 0, end: text.length, children: [] };
  while ((m = re.exec(text))) {
    const t: TokenNode = { type: 'WordNode', kind: 'word', value: m[0], start: m.index, end: m.index + m[0].length, index: tokens.length };
    tokens.push(t);
    sentence.children.push(t);
  }
  paragraphs.push({ type: 'ParagraphNode', start: 0, end: text.length, children: [sentence] });
  return { type: 'RootNode', start: 0, end: text.length, children: paragraphs, tokens, text };
}

export const newsParser: Plugin<[], string, NewsRoot> = function () {
  this.parser = (doc) => parseNews(String(doc));
};
