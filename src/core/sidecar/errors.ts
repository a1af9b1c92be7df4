// Typed sidecar problems: each carries a code the callers branch on, and a line/column
// (1-based) when one is known, so the extension can show an editor diagnostic.

export type SidecarErrorCode =
  | 'too-large'
  | 'conflict-markers'
  | 'invalid-yaml'
  | 'schema'
  | 'newer-version'
  | 'duplicate-id'
  | 'source-missing'
  | 'unsafe-overwrite'
  | 'changed-on-disk';

/** Non-fatal findings reported next to a sidecar that loaded. */
export type SidecarWarningCode = 'anchor-out-of-range' | 'unknown-key' | 'source-name-mismatch' | 'source-changed';

export interface SidecarProblem {
  code: SidecarErrorCode | SidecarWarningCode;
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** 1-based line and column in the sidecar file, when known. */
  line?: number;
  column?: number;
  /** Path of the offending node, e.g. ['annotations', 3, 'anchor', 'end']. */
  path?: (string | number)[];
}

/** A sidecar that cannot be used: the file is left as it is and nothing is written. */
export class SidecarError extends Error {
  override readonly name = 'SidecarError';
  readonly code: SidecarErrorCode;
  readonly line?: number;
  readonly column?: number;
  /** Every error found (the first one is this error's own). */
  readonly problems: SidecarProblem[];

  constructor(problems: SidecarProblem[], options?: { cause?: unknown }) {
    const first = problems[0] ?? { code: 'schema' as const, severity: 'error' as const, message: 'invalid sidecar' };
    super(first.message, options);
    this.code = first.code as SidecarErrorCode;
    this.line = first.line;
    this.column = first.column;
    this.problems = problems;
  }
}

/** "file:line:col: message" for terminals and logs. */
export function formatProblem(file: string, p: SidecarProblem): string {
  const where = p.line !== undefined ? `${file}:${p.line}:${p.column ?? 1}` : file;
  return `${where}: ${p.severity}: ${p.message}`;
}
