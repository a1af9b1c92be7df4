// Writing a sidecar: render through the user's own document, skip the write when the bytes
// would not change, never overwrite a file we could not read, and replace it atomically.
import type { Document } from 'yaml';
import type { Sidecar } from '../annotations';
import { createDocument, renderDocument, syncDocument } from './document';
import { SidecarError } from './errors';
import { baseName, dirName, joinPath, type SidecarFileSystem } from './fs';
import { MAX_FILE_BYTES, parseSidecar } from './load';
import { patchLines } from './patch';

export interface SaveResult {
  written: boolean;
  /** The document now on disk; pass it to the next save. */
  document: Document;
  text: string;
}

/**
 * The sidecar's YAML text, rendered through `document` when there is one. With `original`,
 * the text `document` was read from, unchanged lines keep their exact original bytes.
 */
export function renderSidecar(document: Document | null, sidecar: Sidecar, original?: string): { document: Document; text: string } {
  if (!document) {
    const doc = createDocument(sidecar);
    return { document: doc, text: renderDocument(doc) };
  }
  const doc = document.clone();
  syncDocument(doc, sidecar);
  const after = renderDocument(doc);
  if (original === undefined) return { document: doc, text: after };
  return { document: doc, text: patchLines(original, renderDocument(document), after) };
}

let tempCounter = 0;

/** A lower bound on the sidecar's YAML size: every annotation's quoted text and context, plus its keys. */
export function estimateBytes(sidecar: Sidecar): number {
  let n = 200 + sidecar.entities.length * 60;
  for (const a of sidecar.annotations) n += 90 + a.anchor.exact.length + (a.anchor.prefix?.length ?? 0) + (a.anchor.suffix?.length ?? 0) + (a.note?.length ?? 0);
  return n;
}

function tooLarge(path: string, sidecar: Sidecar, bytes: number): SidecarError {
  const mb = (x: number) => (x / 1048576).toFixed(1);
  return new SidecarError([{
    code: 'too-large', severity: 'error',
    message: `not saving ${baseName(path)}: ${sidecar.annotations.length} annotations make about ${mb(bytes)} MB, over the ${mb(MAX_FILE_BYTES)} MB a sidecar may have to be read back; split the source, or remove automatic annotations you do not need`,
  }]);
}

export interface SaveOptions {
  /** Write even when the file changed on disk since `document` was loaded. */
  force?: boolean;
}

/**
 * Save `sidecar` to `path` through `document` (the one loadSidecar returned; null for a new
 * file). Throws SidecarError 'unsafe-overwrite' when the file on disk is unreadable, and
 * 'changed-on-disk' when it no longer holds what `document` was loaded from.
 */
export async function saveSidecar(fs: SidecarFileSystem, path: string, document: Document | null, sidecar: Sidecar, options: SaveOptions = {}): Promise<SaveResult> {
  // A sidecar over the size we read back would be lost at the next load: refuse it before
  // spending seconds rendering it (a 5 MB source with 125,000 annotations makes ~37 MB).
  const estimate = estimateBytes(sidecar);
  if (estimate > MAX_FILE_BYTES) throw tooLarge(path, sidecar, estimate);
  const stat = await fs.stat(path);
  let rendered = renderSidecar(document, sidecar);
  if (rendered.text.length > MAX_FILE_BYTES) throw tooLarge(path, sidecar, rendered.text.length);
  if (stat) {
    const current = stat.size > MAX_FILE_BYTES ? null : await fs.readFile(path);
    // Someone may have broken the file since we read it (a merge, a bad hand edit): keep it.
    let onDisk;
    try {
      if (current === null) throw new Error('too large');
      onDisk = parseSidecar(current);
    } catch (cause) {
      const why = cause instanceof SidecarError ? cause.message : 'it cannot be read';
      throw new SidecarError([{ code: 'unsafe-overwrite', severity: 'error', message: `not saving over ${baseName(path)}: ${why}` }], { cause });
    }
    // When the file still holds what `document` was read from, unchanged lines keep the
    // user's exact layout, and an unchanged sidecar is not written at all.
    if (document && sameJson(onDisk.document.toJS(), document.toJS())) rendered = renderSidecar(document, sidecar, current);
    else if (document && !options.force) {
      // Changed on disk since it was loaded (a hand edit, a pull): writing would lose that.
      throw new SidecarError([{
        code: 'changed-on-disk', severity: 'error',
        message: `${baseName(path)} changed on disk since it was loaded; reload it (or save with force) — not overwritten`,
      }]);
    }
    if (current === rendered.text) return { written: false, ...rendered };
  }
  // Same directory, so the rename is atomic and readers see the old or the new file, whole.
  const temp = joinPath(dirName(path), `.${baseName(path)}.${process.pid}.${++tempCounter}.tmp`);
  await fs.writeFile(temp, rendered.text);
  try {
    await fs.rename(temp, path);
  } catch (e) {
    await fs.remove(temp).catch(() => undefined);
    throw e;
  }
  return { written: true, ...rendered };
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
