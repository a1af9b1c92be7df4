// What every exporter takes and gives: already-loaded documents in, files (path + text) out.
import type { Sidecar } from '../annotations';

export const EXPORT_FORMATS = ['json', 'csv', 'markdown', 'w3c', 'brat', 'jsonl', 'labelstudio', 'conll'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportDocument {
  /** Path of the source as the user knows it (relative to the workspace or cwd), '/' separators. */
  sourcePath: string;
  /** The source text exactly as read with readFileSync(path, 'utf8'). */
  text: string;
  sidecar: Sidecar;
}

export interface ExportFile {
  /** Destination path relative to the export folder, '/' separators, already sanitized. */
  relativePath: string;
  content: string;
}

export interface ExportOptions {
  /** IRI naming a source in W3C targets; default: the percent-encoded relative path. */
  sourceIri?: (doc: ExportDocument) => string;
}

export function isExportFormat(s: string): s is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(s);
}
