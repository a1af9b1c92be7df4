// `newsmark annotate <paths…> [--published YYYY-MM-DD]`: create or update the sidecars of
// the given sources with the same core rules the extension uses (load → update → save),
// printing per file what was added, kept, re-anchored and orphaned.
import { isBratCopy } from '../core/export';
import { SIDECAR_SUFFIX } from '../core/annotations';
import { extract } from '../core/extract';
import {
  extractOptionsFor, formatProblem, loadSidecar, MAX_FILE_BYTES, nodeFileSystem, saveSidecar, SidecarError, sidecarPathFor, updateSidecar,
  type SidecarFileSystem,
} from '../core/sidecar';
import { baseName, joinPath } from '../core/sidecar/fs';

export interface AnnotateIo {
  stdout(s: string): void;
  stderr(s: string): void;
  fs?: SidecarFileSystem;
}

export interface AnnotateOptions {
  /** Publication date YYYY-MM-DD; overrides the sidecar's and the text's. */
  published?: string;
}

const SOURCE = /\.(txt|md)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git']);
/** Deeper folders are not entered (guards against symbolic-link loops). */
const MAX_DEPTH = 32;

/** Exit code: 0 when every file was annotated, 1 when any file failed, 2 for bad usage. */
export async function runAnnotate(paths: string[], opts: AnnotateOptions, io: AnnotateIo): Promise<number> {
  const fs = io.fs ?? nodeFileSystem;
  if (opts.published !== undefined && !isDate(opts.published)) {
    io.stderr(`newsmark annotate: --published must be a date YYYY-MM-DD, got "${opts.published}"\n`);
    return 2;
  }
  if (paths.length === 0) {
    io.stderr('newsmark annotate: give one or more source files or folders\n');
    return 2;
  }
  let failed = false;
  const sources: string[] = [];
  for (const p of paths) {
    const stat = await fs.stat(p);
    if (!stat) {
      io.stderr(`${p}: error: no such file or folder\n`);
      failed = true;
    } else if (stat.isDirectory) {
      const found = await walk(fs, p);
      sources.push(...found.sources);
      for (const s of found.strays) {
        io.stderr(`${s}: error: the source ${baseName(s.slice(0, -SIDECAR_SUFFIX.length))} of this sidecar is gone (renamed or deleted); sidecar left untouched\n`);
        failed = true;
      }
    } else if (p.endsWith(SIDECAR_SUFFIX)) {
      io.stderr(`${p}: skipped: a sidecar, not a source (pass its source file)\n`);
    } else sources.push(p);
  }
  for (const source of sources) {
    if (!(await annotateOne(fs, source, opts, io))) failed = true;
  }
  return failed ? 1 : 0;
}

async function annotateOne(fs: SidecarFileSystem, source: string, opts: AnnotateOptions, io: AnnotateIo): Promise<boolean> {
  try {
    const stat = await fs.stat(source);
    if (stat && stat.size > MAX_FILE_BYTES) {
      io.stderr(`${source}: error: larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; skipped\n`);
      return false;
    }
    const text = await fs.readFile(source);
    if (text.includes('\u0000')) {
      io.stderr(`${source}: error: binary file (NUL bytes); skipped\n`);
      return false;
    }
    const sidecarPath = sidecarPathFor(source);
    let loaded;
    try {
      loaded = await loadSidecar(fs, source, text);
    } catch (e) {
      if (!(e instanceof SidecarError)) throw e;
      for (const p of e.problems) io.stderr(formatProblem(sidecarPath, p) + '\n');
      io.stderr(`${sidecarPath}: left untouched\n`);
      return false;
    }
    for (const p of loaded?.problems ?? []) if (p.severity !== 'info') io.stderr(formatProblem(sidecarPath, p) + '\n');
    const extraction = extract(text, extractOptionsFor(loaded?.sidecar ?? null, source, opts.published));
    const { sidecar, report } = updateSidecar(loaded?.sidecar ?? null, extraction, text, { file: baseName(source) });
    const saved = await saveSidecar(fs, sidecarPath, loaded?.document ?? null, sidecar);
    const r = report.reanchor;
    const reanchored = r.moved.length + r.fuzzy.length + r.recovered.length;
    const orphaned = sidecar.annotations.filter((a) => a.orphaned).length;
    const parts = [
      `${report.added.length} added`,
      `${report.kept.length} kept`,
      `${reanchored} re-anchored${r.fuzzy.length ? ` (${r.fuzzy.length} approximate)` : ''}`,
      `${orphaned} orphaned`,
    ];
    if (report.dropped.length) parts.push(`${report.dropped.length} stale auto removed`);
    if (report.suppressed) parts.push(`${report.suppressed} suppressed (rejected or user-annotated)`);
    const state = !loaded ? 'created' : saved.written ? 'updated' : 'unchanged';
    io.stdout(`${source}: ${state}: ${parts.join(', ')}\n`);
    for (const id of r.orphaned) {
      const a = sidecar.annotations.find((x) => x.id === id);
      if (a) io.stdout(`  orphaned ${a.kind} ${a.id}: ${JSON.stringify(clip(a.anchor.exact))}\n`);
    }
    return true;
  } catch (e) {
    const message = e instanceof SidecarError ? e.message : (e as Error).message;
    io.stderr(`${source}: error: ${message}\n`);
    return false;
  }
}

async function walk(fs: SidecarFileSystem, dir: string, depth = 0): Promise<{ sources: string[]; strays: string[] }> {
  const sources: string[] = [];
  const strays: string[] = [];
  const names = (await fs.readDirectory(dir)).sort();
  const set = new Set(names);
  for (const name of names) {
    const path = joinPath(dir, name);
    const stat = await fs.stat(path);
    if (!stat) continue;
    if (stat.isDirectory) {
      if (SKIP_DIRS.has(name) || depth >= MAX_DEPTH) continue;
      const sub = await walk(fs, path, depth + 1);
      sources.push(...sub.sources);
      strays.push(...sub.strays);
    } else if (name.endsWith(SIDECAR_SUFFIX)) {
      if (!set.has(name.slice(0, -SIDECAR_SUFFIX.length))) strays.push(path);
    } else if (SOURCE.test(name) && !isBratCopy(name, (n) => set.has(n))) sources.push(path);
  }
  return { sources, strays };
}

function isDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function clip(s: string): string {
  return s.length > 60 ? s.slice(0, 57) + '…' : s;
}
