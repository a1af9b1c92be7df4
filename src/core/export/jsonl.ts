// doccano's sequence-labelling-with-relations JSONL: one line per source. doccano is Python,
// so start_offset/end_offset are Python string indices = Unicode code points, not our UTF-16
// units; the text keeps its CRLFs (JSON escapes them), so no newline folding here, unlike brat.
// Extra keys ("source") become document metadata on import.
import type { Annotation, Entity } from '../annotations';
import type { ActorType } from '../model';
import { codePointMapper } from './offsets';
import { entityIndex, placedAnnotations } from './placed';
import { speakerTarget } from './speakers';
import type { ExportDocument } from './types';

const ACTOR_LABEL: Record<ActorType, string> = { person: 'Person', organization: 'Organization', place: 'Place' };
const KIND_LABEL = { date: 'Date', quote: 'Quote', claim: 'Claim', note: 'Note' } as const;

export interface DoccanoEntity { id: number; label: string; start_offset: number; end_offset: number }
export interface DoccanoRelation { id: number; from_id: number; to_id: number; type: string }

function label(a: Annotation, entities: Map<string, Entity>): string {
  return a.kind === 'actor' ? ACTOR_LABEL[entities.get(a.entity ?? '')?.type ?? 'person'] : KIND_LABEL[a.kind];
}

export function toJsonl(docs: readonly ExportDocument[]): string {
  let nextId = 1; // ids unique across the whole file, as doccano's own exports are
  return docs
    .map((doc) => {
      const entities = entityIndex(doc);
      const cp = codePointMapper(doc.text);
      const placed = placedAnnotations(doc);
      const out: DoccanoEntity[] = [];
      const relations: DoccanoRelation[] = [];
      const ids = new Map<Annotation, number>();
      const add = (lbl: string, start: number, end: number) => {
        const id = nextId++;
        out.push({ id, label: lbl, start_offset: cp(start), end_offset: cp(end) });
        return id;
      };
      for (const a of placed) ids.set(a, add(label(a, entities), a.anchor.start, a.anchor.end));
      const actors = placed.filter((a) => a.kind === 'actor');
      const added = new Map<string, number>();
      for (const q of placed) {
        if (q.kind !== 'quote') continue;
        const t = speakerTarget(q, actors, entities, doc.text.length);
        let to = t?.actor ? ids.get(t.actor) : undefined;
        if (t?.span) {
          const key = `${t.span.start}:${t.span.end}`;
          if (!added.has(key)) added.set(key, add(ACTOR_LABEL[t.type], t.span.start, t.span.end));
          to = added.get(key);
        }
        if (to !== undefined) relations.push({ id: nextId++, from_id: ids.get(q)!, to_id: to, type: 'speaker' });
      }
      return JSON.stringify({ text: doc.text, source: doc.sourcePath, entities: out, relations });
    })
    .map((l) => l + '\n')
    .join('');
}
