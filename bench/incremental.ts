// Incremental re-analysis, as the editor runs it after a pause in typing: one word typed in
// the middle of the text, then only the paragraphs around it extracted, merged into the
// sidecar and resolved into the view — beside the full pass it replaces, on the same text.
import { extract } from '../src/core/extract';
import { extractIncremental } from '../src/core/extract/incremental';
import { applyEdits, updateSidecar } from '../src/core/sidecar';
import { resolveRegion, resolveSidecar } from '../src/core/resolve';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export function benchIncremental(label: string, text: string): void {
  const ex = extract(text);
  const sidecar = updateSidecar(null, ex, text, { file: 'bench.txt' }).sidecar;
  const word = ' Quillfeather';
  const ms = { extract: [] as number[], merge: [] as number[], view: [] as number[], total: [] as number[] };
  let chars = 0;
  const runs = text.length > 1e6 ? 7 : 25;
  for (let k = 0; k < runs; k++) {
    // A different place each run: the start of a word between a tenth and nine tenths in.
    let at = Math.floor(text.length * (0.1 + (0.8 * k) / runs));
    at = text.indexOf(' ', at);
    const after = text.slice(0, at) + word + text.slice(at);
    const edited = applyEdits(sidecar, [{ offset: at, deleteLength: 0, insertText: word }], after).sidecar;
    const view = resolveSidecar(sidecar, text); // the view before the edit (not timed)
    const t0 = performance.now();
    const r = extractIncremental(ex, { start: at, oldEnd: at, newEnd: at + word.length }, after);
    if (!r) throw new Error('the incremental pass declined a one-word edit');
    const t1 = performance.now();
    const merged = updateSidecar(edited, r.extraction, after, { file: 'bench.txt', region: { start: r.range.start, end: r.range.newEnd } }).sidecar;
    const t2 = performance.now();
    resolveRegion(view, merged, after, r.range, { reuse: true });
    const t3 = performance.now();
    ms.extract.push(t1 - t0);
    ms.merge.push(t2 - t1);
    ms.view.push(t3 - t2);
    ms.total.push(t3 - t0);
    chars = r.window.end - r.window.start;
  }
  // The full pass it replaces: extraction, whole merge, whole view.
  const f0 = performance.now();
  const full = extract(text);
  const merged = updateSidecar(sidecar, full, text, { file: 'bench.txt' }).sidecar;
  resolveSidecar(merged, text);
  const fullMs = performance.now() - f0;
  console.log(`${label}: a word typed, re-analysed incrementally (medians of ${runs} edits; the window read was ~${chars.toLocaleString('en-US')} characters)`);
  console.log(`  extract ${median(ms.extract).toFixed(1)} ms + merge ${median(ms.merge).toFixed(1)} ms + view ${median(ms.view).toFixed(1)} ms = ${median(ms.total).toFixed(1)} ms`);
  console.log(`  full pass instead (extract + merge + view): ${fullMs.toFixed(0)} ms — ${(fullMs / median(ms.total)).toFixed(0)}× longer\n`);
}
