// What an article says about its people beyond their names, for "she said" and "the
// Ukrainian leader said": each person's gender (an honorific before a mention, else a given
// name) and country (a nationality or a country's name in the title around a mention:
// "Ukrainian President Volodymyr Zelensky", "Ukraine's president, Volodymyr Zelensky",
// "President Vladimir V. Putin of Russia"). Both are worked out on first use only.
import type { ActorMention } from '../../model';
import { givenNameGender, honorificGender, type Gender } from '../../lexicon/gender';
import { DEMONYM_COUNTRIES } from '../../lexicon/demonyms';
import { TITLES as NAME_TITLES } from '../../lexicon/people';
import { ROLE_NOUNS } from './lexicon';

export type { Gender };

/** Words a title may hold between a nationality and a name: "Ukrainian President", "the Russian leader,". */
const TITLE_FILLER = new Set(['the', 'of', 'former', 'then', 'acting', 'late', ',']);

/** The pronoun's gender: "he" → male, "she" → female. */
export function pronounGender(word: string): Gender | undefined {
  return word === 'he' ? 'male' : word === 'she' ? 'female' : undefined;
}

export class People {
  private genders: Map<string, Gender> | undefined;
  private countries: Map<string, Map<string, number>> | undefined;

  constructor(
    private readonly text: string,
    /** Actor mentions sorted by start. */
    private readonly sorted: readonly ActorMention[],
  ) {}

  /** The person's gender when the article shows it; undefined when it does not (or says both). */
  gender(entity: string): Gender | undefined {
    if (!this.genders) this.genders = this.findGenders();
    return this.genders.get(entity);
  }

  /** Whether a "he"/"she" can refer to the person: the genders agree or one is unknown. */
  fits(entity: string, gender: Gender | undefined): boolean {
    if (!gender) return true;
    const g = this.gender(entity);
    return g === undefined || g === gender;
  }

  /** The one person the article ties to a country most often ("the French president" → the
   * person introduced as French, or as France's president); undefined when nobody or a tie. */
  personOf(country: string): string | undefined {
    if (!this.countries) this.countries = this.findCountries();
    const counts = this.countries.get(country);
    if (!counts) return undefined;
    let best: string | undefined;
    let most = 0;
    let tie = false;
    for (const [entity, n] of counts) {
      if (n > most) [best, most, tie] = [entity, n, false];
      else if (n === most) tie = true;
    }
    return tie ? undefined : best;
  }

  private findGenders(): Map<string, Gender> {
    const votes = new Map<string, number>(); // honorifics: > 0 male, < 0 female
    for (const a of this.sorted) {
      if (a.type !== 'person') continue;
      const g = honorificGender(this.text, a.start);
      const v = g === 'male' ? 1 : g === 'female' ? -1 : 0;
      votes.set(a.entity, (votes.get(a.entity) ?? 0) + v);
    }
    const out = new Map<string, Gender>();
    for (const [entity, v] of votes) {
      if (v !== 0) {
        out.set(entity, v > 0 ? 'male' : 'female');
        continue;
      }
      const space = entity.indexOf(' ');
      if (space < 0) continue; // a surname alone says nothing
      const g = givenNameGender(entity.slice(0, space));
      if (g) out.set(entity, g);
    }
    return out;
  }

  private findCountries(): Map<string, Map<string, number>> {
    const out = new Map<string, Map<string, number>>();
    const byEnd = new Map<number, ActorMention>();
    const byStart = new Map<number, ActorMention>();
    for (const a of this.sorted) {
      if (a.type !== 'place') continue;
      byEnd.set(a.end, a);
      byStart.set(a.start, a);
    }
    const placeEndingAt = (end: number) => byEnd.get(end);
    const placeStartingAt = (start: number) => byStart.get(start);
    for (const a of this.sorted) {
      if (a.type !== 'person') continue;
      const country = this.countryBefore(a.start, placeEndingAt) ?? this.countryAfter(a.end, placeStartingAt);
      if (!country) continue;
      const counts = out.get(country) ?? new Map<string, number>();
      counts.set(a.entity, (counts.get(a.entity) ?? 0) + 1);
      out.set(country, counts);
    }
    return out;
  }

  /** "Ukrainian President X", "Ukraine's president, X", "the Russian leader, X". */
  private countryBefore(at: number, placeEndingAt: (end: number) => ActorMention | undefined): string | undefined {
    const from = Math.max(0, at - 60);
    const window = this.text.slice(from, at);
    const words = [...window.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.’'-]*|,/gu)];
    let titles = 0;
    for (let k = words.length - 1; k >= 0 && k >= words.length - 5; k--) {
      const w = words[k][0];
      const start = from + words[k].index!;
      // Nothing but spaces may stand between two words of a title.
      const next = k + 1 < words.length ? from + words[k + 1].index! : at;
      if (/[^\s,]/.test(this.text.slice(start + w.length, next))) return undefined;
      const bare = w.replace(/\.$/, '');
      if (TITLE_FILLER.has(w.toLowerCase())) continue;
      if (NAME_TITLES.has(w) || NAME_TITLES.has(bare) || ROLE_NOUNS.has(w.toLowerCase())) {
        titles++;
        continue;
      }
      const demonym = DEMONYM_COUNTRIES.get(w);
      if (demonym) return titles > 0 || k === words.length - 1 ? demonym : undefined;
      const possessive = /['’]s$/.test(w) ? start + w.length - 2 : -1;
      const place = placeEndingAt(possessive >= 0 ? possessive : start + w.length);
      // "Ukraine's president, X", or a possessive right before the name: "Russia's Vladimir Putin".
      return place && (titles > 0 || (possessive >= 0 && k === words.length - 1)) ? place.entity : undefined;
    }
    return undefined;
  }

  /** "Volodymyr Zelensky of Ukraine". */
  private countryAfter(end: number, placeStartingAt: (start: number) => ActorMention | undefined): string | undefined {
    const m = /^,? of (?:the )?/.exec(this.text.slice(end, end + 10));
    return m ? placeStartingAt(end + m[0].length)?.entity : undefined;
  }
}
