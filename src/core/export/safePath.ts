// Export never writes outside its destination: names derived from sources are sanitized, and
// every final path is resolved and checked to lie inside the destination folder.
import path from 'node:path';

export class ExportPathError extends Error {
  constructor(message: string, readonly target: string) {
    super(message);
    this.name = 'ExportPathError';
  }
}

const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/i;

/**
 * A source path turned into a safe relative destination path: no absolute root or drive, no "."
 * or ".." segments, no characters Windows forbids, '/' separators.
 */
export function sanitizeRelativePath(p: string): string {
  const segments = p
    .split(/[\\/]+/)
    .filter((s) => s !== '' && s !== '.' && s !== '..')
    .map((s) => s.replace(/[\x00-\x1f<>:"|?*]/g, '_').replace(/[. ]+$/, ''))
    .filter((s) => s !== '')
    .map((s) => (WINDOWS_RESERVED.test(s) ? `_${s}` : s));
  return segments.join('/') || 'document';
}

/** dest joined with relative, or ExportPathError when the result would not be inside dest. */
export function safeJoin(dest: string, relative: string): string {
  if (path.isAbsolute(relative) || path.win32.isAbsolute(relative)) {
    throw new ExportPathError(`refusing absolute export path ${JSON.stringify(relative)}`, relative);
  }
  const root = path.resolve(dest);
  const full = path.resolve(root, relative);
  if (!isInside(root, full)) {
    throw new ExportPathError(`refusing to write ${JSON.stringify(relative)} outside ${root}`, relative);
  }
  return full;
}

/** True when child is strictly inside parent (both absolute, resolved). */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel !== '' && !path.isAbsolute(rel) && rel.split(/[\\/]/)[0] !== '..';
}
