// One worker thread for long sources: jobs go in, merged sidecars come back. Falls back to
// running in the extension host when the worker cannot start (the result is the same).
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import type { ExtractJob, ExtractResult, ParseJob } from './extractWorker';
import type { Extraction } from '../core/model';
import type { Sidecar } from '../core/annotations';
import { extract } from '../core/extract';
import { parseSidecar, SidecarError, updateSidecar } from '../core/sidecar';

export class BackgroundExtractor {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (json: string, ms: number) => void; reject: (e: Error) => void }>();

  constructor(private readonly workerPath: string) {}

  run(job: Omit<ExtractJob, 'id'>): Promise<{ extraction: Extraction; sidecar: Sidecar; ms: number }> {
    const worker = this.ensureWorker();
    if (!worker) {
      const started = performance.now();
      const extraction = extract(job.text, job.options);
      return Promise.resolve({ extraction, sidecar: updateSidecar(job.sidecar, extraction, job.text, { file: job.file }).sidecar, ms: performance.now() - started });
    }
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, {
        resolve: (json, ms) => {
          const { extraction, sidecar } = JSON.parse(json) as { extraction: Extraction; sidecar: Sidecar };
          resolve({ extraction, sidecar, ms });
        },
        reject,
      });
      worker.postMessage({ ...job, id } satisfies ExtractJob);
    });
  }

  /**
   * A sidecar's YAML parsed (and checked against the source's text) on the worker; a sidecar
   * that cannot be used rejects with its SidecarError, as parseSidecar throws it.
   */
  parseSidecar(yamlText: string, text: string, file: string): Promise<Sidecar> {
    const worker = this.ensureWorker();
    if (!worker) {
      try {
        return Promise.resolve(parseSidecar(yamlText, text, file).sidecar);
      } catch (err) {
        return Promise.reject(err);
      }
    }
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: (json) => resolve(JSON.parse(json) as Sidecar), reject });
      worker.postMessage({ id, kind: 'sidecar', yamlText, text, file } satisfies ParseJob);
    });
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    if (!existsSync(this.workerPath)) return undefined;
    const worker = new Worker(this.workerPath);
    worker.on('message', (r: ExtractResult) => {
      const p = this.pending.get(r.id);
      if (!p) return;
      this.pending.delete(r.id);
      if (r.ok) {
        try {
          p.resolve(r.json, r.ms);
        } catch (err) {
          p.reject(err instanceof Error ? err : new Error(String(err)));
        }
      } else p.reject(r.problems ? new SidecarError(r.problems) : new Error(r.error));
    });
    worker.on('error', (err) => this.failAll(err));
    worker.on('exit', () => { this.worker = undefined; this.failAll(new Error('the extraction worker stopped')); });
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private failAll(err: Error): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
