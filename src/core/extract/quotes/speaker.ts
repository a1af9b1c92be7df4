// Speaker attribution: who said each quotation. One pass over the sentences in document
// order; each quote looks only at its own sentence (and, for pronouns and continuations,
// at what earlier sentences left as the salient speaker), so the cost stays linear.
//
// Order of evidence, strongest first: an attribution right after the quote (“…,” X said /
// said X), a reporting verb before it in the sentence (X said: “…”), a reporting verb later
// in the sentence, "according to X", the sentence's subject, then the previous quote's
// speaker when the quote stands alone (a continuation).
import type { ActorMention, QuoteMention, Span } from '../../model';
import type { FoundQuote } from './scan';
import { tokenize, type Tok } from './tokens';
import { countUpTo, firstAtOrAfter, Mentions, POSSESSIVE } from './mentions';
import { BETWEEN, FIRST_PERSON, PARTICIPLES, PERSONAL, ROLE_NOUNS, SPEECH, TITLES } from './lexicon';
import { People, pronounGender, type Gender } from './people';
import { DEMONYM_COUNTRIES } from '../../lexicon/demonyms';
import { NEVER_NAMES } from '../../lexicon/never-names';

interface Found {
  entity: string | null;
  mention: Span | null;
}

type Subject =
  | { kind: 'named'; entity: string; mention: Span; type: string }
  | { kind: 'pronoun'; word: string; at: number }
  /** "the Ukrainian leader": `country` when the description names one. */
  | { kind: 'description'; mention: Span; country?: string; countryOnly?: boolean }
  /** "the group said": the organization named last. */
  | { kind: 'organization'; mention: Span }
  | { kind: 'anonymous' };

/** A reporting verb as written in running text ("States" in "United States" is not one). */
const isVerb = (t: { lower: string; capital: boolean; quoted: boolean }, set: Set<string>) => !t.capital && set.has(t.lower);

/**
 * A short Title Case quotation with no sentence punctuation: the title of a show, book or
 * song ("American Skin (41 Shots)", "Morning Joe"), not something a person said.
 */
function looksLikeTitle(content: string): boolean {
  if (/[.!?,;:]["'’”]?$/.test(content)) return false;
  const words = content.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? [];
  if (words.length === 0 || words.length > 8) return false;
  const small = /^(?:a|an|the|of|in|on|to|and|or|for|with|at|by|from)$/;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && small.test(w)));
}

/** "…” ― Pamela Padilla": a dash right after the closing mark introduces the speaker. */
const DASH_AFTER = /^\s?[―—–-]/;

/** Words opening an adverbial phrase before the subject: "After the call, …". */
const INTRO = new Set(
  ('after before when while as despite during since although though if because for speaking asked with without under amid ' +
    'following by from over through until unlike like once whether in on at soon later earlier now then still however ' +
    'meanwhile also yet instead moreover separately afterward afterwards last this inside outside among')
    .split(' '),
);
/** Words a subject phrase may start with before its name: "the former", "a senior". */
const SUBJECT_FILLER = new Set(['the', 'a', 'an', 'former', 'then', 'also', 'both', 'and']);
const EXPLETIVE = new Set(['it', 'there', 'this', 'that']);
/** Nouns that describe an organization the text named earlier: "the group posted". */
const ORGANIZATION_NOUNS = new Set(['group', 'company', 'firm', 'agency', 'department', 'ministry', 'campaign', 'union', 'organization', 'organisation', 'association', 'coalition', 'newspaper', 'network', 'bank', 'institute', 'committee']);
/** Words after a name that make it no subject of a verb: "Trump and Clinton", "Trump of New York". */
const CONNECTIVES = new Set(['and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'as', 'than', 'is', 'was', 'has', 'had']);
/** Capitalized words that open a subordinate clause and are never anybody's name ("When pressed"). */
const CLAUSE_OPENERS = new Set(['When', 'If', 'While', 'Although', 'Though', 'Because', 'Unless', 'Whether', 'Once', 'Whenever', 'Wherever', 'Since', 'Until', 'As']);
/** Words that make the name after them an object: "a message to Trump", "on CNN". */
const PREPOSITIONS = new Set(['to', 'on', 'about', 'with', 'at', 'from', 'for', 'in', 'of', 'by', 'against', 'into', 'toward', 'towards']);
/** How far back (in characters) "the company" looks for the organization it stands for. */
const ORGANIZATION_REACH = 1500;
const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another', 'some', 'his', 'her', 'their', 'its', 'two', 'several']);
/** Determiners of somebody the text does not name: "said a person close to the Clintons". */
const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some', 'two', 'several']);
/** Party members are no names: "one senior Democrat said". */
const PARTY_MEMBERS = new Set(['democrat', 'democrats', 'republican', 'republicans', 'conservative', 'conservatives', 'liberal', 'liberals', 'socialist', 'socialists', 'tory', 'tories', 'labourite', 'independent', 'independents']);

/** What the regular expression \s matches. */
function isJsSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** How many sentences back a pronoun may find its person. */
const LOOKBACK = 8;

/** How far (in tokens) attribution looks around a quote: keeps huge sentences linear. */
const REACH = 60;

/** Block quotations (a reposted article in marks): their sentences are read as the article's own. */
const blocks = new WeakSet<QuoteMention>();
export const isBlockQuote = (q: QuoteMention): boolean => blocks.has(q);

export function attributeQuotes(
  text: string,
  quotes: readonly FoundQuote[],
  sentences: readonly Span[],
  actors: readonly ActorMention[],
): QuoteMention[] {
  if (quotes.length === 0) return [];
  const mentions = new Mentions(actors);
  const people = new People(text, mentions.sorted);
  const out: QuoteMention[] = quotes.map((q) => ({ start: q.start, end: q.end, text: text.slice(q.start, q.end), speaker: null, speakerMention: null }));
  quotes.forEach((q, i) => q.block && blocks.add(out[i]));
  const outer = quotes.map((q, i) => ({ q, i })).filter((x) => x.q.parent < 0 && !x.q.block);

  // Sweep state.
  // The person a "he" most likely refers to, for the quote at hand: looked up only when a
  // pronoun or a description needs it, or set by a quote attributed in the same sentence.
  let salientValue: Found | undefined;
  let salientReady = false;
  let currentSentence = 0;
  const salientNow = (): Found | undefined => {
    if (!salientReady) {
      salientValue = salientBefore(currentSentence);
      salientReady = true;
    }
    return salientValue;
  };
  // Tokens of the sentences near the current one, so a sentence is tokenized once.
  // (By sentence index; a sentence's entry is cleared when it falls out of reach.)
  const tokenCache: (Tok[] | undefined)[] = new Array(sentences.length).fill(undefined);
  const tokensOf = (j: number): Tok[] => {
    let t = tokenCache[j];
    if (!t) {
      t = tokenize(text, sentences[j], regions);
      tokenCache[j] = t;
    }
    return t;
  };
  let evicted = 0; // sentences before this index have left the cache
  const evictBefore = (j: number) => {
    for (; evicted < j; evicted++) tokenCache[evicted] = undefined;
  };
  let previous: { found: Found; paragraphEnd: number } | undefined; // last attributed quote
  const lastMention = new Map<string, Span>();
  let mi = 0; // actor pointer for lastMention
  let qi = 0; // quote pointer (by opening mark)

  const advanceMentions = (upTo: number) => {
    while (mi < mentions.sorted.length && mentions.sorted[mi].start < upTo) {
      const a = mentions.sorted[mi++];
      lastMention.set(a.entity, { start: a.start, end: a.end });
    }
  };
  const regions = outer.map((x) => x.q);
  // Line breaks and paragraph starts, found once, looked up by binary search.
  const breaks: number[] = [];
  const paraStarts: number[] = [];
  let nextText = 0; // first non-space after the latest break: blank runs are scanned once
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    breaks.push(i);
    if (nextText <= i) {
      nextText = i + 1;
      while (nextText < text.length && isJsSpace(text.charCodeAt(nextText))) nextText++;
      if (nextText < text.length) paraStarts.push(nextText);
    }
  }
  const paragraphEnd = (i: number) => {
    const k = countUpTo(breaks, i - 1);
    return k < breaks.length ? breaks[k] : text.length;
  };

  /** The nearest organization mentioned in the 300 characters before `at`. */
  const organizationBefore = (at: number, reach = 300): Found | undefined => {
    for (let k = mentions.indexBefore(at); k >= 0 && mentions.sorted[k].start >= at - reach; k--) {
      const a = mentions.sorted[k];
      if (a.type === 'organization') return { entity: a.entity, mention: { start: a.start, end: a.end } };
    }
    return undefined;
  };

  const named = (a: ActorMention): Subject => ({ kind: 'named', entity: a.entity, mention: { start: a.start, end: a.end }, type: a.type });

  /** A capitalized run ending at toks[i] with no actor behind it: "Cliff Kupchan". */
  const nameRun = (toks: Tok[], i: number, lo: number): Subject | undefined => {
    let a = i;
    while (a - 1 >= lo && toks[a - 1].capital && !TITLES.has(toks[a - 1].lower)) a--;
    // "When Sanders": a word that opens clauses is no part of a name (alone, it may be one: "Read said").
    while (a < i && NEVER_NAMES.has(toks[a].text)) a++;
    if (TITLES.has(toks[a].lower) || CLAUSE_OPENERS.has(toks[a].text)) return undefined; // "When pressed, …
    if (a === i && (PARTY_MEMBERS.has(toks[a].lower) || DEMONYM_COUNTRIES.has(toks[a].text))) return undefined; // "one senior Democrat said"
    // A run of capitals ("VOTERS CARE MORE") is a headline, not a name.
    if (i - a >= 2 && toks.slice(a, i + 1).every((t) => t.text.length > 1 && t.text === t.text.toUpperCase())) return undefined;
    const span = { start: toks[a].start, end: POSSESSIVE.test(toks[i].text) ? toks[i].end - 2 : toks[i].end };
    const last = text.slice(span.start, span.end).split(/\s+/).pop()!.toLowerCase();
    const entity = mentions.personByLastWord(last) ?? text.slice(span.start, span.end);
    return { kind: 'named', entity, mention: span, type: 'person' };
  };

  /** The subject noun phrase of a reporting verb at toks[v], looking left no further than lo. */
  const subjectBefore = (toks: Tok[], lo: number, v: number, allowQuoted = false): Subject | undefined => {
    let i = v - 1;
    for (;;) {
      while (i >= lo && toks[i].word && BETWEEN.has(toks[i].lower)) i--;
      if (i < lo || toks[i].text !== ')') break;
      // "Rep. Gwen Moore (D-Wis.) said": the parenthesis is not the subject.
      let j = i - 1;
      while (j >= lo && j > i - 8 && toks[j].text !== '(') j--;
      if (j < lo || toks[j].text !== '(') break;
      i = j - 1;
    }
    if (i < lo || (toks[i].quoted && !allowQuoted)) return undefined;
    const t = toks[i];
    if (t.text === ',') return appositive(toks, lo, i, allowQuoted);
    if (!t.word) return undefined;
    if (PERSONAL.has(t.lower) || FIRST_PERSON.has(t.lower) || t.lower === 'it' || t.lower === 'they') return { kind: 'pronoun', word: t.lower, at: t.start };
    if (t.lower === 'who' || t.lower === 'which') {
      // "Zelensky of Ukraine, who said", "the Police Department which reported"
      for (let j = i - 1; j >= lo && j >= i - 8; j--) {
        const hit = mentions.at(toks[j]);
        if (hit && !hit.possessive && (hit.actor.type === 'person') === (t.lower === 'who')) return named(hit.actor);
      }
      return undefined;
    }
    if (POSSESSIVE.test(t.text)) return undefined; // "Hegseth's announced position"
    const hit = mentions.at(t);
    if (hit && !hit.possessive) return named(hit.actor);
    if (t.capital && !ROLE_NOUNS.has(t.lower)) return nameRun(toks, i, lo) ?? (PARTY_MEMBERS.has(t.lower) ? { kind: 'anonymous' } : undefined);
    return description(toks, lo, i);
  };

  /** "the Ukrainian leader said": a role noun, possibly preceded by adjectives and "the". */
  const description = (toks: Tok[], lo: number, i: number): Subject | undefined => {
    const t = toks[i];
    if (ORGANIZATION_NOUNS.has(t.lower) && i - 1 >= lo && toks[i - 1].lower === 'the') return { kind: 'organization', mention: { start: toks[i - 1].start, end: t.end } };
    if (!ROLE_NOUNS.has(t.lower) && !/^(?:person|source|sources|official|officials|people|aide|aides)$/.test(t.lower)) return undefined;
    let a = i;
    while (a - 1 >= lo && toks[a - 1].word && !/^(?:the|a|an|his|her|their|its)$/.test(toks[a - 1].lower) && a > i - 4) a--;
    const det = a - 1 >= lo ? toks[a - 1].lower : '';
    if (ROLE_NOUNS.has(t.lower)) {
      // "Ukraine’s president said": a country's role, for the person the article ties to it.
      for (let k = a; k < i; k++) {
        const hit = mentions.at(toks[k]);
        if (hit?.possessive && hit.actor.type === 'place') return { kind: 'description', mention: { start: hit.actor.start, end: t.end }, country: hit.actor.entity, countryOnly: true };
      }
    }
    if (det !== 'the' || !ROLE_NOUNS.has(t.lower)) return { kind: 'anonymous' };
    let country: string | undefined;
    for (let k = a; k < i && !country; k++) country = DEMONYM_COUNTRIES.get(toks[k].text);
    return { kind: 'description', mention: { start: toks[a].start, end: t.end }, country };
  };

  /** "X, chairman of Y, said": walk back over comma-separated segments to a named person. */
  const appositive = (toks: Tok[], lo: number, comma: number, allowQuoted: boolean): Subject | undefined => {
    let fallback: Subject | undefined;
    let end = comma; // segment is toks[a..end-1]
    for (let seg = 0; seg < 4 && end > lo; seg++) {
      if (toks[end - 1].text === ')') {
        // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said"
        let j = end - 2;
        while (j > lo && j > end - 10 && toks[j].text !== '(') j--;
        if (toks[j].text === '(' && j > lo) end = j;
      }
      const last = toks[end - 1];
      if (last.quoted && !allowQuoted) break;
      const hit = last.word ? mentions.at(last) : undefined;
      if (hit && !hit.possessive) {
        if (hit.actor.type === 'person') return named(hit.actor);
        fallback ??= named(hit.actor);
      } else if (last.capital && !hit && !ROLE_NOUNS.has(last.lower)) {
        const run = nameRun(toks, end - 1, lo);
        if (run && seg > 0) return run;
      }
      let a = end - 1;
      while (a > lo && toks[a - 1].text !== ',') a--;
      if (a <= lo) break;
      end = a - 1;
    }
    return fallback;
  };

  /** "said Mr. Trump", "said the Kremlin spokesman Dmitri Peskov". */
  const subjectAfter = (toks: Tok[], v: number, hi: number): Subject | undefined => {
    let i = v + 1;
    if (i < hi && (PERSONAL.has(toks[i].lower) || toks[i].lower === 'they')) return { kind: 'pronoun', word: toks[i].lower, at: toks[i].start };
    // "said a person close to the Clintons", "said an adviser to Senator Cruz": somebody the
    // text does not name; a person named right after a role or a comma is that somebody
    // ("said a Kremlin spokesman, Dmitri Peskov").
    const indefinite = i < hi && INDEFINITE.has(toks[i].lower);
    for (let k = 0; i < hi && k < 7; i++, k++) {
      const t = toks[i];
      if (!t.word || t.quoted) break;
      const a = mentions.startingAt(t.start);
      if (indefinite) {
        const prev = toks[i - 1];
        if (a && a.type === 'person' && (ROLE_NOUNS.has(prev.lower) || prev.text === ',')) return named(a);
        if (toks[i + 1]?.text === ',' && i + 2 < hi) {
          const apposed = mentions.startingAt(toks[i + 2].start);
          if (apposed && apposed.type === 'person') return named(apposed);
        }
        continue;
      }
      if (a) {
        // Prefer a person named after an organization in the same phrase: "the Kremlin spokesman Dmitri Peskov".
        if (a.type !== 'person') {
          for (let j = i + 1; j < hi && j < i + 5 && toks[j].word; j++) {
            const b = mentions.startingAt(toks[j].start);
            if (b && b.type === 'person') return named(b);
          }
        }
        return named(a);
      }
      if (t.capital && ROLE_NOUNS.has(t.lower) && i + 1 < hi && toks[i + 1].capital) continue; // "said Representative Charles Rangel"
      if (t.capital && !TITLES.has(t.lower) && !ROLE_NOUNS.has(t.lower)) {
        let j = i;
        while (j + 1 < hi && toks[j + 1].capital) j++;
        return nameRun(toks, j, i);
      }
      if (ROLE_NOUNS.has(t.lower) || ORGANIZATION_NOUNS.has(t.lower)) {
        // "said the county auditor, Miriam Haskett": the name in apposition.
        const apposed = toks[i + 1]?.text === ',' && i + 2 < hi ? mentions.startingAt(toks[i + 2].start) : undefined;
        if (apposed && apposed.type === 'person') return named(apposed);
        return description(toks, v + 1, i);
      }
      if (!t.capital && toks[i + 1]?.text === ',' && i + 2 < hi) {
        // "said the county auditor, Miriam Haskett" with a role the lists do not hold.
        const a = mentions.startingAt(toks[i + 2].start);
        if (a && a.type === 'person' && toks[v + 1].lower === 'the') return named(a);
      }
    }
    // "said the designer, who …", "said one former official": somebody the text does not name.
    const first = toks[v + 1];
    if (first && first.word && !first.quoted && DETERMINERS.has(first.lower)) return { kind: 'anonymous' };
    return undefined;
  };

  /** The sentence's subject: its first person named outside quotations, before `before`. */
  const sentenceSubject = (toks: Tok[], before: number): Subject | undefined => {
    let i = 0;
    while (i < toks.length && (toks[i].quoted || !toks[i].word)) i++;
    if (i < toks.length && INTRO.has(toks[i].lower)) {
      // "After the call, Mr. Trump leaned into …": the subject follows the opening phrase.
      let j = i + 1;
      while (j < toks.length && j < i + 14 && toks[j].text !== ',') j++;
      if (j < toks.length && toks[j].text === ',') i = j + 1;
    }
    const head = i;
    for (; i < toks.length && toks[i].start < before && i < head + 8; i++) {
      const t = toks[i];
      if (t.quoted || !t.word) continue;
      if (PERSONAL.has(t.lower)) return { kind: 'pronoun', word: t.lower, at: t.start };
      const hit = mentions.at(t);
      if (hit && hit.actor.type === 'person') return named(hit.actor);
      if (hit) continue;
      if (t.lower === 'the') {
        // "the Ukrainian leader was conciliatory"
        for (let j = i + 1; j < toks.length && j < i + 4 && toks[j].word; j++) {
          if (ROLE_NOUNS.has(toks[j].lower)) return description(toks, i, j);
        }
      }
      if (t.capital && !TITLES.has(t.lower) && i + 1 < toks.length && toks[i + 1].capital && !INTRO.has(t.lower)) {
        // A name the actors missed, two capitalized words or more: "Laurence Tribe said".
        let j = i + 1;
        while (j + 1 < toks.length && toks[j + 1].capital) j++;
        const run = nameRun(toks, j, i);
        if (run && j + 1 < toks.length && (!toks[j + 1].word || !toks[j + 1].capital)) return run;
      }
      if (t.capital || SUBJECT_FILLER.has(t.lower)) continue;
      if (toks[i + 1]?.text === ',') {
        // "Another critic, Laurence H. Tribe, likened …"
        for (let j = i + 2; j < toks.length && j < i + 6; j++) {
          const a = mentions.at(toks[j]);
          if (a && !a.possessive && a.actor.type === 'person') return named(a.actor);
        }
      }
      // A common noun or a verb: the subject is nobody the text names ("Protesters chanted"),
      // unless it is an empty "it"/"there", after which the first person named stands in.
      if (i === head || !EXPLETIVE.has(toks[head].lower)) return undefined;
      break;
    }
    for (let j = 0; j < toks.length && j < REACH && toks[j].start < before; j++) {
      const t = toks[j];
      if (t.quoted || !t.word) continue;
      const hit = mentions.at(t);
      if (hit && hit.actor.type === 'person') return named(hit.actor);
    }
    return undefined;
  };

  let current: Tok[] = []; // tokens of the sentence being attributed
  const resolve = (s: Subject | undefined, at: number): Found | undefined => {
    if (!s) return undefined;
    switch (s.kind) {
      case 'named':
        return { entity: s.entity, mention: s.mention };
      case 'anonymous':
        return { entity: null, mention: null };
      case 'organization': {
        const org = organizationBefore(s.mention.start, ORGANIZATION_REACH);
        return org ? { entity: org.entity, mention: s.mention } : undefined;
      }
      case 'description':
      {
        // "the French president": the person the article introduced as French, when one is.
        const tied = s.country ? people.personOf(s.country) : undefined;
        if (tied) return { entity: tied, mention: s.mention };
        if (s.countryOnly) return { entity: null, mention: null }; // nobody tied to that country: unnamed, as before
        const salient = salientNow();
        return salient?.entity ? { entity: salient.entity, mention: s.mention } : undefined;
      }
      case 'pronoun': {
        // "“…,” it said": the organization named last, close by; "they"/"we" name nobody.
        if (s.word === 'it') return organizationBefore(s.at) ?? { entity: null, mention: null };
        if (s.word === 'they' || s.word === 'we') return { entity: null, mention: null };
        if (FIRST_PERSON.has(s.word)) return undefined;
        const gender = pronounGender(s.word);
        // "Sen. Claire McCaskill scolded him: “…,” she said." — the subject named earlier in this sentence.
        const own = sentenceSubject(current, s.at);
        if (own?.kind === 'named' && own.type === 'person' && people.fits(own.entity, gender)) {
          advanceMentions(at);
          return { entity: own.entity, mention: lastMention.get(own.entity) ?? own.mention };
        }
        let salient = salientNow();
        // "she said" after a man was quoted: the nearest earlier woman the text names, if any.
        if (salient?.entity && !people.fits(salient.entity, gender)) salient = salientBefore(currentSentence, gender) ?? salient;
        if (!salient?.entity) return undefined;
        advanceMentions(at);
        return { entity: salient.entity, mention: lastMention.get(salient.entity) ?? salient.mention };
      }
    }
  };

  const attribute = (q: FoundQuote, toks: Tok[]): Found | undefined => {
    const leftEnd = firstAtOrAfter(toks, q.open);
    let right: number = firstAtOrAfter(toks, q.close + 1);
    if (right >= toks.length) right = -1;
    const hi = right < 0 ? toks.length : Math.min(toks.length, right + 3 * REACH);
    const lo = Math.max(0, leftEnd - 3 * REACH);
    const content = text.slice(q.start, q.end);
    current = toks;
    const trailing = /[,!?—–][’'"”]*$/.test(content) || text[q.close + 1] === ',' || DASH_AFTER.test(text.slice(q.close + 1, q.close + 4));

    // 1. Right after the quote: “…,” X said / said X / ” ― X.
    const dash = right >= 0 && DASH_AFTER.test(text.slice(q.close + 1, q.close + 4));
    // A hyphen is no token: after “…” - Sanders the name itself comes first ("…" - a charge … is no attribution).
    const hyphen = dash && !/^[―—–]$/.test(toks[right].text);
    if (dash && (!hyphen || toks[right].capital)) {
      const s = resolve(subjectAfter(toks, hyphen ? right - 1 : right, hi), q.open);
      if (s) return s;
    }
    // “…” said Nick Merrill, with no comma inside the marks: the verb right after still attributes.
    if (right >= 0 && !trailing && isVerb(toks[right], SPEECH) && !toks[right].quoted) {
      const s = resolve(subjectAfter(toks, right, hi), q.open);
      if (s) return s;
    }
    if (right >= 0 && trailing) {
      let r = right;
      while (r < hi && /^[,.!?]$/.test(toks[r].text)) r++;
      if (r < hi && isVerb(toks[r], SPEECH) && !toks[r].quoted) {
        const s = resolve(subjectAfter(toks, r, hi), q.open);
        if (s) return s;
      }
      // “This is fantastic!” beamed Donald Hartley: a past-tense verb the lists lack, then a person.
      if (r + 1 < hi && toks[r].word && !toks[r].capital && !toks[r].quoted && /ed$/.test(toks[r].lower) && !CONNECTIVES.has(toks[r].lower)) {
        const b = mentions.startingAt(toks[r + 1].start);
        if (b && b.type === 'person') return { entity: b.entity, mention: { start: b.start, end: b.end } };
      }
      for (let v = r; v < hi && v < r + 24; v++) {
        if (toks[v].quoted || toks[v].text === '.' || toks[v].text === ';') break;
        if (isVerb(toks[v], SPEECH)) {
          const s = resolve(subjectBefore(toks, Math.max(r, v - REACH), v), q.open);
          if (s) return s;
        }
      }
      // “…,” Toomey fumed. — a person named right after the quote, then a verb the lists lack.
      const a = r < hi ? mentions.startingAt(toks[r].start) : undefined;
      if (a && a.type === 'person') {
        let e = r;
        while (e < hi && toks[e].end <= a.end) e++;
        const next = toks[e];
        if (e > r && next && next.word && !next.capital && !next.quoted && !CONNECTIVES.has(next.lower)) return { entity: a.entity, mention: { start: a.start, end: a.end } };
      }
    }
    // 2. A reporting verb earlier in the sentence: X said (that) … “…”.
    for (let v = leftEnd - 1; v >= lo; v--) {
      const t = toks[v];
      if (t.quoted || !t.word) continue;
      if (isVerb(t, SPEECH)) {
        const s = resolve(subjectBefore(toks, Math.max(0, v - REACH), v), q.open);
        if (s) return s;
        // “…,” said Sherman, speaking of politicians, “…”: the second part of a split quotation.
        if (v > 0 && toks[v - 1].quoted) {
          const after = resolve(subjectAfter(toks, v, leftEnd), q.open);
          if (after) return after;
        }
      } else if (isVerb(t, PARTICIPLES)) {
        // "footage of Hillary Clinton asking, “…”": a name right before the participle is its subject.
        const hit = v > 0 ? mentions.at(toks[v - 1]) : undefined;
        const s = resolve(hit && !hit.possessive && hit.actor.type === 'person' ? named(hit.actor) : sentenceSubject(toks, t.start), q.open);
        if (s) return s;
      }
    }
    // 2b. "Republican pollster Daron Shaw: “…”", "Pew Research: “…”": a name right before the
    // colon, unless it is an object ("a blunt message to Trump:", "later on CNN:").
    if (leftEnd >= 2 && toks[leftEnd - 1].text === ':' && !toks[leftEnd - 2].quoted) {
      const hit = mentions.at(toks[leftEnd - 2]);
      const before = hit ? toks[firstAtOrAfter(toks, hit.actor.start) - 1] : undefined;
      if (hit && !hit.possessive && hit.actor.type !== 'place' && !(before && PREPOSITIONS.has(before.lower))) {
        return { entity: hit.actor.entity, mention: { start: hit.actor.start, end: hit.actor.end } };
      }
    }
    // 3. A reporting verb later in the sentence: “…” about …, Yuri Ushakov, told reporters.
    if (right >= 0) {
      for (let v = right; v < hi; v++) {
        const t = toks[v];
        if (t.quoted) continue;
        if (isVerb(t, SPEECH)) {
          const s = resolve(subjectBefore(toks, Math.max(right, v - REACH), v), q.open);
          if (s) return s;
        }
      }
    }
    // 4. "according to X".
    for (let v = Math.max(0, leftEnd - REACH); v + 2 < hi && v < (right < 0 ? hi : right + REACH); v++) {
      if (toks[v].lower === 'according' && toks[v + 1].lower === 'to' && !toks[v].quoted) {
        const s = resolve(subjectAfter(toks, v + 1, hi), q.open);
        if (s) return s;
      }
    }
    // 5. The sentence's own subject, when it has words of its own — unless the quotation is
    // the title of a work ("attended “Hamilton”"), which nobody says.
    if (looksLikeTitle(content)) return { entity: null, mention: null };
    const s = resolve(sentenceSubject(toks, q.open), q.open);
    if (s) return s;
    return undefined;
  };

  /** Nested quote: its own "X said," inside the outer quote, else the outer quote's speaker. */
  const attributeNested = (q: FoundQuote, parent: QuoteMention, toks: Tok[]): Found => {
    const end = firstAtOrAfter(toks, q.open);
    const inner = toks.slice(Math.max(firstAtOrAfter(toks, parent.start), end - 8), end);
    for (let v = inner.length - 1; v >= 0 && v >= inner.length - 8; v--) {
      if (isVerb(inner[v], SPEECH)) {
        const s = subjectBefore(inner, 0, v, true);
        if (s?.kind === 'named') return { entity: s.entity, mention: s.mention };
        // "My father used to say, ‘…’", "they told us ‘…’": somebody the text does not name.
        if (s?.kind === 'anonymous' || s?.kind === 'description' || (s?.kind === 'pronoun' && (s.word === 'they' || s.word === 'it'))) return { entity: null, mention: null };
        if (!s) {
          // "My father used to say", "One woman wrote to me last week and said": a common noun.
          let k = v - 1;
          while (k >= 0 && inner[k].word && (BETWEEN.has(inner[k].lower) || /^(?:to|used|and|would)$/.test(inner[k].lower))) k--;
          const t = k >= 0 ? inner[k] : undefined;
          if (t && t.word && !t.capital && !PERSONAL.has(t.lower) && !FIRST_PERSON.has(t.lower) && !mentions.at(t)) return { entity: null, mention: null };
        }
        break;
      }
    }
    return { entity: parent.speaker, mention: parent.speakerMention };
  };

  /** Paragraphs started between two offsets: a continuation may skip one short paragraph (a caption). */
  const paragraphBreaks = (from: number, to: number) => (from < to ? countUpTo(paraStarts, to) - countUpTo(paraStarts, from) : 0);

  // Salience is computed lazily, only for sentences near a quote that needs it, and cached:
  // most sentences are never tokenized.
  // By sentence index (arrays: a long text has tens of thousands of sentences).
  const attributedIn: (Found | undefined)[] = new Array(sentences.length).fill(undefined); // sentence → last person quoted in it
  const salience: (Found | null | undefined)[] = new Array(sentences.length).fill(undefined);
  const salienceOf = (j: number): Found | null => {
    const quoted = attributedIn[j];
    if (quoted) return quoted;
    const cached = salience[j];
    if (cached !== undefined) return cached;
    const toks = tokensOf(j);
    let found: Found | null = null;
    salience[j] = null; // guards the pronoun chain below against cycles
    // The subject of a reporting verb ("he argued" continues the chain), else a leading
    // "He …" continues it too, else the first person the sentence names.
    for (let v = 0; v < toks.length && !found; v++) {
      if (!toks[v].quoted && isVerb(toks[v], SPEECH)) {
        const s = subjectBefore(toks, 0, v);
        if (s?.kind === 'named' && s.type === 'person') found = { entity: s.entity, mention: s.mention };
        else if (s?.kind === 'pronoun' && PERSONAL.has(s.word)) found = salientBefore(j, pronounGender(s.word)) ?? null;
        if (s) break;
      }
    }
    const first = toks.find((t) => t.word && !t.quoted);
    if (!found && first && PERSONAL.has(first.lower)) found = salientBefore(j, pronounGender(first.lower)) ?? null;
    for (let i = 0; i < toks.length && !found; i++) {
      const t = toks[i];
      if (t.quoted || !t.word) continue;
      const hit = mentions.at(t);
      if (hit && !hit.possessive && hit.actor.type === 'person') found = { entity: hit.actor.entity, mention: { start: hit.actor.start, end: hit.actor.end } };
    }
    salience[j] = found;
    return found;
  };
  /** What a "he" in sentence si most likely refers to: the nearest earlier salient person.
   * With a gender, a salient person shown to be of the other gender is passed over for
   * another person of the right one named in that sentence; without such a person the
   * chain goes on as it would without gender. */
  function salientBefore(si: number, gender?: Gender): Found | undefined {
    let first: Found | undefined;
    for (let j = si - 1; j >= 0 && j >= si - LOOKBACK; j--) {
      const f = salienceOf(j);
      if (!gender) {
        if (f) return f;
        continue;
      }
      if (f?.entity && people.fits(f.entity, gender)) return f;
      first ??= f ?? undefined;
      const other = personOfGender(sentences[j].start, sentences[j].end, gender);
      if (other) return other;
    }
    return gender ? first : undefined;
  }

  /** The last person in [from, to) known to be of that gender. */
  function personOfGender(from: number, to: number, gender: Gender): Found | undefined {
    for (let k = mentions.indexBefore(to); k >= 0 && mentions.sorted[k].start >= from; k--) {
      const a = mentions.sorted[k];
      if (a.type === 'person' && people.gender(a.entity) === gender) return { entity: a.entity, mention: { start: a.start, end: a.end } };
    }
    return undefined;
  }

  for (let si = 0; si < sentences.length && qi < quotes.length; si++) {
    const sent = sentences[si];
    const next = si + 1 < sentences.length ? sentences[si + 1].start : text.length;
    if (quotes[qi].open >= next) continue;
    const toks = tokensOf(si);
    const sentenceHasWords = toks.some((t) => t.word && !t.quoted);
    currentSentence = si;
    salientReady = false;
    evictBefore(si - LOOKBACK - 1);
    while (qi < quotes.length && quotes[qi].open < next) {
      const q = quotes[qi];
      const o = out[qi];
      let found: Found | undefined;
      if (q.parent >= 0) {
        found = attributeNested(q, out[q.parent], toks);
      } else {
        // A quotation running past its sentence takes its attribution from where it closes.
        let own = toks;
        if (q.close > sent.end) {
          let sj = si;
          while (sj + 1 < sentences.length && sentences[sj].end <= q.close) sj++;
          own = tokenize(text, { start: sent.start, end: sentences[sj].end }, regions);
        }
        const hasWords = own === toks ? sentenceHasWords : own.some((t) => t.word && !t.quoted);
        found = hasWords ? attribute(q, own) : undefined;
        // g. "The New York Times reports:" closing the sentence before a quotation.
        if (!found && !hasWords && si > 0 && text[sentences[si - 1].end - 1] === ':') {
          const prev = tokensOf(si - 1);
          for (let v = prev.length - 1; v >= 0 && !found; v--) {
            if (isVerb(prev[v], SPEECH) && !prev[v].quoted) found = resolve(subjectBefore(prev, Math.max(0, v - REACH), v), q.open);
          }
          // "President Clinton released the following statement:" — its subject.
          if (!found) found = resolve(sentenceSubject(prev, sentences[si - 1].end), q.open);
        }
        // A quotation standing alone continues the previous speaker's (same, next or the one after).
        if (!found && !hasWords && previous && paragraphBreaks(previous.paragraphEnd, q.open) <= 2) found = previous.found;
        // A quotation opening its sentence with no attribution of its own ("“What are we going to
        // do?” to the rest of the country.") continues the speaker quoted just before, in the same paragraph.
        if (!found && hasWords && previous && paragraphBreaks(previous.paragraphEnd, q.open) === 0 && !own.some((t) => t.word && !t.quoted && t.start < q.open)) found = previous.found;
      }
      if (found) {
        o.speaker = found.entity;
        o.speakerMention = found.mention;
        if (q.parent < 0 && found.entity) {
          previous = { found, paragraphEnd: paragraphEnd(q.close) };
          attributedIn[si] = found;
          // A second quote in the same sentence: "he" is the one just quoted.
          salientValue = found;
          salientReady = true;
        }
      }
      qi++;
    }
  }

  return out;
}
