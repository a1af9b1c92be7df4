// The extraction pipeline: a unified processor with the news parser and one plugin per
// annotation kind. Order matters: quotes resolve speakers through the actors, and claims
// look at quotes, actors and dates.
import { unified } from 'unified';
import { VFile } from 'vfile';
import './data';
import type { Extraction, ExtractOptions } from '../model';
import { newsParser } from '../parse';
import type { KnownName } from './actors/recognize';
import type { NewsRoot } from '../parse/types';
import { publishedPlugin } from './dates/published';
import { actorsPlugin } from './actors';
import { datesPlugin } from './dates';
import { quotesPlugin } from './quotes';
import { claimsPlugin } from './claims';

export function createProcessor() {
  return unified()
    .use(newsParser)
    .use(publishedPlugin)
    .use(actorsPlugin)
    .use(datesPlugin)
    .use(quotesPlugin)
    .use(claimsPlugin)
    .freeze();
}

let shared: ReturnType<typeof createProcessor> | undefined;

export function extract(text: string, options: ExtractOptions & { knownNames?: KnownName[] } = {}): Extraction {
  const processor = (shared ??= createProcessor());
  const file = new VFile({ value: text, path: options.source });
  if (options.published) {
    file.data.published = options.published;
    file.data.publishedSource = options.publishedSource ?? 'option';
  }
  if (options.knownNames) file.data.knownNames = options.knownNames;
  const tree = processor.parse(file) as unknown as NewsRoot;
  processor.runSync(tree as never, file);
  return {
    source: options.source ?? '',
    published: file.data.published ?? null,
    publishedSource: file.data.publishedSource ?? 'none',
    actors: file.data.actors ?? [],
    dates: file.data.dates ?? [],
    quotes: file.data.quotes ?? [],
    claims: file.data.claims ?? [],
  };
}
