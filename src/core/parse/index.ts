// The news parser as a unified plugin: text in, NewsRoot out (see parse-news.ts for the
// tokenization decisions and types.ts for the tree).
import type { Plugin } from 'unified';
import { parseNews, type ParseOptions } from './parse-news';
import type { NewsRoot } from './types';

export { parseNews, type ParseOptions };

export const newsParser: Plugin<[ParseOptions?], string, NewsRoot> = function (options) {
  this.parser = (doc) => parseNews(String(doc), options);
};
