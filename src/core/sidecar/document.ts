// The sidecar as a YAML Document: new files get one canonical layout, and existing files are
// updated node by node so the user's comments, key order and formatting survive, and an
// unchanged sidecar renders byte for byte as it was read.
import { Document, isMap, isScalar, isSeq, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Annotation, Entity, Rejection, Sidecar } from '../annotations';
import {
  ANCHOR_KEYS, ANNOTATION_KEYS, ENTITY_KEYS, PUBLISHED_KEYS, REJECTION_KEYS, SOURCE_KEYS, SPAN_KEYS, TOP_KEYS,
} from './validate';

type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain | undefined };
type PlainMap = { [key: string]: Plain | undefined };

export const RENDER_OPTIONS = { lineWidth: 0, indent: 2, indentSeq: true } as const;

const HEADER =
  ' Newsmark annotations (schema: newsmark sidecar v1). Edit freely: comments and key order\n' +
  ' are kept. Anchor offsets are UTF-16 indices into the source text.';

/** The sidecar with keys in canonical order and absent fields omitted. */
export function toPlain(s: Sidecar): PlainMap {
  return {
    version: s.version,
    source: { file: s.source.file, sha256: s.source.sha256 },
    published: s.published ? { date: s.published.date, source: s.published.source } : undefined,
    entities: s.entities.map(entityPlain),
    annotations: s.annotations.map(annotationPlain),
    rejected: s.rejected.map(rejectionPlain),
  };
}

function entityPlain(e: Entity): PlainMap {
  return {
    id: e.id, name: e.name, type: e.type, aliases: [...e.aliases], notes: e.notes, wikidata: e.wikidata,
    edited: e.edited ? true : undefined,
  };
}

function annotationPlain(a: Annotation): PlainMap {
  return {
    id: a.id,
    kind: a.kind,
    origin: a.origin,
    edited: a.edited ? true : undefined,
    orphaned: a.orphaned ? true : undefined,
    entity: a.entity,
    value: a.value,
    speaker: a.speaker,
    speakerMention: a.speakerMention ? { start: a.speakerMention.start, end: a.speakerMention.end } : a.speakerMention,
    claimKind: a.claimKind,
    status: a.status,
    note: a.note,
    anchor: { start: a.anchor.start, end: a.anchor.end, exact: a.anchor.exact, prefix: a.anchor.prefix, suffix: a.anchor.suffix },
  };
}

function rejectionPlain(r: Rejection): PlainMap {
  return { kind: r.kind, exact: r.exact, start: r.start, end: r.end };
}

/** Strings YAML would store in a fragile or surprising way get double quotes with escapes. */
function needsDoubleQuotes(s: string): boolean {
  return /[\n\r\t]/.test(s) || /^\s|\s$/.test(s);
}

function scalar(value: string | number | boolean | null): Scalar {
  const node = new Scalar(value);
  if (typeof value === 'string' && needsDoubleQuotes(value)) node.type = Scalar.QUOTE_DOUBLE;
  return node;
}

/** Build a node for a plain value: block mappings and lists, flow lists of strings. */
function build(value: Plain): unknown {
  if (Array.isArray(value)) {
    const seq = new YAMLSeq();
    for (const item of value) seq.items.push(build(item));
    seq.flow = value.length === 0 || value.every((v) => typeof v !== 'object' || v === null);
    return seq;
  }
  if (value !== null && typeof value === 'object') {
    const map = new YAMLMap();
    for (const [k, v] of Object.entries(value)) if (v !== undefined) map.items.push(new Pair(new Scalar(k), build(v)));
    return map;
  }
  return scalar(value);
}

export function createDocument(s: Sidecar): Document {
  const doc = new Document();
  doc.contents = build(toPlain(s) as Plain) as YAMLMap;
  doc.commentBefore = HEADER;
  return doc;
}

export function renderDocument(doc: Document): string {
  return doc.toString(RENDER_OPTIONS);
}

/** Update `doc` in place to hold `s`, touching only the nodes whose values changed. */
export function syncDocument(doc: Document, s: Sidecar): void {
  if (!isMap(doc.contents)) {
    doc.contents = build(toPlain(s) as Plain) as YAMLMap;
    return;
  }
  const plain = toPlain(s);
  const root = doc.contents;
  syncMap(root, plain, TOP_KEYS, (key, node, value) => {
    switch (key) {
      case 'source':
        return syncNested(node, value, SOURCE_KEYS);
      case 'published':
        return syncNested(node, value, PUBLISHED_KEYS);
      case 'entities':
        return syncList(node, value as PlainMap[], (m) => String(m.id), (item, n) => syncMap(n, item, ENTITY_KEYS));
      case 'annotations':
        return syncList(node, value as PlainMap[], (m) => String(m.id), (item, n) =>
          syncMap(n, item, ANNOTATION_KEYS, (k, child, v) =>
            k === 'anchor' ? syncNested(child, v, ANCHOR_KEYS) : k === 'speakerMention' && v !== null ? syncNested(child, v, SPAN_KEYS) : undefined,
          ),
        );
      case 'rejected':
        return syncList(node, value as PlainMap[], rejectionKey(value as PlainMap[]), (item, n) => syncMap(n, item, REJECTION_KEYS));
      default:
        return undefined;
    }
  });
}

/** Identity of a rejection across re-anchoring: kind, quote and rank among equal ones. */
function rejectionKey(all: PlainMap[]): (m: PlainMap) => string {
  const seen = new Map<PlainMap, string>();
  const counts = new Map<string, number>();
  for (const m of all) {
    const base = `${m.kind}\u0000${m.exact}`;
    const n = counts.get(base) ?? 0;
    counts.set(base, n + 1);
    seen.set(m, `${base}\u0000${n}`);
  }
  return (m) => {
    const known = seen.get(m);
    if (known) return known;
    // Nodes read from the file: rank them the same way, in file order.
    const base = `${m.kind}\u0000${m.exact}`;
    const n = counts.get(`node:${base}`) ?? 0;
    counts.set(`node:${base}`, n + 1);
    return `${base}\u0000${n}`;
  };
}

type Custom = (key: string, node: unknown, value: Plain) => unknown | undefined;

function syncNested(node: unknown, value: Plain, keys: readonly string[]): unknown {
  if (!isMap(node) || value === null || typeof value !== 'object' || Array.isArray(value)) return build(value);
  syncMap(node, value, keys);
  return node;
}

/**
 * Set each known key of `map` to `obj`'s value: unchanged scalars keep their node (and so
 * their comments and style), missing known keys are deleted, unknown keys are left alone,
 * and new keys go right after the nearest known key that precedes them.
 */
function syncMap(map: YAMLMap, obj: PlainMap, keys: readonly string[], custom?: Custom): void {
  for (const key of keys) {
    const value = obj[key];
    const index = map.items.findIndex((p) => keyOf(p) === key);
    if (value === undefined) {
      if (index >= 0) map.items.splice(index, 1);
      continue;
    }
    if (index >= 0) {
      const pair = map.items[index];
      pair.value = (custom?.(key, pair.value, value) ?? syncValue(pair.value, value)) as never;
      continue;
    }
    const pair = new Pair(new Scalar(key), build(value));
    const before = keys.slice(0, keys.indexOf(key));
    let at = 0;
    map.items.forEach((p, i) => {
      if (before.includes(keyOf(p) ?? '')) at = i + 1;
    });
    map.items.splice(at, 0, pair as never);
  }
}

function keyOf(p: Pair): string | undefined {
  const k = p.key;
  if (isScalar(k)) return String(k.value);
  return typeof k === 'string' ? k : undefined;
}

function syncValue(node: unknown, value: Plain): unknown {
  if (Array.isArray(value)) {
    if (isSeq(node) && sameJson(node.toJSON(), value)) return node;
    return keepComments(node, build(value));
  }
  if (value !== null && typeof value === 'object') return syncNested(node, value, Object.keys(value));
  if (isScalar(node) && (node.value === value || (typeof node.value === 'number' && String(node.value) === value))) return node;
  return keepComments(node, scalar(value));
}

function keepComments(from: unknown, to: unknown): unknown {
  if (from && to && typeof from === 'object' && typeof to === 'object') {
    const f = from as { comment?: string; commentBefore?: string; spaceBefore?: boolean };
    const t = to as typeof f;
    if (f.comment) t.comment = f.comment;
    if (f.commentBefore) t.commentBefore = f.commentBefore;
    if (f.spaceBefore) t.spaceBefore = f.spaceBefore;
  }
  return to;
}

/** Reorder/insert/remove list items by identity, reusing the user's nodes for kept items. */
function syncList(node: unknown, items: PlainMap[], keyFn: (m: PlainMap) => string, syncItem: (item: PlainMap, node: YAMLMap) => void): unknown {
  if (!isSeq(node)) return keepComments(node, build(items as Plain));
  const existing = new Map<string, YAMLMap>();
  for (const n of node.items) {
    if (!isMap(n)) continue;
    const key = keyFn(n.toJSON() as PlainMap);
    if (!existing.has(key)) existing.set(key, n);
  }
  const next: unknown[] = [];
  for (const item of items) {
    const key = keyFn(item);
    const reuse = existing.get(key);
    if (reuse) {
      existing.delete(key);
      syncItem(item, reuse);
      next.push(reuse);
    } else next.push(build(item));
  }
  const changed = next.length !== node.items.length || next.some((n, i) => n !== node.items[i]);
  // A comment between the list's key and its first item is parsed onto the list; it is about
  // that item, so when the item stops being first the comment goes with it.
  const first = node.items[0] as YAMLMap | undefined;
  if (changed && node.commentBefore && first && next[0] !== first && next.includes(first)) {
    first.commentBefore = first.commentBefore ? `${node.commentBefore}\n${first.commentBefore}` : node.commentBefore;
    node.commentBefore = undefined;
  }
  if (changed) node.items = next;
  if (node.flow && next.length > 0) node.flow = false;
  return node;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
