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

/** Actor mentions sorted by start, looked up by start or end offset. */
export class Mentions {
  readonly byEnd = new Map<number, ActorMention>();
  readonly byStart = new Map<number, ActorMention>();
  readonly sorted: ActorMention[];
  private byLastWord: Map<string, string> | undefined;
  constructor(actors: readonly ActorMention[]) {
    const inOrder = actors.every((a, i) => i === 0 || actors[i - 1].start <= a.start);
    this.sorted = inOrder ? (actors as ActorMention[]) : [...actors].sort((a, b) => a.start - b.start);
    for (const a of this.sorted) {
      this.byEnd.set(a.end, a);
      this.byStart.set(a.start, a);
    }
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
    const a = this.byEnd.get(t.end);
    if (a && a.start >= t.start - 40) return { actor: a, possessive: false };
    if (POSSESSIVE.test(t.text)) {
      const cut = t.text.endsWith('s') ? 2 : 1;
      const b = this.byEnd.get(t.end - cut);
      if (b) return { actor: b, possessive: true };
    }
    return undefined;
  }
}

