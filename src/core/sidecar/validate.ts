// Structural validation of a parsed sidecar, in code and cheap (no JSON-Schema engine at run
// time): turns unknown data into a Sidecar or a list of problems with the path of each.
import type { Anchor, Annotation, AnnotationKind, Entity, Rejection, Sidecar } from '../annotations';
import { CLAIM_STATUSES, SIDECAR_SCHEMA_VERSION } from '../annotations';
import type { SidecarProblem } from './errors';

type Path = (string | number)[];
type Obj = Record<string, unknown>;

const KINDS: readonly AnnotationKind[] = ['actor', 'date', 'quote', 'claim', 'note'];
const ACTOR_TYPES = ['person', 'organization', 'place'];
const CLAIM_KINDS = ['statistic', 'prediction', 'attributed', 'factual'];
const PUBLISHED_SOURCES = ['sidecar', 'option', 'text', 'none'];

export const TOP_KEYS = ['version', 'source', 'published', 'entities', 'annotations', 'rejected'] as const;
export const SOURCE_KEYS = ['file', 'sha256'] as const;
export const PUBLISHED_KEYS = ['date', 'source'] as const;
export const ENTITY_KEYS = ['id', 'name', 'type', 'aliases', 'notes', 'wikidata', 'edited'] as const;
export const ANNOTATION_KEYS = [
  'id', 'kind', 'origin', 'edited', 'orphaned', 'entity', 'value', 'speaker', 'speakerMention',
  'claimKind', 'status', 'note', 'anchor',
] as const;
export const ANCHOR_KEYS = ['start', 'end', 'exact', 'prefix', 'suffix'] as const;
export const SPAN_KEYS = ['start', 'end'] as const;
export const REJECTION_KEYS = ['kind', 'exact', 'start', 'end'] as const;

class Checker {
  problems: SidecarProblem[] = [];

  error(path: Path, message: string, code: SidecarProblem['code'] = 'schema'): void {
    this.problems.push({ code, severity: 'error', message: `${pathText(path)}: ${message}`, path });
  }

  warn(path: Path, message: string, code: SidecarProblem['code']): void {
    this.problems.push({ code, severity: 'warning', message: `${pathText(path)}: ${message}`, path });
  }

  object(v: unknown, path: Path, keys: readonly string[]): Obj | undefined {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) {
      this.error(path, 'expected a mapping');
      return undefined;
    }
    // "x-" keys are the user's own (the schema allows them): kept silently.
    for (const k of Object.keys(v)) if (!keys.includes(k) && !k.startsWith('x-')) this.warn([...path, k], `unknown key "${k}" (kept, ignored)`, 'unknown-key');
    return v as Obj;
  }

  array(v: unknown, path: Path, optional = true): unknown[] {
    if (v === undefined && optional) return [];
    if (!Array.isArray(v)) {
      this.error(path, 'expected a list');
      return [];
    }
    return v;
  }

  string(o: Obj, key: string, path: Path, opts: { optional?: boolean; nullable?: boolean; nonEmpty?: boolean; pattern?: RegExp } = {}): string | null | undefined {
    const v = o[key];
    if (v === undefined && opts.optional) return undefined;
    if (v === null && opts.nullable) return null;
    // Unquoted years such as `value: 2014` parse as numbers; the text is what was meant.
    const s = typeof v === 'number' && opts.pattern === undefined ? String(v) : v;
    if (typeof s !== 'string') {
      this.error([...path, key], v === undefined ? 'missing (expected a string)' : 'expected a string');
      return undefined;
    }
    if (opts.nonEmpty && s.length === 0) this.error([...path, key], 'must not be empty');
    if (opts.pattern && !opts.pattern.test(s)) this.error([...path, key], `"${s}" does not match ${opts.pattern}`);
    return s;
  }

  oneOf<T extends string>(o: Obj, key: string, path: Path, allowed: readonly T[], optional = false): T | undefined {
    const v = o[key];
    if (v === undefined && optional) return undefined;
    if (typeof v !== 'string' || !allowed.includes(v as T)) {
      this.error([...path, key], `expected one of ${allowed.join(', ')}${v === undefined ? ' (missing)' : `, got ${JSON.stringify(v)}`}`);
      return undefined;
    }
    return v as T;
  }

  offset(o: Obj, key: string, path: Path): number {
    const v = o[key];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
      this.error([...path, key], 'expected a non-negative integer offset');
      return 0;
    }
    return v;
  }

  boolean(o: Obj, key: string, path: Path): boolean | undefined {
    const v = o[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'boolean') {
      this.error([...path, key], 'expected true or false');
      return undefined;
    }
    return v;
  }
}

function pathText(path: Path): string {
  return path.length === 0 ? 'sidecar' : path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
}

/** A version number newer than this build understands, or null. */
export function newerVersion(data: unknown): number | null {
  const v = data && typeof data === 'object' ? (data as Obj).version : undefined;
  return typeof v === 'number' && v > SIDECAR_SCHEMA_VERSION ? v : null;
}

export function validateSidecar(data: unknown): { sidecar?: Sidecar; problems: SidecarProblem[] } {
  const c = new Checker();
  const root = c.object(data, [], TOP_KEYS);
  if (!root) return { problems: c.problems };
  if (root.version !== SIDECAR_SCHEMA_VERSION) {
    c.error(['version'], `expected schema version ${SIDECAR_SCHEMA_VERSION}, got ${JSON.stringify(root.version)}`);
  }
  const src = c.object(root.source, ['source'], SOURCE_KEYS);
  const file = src ? c.string(src, 'file', ['source'], { nonEmpty: true }) : undefined;
  const hash = src ? c.string(src, 'sha256', ['source'], { pattern: /^[0-9a-f]{64}$/ }) : undefined;
  let published: Sidecar['published'];
  if (root.published !== undefined && root.published !== null) {
    const p = c.object(root.published, ['published'], PUBLISHED_KEYS);
    if (p) {
      const date = c.string(p, 'date', ['published'], { pattern: /^\d{4}-\d{2}-\d{2}$/ });
      const source = c.oneOf(p, 'source', ['published'], PUBLISHED_SOURCES as ('sidecar' | 'option' | 'text' | 'none')[]);
      if (typeof date === 'string' && source) published = { date, source };
    }
  }
  const entities = c.array(root.entities, ['entities']).map((e, i) => entity(c, e, ['entities', i]));
  const annotations = c.array(root.annotations, ['annotations']).map((a, i) => annotation(c, a, ['annotations', i]));
  const rejected = c.array(root.rejected, ['rejected']).map((r, i) => rejection(c, r, ['rejected', i]));

  const entityIds = new Set<string>();
  entities.forEach((e, i) => {
    if (!e) return;
    if (entityIds.has(e.id)) c.error(['entities', i, 'id'], `duplicate entity id "${e.id}"`, 'duplicate-id');
    entityIds.add(e.id);
  });
  const ids = new Set<string>();
  annotations.forEach((a, i) => {
    if (!a) return;
    if (ids.has(a.id)) c.error(['annotations', i, 'id'], `duplicate annotation id "${a.id}"`, 'duplicate-id');
    ids.add(a.id);
    if (a.entity !== undefined && !entityIds.has(a.entity)) c.error(['annotations', i, 'entity'], `no entity with id "${a.entity}"`);
    if (typeof a.speaker === 'string' && !entityIds.has(a.speaker)) c.error(['annotations', i, 'speaker'], `no entity with id "${a.speaker}"`);
  });
  if (c.problems.some((p) => p.severity === 'error') || typeof file !== 'string' || typeof hash !== 'string') {
    return { problems: c.problems };
  }
  const sidecar: Sidecar = {
    version: SIDECAR_SCHEMA_VERSION,
    source: { file, sha256: hash },
    ...(published ? { published } : {}),
    entities: entities as Entity[],
    annotations: annotations as Annotation[],
    rejected: rejected as Rejection[],
  };
  return { sidecar, problems: c.problems };
}

function entity(c: Checker, v: unknown, path: Path): Entity | undefined {
  const o = c.object(v, path, ENTITY_KEYS);
  if (!o) return undefined;
  const id = c.string(o, 'id', path, { nonEmpty: true });
  const name = c.string(o, 'name', path, { nonEmpty: true });
  const type = c.oneOf(o, 'type', path, ACTOR_TYPES as Entity['type'][]);
  const aliases = c.array(o.aliases, [...path, 'aliases']).filter((a, i) => {
    if (typeof a === 'string') return true;
    c.error([...path, 'aliases', i], 'expected a string');
    return false;
  }) as string[];
  const notes = c.string(o, 'notes', path, { optional: true });
  const wikidata = c.string(o, 'wikidata', path, { optional: true, pattern: /^Q[1-9]\d*$/ });
  const edited = c.boolean(o, 'edited', path);
  if (typeof id !== 'string' || typeof name !== 'string' || !type) return undefined;
  const e: Entity = { id, name, type, aliases };
  if (typeof notes === 'string') e.notes = notes;
  if (typeof wikidata === 'string') e.wikidata = wikidata;
  if (edited) e.edited = true;
  return e;
}

function anchor(c: Checker, v: unknown, path: Path): Anchor | undefined {
  const o = c.object(v, path, ANCHOR_KEYS);
  if (!o) return undefined;
  const start = c.offset(o, 'start', path);
  const end = c.offset(o, 'end', path);
  if (end < start) c.error([...path, 'end'], `end (${end}) is before start (${start})`);
  const exact = c.string(o, 'exact', path);
  const prefix = c.string(o, 'prefix', path, { optional: true }) ?? '';
  const suffix = c.string(o, 'suffix', path, { optional: true }) ?? '';
  if (typeof exact !== 'string') return undefined;
  return { start, end, exact, prefix, suffix };
}

function annotation(c: Checker, v: unknown, path: Path): Annotation | undefined {
  const o = c.object(v, path, ANNOTATION_KEYS);
  if (!o) return undefined;
  const id = c.string(o, 'id', path, { nonEmpty: true });
  const kind = c.oneOf(o, 'kind', path, KINDS);
  const origin = c.oneOf(o, 'origin', path, ['auto', 'manual'] as const);
  const a = o.anchor === undefined ? (c.error([...path, 'anchor'], 'missing'), undefined) : anchor(c, o.anchor, [...path, 'anchor']);
  if (typeof id !== 'string' || !kind || !origin || !a) return undefined;
  const out: Annotation = { id, kind, anchor: a, origin };
  const entity = c.string(o, 'entity', path, { optional: true, nonEmpty: true });
  if (typeof entity === 'string') out.entity = entity;
  if (o.value !== undefined) out.value = c.string(o, 'value', path, { nullable: true }) ?? null;
  if (o.speaker !== undefined) out.speaker = c.string(o, 'speaker', path, { nullable: true }) ?? null;
  if (o.speakerMention !== undefined) {
    if (o.speakerMention === null) out.speakerMention = null;
    else {
      const sp = c.object(o.speakerMention, [...path, 'speakerMention'], SPAN_KEYS);
      if (sp) out.speakerMention = { start: c.offset(sp, 'start', [...path, 'speakerMention']), end: c.offset(sp, 'end', [...path, 'speakerMention']) };
    }
  }
  const claimKind = c.oneOf(o, 'claimKind', path, CLAIM_KINDS as NonNullable<Annotation['claimKind']>[], true);
  if (claimKind) out.claimKind = claimKind;
  // `status: false` typed by hand parses as a boolean; the status "false" is what was meant.
  if (o.status === false) o.status = 'false';
  const status = c.oneOf(o, 'status', path, CLAIM_STATUSES, true);
  if (status) out.status = status;
  const note = c.string(o, 'note', path, { optional: true });
  if (typeof note === 'string') out.note = note;
  if (c.boolean(o, 'orphaned', path)) out.orphaned = true;
  if (c.boolean(o, 'edited', path)) out.edited = true;
  if (kind === 'actor' && out.entity === undefined) c.error([...path, 'entity'], 'an actor needs an entity id');
  return out;
}

function rejection(c: Checker, v: unknown, path: Path): Rejection | undefined {
  const o = c.object(v, path, REJECTION_KEYS);
  if (!o) return undefined;
  const kind = c.oneOf(o, 'kind', path, KINDS);
  const exact = c.string(o, 'exact', path);
  const start = c.offset(o, 'start', path);
  const end = c.offset(o, 'end', path);
  if (!kind || typeof exact !== 'string') return undefined;
  return { kind, exact, start, end };
}
