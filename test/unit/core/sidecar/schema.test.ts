// The JSON Schema (contributed to the YAML extension) and the example must agree with what
// the code reads and writes. A small validator for the draft-07 subset the schema uses
// checks generated sidecars and the example against it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { CLAIM_STATUSES } from '../../../../src/core/annotations';
import { anchorHolds } from '../../../../src/core/anchor';
import { parseSidecar, renderSidecar, setStatus, updateSidecar } from '../../../../src/core/sidecar';
import * as keys from '../../../../src/core/sidecar/validate';
import { ARTICLE, BASE, extraction } from './helpers';

const ROOT = path.join(__dirname, '../../../../schemas');
type S = Record<string, any>;
const schema: S = JSON.parse(readFileSync(path.join(ROOT, 'sidecar.schema.json'), 'utf8'));
const example = readFileSync(path.join(ROOT, 'example.annotations.yaml'), 'utf8');

function resolve(s: S): S {
  return s.$ref ? resolve(schema.definitions[s.$ref.replace('#/definitions/', '')]) : s;
}

function validate(s: S, v: unknown, at = '$'): string[] {
  s = resolve(s);
  const errs: string[] = [];
  const types = s.type === undefined ? [] : [].concat(s.type);
  const typeOf = (x: unknown) => (x === null ? 'null' : Array.isArray(x) ? 'array' : Number.isInteger(x) ? 'integer' : typeof x);
  if (types.length && !types.some((t) => t === typeOf(v) || (t === 'number' && typeof v === 'number'))) return [`${at}: expected ${types.join('|')}`];
  if (s.const !== undefined && v !== s.const) errs.push(`${at}: expected ${s.const}`);
  if (s.enum && !s.enum.includes(v)) errs.push(`${at}: not in enum`);
  if (typeof v === 'string' && s.pattern && !new RegExp(s.pattern).test(v)) errs.push(`${at}: pattern`);
  if (typeof v === 'string' && s.minLength && v.length < s.minLength) errs.push(`${at}: minLength`);
  if (typeof v === 'number' && s.minimum !== undefined && v < s.minimum) errs.push(`${at}: minimum`);
  if (s.anyOf && s.anyOf.every((alt: S) => validate(alt, v, at).length > 0)) errs.push(`${at}: no anyOf branch`);
  for (const sub of s.allOf ?? []) if (validate(sub.if, v, at).length === 0 && sub.then) errs.push(...validate(sub.then, v, at));
  if (Array.isArray(v) && s.items) v.forEach((x, i) => errs.push(...validate(s.items, x, `${at}[${i}]`)));
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    for (const r of s.required ?? []) if (!(r in o)) errs.push(`${at}: missing ${r}`);
    for (const [k, x] of Object.entries(o)) {
      if (s.properties?.[k]) errs.push(...validate(s.properties[k], x, `${at}.${k}`));
      else if (Object.keys(s.patternProperties ?? {}).some((p) => new RegExp(p).test(k))) continue;
      else if (s.additionalProperties === false) errs.push(`${at}: unexpected ${k}`);
    }
  }
  return errs;
}

function undescribed(s: S, at: string, out: string[]): string[] {
  for (const [k, p] of Object.entries<S>(s.properties ?? {})) {
    if (!p.description && !(p.$ref && resolve(p).description)) out.push(`${at}.${k}`);
    undescribed(p, `${at}.${k}`, out);
  }
  if (s.items) undescribed(s.items, `${at}[]`, out);
  return out;
}

describe('sidecar/schema', () => {
  it('is draft-07 and describes every field', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    const missing = undescribed(schema, '$', []);
    for (const [name, d] of Object.entries<S>(schema.definitions)) {
      if (!d.description) missing.push(`#/definitions/${name}`);
      undescribed(d, `#/definitions/${name}`, missing);
    }
    assert.deepEqual(missing, []);
  });

  const pairs: [string, readonly string[], S][] = [
    ['top', keys.TOP_KEYS, schema],
    ['source', keys.SOURCE_KEYS, schema.properties.source],
    ['published', keys.PUBLISHED_KEYS, schema.properties.published],
    ['entity', keys.ENTITY_KEYS, schema.definitions.entity],
    ['annotation', keys.ANNOTATION_KEYS, schema.definitions.annotation],
    ['anchor', keys.ANCHOR_KEYS, schema.definitions.anchor],
    ['rejection', keys.REJECTION_KEYS, schema.definitions.rejection],
  ];
  for (const [name, known, s] of pairs) {
    it(`lists exactly the ${name} keys the code knows`, () => assert.deepEqual(Object.keys(s.properties).sort(), [...known].sort()));
  }

  it('has the claim statuses the code has', () => {
    assert.deepEqual(schema.definitions.annotation.properties.status.enum, CLAIM_STATUSES);
  });

  it('accepts what the code writes and rejects what the code rejects', () => {
    const written = renderSidecar(null, updateSidecar(null, extraction(ARTICLE, BASE), ARTICLE, { file: 'council-vote.txt' }).sidecar).text;
    assert.deepEqual(validate(schema, parse(written)), []);
    assert.notDeepEqual(validate(schema, parse(written.replace('kind: quote', 'kind: quip'))), []);
    assert.notDeepEqual(validate(schema, parse(written.replace('version: 1', 'version: 2'))), []);
  });

  it('a change to the example touches only its own lines, aligned comments elsewhere included', () => {
    const loaded = parseSidecar(example, ARTICLE);
    const changed = setStatus(loaded.sidecar, 'c-9129a7', 'false');
    const out = renderSidecar(loaded.document, changed, example).text;
    const diff = out.split('\n').map((l, i) => [l, example.split('\n')[i]]).filter(([x, y]) => x !== y);
    // The changed line is rendered by the library ("false" quoted: it is a string, not a boolean).
    assert.deepEqual(diff, [['    status: "false" # unverified | verified | false | misleading | disputed', '    status: disputed              # unverified | verified | false | misleading | disputed']]);
  });

  it('the commented example is valid, matches its article, and round-trips byte for byte', () => {
    assert.deepEqual(validate(schema, parse(example)), []);
    const loaded = parseSidecar(example, ARTICLE, 'council-vote.txt');
    assert.deepEqual(loaded.problems, []);
    for (const a of loaded.sidecar.annotations) assert.equal(anchorHolds(ARTICLE, a.anchor), !a.orphaned, a.id);
    assert.equal(renderSidecar(loaded.document, loaded.sidecar, example).text, example);
    // Re-extraction keeps the user's work in the example: the edited claim, the manual ones, the orphan.
    const again = updateSidecar(loaded.sidecar, extraction(ARTICLE, BASE), ARTICLE, { file: 'council-vote.txt' }).sidecar;
    for (const id of ['c-9129a7', 'c-4463a7', 'n-829ca4', 'q-5e0c1a']) {
      assert.deepEqual(again.annotations.find((a) => a.id === id), loaded.sidecar.annotations.find((a) => a.id === id));
    }
    assert.ok(!again.annotations.some((a) => a.anchor.exact === 'City Hall'));
  });
});
