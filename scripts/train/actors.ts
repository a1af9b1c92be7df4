// Trains the actor tagger (averaged structured perceptron, first-order Viterbi) on CoNLL-2003
// eng.train, reports dev F1 on eng.testa, and writes the pruned, quantized weights to
// src/core/extract/actors/model.json. The training data never ships; only the weights do.
//   npx tsx scripts/train/actors.ts [corpusRoot=../shared/corpora] [epochs=6]
// (6 epochs: dev F1 within 0.004 of 10 epochs, with a smaller model.)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNews } from '../../src/core/parse';
import type { TokenNode } from '../../src/core/parse/types';
import { AFTER, BEFORE, TAGS, WINDOW, documentEvidence, edgeFeatures, positionFeatures, wordFeatures } from '../../src/core/extract/actors/features';
import { readConll, type ConllDocument } from './conll';

const corpusRoot = process.argv[2] ?? '../shared/corpora';
const epochs = Number(process.argv[3] ?? 6);
const T = TAGS.length;

interface Example { feats: Int32Array[]; gold: Int8Array }

const ids = new Map<string, number>();
function id(f: string, grow: boolean): number {
  let i = ids.get(f);
  if (i === undefined) {
    if (!grow) return -1;
    i = ids.size;
    ids.set(f, i);
  }
  return i;
}

const wordCache = new Map<string, string[][]>();
function wf(w: string): string[][] {
  let f = wordCache.get(w);
  if (!f) wordCache.set(w, (f = wordFeatures(w)));
  return f;
}

function examples(docs: ConllDocument[], grow: boolean): Example[] {
  const out: Example[] = [];
  for (const doc of docs) {
    const root = parseNews(doc.text);
    const sentences: TokenNode[][] = root.children.flatMap((p) => p.children.map((s) => s.children.filter((t) => t.index >= 0)));
    const evidence = documentEvidence(sentences);
    // Gold tag per token from the character spans.
    const tagAt = new Map<number, string>();
    for (const e of doc.entities) tagAt.set(e.start, `B-${e.type}`);
    const inside = (pos: number) => doc.entities.find((e) => pos > e.start && pos < e.end);
    for (const s of sentences) {
      const pos = positionFeatures(s, doc.text, evidence);
      const feats: Int32Array[] = [];
      const gold = new Int8Array(s.length);
      for (let i = 0; i < s.length; i++) {
        const fs: string[] = [...pos[i]];
        for (let o = -WINDOW; o <= WINDOW; o++) {
          const j = i + o;
          if (j < 0) fs.push(...edgeFeatures(BEFORE, o));
          else if (j >= s.length) fs.push(...edgeFeatures(AFTER, o));
          else fs.push(...wf(s[j].value)[o + WINDOW]);
        }
        feats.push(Int32Array.from(fs.map((f) => id(f, grow)).filter((x) => x >= 0)));
        const b = tagAt.get(s[i].start);
        const e = b ? null : inside(s[i].start);
        gold[i] = TAGS.indexOf((b ?? (e ? `I-${e.type}` : 'O')) as never);
      }
      out.push({ feats, gold });
    }
  }
  return out;
}

// BIO: I-X may only follow B-X or I-X.
const allowed = (prev: number, cur: number) => !(TAGS[cur].startsWith('I-') && (prev < 0 || TAGS[prev].slice(2) !== TAGS[cur].slice(2)));

function viterbi(feats: Int32Array[], w: Float64Array, trans: Float64Array): Int8Array {
  const n = feats.length;
  const score = new Float64Array(n * T);
  const back = new Int8Array(n * T);
  const emit = new Float64Array(T);
  for (let i = 0; i < n; i++) {
    emit.fill(0);
    for (const f of feats[i]) for (let t = 0; t < T; t++) emit[t] += w[f * T + t];
    for (let t = 0; t < T; t++) {
      if (i === 0) {
        score[t] = allowed(-1, t) ? emit[t] + trans[T * T + t] : -Infinity;
        continue;
      }
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!allowed(p, t)) continue;
        const s = score[(i - 1) * T + p] + trans[p * T + t];
        if (s > best) { best = s; arg = p; }
      }
      score[i * T + t] = best + emit[t];
      back[i * T + t] = arg;
    }
  }
  const out = new Int8Array(n);
  let best = -Infinity;
  for (let t = 0; t < T; t++) if (score[(n - 1) * T + t] > best) { best = score[(n - 1) * T + t]; out[n - 1] = t; }
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * T + out[i]];
  return out;
}

function spans(tags: Int8Array): string[] {
  const out: string[] = [];
  let start = -1;
  let type = '';
  const close = (i: number) => { if (start >= 0 && type !== 'MISC') out.push(`${start}:${i}:${type}`); start = -1; };
  for (let i = 0; i < tags.length; i++) {
    const tag = TAGS[tags[i]];
    if (tag === 'O') close(i);
    else if (tag.startsWith('B-') || tag.slice(2) !== type) { close(i); start = i; type = tag.slice(2); }
  }
  close(tags.length);
  return out;
}

function evaluate(data: Example[], w: Float64Array, trans: Float64Array): string {
  let tp = 0, fp = 0, fn = 0;
  for (const ex of data) {
    const g = new Set(spans(ex.gold));
    const p = spans(viterbi(ex.feats, w, trans));
    for (const s of p) if (g.has(s)) tp++; else fp++;
    fn += g.size - p.filter((s) => g.has(s)).length;
  }
  const pr = tp / (tp + fp), rc = tp / (tp + fn);
  return `P ${pr.toFixed(3)} R ${rc.toFixed(3)} F1 ${((2 * pr * rc) / (pr + rc)).toFixed(3)}`;
}

const started = Date.now();
const train = examples(readConll(join(corpusRoot, 'conll2003/eng.train')), true);
const dev = examples(readConll(join(corpusRoot, 'conll2003/eng.testa')), false);
console.log(`${train.length} sentences, ${ids.size} features, ${Date.now() - started} ms`);

const F = ids.size;
const w = new Float64Array(F * T);
const total = new Float64Array(F * T); // sum of weights over time, for averaging
const stamp = new Float64Array(F * T);
const trans = new Float64Array((T + 1) * T);
const transTotal = new Float64Array((T + 1) * T);
const transStamp = new Float64Array((T + 1) * T);
let time = 1;
const bump = (arr: Float64Array, tot: Float64Array, st: Float64Array, k: number, d: number) => {
  tot[k] += (time - st[k]) * arr[k];
  st[k] = time;
  arr[k] += d;
};
const averaged = (arr: Float64Array, tot: Float64Array, st: Float64Array) => arr.map((x, k) => (tot[k] + (time - st[k]) * x) / time);

let order = train.map((_, i) => i);
let seed = 1;
const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
for (let epoch = 1; epoch <= epochs; epoch++) {
  order = order.map((x) => [random(), x]).sort((a, b) => a[0] - b[0]).map((x) => x[1]);
  for (const k of order) {
    const ex = train[k];
    const pred = viterbi(ex.feats, w, trans);
    for (let i = 0; i < pred.length; i++) {
      const g = ex.gold[i], p = pred[i];
      const gp = i === 0 ? T : ex.gold[i - 1], pp = i === 0 ? T : pred[i - 1];
      if (g !== p) for (const f of ex.feats[i]) { bump(w, total, stamp, f * T + g, 1); bump(w, total, stamp, f * T + p, -1); }
      if (g !== p || gp !== pp) { bump(trans, transTotal, transStamp, gp * T + g, 1); bump(trans, transTotal, transStamp, pp * T + p, -1); }
    }
    time++;
  }
  const aw = averaged(w, total, stamp), at = averaged(trans, transTotal, transStamp);
  console.log(`epoch ${epoch}: dev (eng.testa, PER/ORG/LOC) ${evaluate(dev, aw, at)}  ${Math.round((Date.now() - started) / 1000)} s`);
}

// Prune: drop features whose averaged weights are all small; quantize to 16-bit integers.
const aw = averaged(w, total, stamp), at = averaged(trans, transTotal, transStamp);
const SCALE = 20;
const MIN = Number(process.env.PRUNE ?? 30);
const keys: string[] = [];
const rows: number[] = [];
const pruned = new Float64Array(F * T);
for (const [f, i] of ids) {
  const row: number[] = [];
  for (let t = 0; t < T; t++) row.push(Math.max(-32768, Math.min(32767, Math.round(aw[i * T + t] * SCALE))));
  if (row.some((q) => Math.abs(q) >= MIN)) {
    keys.push(f);
    rows.push(...row);
    for (let t = 0; t < T; t++) pruned[i * T + t] = row[t] / SCALE;
  }
}
console.log(`kept ${keys.length}/${F} features; pruned dev ${evaluate(dev, pruned, at)}`);
const weights = Buffer.from(Int16Array.from(rows).buffer).toString('base64');
const model = { tags: TAGS, scale: SCALE, transitions: Array.from(at, (x) => Math.round(x * SCALE)), keys: keys.join('\n'), weights };
const out = join(__dirname, '../../src/core/extract/actors/model.json');
writeFileSync(out, JSON.stringify(model));
console.log(`wrote ${out}`);
