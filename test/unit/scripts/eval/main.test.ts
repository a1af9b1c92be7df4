import assert from 'node:assert/strict';
import path from 'node:path';
import { evaluate as actors } from '../../../../scripts/eval/actors';
import { evaluate as claims } from '../../../../scripts/eval/claims';
import { evaluate as dates } from '../../../../scripts/eval/dates';
import { formatTable } from '../../../../scripts/eval/main';
import { evaluate as quotes } from '../../../../scripts/eval/quotes';
import { tempTree } from './helpers';

describe('eval entry points (scripts/eval/main.ts and each evaluate)', () => {
  it('formatTable aligns the columns and prints percentages with one decimal', () => {
    const table = formatTable([
      { task: 'dates', corpus: 'TempEval-3 platinum (test)', system: 'newsmark', precision: 0.872, recall: 0.7391, f1: 0.8, note: '20 docs' },
      { task: 'actors', corpus: 'x', system: 'compromise', precision: 1, recall: 0, f1: 0 },
    ]).split('\n');
    assert.equal(table.length, 4);
    assert.match(table[0], /^task\s+corpus\s+system\s+P\s+R\s+F1\s+note$/);
    assert.match(table[1], /^-+$/);
    assert.match(table[2], /^dates \s+TempEval-3 platinum \(test\)\s+newsmark \s+ 87\.2 \s+ 73\.9 \s+ 80\.0  20 docs$/);
    assert.match(table[3], /^actors\s+x\s+compromise\s+100\.0 \s+ 0\.0 \s+ 0\.0  $/);
    // Every row starts its corpus and system columns at the same place as the header.
    for (const col of ['corpus', 'system']) {
      const at = table[0].indexOf(col);
      assert.ok(table.slice(2).every((l) => l[at - 1] === ' ' && l[at] !== ' '), col);
    }
  });

  it('each evaluation fails with a message naming the corpus it cannot find', async () => {
    const t = tempTree({ 'conll2003/eng.testa': 'Oslo NNP I-NP I-LOC\n', 'README.md': 'an almost empty corpus root' });
    try {
      await assert.rejects(actors('/nonexistent', {}), /CoNLL-2003 corpus not found: \/nonexistent\/conll2003/);
      await assert.rejects(actors(t.root, {}), new RegExp(`CoNLL file not found: ${path.join(t.root, 'conll2003', 'eng.testb').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`));
      await assert.rejects(dates(t.root, {}), /TempEval-3 corpus not found: .*tempeval3/);
      await assert.rejects(quotes(t.root, {}), /PolNeAR dev split not found under .*polnear\/data\/dev/);
      await assert.rejects(claims(t.root, {}), /CLEF CheckThat! folder not found: .*clef2019_checkthat_task1\/data\/test_annotated/);
    } finally {
      t.cleanup();
    }
  });
});
