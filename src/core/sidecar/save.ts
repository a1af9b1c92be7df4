// Writing a sidecar: render through the user's own document, skip the write when the bytes
// would not change, never overwrite a file we could not read, and replace it atomically.
import type { Document } from 'yaml';
import type { Sidecar } from '../annotations';
import { createDocument, renderDocument, syncDocument } from './document';
import { SidecarError } from './errors';
import { baseName, dirName, joinPath, type SidecarFileSystem } from './fs';
import { MAX_FILE_BYTES, parseSidecar } from './load';

export interface SaveResult {
  written: boolean;
  /** The document now on disk; pass it to the next save. */
  document: Document;
  text: string;
}

/** The sidecar's YAML text, rendered through `document` when there is one. */
export function renderSidecar(document: Document | null, sidecar: Sidecar): { document: Document; text: string } {
  const doc = document ? document.clone() : createDocument(sidecar);
  if (document) syncDocument(doc, sidecar);
  return { document: doc, text: renderDocument(doc) };
}

let tempCounter = 0;

export async function saveSidecar(fs: SidecarFileSystem, path: string, document: Document | null, sidecar: Sidecar): Promise<SaveResult> {
  const rendered = renderSidecar(document, sidecar);
  const stat = await fs.stat(path);
  if (stat) {
    const current = stat.size > MAX_FILE_BYTES ? null : await fs.readFile(path);
    if (current === rendered.text) return { written: false, ...rendered };
    // Someone may have broken the file since we read it (a merge, a bad hand edit): keep it.
    try {
      if (current === null) throw new Error('too large');
      parseSidecar(current);
    } catch (cause) {
      const why = cause instanceof SidecarError ? cause.message : 'it cannot be read';
      throw new SidecarError([{ code: 'unsafe-overwrite', severity: 'error', message: `not saving over ${baseName(path)}: ${why}` }], { cause });
    }
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
