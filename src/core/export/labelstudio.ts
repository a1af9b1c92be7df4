// Label Studio tasks (its "Basic Label Studio JSON"): one task per source, the text in
// data.text, and our annotations as a prediction (model_version "newsmark") that a reviewer
// accepts or corrects in Label Studio — except the ones a person made or changed here, which
// come in as an annotation already. Label Studio counts text offsets in code points (it fixed
// its emoji offsets that way), so UTF-16 offsets are converted, as for doccano. Quote → speaker
// links are relations; a date's ISO value, a claim's kind and verdict and a user's note travel
// in the region's meta text. The labelling config that matches is LABEL_STUDIO_CONFIG.
import type { Annotation, Entity } from '../annotations';
import type { ActorType } from '../model';
import { codePointMapper } from './offsets';
import { entityIndex, placedAnnotations } from './placed';
import { speakerTarget } from './speakers';
import type { ExportDocument } from './types';

const ACTOR_LABEL: Record<ActorType, string> = { person: 'Person', organization: 'Organization', place: 'Place' };
const KIND_LABEL = { date: 'Date', quote: 'Quote', claim: 'Claim', note: 'Note' } as const;

/** The `<View>` a Label Studio project needs to show these tasks (Settings → Labeling Interface). */
export const LABEL_STUDIO_CONFIG = `<View>
  <Relations><Relation value="speaker"/></Relations>
  <Labels name="label" toName="text">
    <Label value="Person"/><Label value="Organization"/><Label value="Place"/>
    <Label value="Date"/><Label value="Quote"/><Label value="Claim"/><Label value="Note"/>
  </Labels>
  <Text name="text" value="$text"/>
</View>`;

export interface LabelStudioRegion {
  id: string;
  from_name: 'label';
  to_name: 'text';
  type: 'labels';
  origin?: 'manual' | 'prediction';
  value: { start: number; end: number; text: string; labels: string[] };
  meta?: { text: string[] };
}
export interface LabelStudioRelation { from_id: string; to_id: string; type: 'relation'; direction: 'right'; labels: string[] }
export interface LabelStudioTask {
  data: { text: string; source: string };
  predictions: { model_version: string; result: (LabelStudioRegion | LabelStudioRelation)[] }[];
  annotations: { result: (LabelStudioRegion | LabelStudioRelation)[] }[];
}

function label(a: Annotation, entities: Map<string, Entity>): string {
  return a.kind === 'actor' ? ACTOR_LABEL[entities.get(a.entity ?? '')?.type ?? 'person'] : KIND_LABEL[a.kind];
}

function meta(a: Annotation, entities: Map<string, Entity>): string[] {
  const out: string[] = [];
  if (a.kind === 'actor' && a.entity) {
    const name = entities.get(a.entity)?.name;
    if (name) out.push(`entity: ${name}`);
  }
  if (a.kind === 'date' && a.value) out.push(`value: ${a.value}`);
  if (a.kind === 'quote' && a.speaker) out.push(`speaker: ${entities.get(a.speaker)?.name ?? a.speaker}`);
  if (a.kind === 'claim') out.push(`kind: ${a.claimKind ?? 'factual'}`, `status: ${a.status ?? 'unverified'}`);
  if (a.note) out.push(`note: ${a.note}`);
  return out;
}

export function toLabelStudio(docs: readonly ExportDocument[]): string {
  const tasks = docs.map((doc): LabelStudioTask => {
    const entities = entityIndex(doc);
    const cp = codePointMapper(doc.text);
    const placed = placedAnnotations(doc);
    const mine = (a: Annotation) => a.origin === 'manual' || !!a.edited;
    const predicted: (LabelStudioRegion | LabelStudioRelation)[] = [];
    const annotated: (LabelStudioRegion | LabelStudioRelation)[] = [];
    const region = (id: string, lbl: string, start: number, end: number, origin: 'manual' | 'prediction', notes: string[] = []): LabelStudioRegion => {
      const r: LabelStudioRegion = {
        id, from_name: 'label', to_name: 'text', type: 'labels', origin,
        value: { start: cp(start), end: cp(end), text: doc.text.slice(start, end), labels: [lbl] },
      };
      if (notes.length) r.meta = { text: notes };
      return r;
    };
    for (const a of placed) (mine(a) ? annotated : predicted).push(region(a.id, label(a, entities), a.anchor.start, a.anchor.end, mine(a) ? 'manual' : 'prediction', meta(a, entities)));
    // Relations join regions of the same result list: a speaker link lives where its quote does,
    // with the speaker's mention added there when it is in the other list or not annotated.
    const actors = placed.filter((a) => a.kind === 'actor');
    for (const q of placed) {
      if (q.kind !== 'quote') continue;
      const t = speakerTarget(q, actors, entities, doc.text.length);
      if (!t) continue;
      const list = mine(q) ? annotated : predicted;
      let to = t.actor && mine(t.actor) === mine(q) ? t.actor.id : undefined;
      if (!to) {
        const span = t.span ?? { start: t.actor!.anchor.start, end: t.actor!.anchor.end };
        to = `${q.id}-speaker`;
        list.push(region(to, ACTOR_LABEL[t.type], span.start, span.end, mine(q) ? 'manual' : 'prediction'));
      }
      list.push({ from_id: q.id, to_id: to, type: 'relation', direction: 'right', labels: ['speaker'] });
    }
    return {
      data: { text: doc.text, source: doc.sourcePath },
      predictions: predicted.length ? [{ model_version: 'newsmark', result: predicted }] : [],
      annotations: annotated.length ? [{ result: annotated }] : [],
    };
  });
  return JSON.stringify(tasks, null, 1) + '\n';
}
