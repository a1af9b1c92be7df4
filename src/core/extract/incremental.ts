// Incremental re-analysis: after an edit, only the paragraphs around the change are
// extracted again, and the previous extraction is kept (shifted) everywhere else. This is
// what keeps a 5 MB source fluid: re-extracting it whole takes seconds, the paragraphs an
// edit touched take milliseconds.
//
// The changed range is found by comparing the text the previous extraction ran on with the
// current text (common prefix and suffix), widened to paragraph boundaries. The extractor
// then runs on a window with a few paragraphs of context on each side (pronouns and titles
// are resolved against the actors just before a quote; a sentence is never cut), and only
// the mentions in the changed range are taken from it. Wherever an old or a new mention
// crosses the edge of that range (a quotation running over several paragraphs), the range
// grows to cover it, until old and new agree on where it ends. Names found in the window are
// linked to the document's entities, so "Putin" typed in one paragraph joins the
// "Vladimir Putin" the rest of the article established.
//
// What the window cannot see is left as the previous full pass found it: a name typed for the
// first time is not propagated to the rest of a long document until the next full pass
// (opening the file, or "Re-run Extraction"). When the edit touches the publication date, or
// the range would grow past the window, the caller is told to run a full pass instead (null).
import type { ActorMention, ClaimMention, DateMention, Extraction, ExtractOptions, QuoteMention, Span } from '../model';
import { extract } from './index';
import { detectPublished } from './dates/published';
import { parseNews } from '../parse';
import { firstStartingAt, SPAN_REACH } from '../spans';
import type { KnownName } from './actors/recognize';

/** The single range in which two texts differ: [start, oldEnd) in the old text became [start, newEnd). */
export interface ChangedRange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

export interface IncrementalResult {
  extraction: Extraction;
  /** The range whose mentions were re-extracted, in the new text (oldEnd: in the old one). */
  range: ChangedRange;
  /** The window the extractor ran on (new text). */
  window: Span;
}

/**
 * The changed range after one more edit: `range` (old text -> current text, or null) followed
 * by replacing [offset, offset + deleteLength) of the current text with insertLength characters.
 */
export function composeRange(range: ChangedRange | null, offset: number, deleteLength: number, insertLength: number): ChangedRange {
  if (!range) return { start: offset, oldEnd: offset + deleteLength, newEnd: offset + insertLength };
  const start = Math.min(range.start, offset);
  const end = Math.max(range.newEnd, offset + deleteLength); // in the current text
  return { start, oldEnd: end - (range.newEnd - range.oldEnd), newEnd: end + insertLength - deleteLength };
}

/** Paragraphs of context kept on each side of the changed range. */
const CONTEXT_PARAGRAPHS = 3;
/** Extra context, in characters, when paragraphs are short (one-line paragraphs). */
const CONTEXT_CHARS = 1500;
/** A paragraph boundary is searched this far at most; further away, a line break will do. */
const PARAGRAPH_SEARCH = 20_000;
/** Edits this close to either end of the text may change the publication date found there. */
const PUBLISHED_EDGE = 3000;
/** Beyond this window size a full pass is as good (and exact). */
const MAX_WINDOW = 400_000;

/** Where `before` and `after` differ (null when they are equal). Linear, no allocation. */
export function changedRange(before: string, after: string): ChangedRange | null {
  if (before === after) return null;
  const min = Math.min(before.length, after.length);
  let p = 0;
  while (p < min && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  const maxSuffix = min - p;
  while (s < maxSuffix && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  return { start: p, oldEnd: before.length - s, newEnd: after.length - s };
}

/** The start of the paragraph holding `offset`: just after a blank line (or a line break when there is none near). */
export function paragraphStart(text: string, offset: number): number {
  const floor = Math.max(0, offset - PARAGRAPH_SEARCH);
  let lineBreak = -1;
  for (let i = Math.min(offset, text.length) - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c !== 10) continue;
    if (lineBreak < 0) lineBreak = i + 1;
    // A blank line: the previous line holds only spaces.
    let j = i - 1;
    while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j--;
    if (j < 0) return 0;
    if (text.charCodeAt(j) === 10) return i + 1;
  }
  if (floor === 0) return 0;
  return lineBreak >= 0 ? lineBreak : floor;
}

/** The end of the paragraph holding `offset`: at the blank line after it (or a line break when there is none near). */
export function paragraphEnd(text: string, offset: number): number {
  const ceiling = Math.min(text.length, offset + PARAGRAPH_SEARCH);
  let lineBreak = -1;
  for (let i = Math.max(0, offset); i < ceiling; i++) {
    if (text.charCodeAt(i) !== 10) continue;
    if (lineBreak < 0) lineBreak = i;
    let j = i + 1;
    while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j++;
    if (j >= text.length) return text.length;
    if (text.charCodeAt(j) === 10) return i;
  }
  if (ceiling === text.length) return text.length;
  return lineBreak >= 0 ? lineBreak : ceiling;
}

function widenBack(text: string, offset: number, paragraphs: number, chars: number): number {
  let at = offset;
  const floor = offset - chars;
  for (let k = 0; k < paragraphs || at > floor; k++) {
    if (at <= 0) return 0;
    at = paragraphStart(text, Math.max(0, at - 1));
    if (k > 50) break;
  }
  return at;
}

function widenForward(text: string, offset: number, paragraphs: number, chars: number): number {
  let at = offset;
  const ceiling = offset + chars;
  for (let k = 0; k < paragraphs || at < ceiling; k++) {
    if (at >= text.length) return text.length;
    at = paragraphEnd(text, at + 1);
    if (k > 50) break;
  }
  return at;
}

type Mention = ActorMention | DateMention | QuoteMention | ClaimMention;
type Kind = 'actors' | 'dates' | 'quotes' | 'claims';
const KINDS: readonly Kind[] = ['actors', 'dates', 'quotes', 'claims'];

/**
 * Re-extracts only what an edit can have changed. `previous` is the extraction of
 * `before` (or of the text `before` says changed, as an editor tracks it through its change
 * events); the result is an extraction of `after`, or null when a full pass is needed.
 */
export function extractIncremental(previous: Extraction, before: string | ChangedRange, after: string, options: ExtractOptions = {}): IncrementalResult | null {
  const changed = typeof before === 'string' ? changedRange(before, after) : before;
  if (!changed) return { extraction: previous, range: { start: 0, oldEnd: 0, newEnd: 0 }, window: { start: 0, end: 0 } };
  const delta = changed.newEnd - changed.oldEnd;

  // The publication date anchors every relative date: if the edit changed it, redo everything.
  // detectPublished reads only the head and the tail (1,500 characters each).
  const nearEdge = changed.start < PUBLISHED_EDGE || changed.newEnd > after.length - PUBLISHED_EDGE;
  if (nearEdge && (previous.publishedSource === 'text' || previous.publishedSource === 'none')) {
    if (detectPublished(after) !== previous.published) return null;
  }

  // The changed paragraphs (new coordinates).
  let start = paragraphStart(after, changed.start);
  let end = paragraphEnd(after, changed.newEnd);

  const published = options.published ?? previous.published ?? undefined;
  const publishedSource = options.published ? options.publishedSource ?? 'option' : previous.publishedSource;

  // What the rest of the document knows (outside the changed paragraphs; computed once, the
  // range only grows by a few mentions).
  const initialStart = start;
  const initialOldEnd = end - delta;
  const doc = documentActors(previous.actors, start, end - delta);
  const known = knownNames(doc);

  for (let attempt = 0; attempt < 4; attempt++) {
    const windowStart = widenBack(after, start, CONTEXT_PARAGRAPHS, CONTEXT_CHARS);
    const windowEnd = widenForward(after, end, CONTEXT_PARAGRAPHS, CONTEXT_CHARS);
    if (windowEnd - windowStart > MAX_WINDOW) return null;
    const local = extract(after.slice(windowStart, windowEnd), { source: options.source ?? (previous.source || undefined), published: published ?? undefined, publishedSource, knownNames: known });
    const fresh = shiftAll(local, windowStart);

    // Grow [start, end) until no old or new mention crosses its edges.
    let grown = true;
    let escaped = false;
    while (grown) {
      grown = false;
      for (const kind of KINDS) {
        for (const m of fresh[kind] as Mention[]) {
          const s = extentStart(m);
          const e = extentEnd(m);
          if (e <= start || s >= end) continue;
          if (s < start) { start = s; grown = true; }
          if (e > end) { end = e; grown = true; }
        }
        const list = previous[kind] as Mention[];
        // Mentions are in order of their start; none reaches further than SPAN_REACH.
        for (let i = firstStartingAt(list, start - SPAN_REACH, mentionStart); i < list.length; i++) {
          const m = list[i];
          if ((m.start >= changed.oldEnd ? m.start + delta : m.start) >= end + SPAN_REACH) break;
          // Old mentions, in new coordinates where they lie after the change.
          const os = extentStart(m);
          const oe = extentEnd(m);
          const s = os >= changed.oldEnd ? os + delta : os;
          const e = oe > changed.oldEnd ? oe + delta : oe;
          if (e <= start || s >= end) continue;
          if (s < start) { start = s; grown = true; }
          if (e > end) { end = e; grown = true; }
        }
      }
      // A mention at the window's edge may be cut short there: widen the window and retry.
      if (start < windowStart || end > windowEnd || (start === windowStart && windowStart > 0) || (end === windowEnd && windowEnd < after.length)) {
        escaped = true;
        break;
      }
    }
    if (escaped) {
      start = paragraphStart(after, start);
      end = paragraphEnd(after, end);
      continue;
    }

    const oldEnd = end - delta;
    // The range may have grown since the statistics were taken: take out what it now covers.
    for (const a of previous.actors) {
      if (a.start >= oldEnd) break;
      if (a.end > start && !(a.end > initialStart && a.start < initialOldEnd)) count(doc, a, -1);
    }
    const links = entityLinks(doc, fresh.actors, start, end);
    const extraction: Extraction = {
      source: previous.source,
      published: previous.published,
      publishedSource: previous.publishedSource,
      actors: splice(previous.actors, fresh.actors.map((a) => relinkActor(a, links)), start, oldEnd, end, delta),
      dates: splice(previous.dates, fresh.dates, start, oldEnd, end, delta),
      quotes: splice(previous.quotes, fresh.quotes.map((q) => relinkQuote(q, links)), start, oldEnd, end, delta),
      claims: splice(previous.claims, fresh.claims, start, oldEnd, end, delta),
    };
    for (const a of extraction.actors) {
      if (a.start >= end) break;
      if (a.start >= start) count(doc, a, 1);
    }
    statsOf.set(extraction.actors, doc);
    return { extraction, range: { start, oldEnd, newEnd: end }, window: { start: windowStart, end: windowEnd } };
  }
  return null;
}

/** Where a mention starts, with a quote's speaker mention included (the two move together). */
const mentionStart = (m: Mention) => m.start;

function extentStart(m: Mention): number {
  const sm = (m as QuoteMention).speakerMention;
  return sm && sm.start < m.start ? sm.start : m.start;
}

/** Where a mention ends, with a quote's speaker mention included. */
function extentEnd(m: Mention): number {
  const sm = (m as QuoteMention).speakerMention;
  return sm && sm.end > m.end ? sm.end : m.end;
}

function shiftAll(x: Extraction, by: number): Pick<Extraction, Kind> {
  const span = <T extends Span>(m: T): T => ({ ...m, start: m.start + by, end: m.end + by });
  return {
    actors: x.actors.map(span),
    dates: x.dates.map(span),
    claims: x.claims.map(span),
    quotes: x.quotes.map((q) => ({ ...span(q), speakerMention: q.speakerMention ? { start: q.speakerMention.start + by, end: q.speakerMention.end + by } : null })),
  };
}

/**
 * The previous mentions before `start` as they were, the fresh ones inside [start, newEnd),
 * and the previous ones from `oldEnd` on, shifted by `delta`. All three runs are in order.
 */
function splice<T extends Mention>(previous: readonly T[], fresh: readonly T[], start: number, oldEnd: number, newEnd: number, delta: number): T[] {
  const out: T[] = [];
  let i = 0;
  for (; i < previous.length && extentEnd(previous[i]) <= start; i++) out.push(previous[i]);
  for (const m of fresh) {
    if (extentStart(m) >= start && extentEnd(m) <= newEnd) out.push(m);
  }
  for (; i < previous.length; i++) {
    const m = previous[i];
    if (extentStart(m) < oldEnd) continue;
    out.push(delta === 0 ? m : shiftMention(m, delta));
  }
  // Mentions are in document order in every extraction; a merge of three ordered runs is
  // ordered unless an old mention before `start` ran past it (ruled out by the growing above).
  return out;
}

function shiftMention<T extends Mention>(m: T, delta: number): T {
  const out = { ...m, start: m.start + delta, end: m.end + delta };
  if ('speakerMention' in m && m.speakerMention) {
    // The range grew over every quote whose speaker mention it touched: this one lies wholly after it.
    const sm = m.speakerMention;
    (out as QuoteMention).speakerMention = { start: sm.start + delta, end: sm.end + delta };
  }
  return out;
}

interface EntityLinks {
  /** Local canonical name (window) -> the document's entity for it. */
  names: Map<string, { entity: string; type: ActorMention['type'] }>;
}

/** What the document outside the changed range says about its actors. */
interface DocumentActors {
  /** Mention text -> entity -> count (any type: the document's vote on the type wins). */
  byText: Map<string, Map<string, number>>;
  /** Canonical name -> type, and how many mentions name it. */
  entities: Map<string, ActorMention['type']>;
  counts: Map<string, number>;
}

/** The statistics of each extraction's actors, so the next edit only updates them. */
const statsOf = new WeakMap<readonly ActorMention[], DocumentActors>();

function count(doc: DocumentActors, a: ActorMention, by: 1 | -1): void {
  let texts = doc.byText.get(a.text);
  if (!texts) doc.byText.set(a.text, (texts = new Map()));
  const t = (texts.get(a.entity) ?? 0) + by;
  if (t > 0) texts.set(a.entity, t);
  else texts.delete(a.entity);
  if (!texts.size) doc.byText.delete(a.text);
  const n = (doc.counts.get(a.entity) ?? 0) + by;
  if (n > 0) {
    doc.counts.set(a.entity, n);
    if (by > 0) doc.entities.set(a.entity, a.type);
  } else {
    doc.counts.delete(a.entity);
    doc.entities.delete(a.entity);
  }
}

function copyStats(doc: DocumentActors): DocumentActors {
  const byText = new Map<string, Map<string, number>>();
  for (const [k, v] of doc.byText) byText.set(k, new Map(v));
  return { byText, entities: new Map(doc.entities), counts: new Map(doc.counts) };
}

/** The actors outside [start, oldEnd) of the previous extraction. */
function documentActors(previous: readonly ActorMention[], start: number, oldEnd: number): DocumentActors {
  let all = statsOf.get(previous);
  if (!all) {
    all = { byText: new Map(), entities: new Map(), counts: new Map() };
    for (const a of previous) count(all, a, 1);
    statsOf.set(previous, all);
  }
  const doc = copyStats(all);
  for (const a of previous) {
    if (a.start >= oldEnd) break;
    if (a.end > start) count(doc, a, -1);
  }
  return doc;
}

const wordsCache = new Map<string, string[]>();

/** The names the rest of the document established, for the window's propagation step. */
function knownNames(doc: DocumentActors): KnownName[] {
  const out: KnownName[] = [];
  const seen = new Set<string>();
  const add = (name: string, type: ActorMention['type']) => {
    const key = `${type}|${name}`;
    if (seen.has(key)) return;
    seen.add(key);
    let words = wordsCache.get(name);
    if (!words) {
      words = parseNews(name).tokens.map((t) => t.value);
      if (wordsCache.size > 50_000) wordsCache.clear();
      wordsCache.set(name, words);
    }
    out.push({ words, type });
  };
  for (const [text, counts] of doc.byText) {
    const entity = dominant(counts);
    const type = doc.entities.get(entity) ?? 'person';
    add(text, type);
    if (type === 'person') {
      const space = text.lastIndexOf(' ');
      if (space > 0) add(text.slice(space + 1), 'person');
    }
  }
  return out;
}

function dominant(counts: Map<string, number>): string {
  let best = '';
  let n = -1;
  for (const [k, v] of counts) if (v > n || (v === n && k < best)) [best, n] = [k, v];
  return best;
}

/**
 * How the window's entities map onto the document's: a name the rest of the document
 * writes the same way takes that mention's entity (and type); a surname joins the one
 * document person whose full name ends with it, a short organization name the one
 * organization whose name starts with it; anything else stays itself.
 */
function entityLinks(doc: DocumentActors, fresh: readonly ActorMention[], newStart: number, newEnd: number): EntityLinks {
  const names: EntityLinks['names'] = new Map();
  const link = (local: string, entity: string) => names.set(local, { entity, type: doc.entities.get(entity) ?? 'person' });
  for (const a of fresh) {
    if (a.start < newStart || a.end > newEnd || names.has(a.entity)) continue;
    if (doc.entities.has(a.entity)) {
      link(a.entity, a.entity);
      continue;
    }
    const same = doc.byText.get(a.entity) ?? doc.byText.get(a.text);
    if (same) {
      link(a.entity, dominant(same));
      continue;
    }
    if (!a.entity.includes(' ')) {
      const candidates: string[] = [];
      for (const [name, type] of doc.entities) {
        if ((type === 'person' && name.endsWith(' ' + a.entity)) || (type === 'organization' && name.startsWith(a.entity + ' '))) candidates.push(name);
      }
      if (candidates.length === 1) link(a.entity, candidates[0]);
    }
  }
  return { names };
}

function relinkActor(a: ActorMention, links: EntityLinks): ActorMention {
  const to = links.names.get(a.entity);
  return to && (to.entity !== a.entity || to.type !== a.type) ? { ...a, entity: to.entity, type: to.type } : a;
}

function relinkQuote(q: QuoteMention, links: EntityLinks): QuoteMention {
  const to = q.speaker === null ? undefined : links.names.get(q.speaker);
  return to && to.entity !== q.speaker ? { ...q, speaker: to.entity } : q;
}
