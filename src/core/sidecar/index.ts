// Newsmark sidecars: dir/article.txt → dir/article.txt.annotations.yaml.
//
// API (core; the extension and the CLI both call these, so both follow the same rules):
//   loadSidecar(fs, sourcePath, text?)  → {sidecar, document, problems} | null (no sidecar yet);
//       throws SidecarError {code, line, column, problems} for a sidecar that cannot be used
//       (too large, conflict markers, invalid YAML, wrong schema, newer version, duplicate
//       ids, source gone). parseSidecar(yamlText, text?) is the same on a string.
//   updateSidecar(existing | null, extraction, text, {file}) → {sidecar, report}: re-anchors
//       to `text`, then merges a fresh extraction (manual and edited annotations win,
//       rejected ones never return, what cannot be placed is orphaned, never dropped).
//   extractOptionsFor(sidecar | null, source, published?) → options for extract(): the
//       user's date wins, else the sidecar's stored date, else the text's.
//   reanchor(sidecar, text) → {sidecar, report}: after the source changed outside the editor.
//   applyEdits(sidecar, edits, newText?) → {sidecar, report}: exact shift through editor
//       edits {offset, deleteLength, insertText}, applied in array order.
//   saveSidecar(fs, path, document | null, sidecar, {force?}) → {written, document, text}:
//       renders through the loaded document (comments and layout kept), writes nothing when
//       the data is unchanged, refuses to overwrite an unreadable file ('unsafe-overwrite')
//       or one changed on disk since it was loaded ('changed-on-disk'), writes atomically.
//       Pass the returned document to the next save.
//   Hand edits (pure, Sidecar → Sidecar): addManual, removeAnnotation (auto → rejected),
//       setStatus, setNote, setEntity, setSpeaker, setValue, setSpan, addEntity,
//       updateEntity, renameEntity (old name kept as alias), mergeEntities.
//   File access goes through SidecarFileSystem (nodeFileSystem, or a fake in tests).
export { SIDECAR_SUFFIX, SIDECAR_SCHEMA_VERSION } from '../annotations';
export { SidecarError, formatProblem } from './errors';
export type { SidecarProblem, SidecarErrorCode, SidecarWarningCode } from './errors';
export { nodeFileSystem } from './fs';
export type { SidecarFileSystem, FileStat } from './fs';
export { loadSidecar, parseSidecar, sidecarPathFor, MAX_FILE_BYTES, MAX_ALIAS_COUNT } from './load';
export type { LoadedSidecar } from './load';
export { saveSidecar, renderSidecar } from './save';
export type { SaveResult, SaveOptions } from './save';
export { updateSidecar, emptySidecar, extractOptionsFor } from './merge';
export type { UpdateReport, UpdateOptions } from './merge';
export { reanchor } from './reanchor';
export type { ReanchorReport } from './reanchor';
export { applyEdits } from './live';
export type { TextEdit, EditsReport } from './live';
export {
  addManual, removeAnnotation, setStatus, setNote, setEntity, setSpeaker, setValue, setSpan,
  addEntity, updateEntity, renameEntity, mergeEntities, SidecarEditError,
} from './edit';
export type { ManualAnnotation } from './edit';
export { annotationId, entityId, sha256 } from './ids';
export { validateSidecar } from './validate';
export { createDocument, renderDocument, syncDocument } from './document';
