// One row per annotation, RFC 4180. Written as UTF-8 with a byte-order mark and CRLF record
// separators: Excel only detects UTF-8 in a CSV when the BOM is there (without it curly quotes and
// emoji turn into mojibake), LibreOffice accepts the BOM, and CRLF is what RFC 4180 specifies and
// what both spreadsheets expect.
import type { Annotation } from '../annotations';
import { lineMapper } from './offsets';
import { entityIndex, entityName } from './placed';
import type { ExportDocument } from './types';

export const CSV_COLUMNS = [
  'source', 'id', 'kind', 'type', 'text', 'start', 'end', 'line',
  'entity', 'speaker', 'value', 'status', 'note', 'orphaned',
] as const;

/**
 * A cell a spreadsheet would run as a formula (CSV injection) gets a leading apostrophe, as OWASP
 * recommends: article text is data. Readers undo it by dropping "'" before one of = + - @ TAB CR.
 */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const cell = neutralizeFormula(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function row(doc: ExportDocument, a: Annotation, line: (o: number) => number, names: ReturnType<typeof entityIndex>) {
  const entity = a.kind === 'actor' ? names.get(a.entity ?? '') : undefined;
  const type = a.kind === 'actor' ? (entity?.type ?? '') : a.kind === 'claim' ? (a.claimKind ?? '') : '';
  return [
    doc.sourcePath, a.id, a.kind, type, a.anchor.exact, a.anchor.start, a.anchor.end, line(a.anchor.start),
    a.kind === 'actor' ? entityName(names, a.entity) : '',
    a.kind === 'quote' ? entityName(names, a.speaker) : '',
    a.value ?? '',
    a.status ?? '',
    a.note ?? '',
    a.orphaned ? 'true' : '',
  ];
}

export function toCsv(docs: readonly ExportDocument[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const doc of docs) {
    const line = lineMapper(doc.text);
    const names = entityIndex(doc);
    const sorted = [...doc.sidecar.annotations].sort((a, b) => a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end);
    for (const a of sorted) lines.push(row(doc, a, line, names).map(csvField).join(','));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
