// File access as a capability passed in (CRAFT #2): node fs for the CLI and the extension,
// an in-memory fake for tests. Paths are plain strings joined with '/' or the platform's
// separator; this module never resolves them itself.
import { promises as nodeFs } from 'node:fs';
import * as nodePath from 'node:path';

export interface FileStat {
  size: number;
  isDirectory: boolean;
}

export interface SidecarFileSystem {
  /** undefined when nothing exists at the path. */
  stat(path: string): Promise<FileStat | undefined>;
  readFile(path: string): Promise<string>;
  writeFile(path: string, data: string): Promise<void>;
  /** Replaces `to` atomically when both are in the same directory. */
  rename(from: string, to: string): Promise<void>;
  remove(path: string): Promise<void>;
  /** Names (not paths) of the entries of a directory. */
  readDirectory(path: string): Promise<string[]>;
}

export const nodeFileSystem: SidecarFileSystem = {
  async stat(path) {
    try {
      const s = await nodeFs.stat(path);
      return { size: s.size, isDirectory: s.isDirectory() };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  },
  readFile: (path) => nodeFs.readFile(path, 'utf8'),
  writeFile: (path, data) => nodeFs.writeFile(path, data, 'utf8'),
  rename: (from, to) => nodeFs.rename(from, to),
  remove: (path) => nodeFs.rm(path, { force: true }),
  readDirectory: (path) => nodeFs.readdir(path),
};

export function joinPath(dir: string, name: string): string {
  return nodePath.join(dir, name);
}

export function dirName(path: string): string {
  return nodePath.dirname(path);
}

export function baseName(path: string): string {
  return nodePath.basename(path);
}
