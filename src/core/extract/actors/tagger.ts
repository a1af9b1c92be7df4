// The runtime side of the actor tagger: loads the shipped weights (model.json, trained by
// scripts/train/actors.ts on CoNLL-2003) and decodes sentences with first-order Viterbi.
// Word-type features are summed once per word and cached, so a token costs five vector
// additions, its few position features and the 9×9 transition step.
import model from './model.json';
import { AFTER, BEFORE, TAGS, WINDOW, edgeFeatures, wordFeatures } from './features';

const T = TAGS.length;
const SPAN = (2 * WINDOW + 1) * T;

interface Weights {
  rows: Map<string, Int16Array>;
  transitions: Float32Array;
  scale: number;
}

let loaded: Weights | undefined;

function load(): Weights {
  const bytes = Buffer.from(model.weights, 'base64');
  const all = new Int16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
  const rows = new Map<string, Int16Array>();
  model.keys.split('\n').forEach((k, i) => rows.set(k, all.subarray(i * T, i * T + T)));
  return { rows, transitions: Float32Array.from(model.transitions), scale: model.scale };
}

/** Allowed[p * T + t]: BIO forbids I-X after anything but B-X or I-X (p = T is the start). */
const ALLOWED = new Uint8Array((T + 1) * T);
for (let p = 0; p <= T; p++) {
  for (let t = 0; t < T; t++) {
    const cur = TAGS[t];
    ALLOWED[p * T + t] = !cur.startsWith('I-') || (p < T && TAGS[p].slice(2) === cur.slice(2)) ? 1 : 0;
  }
}

const wordCache = new Map<string, Float32Array>();
const MAX_CACHE = 200_000;

function addRow(out: Float32Array, at: number, rows: Map<string, Int16Array>, key: string): void {
  const r = rows.get(key);
  if (r) for (let t = 0; t < T; t++) out[at + t] += r[t];
}

/** Summed weights of one word type at each window offset: SPAN floats, offset-major. */
function wordVector(w: string, weights: Weights): Float32Array {
  let v = wordCache.get(w);
  if (v) return v;
  v = new Float32Array(SPAN);
  const feats = wordFeatures(w);
  for (let o = 0; o < feats.length; o++) for (const f of feats[o]) addRow(v, o * T, weights.rows, f);
  if (wordCache.size >= MAX_CACHE) wordCache.clear();
  wordCache.set(w, v);
  return v;
}

let edges: { before: Float32Array; after: Float32Array } | undefined;

function edgeVectors(weights: Weights): { before: Float32Array; after: Float32Array } {
  const before = new Float32Array(SPAN);
  const after = new Float32Array(SPAN);
  for (let o = -WINDOW; o <= WINDOW; o++) {
    if (o < 0) for (const f of edgeFeatures(BEFORE, o)) addRow(before, (o + WINDOW) * T, weights.rows, f);
    if (o > 0) for (const f of edgeFeatures(AFTER, o)) addRow(after, (o + WINDOW) * T, weights.rows, f);
  }
  return { before, after };
}

/** Tag indexes (into TAGS) for each word of a sentence. */
export function tagSentence(values: string[], position: string[][]): Int8Array {
  const weights = (loaded ??= load());
  const e = (edges ??= edgeVectors(weights));
  const n = values.length;
  const vectors: Float32Array[] = new Array(n);
  for (let i = 0; i < n; i++) vectors[i] = wordVector(values[i], weights);
  const trans = weights.transitions;
  const score = new Float32Array(n * T);
  const back = new Int8Array(n * T);
  const emit = new Float32Array(T);
  for (let i = 0; i < n; i++) {
    emit.fill(0);
    for (let o = -WINDOW; o <= WINDOW; o++) {
      const j = i + o;
      const v = j < 0 ? e.before : j >= n ? e.after : vectors[j];
      const at = (o + WINDOW) * T;
      for (let t = 0; t < T; t++) emit[t] += v[at + t];
    }
    for (const f of position[i]) addRow(emit, 0, weights.rows, f);
    for (let t = 0; t < T; t++) {
      if (i === 0) {
        score[t] = ALLOWED[T * T + t] ? emit[t] + trans[T * T + t] : -Infinity;
        continue;
      }
      let best = -Infinity;
      let arg = 0;
      const prev = (i - 1) * T;
      for (let p = 0; p < T; p++) {
        if (!ALLOWED[p * T + t]) continue;
        const s = score[prev + p] + trans[p * T + t];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * T + t] = best + emit[t];
      back[i * T + t] = arg;
    }
  }
  const out = new Int8Array(n);
  if (n === 0) return out;
  let best = -Infinity;
  for (let t = 0; t < T; t++) {
    if (score[(n - 1) * T + t] > best) {
      best = score[(n - 1) * T + t];
      out[n - 1] = t;
    }
  }
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * T + out[i]];
  return out;
}
