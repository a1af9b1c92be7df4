import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { addManual, parseSidecar, renderSidecar, setNote, setStatus, updateSidecar, removeAnnotation } from '../../../../src/core/sidecar';
import { ARTICLE, BASE, extraction, FIXTURES } from './helpers';

const fresh = updateSidecar(null, extraction(ARTICLE, BASE), ARTICLE, { file: 'council-vote.txt' }).sidecar;
const generated = renderSidecar(null, fresh).text;
// A sidecar as a user leaves it: comments everywhere, a blank line, an extra key of theirs.
const commented = readFileSync(path.join(FIXTURES, 'council-vote.txt.annotations.yaml'), 'utf8');

describe('sidecar/document', () => {
  it('renders a fresh sidecar in block style, one annotation per item, stable on re-render', () => {
    assert.match(generated, /^annotations:\n  - id: a-[0-9a-f]{6}\n    kind: actor\n/m);
    const again = parseSidecar(generated);
    assert.equal(renderSidecar(again.document, again.sidecar).text, generated);
  });

  it('double-quotes strings with line breaks or edge spaces, so editors cannot strip them', () => {
    assert.match(generated, /suffix: "\\n\\nPORT ALVEN — The city council "/);
  });

  it('the user-commented fixture is still current (regenerate it if the format changes)', () => {
    // Same data as a freshly generated sidecar: the fixture only adds comments and formatting.
    assert.deepEqual(parseSidecar(commented).sidecar, fresh);
  });

  const edits: { name: string; newLines: number; change: (s: typeof fresh) => typeof fresh }[] = [
    { name: 'unchanged', newLines: 0, change: (s) => s },
    { name: 'a status change', newLines: 2, change: (s) => setStatus(s, s.annotations.find((a) => a.kind === 'claim')!.id, 'disputed') },
    { name: 'a new note', newLines: 2, change: (s) => setNote(s, s.annotations.find((a) => a.kind === 'quote')!.id, 'Check the recording.') },
    { name: 'a removal', newLines: 5, change: (s) => removeAnnotation(s, s.annotations.find((a) => a.kind === 'date')!.id) },
  ];
  for (const e of edits) {
    it(`keeps every user comment and the user's own key through ${e.name}`, () => {
      const loaded = parseSidecar(commented);
      const out = renderSidecar(loaded.document, e.change(loaded.sidecar)).text;
      for (const line of commented.split('\n').filter((l) => l.includes('#') && !l.includes('Newsmark annotations'))) {
        assert.ok(out.includes(line.trim()), `lost: ${line}`);
      }
      assert.ok(out.includes('x-reviewed-by: Mirela'));
      if (e.name === 'unchanged') assert.equal(out, commented);
      else {
        // Only the changed annotation's lines (edited: true, the field) and a rejection are new.
        const before = new Set(commented.split('\n'));
        const added = out.split('\n').filter((l) => !before.has(l));
        assert.ok(added.length <= e.newLines, `too much churn: ${added.join(' | ')}`);
        assert.deepEqual(parseSidecar(out).sidecar, e.change(loaded.sidecar));
      }
    });
  }

  it('a comment above the first item stays with that item when another one goes first', () => {
    const y = generated.replace(/^annotations:\n/m, 'annotations:\n  # about the headline actor\n');
    const loaded = parseSidecar(y);
    const s = addManual(loaded.sidecar, ARTICLE, { kind: 'note', start: 0, end: 7, note: 'headline' }).sidecar;
    const out = renderSidecar(loaded.document, s, y).text;
    assert.match(out, /^annotations:\n  - id: n-[0-9a-f]{6}\n/m);
    assert.match(out, /  # about the headline actor\n  - id: a-[0-9a-f]{6}\n    kind: actor\n/);
  });
});
