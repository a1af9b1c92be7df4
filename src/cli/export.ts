// `newsmark export <paths…> --format F [--out PATH] [--force]`: sources (or folders of them) with
// their sidecars, or a fresh extraction when a source has none, written in a format other tools
// read. Without --out a stream format goes to stdout; brat always needs an --out folder.
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SIDECAR_SUFFIX } from '../core/annotations';
import {
  isBratCopy,
  EXPORT_FORMATS, ExportPathError, exportDocuments, isExportFormat, isInside, isStreamFormat, safeJoin,
  sidecarFromExtraction, type ExportDocument, type ExportFile,
} from '../core/export';
import { extract } from '../core/extract';
import { SidecarError, formatProblem, parseSidecar, reanchor, sha256, sidecarPathFor } from '../core/sidecar';
import { decodeSource } from '../core/source';
import type { CliIo } from './io';

export interface ExportCliOptions {
  format: string;
  out?: string;
  force?: boolean;
}

const SKIP_DIRS = new Set(['node_modules', '.git']);
const SOURCE_EXT = /\.(?:txt|md)$/i;

/** Every source under the given paths, sorted, without sidecars and without anything in `exclude`. */
export function collectSources(paths: string[], exclude: string | undefined, io: CliIo): { files: string[]; missing: number } {
  const files = new Set<string>();
  let missing = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (exclude && (full === exclude || isInside(exclude, full))) continue;
      if (entry.isDirectory() && !SKIP_DIRS.has(entry.name)) walk(full);
      else if (entry.isFile() && SOURCE_EXT.test(entry.name) && !entry.name.endsWith(SIDECAR_SUFFIX) && !isBratCopy(full, existsSync)) files.add(full);
    }
  };
  for (const p of paths) {
    const full = path.resolve(p);
    let st;
    try {
      st = statSync(full);
    } catch {
      io.stderr(`newsmark export: ${p}: no such file or folder`);
      missing++;
      continue;
    }
    if (st.isDirectory()) walk(full);
    else files.add(full);
  }
  return { files: [...files], missing };
}

function loadDocument(file: string, cwd: string): ExportDocument {
  const decoded = decodeSource(readFileSync(file));
  if (!decoded.ok) throw new Error(decoded.message);
  const text = decoded.text;
  const sourcePath = path.relative(cwd, file).split(path.sep).join('/');
  const sidecarPath = sidecarPathFor(file);
  if (existsSync(sidecarPath)) {
    const yamlText = readFileSync(sidecarPath, 'utf8');
    let loaded;
    try {
      loaded = parseSidecar(yamlText, text, path.basename(file));
    } catch (err) {
      if (err instanceof SidecarError) throw new Error(err.problems.map((p) => formatProblem(path.basename(sidecarPath), p)).join('\n'), { cause: err });
      throw err;
    }
    // A source edited outside Newsmark: re-attach anchors in memory (the sidecar is not touched).
    const sidecar = loaded.sidecar.source.sha256 === sha256(text) ? loaded.sidecar : reanchor(loaded.sidecar, text).sidecar;
    return { sourcePath, text, sidecar };
  }
  const extraction = extract(text, { source: sourcePath });
  return { sourcePath, text, sidecar: sidecarFromExtraction(extraction, text, path.basename(file)) };
}

/** Also refuses a path whose existing parent resolves (through a symlink) outside dest. */
function checkRealContainment(dest: string, target: string) {
  let dir = path.dirname(target);
  while (!existsSync(dir)) dir = path.dirname(dir);
  const realDest = realpathSync(dest);
  const realDir = realpathSync(dir);
  if (realDir !== realDest && !isInside(realDest, realDir)) {
    throw new ExportPathError(`refusing to write ${target}: its folder leads outside ${dest}`, target);
  }
}

interface Planned { target: string; content: string }

/** Resolves every output path before anything is written, so a refusal leaves no partial export. */
function plan(files: ExportFile[], out: string, stream: boolean): Planned[] {
  const outFull = path.resolve(out);
  if (stream && !(existsSync(outFull) && statSync(outFull).isDirectory())) {
    return [{ target: outFull, content: files[0].content }];
  }
  mkdirSync(outFull, { recursive: true });
  return files.map((f) => {
    const target = safeJoin(outFull, f.relativePath);
    checkRealContainment(outFull, target);
    return { target, content: f.content };
  });
}

export async function runExport(paths: string[], opts: ExportCliOptions, io: CliIo): Promise<number> {
  if (!isExportFormat(opts.format)) {
    io.stderr(`newsmark export: unknown format "${opts.format}" (use one of: ${EXPORT_FORMATS.join(', ')})`);
    return 2;
  }
  const format = opts.format;
  if (!paths.length) {
    io.stderr('newsmark export: give at least one source file or folder');
    return 2;
  }
  if (!isStreamFormat(format) && !opts.out) {
    io.stderr('newsmark export: brat writes a folder of .txt/.ann files: give --out FOLDER');
    return 2;
  }
  const cwd = process.cwd();
  const { files, missing } = collectSources(paths, opts.out ? path.resolve(opts.out) : undefined, io);
  let failed = missing;
  const docs: ExportDocument[] = [];
  for (const file of files) {
    try {
      docs.push(loadDocument(file, cwd));
    } catch (err) {
      io.stderr(`newsmark export: ${path.relative(cwd, file).split(path.sep).join('/')}: ${(err as Error).message}`);
      failed++;
    }
  }
  if (!docs.length) {
    io.stderr('newsmark export: no sources to export');
    return 1;
  }
  const output = exportDocuments(docs, format, { sourceIri: (d) => pathToFileURL(path.resolve(cwd, d.sourcePath)).href });
  if (!opts.out) {
    io.stdout(output[0].content);
    return failed ? 1 : 0;
  }

  let planned: Planned[];
  try {
    planned = plan(output, opts.out, isStreamFormat(format));
  } catch (err) {
    io.stderr(`newsmark export: ${(err as Error).message}`);
    return 1;
  }
  const existing = planned.filter((p) => existsSync(p.target) || isSymlink(p.target));
  if (existing.length && !opts.force) {
    const list = existing.slice(0, 5).map((p) => `  ${p.target}`).join('\n');
    const more = existing.length > 5 ? `\n  … and ${existing.length - 5} more` : '';
    io.stderr(`newsmark export: ${existing.length} file(s) already exist; nothing was written (use --force to overwrite):\n${list}${more}`);
    return 1;
  }
  const links = existing.filter((p) => isSymlink(p.target));
  if (links.length) {
    io.stderr(`newsmark export: refusing to write through a symbolic link: ${links[0].target}`);
    return 1;
  }
  for (const p of planned) {
    mkdirSync(path.dirname(p.target), { recursive: true });
    // 'wx' fails rather than overwrite a file that appeared since the check.
    writeFileSync(p.target, p.content, { encoding: 'utf8', flag: opts.force ? 'w' : 'wx' });
  }
  io.stderr(`newsmark export: wrote ${planned.length} file(s) for ${docs.length} source(s) to ${path.relative(cwd, path.resolve(opts.out)) || '.'}`);
  return failed ? 1 : 0;
}

function isSymlink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

