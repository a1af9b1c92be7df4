// CoNLL-style BIO: "token<TAB>tag" per line, a blank line after each sentence, and
// "-DOCSTART-<TAB>O" opening each document as in CoNLL-2003. Only actors (PER/ORG/LOC) and
// dates (DATE); the format is flat, so of overlapping spans the earlier (then longer) one wins.
// Tokens are split at every annotation boundary so "Trump’s" gives "Trump" + "’s".
import type { ActorType } from '../model';
import { entityIndex, placedAnnotations } from './placed';
import type { ExportDocument } from './types';

const ACTOR_TAG: Record<ActorType, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };

interface Token { start: number; end: number; tag: string }
interface Span { start: number; end: number; label: string }

// Words (letters, digits, marks, with inner apostrophes/periods/commas/hyphens) or single symbols.
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:[.,'’\-][\p{L}\p{N}\p{M}]+)*|\S/gu;
const ABBREVIATION = /^(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Prof|Rev|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|U\.N|No|vs|etc|Inc|Corp|Co|Ltd)$/;
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

function flatSpans(doc: ExportDocument): Span[] {
  const entities = entityIndex(doc);
  const out: Span[] = [];
  let reach = 0;
  for (const a of placedAnnotations(doc)) {
    if (a.kind !== 'actor' && a.kind !== 'date') continue;
    if (a.anchor.start < reach) continue;
    const label = a.kind === 'date' ? 'DATE' : ACTOR_TAG[entities.get(a.entity ?? '')?.type ?? 'person'];
    out.push({ start: a.anchor.start, end: a.anchor.end, label });
    reach = a.anchor.end;
  }
  return out;
}

function tokenize(text: string, spans: Span[]): Token[] {
  const cuts = new Set(spans.flatMap((s) => [s.start, s.end]));
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let s = m.index!;
    const e = s + m[0].length;
    for (let i = s + 1; i < e; i++) {
      if (cuts.has(i)) {
        tokens.push({ start: s, end: i, tag: 'O' });
        s = i;
      }
    }
    tokens.push({ start: s, end: e, tag: 'O' });
  }
  let si = 0;
  let opened = -1; // index of the span whose B- tag has been given
  for (const t of tokens) {
    while (si < spans.length && spans[si].end <= t.start) si++;
    const span = spans[si];
    if (span && t.start >= span.start && t.end <= span.end) {
      t.tag = `${opened === si ? 'I' : 'B'}-${span.label}`;
      opened = si;
    }
  }
  return tokens;
}

function sentenceEnds(text: string, tokens: Token[], spans: Span[]): Set<number> {
  const ends = new Set<number>();
  const inSpan = (o: number) => spans.some((s) => s.start < o && o < s.end);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const gap = text.slice(tokens[i].end, tokens[i + 1].start);
    if (/[\n\r\u2028\u2029]/.test(gap)) { ends.add(i); continue; }
    const tok = text.slice(tokens[i].start, tokens[i].end);
    if (!/^[.!?…]$/.test(tok) || inSpan(tokens[i].end)) continue;
    const prev = i > 0 && tokens[i - 1].end === tokens[i].start ? text.slice(tokens[i - 1].start, tokens[i - 1].end) : '';
    if (tok === '.' && ABBREVIATION.test(prev)) continue;
    let j = i;
    while (j + 1 < tokens.length && CLOSERS.has(text.slice(tokens[j + 1].start, tokens[j + 1].end)) && tokens[j + 1].start === tokens[j].end) j++;
    if (j + 1 < tokens.length && gap === '' && j === i) continue; // "3.5", "...", "?!" runs
    ends.add(j);
    i = j;
  }
  return ends;
}

export function toConll(docs: readonly ExportDocument[]): string {
  const out: string[] = [];
  for (const doc of docs) {
    out.push('-DOCSTART-\tO', '');
    const spans = flatSpans(doc);
    const tokens = tokenize(doc.text, spans);
    const ends = sentenceEnds(doc.text, tokens, spans);
    tokens.forEach((t, i) => {
      out.push(`${doc.text.slice(t.start, t.end)}\t${t.tag}`);
      if (ends.has(i) || i === tokens.length - 1) out.push('');
    });
  }
  return out.join('\n') + '\n';
}
