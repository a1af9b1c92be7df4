// One canonical name per real-world actor in a document: the longest full name seen (the
// well-known form for well-known people: "Vladimir V. Putin" → "Vladimir Putin"), a
// lexicon's name for known places and organizations ("U.S." → "United States"), and the
// full name of well-known people named by surname alone ("Trump" → "Donald Trump").
import type { ActorMention, ActorType } from '../../model';
import { FIRST_NAMES, WELL_KNOWN_PEOPLE } from '../../lexicon/people';
import { givenNameGender, honorificGender, type Gender } from '../../lexicon/gender';
import type { Recognized } from './recognize';
import { lowerCased } from './lower';

/** Well-known people by surname; a surname two of them share ("Johnson": Boris, Mike) names
 * neither on its own, since a lone "Johnson" in an article may be anybody. */
const WELL_KNOWN = new Map<string, string>();
/** Every well-known full name by surname, for names written in full ("Hillary Rodham Clinton"). */
const WELL_KNOWN_ALL = new Map<string, string[]>();
for (const full of WELL_KNOWN_PEOPLE) {
  const words = full.split(' ');
  const surname = words[words.length - 1];
  WELL_KNOWN_ALL.set(surname, [...(WELL_KNOWN_ALL.get(surname) ?? []), full]);
}
for (const [surname, names] of WELL_KNOWN_ALL) if (names.length === 1) WELL_KNOWN.set(surname, names[0]);

/** JavaScript's \s. */
function isSpace(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const wordsCache = new Map<string, string[]>();

/** The words of a name (shared arrays: read them, never change them). A name without
 * whitespace, the most common, is its own single word (no cache lookup). */
function words(name: string): string[] {
  let single = name.length > 0;
  for (let i = 0; i < name.length && single; i++) single = !isSpace(name.charCodeAt(i));
  if (single) return [name];
  let w = wordsCache.get(name);
  if (w === undefined) {
    w = name.split(/\s+/).filter(Boolean);
    if (wordsCache.size >= 20_000) wordsCache.clear();
    wordsCache.set(name, w);
  }
  return w;
}

/** `text.slice(start, end)` with each run of whitespace made one space; the regular
 * expression runs only when some run is not already a single space. */
function surfaceOf(text: string, start: number, end: number): string {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c) && (c !== 0x20 || (i + 1 < end && isSpace(text.charCodeAt(i + 1))))) return text.slice(start, end).replace(/\s+/g, ' ');
  }
  return text.slice(start, end);
}

/** Whether some character has an upper-case form of its own (`s !== s.toUpperCase()`), with
 * ASCII lower-case letters decided without upper-casing. */
function hasLowerCase(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return true;
    if (c >= 0x80) return s !== s.toUpperCase();
  }
  return false;
}


/** "Donald" and "Donald", its initial "D.", or another spelling ("Dmitri", "Dmitry"). */
function sameGivenName(known: string, seen: string): boolean {
  if (known === seen || (/^[A-Z]\.?$/.test(seen) && known[0] === seen[0])) return true;
  return known.length >= 5 && seen.length >= 5 && known.slice(0, 5) === seen.slice(0, 5);
}

/** Two full names with one surname name one person when their given names agree ("Vladimir",
 * "V.", "Dmitri"/"Dmitry") and their middle initials do not differ ("George W." is not "George H. W."). */
function samePerson(a: string[], b: string[]): boolean {
  if (!sameGivenName(a[0], b[0]) && !sameGivenName(b[0], a[0])) return false;
  const middle = (w: string[]) => w.slice(1, -1).join(' ');
  return a.length < 3 || b.length < 3 || middle(a) === middle(b);
}

/** A person named in full in the document: the fullest form seen, and where its full names are. */
interface FullName {
  words: string[];
  name: string;
  /** Starts of the mentions written in full, in document order. */
  starts: number[];
  gender?: Gender;
}

/** "Vander Plaats" in "Bob Vander Plaats", "Rodham Clinton" in "Hillary Rodham Clinton": a
 * surname of several words (or a middle and a last name) is the full name's tail. */
function endsWith(full: string[], tail: string[]): boolean {
  if (tail.length >= full.length) return false;
  for (let k = 1; k <= tail.length; k++) if (full[full.length - k] !== tail[tail.length - k]) return false;
  return true;
}

/** The longer of two forms of one name: more words, else more characters ("Vladimir V. Putin"). */
function fuller(a: string[], b: string[], an: string, bn: string): boolean {
  return a.length !== b.length ? a.length > b.length : an.length > bn.length;
}

/** A full name's entity: the well-known form when it names that person ("Donald J. Trump",
 * "Vladimir V. Putin", "D. Trump" → "Donald Trump"), else the name as written, middle
 * initials kept ("Erica L. Green"), as the guidelines' gold writes them. */
function personName(full: string): string {
  const w = nameCore(words(full));
  const known = WELL_KNOWN_ALL.get(w[w.length - 1])?.find((k) => sameGivenName(words(k)[0], w[0]) && samePerson(words(k), w));
  return known ?? full;
}

/** Generational suffixes, which follow the surname: "Joseph R. Biden Jr.", "John G. Roberts Jr.". */
const SUFFIXES = new Set(['Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV']);

/** A person name's words without a generational suffix: the surname is last. */
export function nameCore(w: string[]): string[] {
  return w.length > 2 && SUFFIXES.has(w[w.length - 1]) ? w.slice(0, -1) : w;
}

/** "Cullison, Alan" (wire author lists) → "Alan Cullison"; other names unchanged. */
function naturalOrder(name: string): string {
  const comma = name.indexOf(', ');
  if (comma < 0) return name;
  const given = name.slice(comma + 2).replace(/ ([A-Z])$/, ' $1.');
  return `${given} ${name.slice(0, comma)}`;
}

export function resolveEntities(text: string, found: Recognized[]): ActorMention[] {
  const surfaces = found.map((m) => {
    const s = surfaceOf(text, m.start, m.end);
    return m.type === 'person' ? naturalOrder(s) : s;
  });
  const surfaceWords = surfaces.map((s) => words(s));
  // Full person names (two words or more), grouped by surname into people: "Vladimir V.
  // Putin" and "Vladimir Putin" are one, with the fuller form as the name; "Ivan" and
  // "Kateryna Zakharko" are two.
  const bySurname = new Map<string, FullName[]>();
  found.forEach((m, i) => {
    if (m.type !== 'person') return;
    const w = nameCore(surfaceWords[i]);
    if (w.length < 2) return;
    const last = w[w.length - 1];
    let people = bySurname.get(last);
    if (!people) bySurname.set(last, (people = []));
    let p = people.find((q) => samePerson(q.words, w));
    if (!p) people.push((p = { words: w, name: surfaces[i], starts: [] }));
    else if (fuller(w, p.words, surfaces[i], p.name)) [p.words, p.name] = [w, surfaces[i]];
    p.starts.push(m.start);
    p.gender ??= honorificGender(text, m.start);
  });
  // "Vander Plaats" beside "Bob Vander Plaats" is not a person of its own but the tail of
  // that full name (the entity lookup below finds the full name by its tail).
  for (const [surname, people] of bySurname) {
    if (people.length < 2) continue;
    const kept = people.filter((p) => FIRST_NAMES.has(p.words[0]) || !people.some((q) => q !== p && endsWith(q.words, p.words)));
    if (kept.length !== people.length) bySurname.set(surname, kept);
  }
  const byFirst = new Map<string, FullName>();
  for (const people of bySurname.values()) {
    for (const p of people) {
      p.gender ??= givenNameGender(p.words[0]);
      if (!byFirst.has(p.words[0])) byFirst.set(p.words[0], p);
    }
  }
  /** The person a lone surname names: the only one of that surname; else, among those an
   * honorific's gender allows ("Ms. Zakharko"), those with a real given name ("Had Sanders"
   * is a tagging slip), then the one introduced first: an article names its main bearer of a
   * surname first and calls the others by their full or given names ("Ted Cruz", "Heidi Cruz"). */
  const personBySurname = (surname: string, at: number): FullName | undefined => {
    const people = bySurname.get(surname);
    if (!people || people.length < 2) return people?.[0];
    const g = honorificGender(text, at);
    const allowed = g ? people.filter((p) => p.gender === undefined || p.gender === g) : people;
    const pool = allowed.length ? allowed : people;
    // "Trump" beside "Melania Trump" and "Donald Trump": the well-known bearer of the surname
    // (the honorific's gender, "Ms. Trump", was applied first).
    const known = WELL_KNOWN.get(surname);
    const famous = known ? pool.find((p) => personName(p.name) === known) : undefined;
    if (famous) return famous;
    const given = (p: FullName) => (FIRST_NAMES.has(p.words[0]) || givenNameGender(p.words[0]) || /^[A-Z]\.$/.test(p.words[0]) ? 1 : 0);
    let best = pool[0];
    for (const p of pool.slice(1)) if (given(p) - given(best) > 0 || (given(p) === given(best) && p.starts[0] < best.starts[0])) best = p;
    return best;
  };
  const orgByFirst = new Map<string, string | null>();
  found.forEach((m, i) => {
    const w = surfaceWords[i];
    if (m.type !== 'organization' || w.length < 2 || m.known) return;
    const prev = orgByFirst.get(w[0]);
    if (prev === undefined) orgByFirst.set(w[0], surfaces[i]);
    else if (prev !== null && prev !== surfaces[i]) orgByFirst.set(w[0], null);
  });
  const shortFormOf = (word: string): string | undefined => orgByFirst.get(word) ?? undefined;
  // Datelines and headlines in capitals ("HALDEN") name what the body writes "Halden"
  // (built at the first name in capitals: most documents have none).
  let byLower: Map<string, string> | undefined;
  const inLowerCase = (written: string): string | undefined => {
    if (!byLower) {
      byLower = new Map<string, string>();
      for (const sf of surfaces) if (hasLowerCase(sf)) byLower.set(lowerCased(sf), sf);
    }
    return byLower.get(lowerCased(written));
  };

  const entityOf = (m: Recognized, written: string): string => {
    if (m.known) return m.known;
    const surface = written.length > 3 && !hasLowerCase(written) ? (inLowerCase(written) ?? written) : written;
    // "Voltaris" after "Voltaris Energy": the short form of an organization named in full —
    // unless the word reads as a place ("in Ashford" beside "Ashford Ledger"): a place that
    // heads an organization's name is not that organization.
    // An acronym heading a longer name names a part of it ("DNC Rules Committee"), not the
    // same body: "DNC" stays the DNC.
    const short = surface.includes(' ') || m.type === 'place' || !hasLowerCase(surface) ? undefined : shortFormOf(surface);
    if (short !== undefined && !bySurname.has(surface) && !byFirst.has(surface) && !WELL_KNOWN.has(surface)) {
      m.type = 'organization';
      return short;
    }
    // A lone surname is the person of that surname in the document, whatever the tagger guessed.
    if (m.type !== 'person' && !surface.includes(' ') && (bySurname.has(surface) || WELL_KNOWN.has(surface))) m.type = 'person';
    if (m.type === 'person') {
      const w = nameCore(words(surface));
      if (w.length > 1) {
        const people = bySurname.get(w[w.length - 1]);
        const same = people?.find((p) => samePerson(p.words, w)) ?? (FIRST_NAMES.has(w[0]) ? undefined : people?.find((p) => endsWith(p.words, w)));
        return personName(same?.name ?? surface);
      }
      // A lone surname: the person of that surname in the document; a lone given name
      // ("Vladimir") the full name it starts; else a well-known bearer of the surname.
      const full = personBySurname(surface, m.start) ?? (FIRST_NAMES.has(surface) ? byFirst.get(surface) : undefined);
      if (full) return personName(full.name);
      return WELL_KNOWN.get(surface) ?? surface;
    }
    if (m.type === 'organization' && words(surface).length === 1 && hasLowerCase(surface)) return shortFormOf(surface) ?? surface;
    return surface;
  };

  const mentions: ActorMention[] = found.map((m, i) => {
    const entity = entityOf(m, surfaces[i]); // may correct m.type first
    return { start: m.start, end: m.end, text: text.slice(m.start, m.end), type: m.type, entity };
  });

  // One type per entity: the most frequent, a person on ties.
  const votes = new Map<string, Map<ActorType, number>>();
  mentions.forEach((m, i) => {
    let v = votes.get(m.entity);
    if (!v) votes.set(m.entity, (v = new Map<ActorType, number>()));
    v.set(m.type, (v.get(m.type) ?? 0) + (found[i].firm ? 3 : 1));
  });
  const winners = new Map<string, ActorType>();
  for (const [entity, v] of votes) if (v.size > 1) winners.set(entity, [...v.entries()].sort((a, b) => b[1] - a[1] || (a[0] === 'person' ? -1 : b[0] === 'person' ? 1 : 0))[0][0]);
  if (winners.size) {
    for (const m of mentions) {
      const w = winners.get(m.entity);
      if (w !== undefined) m.type = w;
    }
  }
  return mentions;
}
