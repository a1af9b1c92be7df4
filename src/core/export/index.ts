// The export API shared by the CLI and the VS Code command: documents in, files out. Stream
// formats (everything but brat) give one file that can also be printed.
import { bratBaseName, toBrat } from './brat';
export { isBratCopy } from './brat';
import { toConll } from './conll';
import { toCsv } from './csv';
import { toJson } from './json';
import { toJsonl } from './jsonl';
import { toLabelStudio } from './labelstudio';
import { toMarkdown } from './markdown';
import { sanitizeRelativePath } from './safePath';
import type { ExportDocument, ExportFile, ExportFormat, ExportOptions } from './types';
import { toW3c } from './w3c';

export * from './types';
export { safeJoin, sanitizeRelativePath, isInside, ExportPathError } from './safePath';
export { sidecarFromExtraction } from './fromExtraction';
export { LABEL_STUDIO_CONFIG } from './labelstudio';

export const FORMAT_EXTENSION: Record<ExportFormat, string> = {
  json: 'json',
  csv: 'csv',
  markdown: 'md',
  w3c: 'jsonld',
  brat: 'ann',
  jsonl: 'jsonl',
  labelstudio: 'labelstudio.json',
  conll: 'conll',
};

/** brat is a folder of .txt/.ann pairs; every other format is a single stream. */
export function isStreamFormat(format: ExportFormat): boolean {
  return format !== 'brat';
}

export function defaultFileName(format: ExportFormat): string {
  return `newsmark-export.${FORMAT_EXTENSION[format]}`;
}

/** Distinct sanitized relative paths for the documents ("a.txt", "a-2.txt" on a clash, also
 * when only case differs or brat's .txt/.ann names would collide). */
export function documentPaths(docs: readonly ExportDocument[]): string[] {
  const seen = new Set<string>();
  return docs.map((d) => {
    const clean = sanitizeRelativePath(d.sourcePath);
    let p = clean;
    for (let n = 2; seen.has(bratBaseName(p).toLowerCase()); n++) p = clean.replace(/(\.[^./]*)?$/, (ext) => `-${n}${ext}`);
    seen.add(bratBaseName(p).toLowerCase());
    return p;
  });
}

export function exportToString(docs: readonly ExportDocument[], format: ExportFormat, options: ExportOptions = {}): string {
  switch (format) {
    case 'json': return toJson(docs);
    case 'csv': return toCsv(docs);
    case 'markdown': return toMarkdown(docs);
    case 'w3c': return toW3c(docs, options);
    case 'jsonl': return toJsonl(docs);
    case 'labelstudio': return toLabelStudio(docs);
    case 'conll': return toConll(docs);
    case 'brat': throw new Error('brat export is a folder of files: use exportDocuments');
  }
}

export function exportDocuments(docs: readonly ExportDocument[], format: ExportFormat, options: ExportOptions = {}): ExportFile[] {
  if (format === 'brat') return toBrat(docs, documentPaths(docs));
  return [{ relativePath: defaultFileName(format), content: exportToString(docs, format, options) }];
}
