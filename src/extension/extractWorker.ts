// Runs extraction and the sidecar merge for long sources off the extension host's thread, so
// hovers, views and other extensions stay responsive while a 5 MB source is re-analysed.
import { parentPort } from 'node:worker_threads';
import { extract } from '../core/extract';
import type { ExtractOptions } from '../core/model';
import type { Sidecar } from '../core/annotations';
import { updateSidecar } from '../core/sidecar';

export interface ExtractJob { id: number; text: string; options: ExtractOptions; sidecar: Sidecar | null; file: string }
export type ExtractResult =
  // JSON rather than a structured clone: the extension host parses 50 MB of JSON about twice
  // as fast as it deserializes the same objects, and that time blocks it.
  | { id: number; ok: true; json: string; ms: number }
  | { id: number; ok: false; error: string };

parentPort?.on('message', (job: ExtractJob) => {
  const started = performance.now();
  try {
    const extraction = extract(job.text, job.options);
    const { sidecar } = updateSidecar(job.sidecar, extraction, job.text, { file: job.file });
    const json = JSON.stringify({ extraction, sidecar });
    parentPort!.postMessage({ id: job.id, ok: true, json, ms: performance.now() - started } satisfies ExtractResult);
  } catch (err) {
    parentPort!.postMessage({ id: job.id, ok: false, error: err instanceof Error ? err.stack ?? err.message : String(err) } satisfies ExtractResult);
  }
});
