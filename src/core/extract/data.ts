// What each plugin reports on the vfile (retext style: analysis reports, it never draws).
import type { ActorMention, ClaimMention, DateMention, PublishedSource, QuoteMention } from '../model';

declare module 'vfile' {
  interface DataMap {
    published: string | null;
    publishedSource: PublishedSource;
    actors: ActorMention[];
    dates: DateMention[];
    quotes: QuoteMention[];
    claims: ClaimMention[];
  }
}
export {};
