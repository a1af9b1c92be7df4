import assert from 'node:assert/strict';
import path from 'node:path';
import { readCheckThatDir, readClaimBusterJson } from '../../../../scripts/eval/claims';
import { tempTree, withCorpus } from './helpers';

// Made-up transcript lines in the CLEF CheckThat! layout (line, speaker, sentence, 0|1) and
// sentences in the ClaimBuster two-class JSON layout.
const DEBATE = [
  '1\tMODERATOR\tGood evening and welcome.\t0',
  '2\tSYSTEM\t(APPLAUSE)\t0',
  '3\tHANSEN\tUnemployment in our state fell to 3.1 percent last year.\t1',
  '4\tHANSEN\tI thank my family — and “my” voters — for being here.\t0',
  '5\tLIE\tWe built 4,000 homes in Ålesund since 2019.\t1',
  '',
].join('\n');

describe('eval reader: CLEF CheckThat! and ClaimBuster (scripts/eval/claims.ts)', () => {
  describe('readCheckThatDir', () => {
    it('reads sentence and label from every *.tsv in name order, leaving SYSTEM stage directions out', () => {
      const t = tempTree({ 'b_debate.tsv': DEBATE, 'a_debate.tsv': '1\tKIM\tTaxes rose by 2%.\t1\n', 'notes.txt': 'x' });
      try {
        assert.deepEqual(readCheckThatDir(t.root), [
          { text: 'Taxes rose by 2%.', label: true },
          { text: 'Good evening and welcome.', label: false },
          { text: 'Unemployment in our state fell to 3.1 percent last year.', label: true },
          { text: 'I thank my family — and “my” voters — for being here.', label: false },
          { text: 'We built 4,000 homes in Ålesund since 2019.', label: true },
        ]);
      } finally {
        t.cleanup();
      }
    });

    it('reads CRLF files like LF ones: no \\r in sentences, labels still read', () => {
      const t = tempTree({ 'lf/d.tsv': DEBATE, 'crlf/d.tsv': DEBATE.replace(/\n/g, '\r\n') });
      try {
        const crlf = readCheckThatDir(path.join(t.root, 'crlf'));
        assert.deepEqual(crlf, readCheckThatDir(path.join(t.root, 'lf')));
        assert.equal(crlf.filter((s) => s.label).length, 2);
      } finally {
        t.cleanup();
      }
    });

    it('fails on a malformed line, naming the file and line, rather than dropping it', () => {
      const t = tempTree({ 'd.tsv': '1\tKIM\tFine.\t0\n2\tKIM\tA sentence with no label\n' });
      try {
        assert.throws(() => readCheckThatDir(t.root), /d\.tsv:2: expected "line<TAB>speaker<TAB>sentence<TAB>0\|1"/);
      } finally {
        t.cleanup();
      }
    });

    it('fails with a message naming a missing folder', () => {
      assert.throws(() => readCheckThatDir('/nonexistent/clef2019/test_annotated'), /CLEF CheckThat! folder not found: \/nonexistent\/clef2019\/test_annotated/);
    });
  });

  describe('readClaimBusterJson', () => {
    it('reads text and 0/1 label', () => {
      const t = tempTree({
        'test.json': JSON.stringify([
          { sentence_id: 11, label: 1, text: 'We cut the deficit by $40 billion.' },
          { sentence_id: 12, label: 0, text: 'Thank you, Senator.' },
        ]),
      });
      try {
        assert.deepEqual(readClaimBusterJson(path.join(t.root, 'test.json')), [
          { text: 'We cut the deficit by $40 billion.', label: true },
          { text: 'Thank you, Senator.', label: false },
        ]);
      } finally {
        t.cleanup();
      }
    });

    it('fails on items without text or with another label, and on a missing file', () => {
      const t = tempTree({ 'a.json': JSON.stringify([{ label: 2, text: 'x' }]), 'b.json': JSON.stringify({ label: 1, text: 'x' }) });
      try {
        assert.throws(() => readClaimBusterJson(path.join(t.root, 'a.json')), /item 0 lacks a text or a 0\/1 label/);
        assert.throws(() => readClaimBusterJson(path.join(t.root, 'b.json')), /expected a JSON array/);
      } finally {
        t.cleanup();
      }
      assert.throws(() => readClaimBusterJson('/nonexistent/claimbuster/test.json'), /ClaimBuster file not found: \/nonexistent\/claimbuster\/test\.json/);
    });
  });

  describe('on the real corpus', () => {
    const sane = (items: { text: string; label: boolean }[], name: string) => {
      assert.ok(items.length > 1000, `${name}: ${items.length} sentences`);
      const positives = items.filter((i) => i.label).length;
      assert.ok(positives > 0 && positives < items.length, `${name}: both labels (${positives} check-worthy)`);
      for (const i of items) {
        assert.ok(!/[\r\n\t]/.test(i.text), `${name}: one clean line: ${JSON.stringify(i.text)}`);
      }
      assert.ok(items.filter((i) => i.text.trim() === '').length < items.length / 100, `${name}: sentences have text`);
    };
    for (const rel of ['clef2019_checkthat_task1/data/training', 'clef2020_checkthat_task5/train_v2/v2.0/training']) {
      it(`${rel} (train): sentences with both labels, no stray \\r`, function () {
        withCorpus(this, rel, (dir) => sane(readCheckThatDir(dir), rel));
      });
    }
    it('claimbuster/train.json (train): sentences with both labels', function () {
      withCorpus(this, 'claimbuster/train.json', (file) => sane(readClaimBusterJson(file), 'claimbuster/train.json'));
    });
  });
});
