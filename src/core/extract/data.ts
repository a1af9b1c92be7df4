// What each plugin reports on the vfile (retext style: analysis reports, it never draws).
import type { KnownName } from './actors/recognize';
import type { ActorMention, ClaimMention, DateMention, PublishedSource, QuoteMention } from '../model';

declare module 'vfile' {
  interface DataMap {
    published: string | null;
    publishedSource: PublishedSource;
    actors: ActorMention[];
    dates: DateMention[];
    quotes: QuoteMention[];
    claims: ClaimMention[];
    /** Names established elsewhere in the document (set by incremental re-analysis). */
    knownNames: KnownName[];
  }
}
export {};
