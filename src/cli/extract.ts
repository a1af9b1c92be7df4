// `newsmark extract <files…> [--json] [--published YYYY-MM-DD]`
import { readFileSync } from 'node:fs';
import { extract } from '../core/extract';
import type { Extraction } from '../core/model';
import { decodeSource } from '../core/source';
import { extractOptionsFor, loadSidecar, nodeFileSystem, SidecarError, formatProblem } from '../core/sidecar';
import type { CliIo } from './io';

export interface ExtractCliOptions {
  json: boolean;
  published?: string;
}

export function summarize(r: Extraction): string {
  const lines = [`${r.source}  (published ${r.published ?? 'unknown'}${r.published ? `, from ${r.publishedSource}` : ''})`];
  const entities = new Map<string, { type: string; n: number }>();
  for (const a of r.actors) {
    const e = entities.get(a.entity) ?? { type: a.type, n: 0 };
    e.n++;
    entities.set(a.entity, e);
  }
  lines.push(`  actors: ${r.actors.length} mentions of ${entities.size} entities`);
  for (const [name, e] of [...entities].sort((a, b) => b[1].n - a[1].n).slice(0, 12)) lines.push(`    ${String(e.n).padStart(3)}  ${name} (${e.type})`);
  lines.push(`  dates: ${r.dates.length}`);
  for (const d of r.dates.slice(0, 12)) lines.push(`    ${d.text} → ${d.value ?? '?'}`);
  lines.push(`  quotes: ${r.quotes.length}`);
  for (const q of r.quotes.slice(0, 12)) lines.push(`    ${q.speaker ?? '(unknown)'}: “${q.text.length > 70 ? `${q.text.slice(0, 67)}…` : q.text}”`);
  lines.push(`  claims: ${r.claims.length}`);
  return lines.join('\n');
}

export async function runExtract(files: string[], opts: ExtractCliOptions, io: CliIo): Promise<number> {
  let failed = 0;
  const results: Extraction[] = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (err) {
      io.stderr(`newsmark: ${file}: cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      failed++;
      continue;
    }
    const decoded = decodeSource(bytes);
    if (!decoded.ok) {
      io.stderr(`newsmark: ${file}: ${decoded.message}`);
      failed++;
      continue;
    }
    // The sidecar's stored publication date is used unless --published overrides it; a sidecar
    // we cannot read is reported but does not stop the extraction.
    let sidecar = null;
    if (!opts.published) {
      try {
        sidecar = (await loadSidecar(nodeFileSystem, file, decoded.text))?.sidecar ?? null;
      } catch (err) {
        if (!(err instanceof SidecarError)) throw err;
        io.stderr(`${err.problems.map((p) => formatProblem(`${file}.annotations.yaml`, p)).join("\n")} (publication date not taken from it)`);
      }
    }
    const r = extract(decoded.text, extractOptionsFor(sidecar, file, opts.published));
    results.push(r);
    if (!opts.json) io.stdout(summarize(r));
  }
  if (opts.json && results.length) io.stdout(JSON.stringify(files.length === 1 ? results[0] : results, null, 2));
  return failed ? 1 : 0;
}
