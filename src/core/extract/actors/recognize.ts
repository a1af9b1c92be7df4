// From the parse tree to actor mentions: the tagger proposes names, then the annotation
// guidelines shape the spans (no titles, no leading "the" except in publication names, no
// possessives, demonyms are not actors), the lexicons fix the type of names they know
// ("Kremlin", "White House" are organizations) and add names the tagger missed, and a name
// found once is found wherever else in the document it is written the same way.
import type { ActorType } from '../../model';
import type { NewsRoot, TokenNode } from '../../parse/types';
import { DEMONYMS } from '../../lexicon/demonyms';
import { FIRST_NAMES, TITLES } from '../../lexicon/people';
import { ORGANIZATION_SUFFIXES, PUBLICATIONS_WITH_THE } from '../../lexicon/organizations';
import { PLACE_SUFFIXES } from '../../lexicon/places';
import { ALL_CAPS, TAGS, TITLE_CASE, capClass, lowerCased, documentEvidence, isHeadline, lexiconMatches, sentenceFeatures, tokenCodes, type DocumentEvidence, type TokenCodes } from './features';
import { matchAt, type GazetteerMatch } from './gazetteer';
import { administrations, authorList, byline, creditBefore, credits, datelineAgency, firstWord, joinOrganizations, type Candidate } from './layout';
import { NEVER_NAMES } from '../../lexicon/never-names';
import { tagInto } from './tagger';
import { HOLIDAYS } from '../dates/holidays';

export interface Recognized {
  start: number;
  end: number;
  type: ActorType;
  /** The lexicon's canonical name when the span is a known name ("U.S." → "United States"). */
  known?: string;
  /** Typed by a layout rule (dateline agency) that outweighs the tagger's guesses elsewhere. */
  firm?: boolean;
  /** Index in tree.tokens of the first token, for the names the sentence loop found (-1 for others). */
  token?: number;
}

const TYPE: Record<string, ActorType | undefined> = { PER: 'person', ORG: 'organization', LOC: 'place' };

/** Lexicon names too ambiguous to add on their own when the tagger did not see a name. */
const AMBIGUOUS = new Set(['Time', 'X', 'Fed', 'Army', 'Navy', 'Air Force', 'Marine Corps', 'Coast Guard', 'National Guard', 'West',
  'Gulf', 'Pacific', 'Atlantic', 'Treasury', 'House', 'Shell', 'Ford', 'Apple', 'Amazon', 'Meta', 'Chad', 'Jordan', 'Georgia',
  'Parliament', 'Senate', 'Congress', 'Midwest', 'Northeast', 'Southwest', 'Red Army', 'Communist Party', 'Vox', 'Politico',
  'Cambridge', 'Oxford', 'Harvard', 'Yale', 'Princeton', 'Stanford', 'Baltic', 'Arctic', 'Mediterranean', 'Caribbean', 'Wall Street',
  'Hollywood', 'Silicon Valley', 'Telegram', 'The Hill', 'Sky News', 'Alaska', 'Virginia', 'Indiana', 'Mission', 'Union']);

/** "I’ve", "It’s", "Don’t": contractions are never names (unlike "O’Brien"). */
const CONTRACTION = /['’](ve|m|ll|re|d|s|t)$|n['’]t$/;

const TITLE_WORDS = new Set([...TITLES].map((t) => t.replace(/\.$/, '')));


/** Each sentence's tokens (whitespace nodes, present only when the parser was asked for them, left out). */
export function sentencesOf(tree: NewsRoot): TokenNode[][] {
  const out: TokenNode[][] = [];
  for (const p of tree.children) {
    for (const s of p.children) {
      let tokens = s.children;
      const n = tokens.length;
      // A sentence's tokens are a run of tree.tokens: when the children are exactly as many
      // as that run, there is no whitespace node among them.
      if (n > 0 && !(tokens[0].index >= 0 && tokens[n - 1].index - tokens[0].index + 1 === n)) tokens = tokens.filter((t) => t.index >= 0);
      if (tokens.length) out.push(tokens);
    }
  }
  return out;
}


/** The tags of the sentence at hand (reused from sentence to sentence). */
let tagBuffer = new Int8Array(256);

/** A name the rest of the document established (incremental re-analysis of a few paragraphs). */
export interface KnownName {
  /** The name's words as the parser tokenizes them. */
  words: string[];
  type: ActorType;
}

export function recognize(tree: NewsRoot, known: readonly KnownName[] = []): Recognized[] {
  const text = tree.text;
  const sentences = sentencesOf(tree);
  // Each sentence's first token index (a sentence is a run of tree.tokens), read once.
  const bases = new Int32Array(sentences.length);
  const lengths = new Int32Array(sentences.length);
  const starts = new Int32Array(sentences.length);
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k];
    bases[k] = s[0].index;
    starts[k] = s[0].start;
    lengths[k] = s.length;
  }
  const codes = tokenCodes(tree.tokens);
  const evidence = documentEvidence(sentences, codes, bases, lengths);
  const found: Recognized[] = [];
  const covered = new Uint8Array(tree.tokens.length);

  // A document's first paragraph that is one title-case sentence with a small linking word
  // ("… Jobs as Orders Slow") is its headline, even when the text is too short to show its
  // words in lower case elsewhere (an article being written). "of", "and", "the" do not count:
  // names hold them ("Marion County Board of Education").
  const opening = tree.children[0]?.children.length === 1 && sentences[0]?.some((t) => HEADLINE_LINKS.has(t.value)) ? 0 : -1;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k];
    const allCaps = evidence.styles[k] === ALL_CAPS;
    // Title-case headlines capitalize every word: only known names are taken from them here,
    // and the names the body establishes are found in them afterwards (propagate).
    const titleCase = !allCaps && (isHeadline(s, evidence, evidence.styles[k]) || (k === opening && evidence.styles[k] === TITLE_CASE));
    const matches = lexiconMatches(s, text, allCaps || titleCase, codes, bases[k]);
    const lexicon = new LexiconIndex(matches, s.length);
    if (tagBuffer.length < s.length) tagBuffer = new Int8Array(2 * s.length);
    const tags = tagBuffer; // read below s.length only
    if (titleCase) tags.fill(0, 0, s.length);
    else {
      tagInto(s, sentenceFeatures(s, text, evidence, allCaps, matches, codes, bases[k]), tags, codes, bases[k]);
      // "The post Trump Backs Off His Demand … appeared first on New York Times.": a feed's
      // footer quotes the headline in title case; it is read like a headline.
      const title = lengths[k] >= 6 && codes.values[bases[k]] === 'The' && codes.values[bases[k] + 1] === 'post' ? feedTitle(s) : undefined;
      if (title) tags.fill(0, title[0], title[1]);
    }
    const candidates: Candidate[] = [];
    let i = 0;
    while (i < s.length) {
      const tag = tags[i];
      if (tag === 0) {
        i++;
        continue;
      }
      const kind = KIND[tag];
      const inside = INSIDE[tag];
      let j = i + 1;
      while (j < s.length && tags[j] === inside) j++;
      // A longer lexicon name overlapping the tagged run wins ("Institute for the Study of War").
      if (!lexicon.longerOver(i, j)) candidates.push(...shape(s, i, j, kind, text, allCaps, lexicon, evidence));
      i = j;
    }
    for (const m of matches) {
      if (overlapsAny(candidates, m.from, m.to)) continue;
      const surface = m.to - m.from === 1 ? s[m.from].value : text.slice(s[m.from].start, s[m.to - 1].end);
      if (allCaps ? m.to - m.from < 2 : AMBIGUOUS.has(surface)) continue;
      candidates.push({ from: m.from, to: m.to, type: m.entry.type, known: m.entry.canonical });
    }
    joinOrganizations(s, candidates, lexicon);
    // The layout rules below need a word of their own somewhere in the sentence: one look at
    // each token's first character says which can apply.
    const cues = layoutCues(s, codes, bases[k]);
    if (cues & ADMINISTRATION) administrations(s, candidates);
    const opener = codes.values[bases[k]];
    if (opener === 'By' || opener === 'BY') byline(s, candidates);
    if (cues & CREDIT || creditBefore(text, starts[k])) credits(s, candidates, text);
    if (cues & SEMICOLON) authorList(s, candidates);
    for (let k = 0; k < candidates.length; k++) {
      const c = candidates[k];
      // "Reuters/Ipsos", "Washington Post/ABC poll": a name joined by a slash to an organization is one too.
      if (c.type === 'person' && !c.known && c.to - c.from === 1 && k > 0) {
        const p = candidates[k - 1];
        if (p.type === 'organization' && p.to === c.from - 1 && s[c.from - 1].value === '/' && s[p.to - 1].end === s[c.from - 1].start && s[c.from - 1].end === s[c.from].start) c.type = 'organization';
      }
      // "the Trump administration": the name is a person's (guidelines).
      if (c.to - c.from === 1 && !c.known && s[c.to]?.value === 'administration') c.type = 'person';
      // "HALDEN, Feb. 13 (Meridian Wire) -": the name in a dateline's parentheses is a news agency.
      if (!c.known && s[c.from - 1]?.value === '(' && s[c.to]?.value === ')' && datelineAgency(s, c.from, text)) {
        c.type = 'organization';
        c.firm = true;
      }
      found.push({ start: s[c.from].start, end: s[c.to - 1].end, type: c.type, known: c.known, firm: c.firm, token: s[c.from].index });
      for (let k = c.from; k < c.to; k++) covered[s[k].index] = 1;
    }
  }
  propagate(tree, sentences, bases, lengths, found, covered, known, codes);
  return found.sort((a, b) => a.start - b.start);
}

/** The headline inside a feed footer, "The post <headline> appeared first on <site>.", as
 * token positions [from, to); undefined for any other sentence. */
function feedTitle(s: TokenNode[]): [number, number] | undefined {
  if (s.length < 6 || s[0].value !== 'The' || s[1].value !== 'post') return undefined;
  for (let i = 3; i + 2 < s.length; i++) {
    if (s[i].value === 'appeared' && s[i + 1].value === 'first' && s[i + 2].value === 'on') return [2, i];
  }
  return undefined;
}

/** Lower-case words that link a headline's parts but seldom stand inside a name. */
const HEADLINE_LINKS = new Set(['as', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'over', 'after', 'amid', 'into', 'vs', 'but']);

const ADMINISTRATION = 1;
const CREDIT = 2;
const SEMICOLON = 4;

/** Which layout rules can apply to a sentence: "administration" (administrations), "Credit",
 * "Photo", "Photograph" or "/" (credits, which else acts only after a credit before the
 * sentence), ";" (authorList). */
/** 1 for the first characters of the cue tokens below ("a", "C", "P", "/", ";"). */
const CUE_FIRST = new Uint8Array(0x80);
for (const c of 'aCP/;') CUE_FIRST[c.charCodeAt(0)] = 1;

function layoutCues(s: TokenNode[], codes: TokenCodes, base: number): number {
  let cues = 0;
  const { first, length, values } = codes;
  for (let i = 0; i < s.length; i++) {
    const c = first[base + i];
    if (c >= 0x80 || CUE_FIRST[c] === 0) continue;
    if (c === 0x61) {
      if (length[base + i] === 14 && values[base + i] === 'administration') cues |= ADMINISTRATION;
    } else if (c === 0x43 || c === 0x50) {
      const l = length[base + i];
      const v = values[base + i];
      if (l === 6 ? v === 'Credit' : l === 5 ? v === 'Photo' : l === 10 && v === 'Photograph') cues |= CREDIT;
    } else if (c === 0x2f) cues |= CREDIT;
    else if (c === 0x3b) cues |= SEMICOLON;
  }
  return cues;
}

/** Per tag index: its kind ('PER', 'ORG', …) and the index of the I- tag continuing it. */
const KIND = TAGS.map((t) => t.slice(2));
const INSIDE = TAGS.map((t) => TAGS.indexOf(`I-${t.slice(2)}` as (typeof TAGS)[number]));

/** Candidates come sorted by position from the tagged runs; a sentence has few of them,
 * but a pathological one can have thousands, hence the binary search. */
function overlapsAny(candidates: Candidate[], from: number, to: number): boolean {
  let lo = 0;
  let hi = candidates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (candidates[mid].to <= from) lo = mid + 1;
    else hi = mid;
  }
  // Split runs can leave a later candidate ending before an earlier one's end: check a few.
  for (let k = Math.max(0, lo - 2); k < candidates.length && k < lo + 3; k++) if (candidates[k].from < to && candidates[k].to > from) return true;
  return false;
}

/** A sentence's lexicon matches by token position, so that span rules look them up in
 * constant time (a sentence can be thousands of tokens long). */
export class LexiconIndex {
  private readonly start: Int32Array | null;
  private readonly cover: Int32Array | null;

  /** The start and cover arrays of the index in use, reused from sentence to sentence: a new
   * index overwrites them (recognize keeps one index at a time). */
  private static startBuffer = new Int32Array(256);
  private static coverBuffer = new Int32Array(256);

  constructor(
    readonly matches: GazetteerMatch[],
    private readonly n: number,
  ) {
    if (!matches.length) {
      this.start = null;
      this.cover = null;
      return;
    }
    if (LexiconIndex.startBuffer.length < n) {
      LexiconIndex.startBuffer = new Int32Array(2 * n);
      LexiconIndex.coverBuffer = new Int32Array(2 * n);
    }
    const start = (this.start = LexiconIndex.startBuffer);
    const cover = (this.cover = LexiconIndex.coverBuffer);
    start.fill(-1, 0, n);
    cover.fill(-1, 0, n);
    for (let k = 0; k < matches.length; k++) {
      const m = matches[k];
      start[m.from] = k;
      cover.fill(k, m.from, m.to);
    }
  }

  startingAt(i: number): GazetteerMatch | undefined {
    const k = this.start && i >= 0 && i < this.n ? this.start[i] : -1; // (the buffers run past n)
    return k >= 0 ? this.matches[k] : undefined;
  }

  /** A match overlapping tokens [i, j) that is longer than them. */
  longerOver(i: number, j: number): boolean {
    if (!this.cover) return false;
    for (let x = i < 0 ? 0 : i; x < j && x < this.n; x++) {
      const k = this.cover[x];
      if (k >= 0 && this.matches[k].to - this.matches[k].from > j - i) return true;
    }
    return false;
  }
}

/** Names inside hyphenated words: "Russia-Ukraine war" (two places), "Kremlin-backed",
 * "Trump-Putin call": each capitalized part that the lexicon or the document knows as a
 * name becomes a mention of its own, with offsets inside the word. */
function hyphenated(
  tree: NewsRoot,
  codes: TokenCodes,
  found: Recognized[],
  covered: Uint8Array,
  knownInDocument: (word: string) => { type: ActorType; known?: string } | null,
): void {
  let byStart: Map<number, number> | undefined;
  const text = tree.text;
  const replaced = new Set<number>();
  const added: Recognized[] = [];
  // The tokens holding a hyphen, found from the text's hyphens (few) rather than token by token.
  const tokens = tree.tokens;
  const ends = codes.end;
  let x = 0;
  for (let h = text.indexOf('-'); h >= 0; h = text.indexOf('-', h + 1)) {
    // The first token ending after h, by binary search: hyphens are few, tokens many.
    let hi = tokens.length;
    while (x < hi) {
      const mid = (x + hi) >> 1;
      if (ends[mid] <= h) x = mid + 1;
      else hi = mid;
    }
    if (x >= tokens.length) break;
    const t = tokens[x];
    if (t.start > h) continue;
    h = t.end - 1; // one visit per token
    if (t.kind !== 'word' || covered[t.index] === 2) continue;
    let from = 0;
    const parts: Recognized[] = [];
    for (let i = 0; i <= t.value.length; i++) {
      if (i < t.value.length && t.value.charCodeAt(i) !== 0x2d) continue;
      const word = t.value.slice(from, i);
      const start = t.start + from;
      from = i + 1;
      const cap = capClass(word);
      if ((cap !== 'T' && cap !== 'U') || DEMONYMS.has(word)) continue;
      const piece = { type: 'WordNode', kind: 'word', value: word, start, end: start + word.length, index: -1 } as TokenNode;
      const m = matchAt([piece], 0, tree.text, false);
      if (m) parts.push({ start, end: piece.end, type: m.entry.type, known: m.entry.canonical, firm: undefined, token: -1 });
      else {
        const k = knownInDocument(word);
        if (k) parts.push({ start, end: piece.end, type: k.type, known: k.known, firm: undefined, token: -1 });
      }
    }
    if (!parts.length) continue;
    // The parts replace a mention the tagger made of exactly the whole word ("Kremlin-backed").
    if (covered[t.index]) {
      byStart ??= new Map(found.map((m, k) => [m.start, k]));
      const k = byStart.get(t.start);
      if (k !== undefined && found[k].end === t.end) replaced.add(k);
    }
    added.push(...parts);
    covered[t.index] = 2;
  }
  if (replaced.size) {
    const kept = found.filter((_, k) => !replaced.has(k));
    found.length = 0;
    found.push(...kept);
  }
  found.push(...added);
}

/** A name found once is the same name wherever else it is written the same way; a full
 * person name also makes its surname a name ("Vance" after "JD Vance"). */
function propagate(tree: NewsRoot, sentences: TokenNode[][], bases: Int32Array, lengths: Int32Array, found: Recognized[], covered: Uint8Array, known: readonly KnownName[], codes: TokenCodes): void {
  interface Known { words: string[]; types: Map<ActorType, number>; known?: string }
  const byFirst = new Map<string, Known[]>();
  const byWords = new Map<string, Known>(); // by the words joined with spaces (token values hold none)
  const remember = (words: string[], type: ActorType, known?: string) => {
    const key = words.length === 1 ? words[0] : words.join(' ');
    let k = byWords.get(key);
    if (!k) {
      k = { words, types: new Map(), known };
      byWords.set(key, k);
      const list = byFirst.get(words[0]);
      if (list) list.push(k);
      else byFirst.set(words[0], [k]);
    }
    k.types.set(type, (k.types.get(type) ?? 0) + 1);
  };
  for (const k of known) if (k.words.length) remember(k.words, k.type);
  const tokens = tree.tokens;
  let t = 0;
  for (const m of found.sort((a, b) => a.start - b.start)) {
    // The first token starting at or after m.start: the mention's own first token.
    if (m.token !== undefined && m.token >= 0) t = m.token;
    else while (t < tokens.length && tokens[t].start < m.start) t++;
    const words: string[] = [];
    for (let k = t; k < tokens.length && codes.end[k] <= m.end; k++) words.push(codes.values[k]);
    if (!words.length || (capClass(words[0]) === 'U' && words[0].length > 5)) continue; // all-caps headline words
    remember(words, m.type, m.known);
    // "Joseph R. Biden Jr.": the surname is the word before a generational suffix.
    let n = words.length;
    while (n > 0 && words[n - 1] === '.') n--;
    if (n > 2 && GENERATIONAL.has(words[n - 1])) n--;
    const last = words[n - 1];
    if (m.type === 'person' && n > 1 && capClass(last) === 'T') {
      remember([last], 'person');
      // "Bob Vander Plaats" → "Vander Plaats": a surname of two capitalized words.
      const before = words[n - 2];
      if (n > 2 && capClass(before) === 'T' && before.length > 2 && !FIRST_NAMES.has(before)) remember([before, last], 'person');
    }
  }
  hyphenated(tree, codes, found, covered, (w) => {
    const options = byFirst.get(w)?.filter((o) => o.words.length === 1);
    if (!options?.length) return null;
    const o = options[0];
    return { type: [...o.types.entries()].sort((a, b) => b[1] - a[1])[0][0], known: o.known };
  });
  // Names start with a capital: only the capitalized tokens are visited (codes.capitals).
  const { capitals, capitalCount, values } = codes;
  let p = 0;
  for (let q = 0; q < sentences.length; q++) {
    const s = sentences[q];
    const base = bases[q];
    const end = base + lengths[q];
    while (p < capitalCount && capitals[p] < base) p++;
    for (; p < capitalCount && capitals[p] < end; p++) {
      const x = capitals[p];
      if (covered[x]) continue;
      const i = x - base;
      const options = byFirst.get(values[base + i]);
      if (!options) continue;
      let best: Known | undefined;
      for (const o of options) {
        const n = o.words.length;
        if (x + n > end || (best && best.words.length >= n)) continue;
        let same = true;
        for (let k = 0; k < n && same; k++) same = values[base + i + k] === o.words[k] && !covered[base + i + k];
        if (same) best = o;
      }
      if (!best) continue;
      const to = i + best.words.length;
      const type = [...best.types.entries()].sort((a, b) => b[1] - a[1])[0][0];
      found.push({ start: s[i].start, end: s[to - 1].end, type, known: best.known, firm: undefined, token: -1 });
      for (let k = i; k < to; k++) covered[base + k] = 1; // (the capitals up to `to` are now covered)
    }
  }
}

/** "Defense Secretary Pete Hegseth": titles, then a known first name and a surname. */
function titledPerson(s: TokenNode[], from: number, to: number): boolean {
  let i = from;
  while (i < to && (TITLE_WORDS.has(s[i].value) || s[i].value === '.')) i++;
  return i < to - 1 && FIRST_NAMES.has(s[i].value) && to - i <= 3;
}

/** Members of a party, which follow an institution's name ("Senate Republicans"). */
const PARTY_PLURALS = new Set(['Republicans', 'Democrats', 'Conservatives', 'Liberals', 'Tories', 'Socialists', 'Greens']);

/** A US legislator's party and state: "R-Fla", "D-N.Y", "I-Vt". */
const PARTY_STATE = /^[RDI]-[A-Z][A-Za-z.]*$/;

/** Generational suffixes after a surname (as the parser splits them: "Jr" then "."). */
const GENERATIONAL = new Set(['Jr', 'Sr', 'II', 'III', 'IV']);

/** Party labels used as adjectives before a name. */
const PARTY_LABELS = new Set(['Republican', 'Democrat', 'Democratic', 'Libertarian', 'Conservative', 'Labour', 'Liberal', 'Socialist', 'Independent', 'Green']);

/** Named days of one word ("Christmas", "Easter"), from the dates plugin's calendar. */
const ONE_WORD_DAYS = new Set(Object.entries(HOLIDAYS).filter(([, options]) => options.some((h) => h.tail.length === 0)).map(([w]) => w[0].toUpperCase() + w.slice(1)));

/** Faiths, doctrines and the feasts the dates plugin has no date for: capitalized, never a
 * person, organization or place on their own. */
const BELIEFS = new Set(['Christianity', 'Islam', 'Judaism', 'Hinduism', 'Buddhism', 'Sikhism', 'Catholicism', 'Protestantism', 'Mormonism',
  'Communism', 'Socialism', 'Marxism', 'Fascism', 'Nazism', 'Zionism', 'Capitalism', 'Liberalism', 'Conservatism', 'Islamism', 'Jihadism',
  'Hanukkah', 'Ramadan', 'Passover', 'Diwali']);

/** Names that end like a gerund. */
const ING_NAMES = new Set(['Sporting', 'Racing', 'Sterling', 'Channing', 'Irving', 'Manning', 'Fleming', 'Harding', 'Browning', 'Pershing', 'Kipling', 'Reading',
  'Kettering', 'Stirling', 'Xiaoping', 'Jinping', 'Beijing', 'Nanjing', 'Chongqing', 'Kunming', 'Harbing', 'Wyoming', 'Flushing', 'Epping', 'Ealing', 'Woking']);

/** Abbreviated titles that may end a tagged run by mistake ("Florida Sen."). */
const TRAILING_TITLES = new Set(['Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Govs', 'Gen', 'Lt', 'Col', 'Capt', 'Sgt', 'Dr', 'Mr', 'Mrs', 'Ms', 'Rev', 'Prof']);

/** What follows a dateline's place: "WASHINGTON (AP) —", "KYIV, Ukraine —". */
const DATELINE_MARKS = new Set(['(', '—', '–', ',']);

/** Titles that only ever precede a person's name (not "State", "Justice" alone, "Health"…
 * which also open organizations' names). */
const PERSONAL_TITLES = new Set(['Justice', 'Judge', 'Senator', 'Sen', 'Rep', 'Representative', 'Gov', 'Governor', 'Mayor', 'Pastor',
  'Rev', 'Rabbi', 'Imam', 'Cardinal', 'Bishop', 'Archbishop', 'Professor', 'Prof', 'Dr', 'Mr', 'Mrs', 'Ms', 'President', 'Chancellor',
  'Ambassador', 'Congressman', 'Congresswoman', 'Detective', 'Sergeant', 'Lieutenant', 'Colonel', 'Councilman', 'Councilwoman']);

/** "Justice Antonin Scalia" read as an organization: a personal title, then two or three
 * capitalized words that no lexicon knows and that end in no organization or place word,
 * is a titled person even when the first name is not one the lexicon knows. */
function titledName(s: TokenNode[], from: number, to: number, lexicon: LexiconIndex): boolean {
  if (!PERSONAL_TITLES.has(s[from].value)) return false;
  let i = from + 1;
  if (i < to && s[i].value === '.') i++;
  const n = to - i;
  if (n < 2 || n > 3 || lexicon.startingAt(i)) return false;
  for (let k = i; k < to; k++) {
    const w = s[k].value;
    if (s[k].kind !== 'word' || (capClass(w) !== 'T' && !/^[A-Z]\.$/.test(w)) || TITLE_WORDS.has(w)) return false;
  }
  const last = s[to - 1].value;
  return !ORGANIZATION_SUFFIXES.has(last) && !PLACE_SUFFIXES.has(last);
}

/** "'s", "’s", "'S" (what /^['’]s$/i matches), by character codes. */
export function isPossessive(v: string): boolean {
  if (v.length !== 2) return false;
  const a = v.charCodeAt(0);
  const b = v.charCodeAt(1);
  return (a === 0x27 || a === 0x2019) && (b === 0x73 || b === 0x53);
}

/** Applies the span rules to a tagged run s[from, to); none, one or two (split) candidates. */
function shape(
  s: TokenNode[],
  from: number,
  to: number,
  kind: string,
  text: string,
  caseless: boolean,
  lexicon: LexiconIndex,
  evidence: DocumentEvidence,
): Candidate[] {
  for (;;) {
    if (from >= to) return [];
    const v = s[from].value;
    if ((s[from].kind !== 'word' && s[from].kind !== 'number') || isPossessive(v)) {
      from++; // a possessive or punctuation the tagger took in ("the county’s Office")
      continue;
    }
    // "36°C. Cooling centers": a unit letter glued to a number or degree sign is no initial.
    if (v.length === 1 && from > 0 && from + 1 < to && s[from - 1].end === s[from].start && (s[from - 1].kind === 'number' || s[from - 1].value === '°')) {
      from++;
      if (from < to && s[from].value === '.') from++;
      // What follows "°C." opens a new sentence: one word left there is no name of itself.
      if (to - from === 1 && !lexicon.startingAt(from)) return [];
      continue;
    }
    if (v === 'The' && PUBLICATIONS_WITH_THE.has(text.slice(s[from].start, s[to - 1].end))) break;
    if (NEVER_NAMES.has(v) && from + 1 < to) {
      from++;
      if (from < to && s[from].value === '.') from++;
      continue;
    }
    // Titles and honorifics ("President", "Mr.") before a person's name; a title before a
    // first name makes the run a person even when the tagger read an organization.
    if (TITLE_WORDS.has(v) && from + 1 < to && (kind === 'PER' || titledPerson(s, from, to) || titledName(s, from, to, lexicon))) {
      kind = 'PER';
      from++;
      if (from < to && s[from].value === '.') from++;
      continue;
    }
    // "Bashing Trump may be job one": a gerund opening a sentence is no part of the name after
    // it, unless the document writes the word capitalized mid-sentence too ("said Irving").
    if (from + 1 < to && from === firstWord(s) && v.length >= 6 && v.endsWith('ing') && capClass(v) === 'T' && !ING_NAMES.has(v) && !FIRST_NAMES.has(v) && !lexicon.startingAt(from) && !evidence.capitalizedInside.has(v)) {
      from++;
      continue;
    }
    // "Libertarian Gary Johnson", "Republican Mitt Romney": a party label before a person's name.
    if (PARTY_LABELS.has(v) && from + 1 < to && FIRST_NAMES.has(s[from + 1].value)) {
      kind = 'PER';
      from++;
      continue;
    }
    if ((v === 'the' || v === 'THE') && from + 1 < to) {
      from++;
      continue;
    }
    break;
  }
  while (to > from && (s[to - 1].kind === 'punctuation' || s[to - 1].kind === 'quote' || isPossessive(s[to - 1].value))) to--;
  // "Joseph R. Biden Jr.": the period of an abbreviated suffix belongs to the name.
  if (to - from > 1 && (s[to - 1].value === 'Jr' || s[to - 1].value === 'Sr') && s[to]?.value === '.' && s[to].start === s[to - 1].end) to++;
  // "Senate Republicans", "Texas Democrats": the party's members are no part of a known
  // institution's or place's name ("Christian Democrats", "Free Democrats" are parties).
  if (to - from > 1 && PARTY_PLURALS.has(s[to - 1].value) && lexicon.startingAt(from)?.to === to - 1) to--;
  // "Florida Sen. Marco Rubio": an abbreviated title ending the run belongs to the next name.
  if (to - from > 1 && TRAILING_TITLES.has(s[to - 1].value) && s[to]?.value === '.') {
    to--;
    while (to > from && s[to - 1].kind === 'punctuation') to--;
  }
  if (from >= to || (s[from].kind !== 'word' && s[from].kind !== 'number')) return [];
  // One token: its value (the same text, a string already hashed by the lookups below).
  const surface = to - from === 1 ? s[from].value : text.slice(s[from].start, s[to - 1].end);
  if (to - from === 1 && (DEMONYMS.has(surface) || TITLE_WORDS.has(surface) || NEVER_NAMES.has(surface) || capClass(surface) === 'L' || CONTRACTION.test(surface))) return [];
  // "The" stays only in a publication's name.
  if (s[from].value === 'The' && !PUBLICATIONS_WITH_THE.has(surface)) return shape(s, from + 1, to, kind, text, caseless, lexicon, evidence);
  // A capitalized common word opening a sentence ("County commissioners …", when the text
  // elsewhere writes "county") is not a name unless the document also capitalizes it mid-sentence.
  if (to - from === 1 && from === firstWord(s) && capClass(surface) === 'T' && evidence.lowercase.has(lowerCased(surface)) && !evidence.capitalizedInside.has(surface) && !lexicon.startingAt(from)) return [];
  // Faiths, doctrines and named days are no actors; the dates plugin also drops every actor
  // inside a date it finds ("Memorial Day"), but not "Christmas came early", which it leaves.
  if (BELIEFS.has(surface) || ONE_WORD_DAYS.has(surface)) return [];
  if (to - from === 1 && PARTY_STATE.test(surface)) return []; // "Sen. Marco Rubio (R-Fla.)": a party and a state, no actor
  // "Nationally, Sanders trails …", "Naturally, she …": an adverb in -ly opening a sentence
  // before a comma is no name, unless the document writes it capitalized elsewhere ("Connolly").
  if (to - from === 1 && from === firstWord(s) && surface.length >= 6 && surface.endsWith('ly') && s[to]?.value === ',' && capClass(surface) === 'T' && !evidence.capitalizedInside.has(surface) && !FIRST_NAMES.has(surface) && !lexicon.startingAt(from)) return [];
  let first = lexicon.startingAt(from);
  if (to - from === 1 && !first && !caseless && surface.length >= 4 && capClass(surface) === 'U') {
    // "FACEBOOK and TWITTER users": a known name written in capitals in a sentence that is not.
    const m = matchAt(s, from, text, true);
    // A place only in a dateline's shape ("WASHINGTON (AP) —"): capitals at the head of a
    // line elsewhere are sports tables' teams.
    if (m && m.to === to && (m.entry.type === 'organization' || (from === firstWord(s) && DATELINE_MARKS.has(s[to]?.value ?? '')))) first = m;
    // "ABSTRACT.", "FULL TEXT.": a word in capitals standing alone is a section label.
    else if (from === firstWord(s) && s.slice(to).every((t) => t.kind === 'punctuation')) return [];
  }
  if (first && first.to === to) return [{ from, to, type: first.entry.type, known: first.entry.canonical }];
  // Two known names side by side ("White House National Security Council") are two names.
  if (first && first.to < to) {
    const second = lexicon.startingAt(first.to)?.to === to ? lexicon.startingAt(first.to) : undefined;
    if (second) {
      const out: Candidate[] = [{ from, to: first.to, type: first.entry.type, known: first.entry.canonical }];
      if (!AMBIGUOUS.has(text.slice(s[second.from].start, s[second.to - 1].end))) out.push({ from: second.from, to, type: second.entry.type, known: second.entry.canonical });
      return out;
    }
  }
  let type = TYPE[kind];
  if (!type) return [];
  // "Ostmark Research", "Fenwick Hollow": a known organization or place word at the end decides the type.
  const last = s[to - 1].value;
  if (to - from > 1 && ORGANIZATION_SUFFIXES.has(last) && !titledPerson(s, from, to)) type = 'organization';
  else if (to - from > 1 && PLACE_SUFFIXES.has(last)) type = 'place';
  // "Sofia Lindqvist": a first name and one more capitalized word is a person.
  else if (to - from === 2 && type !== 'person' && FIRST_NAMES.has(s[from].value) && capClass(last) === 'T' && !lexicon.startingAt(from + 1)) type = 'person';
  // "near Aster Ford": after a place preposition, an unknown two-word "person" is a place.
  else if (type === 'person' && to - from > 1 && !FIRST_NAMES.has(s[from].value) && ['in', 'near', 'outside', 'across'].includes(s[from - 1]?.value ?? '')) type = 'place';
  return [{ from, to, type }];
}



