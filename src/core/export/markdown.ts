// A readable report per source: claims with status and note, quotes grouped by speaker, actors
// with mention counts, dates in chronological order. All file text goes through escapeMarkdown.
import type { Annotation } from '../annotations';
import { escapeMarkdown as esc } from './markdownEscape';
import { entityIndex, entityName } from './placed';
import { timexSortKey } from './timexOrder';
import type { ExportDocument } from './types';

const byStart = (a: Annotation, b: Annotation) => a.anchor.start - b.anchor.start;

function claims(doc: ExportDocument, out: string[]) {
  const list = doc.sidecar.annotations.filter((a) => a.kind === 'claim').sort(byStart);
  out.push(`### Claims (${list.length})`, '');
  if (!list.length) out.push('None.');
  list.forEach((c, i) => {
    const kind = c.claimKind ? ` (${esc(c.claimKind)})` : '';
    const orphan = c.orphaned ? ' _(no longer found in the text)_' : '';
    out.push(`${i + 1}. **${esc(c.status ?? 'unverified')}**${kind}: ${esc(c.anchor.exact)}${orphan}`);
    if (c.note) out.push(`   - Note: ${esc(c.note)}`);
  });
  out.push('');
}

function quotes(doc: ExportDocument, out: string[]) {
  const names = entityIndex(doc);
  const list = doc.sidecar.annotations.filter((a) => a.kind === 'quote').sort(byStart);
  const groups = new Map<string, Annotation[]>();
  for (const q of list) {
    const speaker = q.speaker ? entityName(names, q.speaker) : '';
    groups.set(speaker, [...(groups.get(speaker) ?? []), q]);
  }
  out.push(`### Quotes by speaker (${list.length})`, '');
  if (!list.length) out.push('None.', '');
  const speakers = [...groups.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
  for (const s of speakers) {
    const qs = groups.get(s)!;
    out.push(`#### ${s ? esc(s) : 'Unknown speaker'} (${qs.length})`, '');
    for (const q of qs) {
      out.push(`- “${esc(q.anchor.exact)}”`);
      if (q.note) out.push(`  - Note: ${esc(q.note)}`);
    }
    out.push('');
  }
}

function actors(doc: ExportDocument, out: string[]) {
  const names = entityIndex(doc);
  const counts = new Map<string, number>();
  for (const a of doc.sidecar.annotations) if (a.kind === 'actor' && a.entity) counts.set(a.entity, (counts.get(a.entity) ?? 0) + 1);
  const rows = [...counts].sort((a, b) => b[1] - a[1] || entityName(names, a[0]).localeCompare(entityName(names, b[0])));
  out.push(`### Actors (${rows.length})`, '');
  if (!rows.length) out.push('None.');
  for (const [id, n] of rows) {
    const e = names.get(id);
    const type = e ? ` (${esc(e.type)})` : '';
    out.push(`- ${esc(entityName(names, id))}${type}: ${n} mention${n === 1 ? '' : 's'}`);
  }
  out.push('');
}

function dates(doc: ExportDocument, out: string[]) {
  const list = doc.sidecar.annotations.filter((a) => a.kind === 'date').sort(byStart);
  const groups = new Map<string, Annotation[]>();
  for (const d of list) groups.set(d.value ?? '', [...(groups.get(d.value ?? '') ?? []), d]);
  const keyed = [...groups.keys()].map((v) => ({ v, key: timexSortKey(v) }));
  // Dated values first in time order; durations and unresolved ones after, in text order.
  const dated = keyed.filter((k) => k.key !== undefined).sort((a, b) => a.key! - b.key! || a.v.localeCompare(b.v));
  const undated = keyed.filter((k) => k.key === undefined);
  out.push(`### Dates (${list.length})`, '');
  if (!list.length) out.push('None.');
  for (const { v } of [...dated, ...undated]) {
    const mentions = groups.get(v)!.map((d) => `“${esc(d.anchor.exact)}”`).join(', ');
    out.push(`- ${v ? esc(v) : 'unresolved'}: ${mentions}`);
  }
  out.push('');
}

export function toMarkdown(docs: readonly ExportDocument[]): string {
  const out: string[] = ['# Newsmark report', ''];
  for (const doc of docs) {
    out.push(`## ${esc(doc.sourcePath)}`, '');
    if (doc.sidecar.published) out.push(`Published: ${esc(doc.sidecar.published.date)}`, '');
    claims(doc, out);
    quotes(doc, out);
    actors(doc, out);
    dates(doc, out);
  }
  return out.join('\n');
}
