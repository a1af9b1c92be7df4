// The dates plugin: every temporal expression in the text, with its TIMEX3 value resolved
// against the publication date set by publishedPlugin.
import type { Plugin } from 'unified';
import type { NewsRoot } from '../../parse/types';
import type { ActorMention, DateMention } from '../../model';
import { recognizeDates } from './recognize';
import '../data';

/** Temporal expressions in text; relative ones resolved against published (YYYY-MM-DD). */
export function findDates(text: string, published: string | null = null): DateMention[] {
  return recognizeDates(text, published);
}

export const datesPlugin: Plugin<[], NewsRoot> = function () {
  return (tree, file) => {
    const dates = recognizeDates(tree.text, file.data.published ?? null);
    file.data.dates = dates;
    // A time is no actor ("Christmas", "Memorial Day", the "Christmas" of "Christmas Eve" taken
    // for names): the actors plugin ran first, and the quotes plugin after this one sees the
    // actors without them.
    const actors = file.data.actors;
    if (actors?.length && dates.length) file.data.actors = withoutDates(actors, dates);
  };
};

/** The actor mentions that lie inside no date (dates do not overlap one another). */
export function withoutDates(actors: ActorMention[], dates: readonly DateMention[]): ActorMention[] {
  const byStart = dates.every((d, k) => k === 0 || dates[k - 1].start <= d.start) ? dates : [...dates].sort((a, b) => a.start - b.start);
  const kept = actors.filter((a) => {
    // The last date starting at or before the actor: the only one that can hold it.
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid].start <= a.start) lo = mid + 1;
      else hi = mid;
    }
    const d = byStart[lo - 1];
    return !(d && a.end <= d.end);
  });
  return kept.length === actors.length ? actors : kept;
}
