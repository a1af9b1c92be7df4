// brat standoff: for each source a byte-identical .txt copy and a .ann beside it, plus one
// annotation.conf declaring our types. Offsets are what brat itself computes: Python string
// indices (code points) over the text read with universal newlines, so CRLF counts as ONE
// character (brat issue nlplab/brat#853) and an emoji as one. Each T line must stay on one line,
// so a span crossing line breaks becomes a discontinuous annotation with one fragment per line.
import type { Annotation, Entity } from '../annotations';
import type { ActorType } from '../model';
import { codePointMapper } from './offsets';
import { entityIndex, placedAnnotations } from './placed';
import { speakerTarget } from './speakers';
import type { ExportDocument, ExportFile } from './types';

const ACTOR_TYPE: Record<ActorType, string> = { person: 'Person', organization: 'Organization', place: 'Place' };
const KIND_TYPE = { date: 'Date', quote: 'Quote', claim: 'Claim', note: 'Note' } as const;

// Everything Python's str.splitlines() breaks on (brat reads .ann line by line).
const LINE_BREAK = /[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;
const LINE_BREAKS = /[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029\t]+/g;

export const BRAT_ANNOTATION_CONF = `[entities]
Person
Organization
Place
Date
Quote
Claim
Note

[relations]
Speaker\tArg1:Quote, Arg2:Person|Organization|Place
<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
Status\tArg:Claim, Value:unverified|verified|false|misleading|disputed
ClaimKind\tArg:Claim, Value:statistic|prediction|attributed|factual
`;

/** Non-empty pieces of [start, end) between line breaks, as UTF-16 ranges. */
export function lineFragments(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || LINE_BREAK.test(text[i])) {
      if (i > s && text.slice(s, i).trim() !== '') out.push([s, i]);
      s = i + 1;
    }
  }
  return out;
}

const oneLine = (s: string) => s.replace(LINE_BREAKS, ' ').trim();

class AnnWriter {
  readonly lines: string[] = [];
  private n = { T: 0, R: 0, A: 0, N: 0, '#': 0 };
  constructor(private readonly text: string, private readonly off: (o: number) => number) {}

  entity(type: string, start: number, end: number): string | undefined {
    const frags = lineFragments(this.text, start, end);
    if (frags.length === 0) return undefined;
    const id = `T${++this.n.T}`;
    const spans = frags.map(([s, e]) => `${this.off(s)} ${this.off(e)}`).join(';');
    const ref = frags.map(([s, e]) => this.text.slice(s, e)).join(' ');
    this.lines.push(`${id}\t${type} ${spans}\t${ref}`);
    return id;
  }
  relation(type: string, arg1: string, arg2: string) {
    this.lines.push(`R${++this.n.R}\t${type} Arg1:${arg1} Arg2:${arg2}`);
  }
  attribute(name: string, target: string, value: string) {
    this.lines.push(`A${++this.n.A}\t${name} ${target} ${value}`);
  }
  normalization(target: string, ref: string, label: string) {
    this.lines.push(`N${++this.n.N}\tReference ${target} ${ref}\t${oneLine(label)}`);
  }
  note(target: string, parts: string[]) {
    const text = parts.map(oneLine).filter(Boolean).join(' | ');
    if (text) this.lines.push(`#${++this.n['#']}\tAnnotatorNotes ${target}\t${text}`);
  }
}

function typeOf(a: Annotation, entities: Map<string, Entity>): string {
  if (a.kind === 'actor') return ACTOR_TYPE[entities.get(a.entity ?? '')?.type ?? 'person'];
  return KIND_TYPE[a.kind];
}

export function toBratAnn(doc: ExportDocument): string {
  const entities = entityIndex(doc);
  const placed = placedAnnotations(doc);
  const w = new AnnWriter(doc.text, codePointMapper(doc.text, { collapseCrlf: true }));
  const tid = new Map<Annotation, string>();
  for (const a of placed) {
    const id = w.entity(typeOf(a, entities), a.anchor.start, a.anchor.end);
    if (id) tid.set(a, id);
  }
  const actors = placed.filter((a) => a.kind === 'actor' && tid.has(a));
  const added = new Map<string, string | undefined>(); // speaker mentions added for relations
  for (const a of placed) {
    const id = tid.get(a);
    if (!id) continue;
    const notes: string[] = [];
    if (a.kind === 'actor' && a.entity) {
      const e = entities.get(a.entity);
      notes.push(`entity: ${e?.name ?? a.entity}`);
      if (e?.wikidata) w.normalization(id, `Wikidata:${e.wikidata}`, e.name);
    }
    if (a.kind === 'date') notes.push(`value: ${a.value ?? 'unresolved'}`);
    if (a.kind === 'claim') {
      w.attribute('Status', id, a.status ?? 'unverified');
      if (a.claimKind) w.attribute('ClaimKind', id, a.claimKind);
    }
    if (a.kind === 'quote' && a.speaker) {
      const t = speakerTarget(a, actors, entities, doc.text.length);
      let target = t?.actor ? tid.get(t.actor) : undefined;
      if (t?.span) {
        const key = `${t.span.start}:${t.span.end}`;
        if (!added.has(key)) added.set(key, w.entity(ACTOR_TYPE[t.type], t.span.start, t.span.end));
        target = added.get(key);
      }
      if (target) w.relation('Speaker', id, target);
      else notes.push(`speaker: ${entities.get(a.speaker)?.name ?? a.speaker}`);
    }
    if (a.note) notes.push(a.note);
    w.note(id, notes);
  }
  return w.lines.map((l) => l + '\n').join('');
}

/** The .txt/.ann pair names for a source: "a/b.txt" → a/b.txt + a/b.ann; "a/b.md" → a/b.md.txt + a/b.md.ann. */
export function bratBaseName(relativePath: string): string {
  return relativePath.replace(/\.txt$/i, '');
}

/**
 * A .txt with a brat .ann beside it ("a/b.txt" and "a/b.ann") is a brat document — our own
 * export's copy of a source, or another tool's annotation — not a news source to analyse.
 */
export function isBratCopy(textPath: string, exists: (path: string) => boolean): boolean {
  return /\.txt$/i.test(textPath) && exists(`${bratBaseName(textPath)}.ann`);
}

export function toBrat(docs: readonly ExportDocument[], relativePaths: readonly string[]): ExportFile[] {
  const files: ExportFile[] = [{ relativePath: 'annotation.conf', content: BRAT_ANNOTATION_CONF }];
  docs.forEach((doc, i) => {
    const base = bratBaseName(relativePaths[i]);
    // The .ann first: a .txt is taken for a brat copy (not a source) once its .ann exists.
    files.push({ relativePath: `${base}.ann`, content: toBratAnn(doc) });
    files.push({ relativePath: `${base}.txt`, content: doc.text });
  });
  return files;
}
