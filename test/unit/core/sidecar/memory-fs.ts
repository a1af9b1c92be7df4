// An in-memory SidecarFileSystem for tests: records every write and rename, and can be told
// to fail a rename (to check that a failed save leaves the old file whole).
import type { SidecarFileSystem } from '../../../../src/core/sidecar';

export class MemoryFileSystem implements SidecarFileSystem {
  readonly files = new Map<string, string>();
  readonly writes: string[] = [];
  readonly renames: [string, string][] = [];
  failRename = false;

  constructor(files: Record<string, string> = {}) {
    for (const [p, t] of Object.entries(files)) this.files.set(p, t);
  }

  private isDir(path: string): boolean {
    const prefix = path.endsWith('/') ? path : path + '/';
    for (const p of this.files.keys()) if (p.startsWith(prefix)) return true;
    return false;
  }

  async stat(path: string) {
    const f = this.files.get(path);
    if (f !== undefined) return { size: Buffer.byteLength(f), isDirectory: false };
    return this.isDir(path) ? { size: 0, isDirectory: true } : undefined;
  }

  async readFile(path: string) {
    const f = this.files.get(path);
    if (f === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    return f;
  }

  async writeFile(path: string, data: string) {
    this.writes.push(path);
    this.files.set(path, data);
  }

  async rename(from: string, to: string) {
    if (this.failRename) throw new Error('rename failed');
    const f = this.files.get(from);
    if (f === undefined) throw new Error(`ENOENT: ${from}`);
    this.renames.push([from, to]);
    this.files.delete(from);
    this.files.set(to, f);
  }

  async remove(path: string) {
    this.files.delete(path);
  }

  async readDirectory(path: string) {
    const prefix = path.endsWith('/') ? path : path + '/';
    const names = new Set<string>();
    for (const p of this.files.keys()) if (p.startsWith(prefix)) names.add(p.slice(prefix.length).split('/')[0]);
    return [...names];
  }
}
