// Lookups the attribution needs, each in constant or logarithmic time: actor mentions by
// offset, tokens by offset, counts in sorted offset lists.
import type { ActorMention } from '../../model';
import type { Tok } from './tokens';

export const POSSESSIVE = /[’']s?$/;

/** Index of the first token starting at or after `pos` (tokens are in order). */
export function firstAtOrAfter(toks: readonly Tok[], pos: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of values in a sorted array that are <= x. */
export function countUpTo(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Actor mentions sorted by start, looked up by start or end offset (binary search, no index to build). */
export class Mentions {
  readonly sorted: ActorMention[];
  private byLastWord: Map<string, string> | undefined;
  constructor(actors: readonly ActorMention[]) {
    const inOrder = actors.every((a, i) => i === 0 || actors[i - 1].start <= a.start);
    this.sorted = inOrder ? (actors as ActorMention[]) : [...actors].sort((a, b) => a.start - b.start);
  }
  /** Index of the last mention starting before `pos`, or -1. */
  indexBefore(pos: number): number {
    const s = this.sorted;
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
  /** The mention starting exactly at `pos`. */
  startingAt(pos: number): ActorMention | undefined {
    const s = this.sorted;
    const lo = this.indexBefore(pos) + 1; // first mention starting at or after pos
    return lo < s.length && s[lo].start === pos ? s[lo] : undefined;
  }
  /** A mention ending exactly at `pos` that starts at or after `from`. */
  endingAt(pos: number, from: number): ActorMention | undefined {
    const s = this.sorted;
    // Mentions starting before pos, latest first; a name is short, so look back a few only.
    const lo = this.indexBefore(pos) + 1;
    for (let k = lo - 1; k >= 0 && k >= lo - 4 && s[k].start >= from; k--) if (s[k].end === pos) return s[k];
    return undefined;
  }
  /** The person entity whose name ends with this word ("kupchan" → Cliff Kupchan); built on first use. */
  personByLastWord(word: string): string | undefined {
    if (!this.byLastWord) {
      this.byLastWord = new Map();
      for (const a of this.sorted) {
        if (a.type !== 'person') continue;
        const last = a.entity.slice(a.entity.lastIndexOf(' ') + 1).toLowerCase();
        if (!this.byLastWord.has(last)) this.byLastWord.set(last, a.entity);
      }
    }
    return this.byLastWord.get(word);
  }
  /** The actor named by a token (the mention ends at the token end, or before its ’s). */
  at(t: Tok): { actor: ActorMention; possessive: boolean } | undefined {
    const a = this.endingAt(t.end, t.start - 40);
    if (a) return { actor: a, possessive: false };
    if (POSSESSIVE.test(t.text)) {
      const cut = t.text.endsWith('s') ? 2 : 1;
      const b = this.endingAt(t.end - cut, t.start - 40);
      if (b) return { actor: b, possessive: true };
    }
    return undefined;
  }
}

