import assert from 'node:assert/strict';
import { sidecarFromExtraction } from '../../../../src/core/export';
import { anchorFor } from '../../../../src/core/export/fromExtraction';
import type { Extraction } from '../../../../src/core/model';

describe('sidecar from an extraction', () => {
  const text = '😀 Donald Trump said “we will see” on Tuesday. Trump’s aides agreed.';
  const span = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });
  const ex: Extraction = {
    source: 'a.txt', published: '2025-02-13', publishedSource: 'option',
    actors: [
      { ...span('Donald Trump'), text: 'Donald Trump', type: 'person', entity: 'Donald Trump' },
      { ...span('Trump', 20), text: 'Trump', type: 'person', entity: 'Donald Trump' },
    ],
    dates: [{ ...span('Tuesday'), text: 'Tuesday', value: '2025-02-11' }],
    quotes: [
      { ...span('we will see'), text: 'we will see', speaker: 'Donald Trump', speakerMention: span('Donald Trump') },
      { ...span('Tuesday'), text: 'x', speaker: 'Nobody Known', speakerMention: null },
    ],
    claims: [{ ...span('Donald Trump said “we will see” on Tuesday.'), text: '', kind: 'attributed' }],
  };
  const s = sidecarFromExtraction(ex, text, 'a.txt');

  it('makes one entity per canonical name, also for speakers never tagged as actors', () => {
    assert.deepEqual(s.entities.map((e) => [e.name, e.type]), [['Donald Trump', 'person'], ['Nobody Known', 'person']]);
    const trump = s.entities[0].id;
    assert.deepEqual(s.annotations.filter((a) => a.kind === 'actor').map((a) => a.entity), [trump, trump]);
    assert.equal(s.annotations.find((a) => a.kind === 'quote')!.speaker, trump);
  });

  it('anchors every annotation on the text, with unique ids and unverified claims', () => {
    for (const a of s.annotations) assert.equal(a.anchor.exact, text.slice(a.anchor.start, a.anchor.end));
    assert.equal(new Set(s.annotations.map((a) => a.id)).size, s.annotations.length);
    assert.deepEqual(s.annotations.filter((a) => a.kind === 'claim').map((a) => [a.status, a.claimKind]), [['unverified', 'attributed']]);
    assert.deepEqual(s.published, { date: '2025-02-13', source: 'option' });
    assert.match(s.source.sha256, /^[0-9a-f]{64}$/);
  });

  it('never cuts a prefix or suffix through an emoji', () => {
    const a = anchorFor('x😀abc', { start: 3, end: 4 });
    assert.equal(a.exact, 'a');
    for (let k = 0; k < 4; k++) {
      // Shifting by k moves the 32-unit context cut onto either half of a surrogate pair.
      const t = 'a'.repeat(k) + '😀'.repeat(20) + 'target' + '😀'.repeat(20) + 'b'.repeat(k);
      const start = t.indexOf('target');
      const an = anchorFor(t, { start, end: start + 6 });
      assert.ok(!/^[\uDC00-\uDFFF]/.test(an.prefix) && !/[\uD800-\uDBFF]$/.test(an.suffix), `shift ${k}`);
      assert.ok(an.prefix.length >= 31 && an.suffix.length >= 31);
    }
  });
});
