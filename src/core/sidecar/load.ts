// Reading a sidecar, bounded and defensive: any problem becomes a SidecarError with a
// line/column, and nothing is ever written on the way.
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Sidecar } from '../annotations';
import { SIDECAR_SCHEMA_VERSION, SIDECAR_SUFFIX } from '../annotations';
import { SidecarError, type SidecarProblem } from './errors';
import { baseName, type SidecarFileSystem } from './fs';
import { sha256 } from './ids';
import { newerVersion, validateSidecar } from './validate';

/** Largest sidecar (and source) read, in bytes: far above any article's annotations. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** YAML aliases expanded at most (guards against "billion laughs" documents). */
export const MAX_ALIAS_COUNT = 100;

export interface LoadedSidecar {
  sidecar: Sidecar;
  /** The parsed document, to save back through (keeps comments and formatting). */
  document: Document;
  /** Warnings and infos; errors throw instead. */
  problems: SidecarProblem[];
  /** The YAML text as read: pass it to renderSidecar to keep the user's exact layout. */
  yamlText: string;
}

export function sidecarPathFor(sourcePath: string): string {
  return sourcePath + SIDECAR_SUFFIX;
}

const CONFLICT = /^(?:<{7}|={7}|>{7})(?: |$)/m;

/**
 * Parse sidecar YAML. With `text` (the source's current text) it also reports anchors past
 * the end and a changed source as warnings: re-anchoring deals with both.
 */
export function parseSidecar(yamlText: string, text?: string, sourceFile?: string): LoadedSidecar {
  if (yamlText.length > MAX_FILE_BYTES) {
    throw new SidecarError([{ code: 'too-large', severity: 'error', message: `sidecar is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; not read` }]);
  }
  const conflict = CONFLICT.exec(yamlText);
  if (conflict) {
    const line = yamlText.slice(0, conflict.index).split('\n').length;
    throw new SidecarError([{
      code: 'conflict-markers', severity: 'error', line, column: 1,
      message: 'unresolved git merge conflict (<<<<<<< ======= >>>>>>>): resolve it, then reload',
    }]);
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: true, uniqueKeys: true, keepSourceTokens: false });
  if (document.errors.length > 0) {
    // The first errors matter; later ones are mostly the parser's follow-on confusion.
    throw new SidecarError(document.errors.slice(0, 3).map((e) => ({
      code: 'invalid-yaml' as const, severity: 'error' as const,
      message: `invalid YAML: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
      line: e.linePos?.[0].line, column: e.linePos?.[0].col,
    })));
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (cause) {
    throw new SidecarError([{ code: 'invalid-yaml', severity: 'error', message: `invalid YAML: ${(cause as Error).message}` }], { cause });
  }
  const locate = (p: SidecarProblem): SidecarProblem => {
    if (!p.path) return p;
    // Point at the deepest node that exists (a missing key points at its parent).
    for (let n = p.path.length; n >= 0; n--) {
      const node = n === 0 ? document.contents : document.getIn(p.path.slice(0, n), true);
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (range) {
        const pos = lineCounter.linePos(range[0]);
        return { ...p, line: pos.line, column: pos.col };
      }
    }
    return p;
  };
  const newer = newerVersion(data);
  if (newer !== null) {
    throw new SidecarError([locate({
      code: 'newer-version', severity: 'error', path: ['version'],
      message: `sidecar schema version ${newer} is newer than this Newsmark understands (${SIDECAR_SCHEMA_VERSION}); update Newsmark — the file is left untouched`,
    })]);
  }
  const { sidecar, problems } = validateSidecar(data);
  const located = problems.map(locate);
  const errors = located.filter((p) => p.severity === 'error');
  if (!sidecar || errors.length > 0) {
    // Duplicate ids get their own code, checked before generic schema errors.
    errors.sort((a, b) => Number(b.code === 'duplicate-id') - Number(a.code === 'duplicate-id'));
    throw new SidecarError(errors.length > 0 ? errors : located);
  }
  if (text !== undefined) {
    sidecar.annotations.forEach((a, i) => {
      if (a.anchor.end > text.length && !a.orphaned) {
        located.push(locate({
          code: 'anchor-out-of-range', severity: 'warning', path: ['annotations', i, 'anchor', 'end'],
          message: `annotation ${a.id} ends at ${a.anchor.end}, past the end of the text (${text.length}); it will be re-anchored or orphaned`,
        }));
      }
    });
    if (sidecar.source.sha256 !== sha256(text)) {
      located.push(locate({ code: 'source-changed', severity: 'info', path: ['source', 'sha256'], message: 'the source changed since the sidecar was written; anchors are re-attached' }));
    }
  }
  if (sourceFile !== undefined && sidecar.source.file !== sourceFile) {
    located.push(locate({ code: 'source-name-mismatch', severity: 'warning', path: ['source', 'file'], message: `sidecar names "${sidecar.source.file}" but sits beside "${sourceFile}"` }));
  }
  return { sidecar, document, problems: located, yamlText };
}

/**
 * Load the sidecar of `sourcePath` (null when there is none yet). Throws SidecarError for a
 * sidecar that cannot be used, and 'source-missing' when the source itself is gone.
 */
export async function loadSidecar(fs: SidecarFileSystem, sourcePath: string, text?: string): Promise<LoadedSidecar | null> {
  const path = sidecarPathFor(sourcePath);
  const stat = await fs.stat(path);
  if (text === undefined && !(await fs.stat(sourcePath))) {
    throw new SidecarError([{ code: 'source-missing', severity: 'error', message: `the source ${baseName(sourcePath)} of this sidecar is gone (renamed or deleted); the sidecar is kept` }]);
  }
  if (!stat) return null;
  if (stat.size > MAX_FILE_BYTES) {
    throw new SidecarError([{ code: 'too-large', severity: 'error', message: `sidecar is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; not read` }]);
  }
  return parseSidecar(await fs.readFile(path), text, baseName(sourcePath));
}
