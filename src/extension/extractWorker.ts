// Runs extraction and the sidecar merge for long sources off the extension host's thread, so
// hovers, views and other extensions stay responsive while a 5 MB source is re-analysed; and
// parses sidecars' YAML while the workspace is indexed (the YAML parser reads about 3 MB/s).
import { parentPort } from 'node:worker_threads';
import { extract } from '../core/extract';
import type { ExtractOptions } from '../core/model';
import type { Sidecar } from '../core/annotations';
import { parseSidecar, SidecarError, updateSidecar, type SidecarProblem } from '../core/sidecar';

export interface ExtractJob { id: number; kind?: undefined; text: string; options: ExtractOptions; sidecar: Sidecar | null; file: string }
/** A sidecar's YAML to parse and check against its source's text. */
export interface ParseJob { id: number; kind: 'sidecar'; yamlText: string; text: string; file: string }
export type WorkerJob = ExtractJob | ParseJob;
export type ExtractResult =
  // JSON rather than a structured clone: the extension host parses 50 MB of JSON about twice
  // as fast as it deserializes the same objects, and that time blocks it.
  | { id: number; ok: true; json: string; ms: number }
  // `problems`: the sidecar could not be used (a SidecarError's findings).
  | { id: number; ok: false; error: string; problems?: SidecarProblem[] };

parentPort?.on('message', (job: WorkerJob) => {
  const started = performance.now();
  if (job.kind === 'sidecar') {
    try {
      const json = JSON.stringify(parseSidecar(job.yamlText, job.text, job.file).sidecar);
      parentPort!.postMessage({ id: job.id, ok: true, json, ms: performance.now() - started } satisfies ExtractResult);
    } catch (err) {
      const problems = err instanceof SidecarError ? err.problems : undefined;
      parentPort!.postMessage({ id: job.id, ok: false, error: err instanceof Error ? err.stack ?? err.message : String(err), problems } satisfies ExtractResult);
    }
    return;
  }
  try {
    const extraction = extract(job.text, job.options);
    const { sidecar } = updateSidecar(job.sidecar, extraction, job.text, { file: job.file });
    const json = JSON.stringify({ extraction, sidecar });
    parentPort!.postMessage({ id: job.id, ok: true, json, ms: performance.now() - started } satisfies ExtractResult);
  } catch (err) {
    parentPort!.postMessage({ id: job.id, ok: false, error: err instanceof Error ? err.stack ?? err.message : String(err) } satisfies ExtractResult);
  }
});
