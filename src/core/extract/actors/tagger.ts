// The runtime side of the actor tagger: loads the shipped weights (model.json, trained by
// scripts/train/actors.ts on CoNLL-2003) and decodes sentences with first-order Viterbi.
// Word-type features are summed once per word and cached, so a token costs five vector
// additions, its few position features and the 9×9 transition step.
import model from './model.json';
import { AFTER, BEFORE, TAGS, WINDOW, edgeFeatures, wordFeatures, type TokenCodes } from './features';
import { MAYBE, notAName } from './names';
import type { TokenNode } from '../../parse/types';

const T = TAGS.length;
if (T !== 9) throw new Error('tagger: the emission sums are written out for nine tags'); // see tagSentence
const SPAN = (2 * WINDOW + 1) * T;

interface Weights {
  rows: Map<string, Int16Array>;
  transitions: Float64Array;
  scale: number;
  /** Emission lead of O beyond which a position is decided O without the full Viterbi step. */
  margin: number;
}

let loaded: Weights | undefined;

function load(): Weights {
  const bytes = Buffer.from(model.weights, 'base64');
  const all = new Int16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
  const rows = new Map<string, Int16Array>();
  model.keys.split('\n').forEach((k, i) => rows.set(k, all.subarray(i * T, i * T + T)));
  const transitions = Float64Array.from(model.transitions);
  const margin = 2 * (Math.max(...transitions) - Math.min(...transitions));
  return { rows, transitions, scale: model.scale, margin };
}

/** Allowed[p * T + t]: BIO forbids I-X after anything but B-X or I-X (p = T is the start). */
const ALLOWED = new Uint8Array((T + 1) * T);
for (let p = 0; p <= T; p++) {
  for (let t = 0; t < T; t++) {
    const cur = TAGS[t];
    ALLOWED[p * T + t] = !cur.startsWith('I-') || (p < T && TAGS[p].slice(2) === cur.slice(2)) ? 1 : 0;
  }
}

const wordCache = new Map<string, Float64Array>();
const MAX_CACHE = 200_000;

function addRow(out: Float64Array, at: number, rows: Map<string, Int16Array>, key: string): void {
  const r = rows.get(key);
  if (r) for (let t = 0; t < T; t++) out[at + t] += r[t];
}

/** Summed weights of one word type at each window offset: SPAN floats, offset-major. */
function wordVector(w: string, weights: Weights): Float64Array {
  let v = wordCache.get(w);
  if (v) return v;
  v = new Float64Array(SPAN);
  const feats = wordFeatures(w);
  for (let o = 0; o < feats.length; o++) for (const f of feats[o]) addRow(v, o * T, weights.rows, f);
  if (wordCache.size >= MAX_CACHE) wordCache.clear();
  wordCache.set(w, v);
  return v;
}

/** The rows of position features: a few dozen strings ("first|T", "gz=B-LOC"), looked up in
 * this small map rather than among all the model's keys. */
const positionRows = new Map<string, Int16Array | null>();

function positionRow(f: string, weights: Weights): Int16Array | null {
  let r = positionRows.get(f);
  if (r === undefined) {
    r = weights.rows.get(f) ?? null;
    if (positionRows.size >= 1000) positionRows.clear();
    positionRows.set(f, r);
  }
  return r;
}

let edges: { before: Float64Array; after: Float64Array } | undefined;

function edgeVectors(weights: Weights): { before: Float64Array; after: Float64Array } {
  const before = new Float64Array(SPAN);
  const after = new Float64Array(SPAN);
  for (let o = -WINDOW; o <= WINDOW; o++) {
    if (o < 0) for (const f of edgeFeatures(BEFORE, o)) addRow(before, (o + WINDOW) * T, weights.rows, f);
    if (o > 0) for (const f of edgeFeatures(AFTER, o)) addRow(after, (o + WINDOW) * T, weights.rows, f);
  }
  return { before, after };
}

/** A position where only O is kept (decided from its emissions). */
const CLOSED = 3;

let forced = new Uint8Array(256);
/** The positions not forced, in order: open[0, count). */
let open = new Int32Array(256);

/** Previous tags allowed before each tag (BIO leaves I-X two predecessors): decode's full
 * step is written out for O and B-X after any tag, I-X (the even tags after O) after B-X and I-X. */
const PREDECESSORS: number[][] = TAGS.map((_, t) => [...Array(T).keys()].filter((p) => ALLOWED[p * T + t]));
PREDECESSORS.forEach((preds, t) => {
  const expected = t !== 0 && t % 2 === 0 ? [t - 1, t] : [...Array(T).keys()];
  if (preds.join() !== expected.join()) throw new Error(`tagger: unexpected tag layout at ${TAGS[t]}`);
});

let scratch = { emit: new Float64Array(64 * T), score: new Float64Array(64 * T), back: new Int8Array(64 * T) };

/** Tag indexes (into TAGS) for each word of a sentence (tokens, or anything with a value). */
export function tagSentence(words: readonly { value: string }[], position: string[][]): Int8Array {
  const out = new Int8Array(words.length);
  tagInto(words, position, out);
  return out;
}

/** The window vectors of the current sentence's words, valid where stamp[j] === epoch (no
 * array to allocate and clear per sentence). */
let vectors: Float64Array[] = [];
let stamp = new Int32Array(256);
let epoch = 0;

/** tagSentence writing the tags into out[0, words.length) (a buffer the caller reuses).
 * With `codes` (tokenCodes of the document, the words being a run of its tokens), the
 * words' notAName classes are read from the codes. */
export function tagInto(words: readonly { value: string }[], position: string[][], out: Int8Array, codes?: TokenCodes, base = codes ? (words[0] as TokenNode).index : 0): void {
  const weights = (loaded ??= load());
  const e = (edges ??= edgeVectors(weights));
  const n = words.length;
  if (n === 0) return;
  if (scratch.emit.length < n * T) scratch = { emit: new Float64Array(2 * n * T), score: new Float64Array(2 * n * T), back: new Int8Array(2 * n * T) };
  const { emit } = scratch;
  if (forced.length < n) forced = new Uint8Array(2 * n);
  if (stamp.length < n) {
    stamp = new Int32Array(2 * n);
    epoch = 0;
  }
  if (++epoch === 0x7fffffff) {
    stamp.fill(0);
    epoch = 1;
  }
  // Connectors ("of", "the", ".") can only be inside a name between two name-like words
  // (decided in order: the positions before are decided already, those after not yet).
  // The positions left open are listed: the steps below visit only them.
  if (open.length < n) open = new Int32Array(2 * n);
  let count = 0;
  if (codes) {
    // The classes straight from the codes, in the same pass.
    const names = codes.names;
    for (let i = 0; i < n; i++) {
      let f = names[base + i];
      if (f === MAYBE) {
        const before = (i > 0 && forced[i - 1] === 0) || (i > 1 && forced[i - 2] === 0);
        const after = (i + 1 < n && names[base + i + 1] === 0) || (i + 2 < n && names[base + i + 2] === 0);
        f = before && after ? 0 : 1;
      }
      forced[i] = f;
      if (f === 0) open[count++] = i;
    }
  } else {
    for (let i = 0; i < n; i++) forced[i] = notAName(words[i].value);
    for (let i = 0; i < n; i++) {
      let f = forced[i];
      if (f === MAYBE) {
        const before = (i > 0 && forced[i - 1] === 0) || (i > 1 && forced[i - 2] === 0);
        const after = (i + 1 < n && forced[i + 1] === 0) || (i + 2 < n && forced[i + 2] === 0);
        f = forced[i] = before && after ? 0 : 1;
      }
      if (f === 0) open[count++] = i;
    }
  }
  // Emissions of the positions that may be names: the cached vectors of the window's words
  // (needed only there), then the position's own features, summed in nine registers.
  // (Forced positions have none: their emission is 0 and never read.) Most words are plainly
  // not names: where O wins by more than any transitions could change (margin), only O is
  // kept at the position, as at a forced one (CLOSED); the first position is always decoded.
  const margin = weights.margin;
  for (let q = 0; q < count; q++) {
    const i = open[q];
    let e0 = 0, e1 = 0, e2 = 0, e3 = 0, e4 = 0, e5 = 0, e6 = 0, e7 = 0, e8 = 0;
    for (let o = -WINDOW; o <= WINDOW; o++) {
      const j = i + o;
      let v: Float64Array;
      if (j < 0) v = e.before;
      else if (j >= n) v = e.after;
      else if (stamp[j] === epoch) v = vectors[j];
      else {
        v = vectors[j] = wordVector(codes ? codes.values[base + j] : words[j].value, weights);
        stamp[j] = epoch;
      }
      const at = (o + WINDOW) * T;
      e0 += v[at]; e1 += v[at + 1]; e2 += v[at + 2]; e3 += v[at + 3]; e4 += v[at + 4];
      e5 += v[at + 5]; e6 += v[at + 6]; e7 += v[at + 7]; e8 += v[at + 8];
    }
    const fs = position[i];
    for (let k = 0; k < fs.length; k++) {
      const r = positionRow(fs[k], weights);
      if (r) {
        e0 += r[0]; e1 += r[1]; e2 += r[2]; e3 += r[3]; e4 += r[4];
        e5 += r[5]; e6 += r[6]; e7 += r[7]; e8 += r[8];
      }
    }
    if (i > 0) {
      let other = e1;
      if (e2 > other) other = e2;
      if (e3 > other) other = e3;
      if (e4 > other) other = e4;
      if (e5 > other) other = e5;
      if (e6 > other) other = e6;
      if (e7 > other) other = e7;
      if (e8 > other) other = e8;
      if (e0 - other > margin) {
        forced[i] = CLOSED;
        continue;
      }
    }
    const at = i * T;
    emit[at] = e0; emit[at + 1] = e1; emit[at + 2] = e2; emit[at + 3] = e3; emit[at + 4] = e4;
    emit[at + 5] = e5; emit[at + 6] = e6; emit[at + 7] = e7; emit[at + 8] = e8;
  }
  decode(n, out, count);
}

/** decode on given emissions (n × 9, tag-major per position) and closed positions (nonzero:
 * only O kept), for tests against a plain Viterbi. */
export function decodeEmissions(emissions: Float64Array, closed: Uint8Array, n: number): Int8Array {
  const weights = (loaded ??= load());
  void weights;
  if (scratch.emit.length < n * T) scratch = { emit: new Float64Array(2 * n * T), score: new Float64Array(2 * n * T), back: new Int8Array(2 * n * T) };
  if (forced.length < n) forced = new Uint8Array(2 * n);
  scratch.emit.set(emissions.subarray(0, n * T));
  forced.set(closed.subarray(0, n));
  if (open.length < n) open = new Int32Array(2 * n);
  let count = 0;
  for (let i = 0; i < n; i++) if (!forced[i]) open[count++] = i;
  const out = new Int8Array(n);
  if (n > 0) decode(n, out, count);
  return out;
}

/** The model's transition weights, [from * 9 + to], from = 9 for the sentence start. */
export function transitionWeights(): Float64Array {
  return (loaded ??= load()).transitions;
}

/** First-order Viterbi over the open positions (open[0, count), those with forced[i] still 0; emissions in scratch.emit).
 * A closed position keeps only O, so the best path goes through O there whatever comes
 * before or after it: each run of open positions between closed ones is decoded on its own,
 * from O (or the sentence start) to O (or the sentence end), and the closed positions are O.
 * Scores are sums of integers (the weights and transitions are integers), so leaving out
 * the score of the path up to a run changes no comparison: the tags are those of the
 * Viterbi over the whole sentence, ties going to the lower tag index as there. */
function decode(n: number, out: Int8Array, count: number): void {
  const { emit, score, back } = scratch;
  const trans = (loaded as Weights).transitions;
  out.fill(0, 0, n);
  let q = 0;
  while (q < count) {
    let i = open[q++];
    if (forced[i]) continue; // closed by its emissions
    const a = i;
    // The run's first position: from the sentence start, or from O.
    const from = a === 0 ? T * T : 0;
    for (let t = 0; t < T; t++) score[a * T + t] = ALLOWED[from + t] ? emit[a * T + t] + trans[from + t] : -Infinity;
    for (i = a + 1; q < count && open[q] === i && !forced[i]; i++, q++) {
      const prev = (i - 1) * T;
      const cur = i * T;
      // Written out for the tag layout checked below: O and B-X follow any tag, I-X (even
      // t > 0) only B-X (t - 1) and I-X. Predecessors in ascending order, the first best kept.
      const s0 = score[prev], s1 = score[prev + 1], s2 = score[prev + 2], s3 = score[prev + 3], s4 = score[prev + 4];
      const s5 = score[prev + 5], s6 = score[prev + 6], s7 = score[prev + 7], s8 = score[prev + 8];
      for (let t = 0; t < T; t++) {
        let best: number;
        let arg = 0;
        if (t !== 0 && (t & 1) === 0) {
          best = -Infinity;
          const b = score[prev + t - 1] + trans[(t - 1) * T + t];
          if (b > best) {
            best = b;
            arg = t - 1;
          }
          const c = score[prev + t] + trans[t * T + t];
          if (c > best) {
            best = c;
            arg = t;
          }
        } else {
          best = s0 + trans[t];
          let x = s1 + trans[T + t];
          if (x > best) { best = x; arg = 1; }
          x = s2 + trans[2 * T + t];
          if (x > best) { best = x; arg = 2; }
          x = s3 + trans[3 * T + t];
          if (x > best) { best = x; arg = 3; }
          x = s4 + trans[4 * T + t];
          if (x > best) { best = x; arg = 4; }
          x = s5 + trans[5 * T + t];
          if (x > best) { best = x; arg = 5; }
          x = s6 + trans[6 * T + t];
          if (x > best) { best = x; arg = 6; }
          x = s7 + trans[7 * T + t];
          if (x > best) { best = x; arg = 7; }
          x = s8 + trans[8 * T + t];
          if (x > best) { best = x; arg = 8; }
        }
        score[cur + t] = best + emit[cur + t];
        back[cur + t] = arg;
      }
    }
    // The run's last tag: the best one into the O that follows, or the best at the end.
    const last = (i - 1) * T;
    let best = -Infinity;
    let tag = 0;
    for (let p = 0; p < T; p++) {
      const s = i < n ? score[last + p] + trans[p * T] : score[last + p];
      if (s > best) {
        best = s;
        tag = p;
      }
    }
    out[i - 1] = tag;
    for (let k = i - 1; k > a; k--) {
      tag = back[k * T + tag];
      out[k - 1] = tag;
    }
  }
}
