// Our own model, complete: the sidecar as stored, named by its source. One object for one
// source, an array for several.
import type { ExportDocument } from './types';

export function toJson(docs: readonly ExportDocument[]): string {
  const items = docs.map((d) => ({ source: d.sourcePath, sidecar: d.sidecar }));
  return JSON.stringify(items.length === 1 ? items[0] : items, null, 2) + '\n';
}
