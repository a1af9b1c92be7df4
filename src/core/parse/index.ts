// The news parser as a unified plugin: text in, NewsRoot out (see parse-news.ts for the
// tokenization decisions and types.ts for the tree).
import type { Plugin } from 'unified';
import { parseNews } from './parse-news';
import type { NewsRoot } from './types';

export { parseNews };

export const newsParser: Plugin<[], string, NewsRoot> = function () {
  this.parser = (doc) => parseNews(String(doc));
};
