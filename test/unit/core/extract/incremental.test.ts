import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { extract } from '../../../../src/core/extract';
import { changedRange, composeRange, extractIncremental, paragraphEnd, paragraphStart } from '../../../../src/core/extract/incremental';
import type { Extraction } from '../../../../src/core/model';

const samplesDir = join(__dirname, '../../../../samples');
const samples = readdirSync(samplesDir).filter((f) => f.endsWith('.txt') || f.endsWith('.md')).map((f) => ({ name: f, text: readFileSync(join(samplesDir, f), 'utf8') }));
const battery = samples.find((s) => s.name === 'battery-plant.txt')!.text;

const KINDS = ['actors', 'dates', 'quotes', 'claims'] as const;

/** Every mention's text is the text at its offsets: the invariant any shifting must keep. */
function assertConsistent(x: Extraction, text: string): void {
  for (const kind of KINDS) {
    let last = -1;
    for (const m of x[kind]) {
      assert.ok(m.start >= last, `${kind} out of order at ${m.start}`);
      last = m.start;
      if (kind !== 'quotes') assert.equal(text.slice(m.start, m.end), m.text, `${kind} ${JSON.stringify(m.text)} at ${m.start}`);
    }
  }
  for (const q of x.quotes) {
    if (!q.speakerMention) continue;
    const said = text.slice(q.speakerMention.start, q.speakerMention.end);
    assert.ok(/\S/.test(said) && said.trim() === said, `speaker mention ${JSON.stringify(said)} at ${q.speakerMention.start}`);
  }
}

function insert(text: string, at: number, what: string, remove = 0): string {
  return text.slice(0, at) + what + text.slice(at + remove);
}

describe('incremental extraction', () => {
  it('finds the one range in which two texts differ', () => {
    assert.equal(changedRange('abc', 'abc'), null);
    assert.deepEqual(changedRange('abcdef', 'abXYdef'), { start: 2, oldEnd: 3, newEnd: 4 });
    assert.deepEqual(changedRange('aaaa', 'aaaaa'), { start: 4, oldEnd: 4, newEnd: 5 });
    assert.deepEqual(changedRange('abc', ''), { start: 0, oldEnd: 3, newEnd: 0 });
  });

  it('composes edits into a range that covers every change (property)', () => {
    const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 5 }), ins: fc.string({ maxLength: 5 }) });
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 40 }), fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
      let text = start;
      let range = null;
      for (const e of edits) {
        const at = e.at % (text.length + 1);
        const del = Math.min(e.del, text.length - at);
        text = text.slice(0, at) + e.ins + text.slice(at + del);
        range = composeRange(range, at, del, e.ins.length);
      }
      assert.ok(range);
      // Outside the composed range, the texts agree (so re-reading it is enough).
      assert.ok(range.start <= range.oldEnd && range.start <= range.newEnd);
      assert.equal(text.slice(0, range.start), start.slice(0, range.start));
      assert.equal(text.slice(range.newEnd), start.slice(range.oldEnd));
      assert.equal(text.length - range.newEnd, start.length - range.oldEnd);
    }), { numRuns: 500 });
  });

  it('widens to paragraphs at blank lines', () => {
    const text = 'First para line.\n\nSecond para, one.\nstill second.\n\nThird.';
    const at = text.indexOf('one');
    assert.equal(paragraphStart(text, at), text.indexOf('Second'));
    assert.equal(paragraphEnd(text, at), text.indexOf('\n\nThird'));
    assert.equal(paragraphStart(text, 3), 0);
    assert.equal(paragraphEnd(text, text.length - 2), text.length);
  });

  it('re-extracts only around the edit and agrees with a full pass on a sentence added mid-article', () => {
    const before = battery;
    const previous = extract(before);
    const at = before.indexOf('About 450 of the job cuts');
    const after = insert(before, at, 'Analysts at Nordbank said on Monday that the delay would cost Voltaris about 40 million euros. ');
    const r = extractIncremental(previous, before, after);
    assert.ok(r, 'incremental pass possible');
    assert.ok(r.range.start <= at && r.range.newEnd >= at + 90, 'range covers the edit');
    assert.ok(r.window.end - r.window.start < before.length, 'the window is not the whole text');
    const full = extract(after);
    for (const kind of KINDS) assert.deepEqual(r.extraction[kind], full[kind], kind);
    assertConsistent(r.extraction, after);
  });

  it('links a surname typed in a new paragraph to the full name the article established', () => {
    const before = battery;
    const previous = extract(before);
    const at = before.indexOf('Orders for electric buses');
    const after = insert(before, at, '"We will keep every engineer," Vollmer said.\n\n');
    const r = extractIncremental(previous, before, after);
    assert.ok(r);
    const vollmer = r.extraction.actors.find((a) => a.start >= at && a.text === 'Vollmer');
    assert.equal(vollmer?.entity, 'Renata Vollmer');
    const quote = r.extraction.quotes.find((q) => q.start >= at && q.start < at + 40);
    assert.equal(quote?.speaker, 'Renata Vollmer');
  });

  it('keeps the type the article gave a name (a short organization name stays an organization)', () => {
    const before = battery;
    const previous = extract(before);
    const at = before.indexOf('Orders for electric buses');
    const after = insert(before, at, 'Voltaris declined to comment further.\n\n');
    const r = extractIncremental(previous, before, after)!;
    const mention = r.extraction.actors.find((a) => a.start === at);
    assert.equal(mention?.type, previous.actors.find((a) => a.text === 'Voltaris')!.type);
  });

  it('asks for a full pass when the edit changes the publication date found in the text', () => {
    const before = battery;
    const previous = extract(before);
    assert.equal(previous.publishedSource, 'text');
    const after = before.replace('Feb. 13, 2025\n', 'March 2, 2025\n').replace('HALDEN, Feb. 13', 'HALDEN, March 2');
    assert.notEqual(extract(after).published, previous.published);
    assert.equal(extractIncremental(previous, before, after), null);
  });

  it('keeps every mention consistent with the text through random edits of the samples (property)', function () {
    this.timeout(120_000);
    const pieces = fc.constantFrom(' the', 'x', ' Smith', '"', '\n\n', ', she said', ' on Tuesday', ' 45 percent', '“Yes,” said Ana Ruiz. ', '');
    for (const sample of samples) {
      const base = extract(sample.text);
      fc.assert(fc.property(fc.nat(), fc.nat({ max: 30 }), pieces, (pos, del, what) => {
        const at = pos % sample.text.length;
        const after = insert(sample.text, at, what, Math.min(del, sample.text.length - at));
        if (after === sample.text) return;
        const r = extractIncremental(base, sample.text, after);
        if (!r) return; // a full pass was asked for
        assertConsistent(r.extraction, after);
        // Outside the range, the previous mentions are kept (shifted by the edit).
        const delta = r.range.newEnd - r.range.oldEnd;
        for (const kind of KINDS) {
          const kept: unknown[] = (r.extraction[kind] as { start: number; end: number; text: string }[]).filter((m) => m.end <= r.range.start || m.start >= r.range.newEnd).map((m) => [m.start, m.end, m.text]);
          const old: unknown[] = (base[kind] as { start: number; end: number; text: string }[]).filter((m) => m.end <= r.range.start || m.start >= r.range.oldEnd).map((m) => (m.start >= r.range.oldEnd ? [m.start + delta, m.end + delta, m.text] : [m.start, m.end, m.text]));
          assert.deepEqual(kept, old, kind);
        }
      }), { numRuns: 40 });
    }
  });

  it('follows a range given by the editor instead of comparing texts', () => {
    const before = battery;
    const previous = extract(before);
    const at = before.indexOf('The stock has lost');
    const after = insert(before, at, 'Halden officials met on Friday. ');
    const viaRange = extractIncremental(previous, { start: at, oldEnd: at, newEnd: at + 32 }, after);
    const viaText = extractIncremental(previous, before, after);
    assert.ok(viaRange && viaText);
    assert.deepEqual(viaRange.extraction, viaText.extraction);
  });
});
