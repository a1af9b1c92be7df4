import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseNews } from '../../../../../src/core/parse';
import { CONNECTORS, INNER_PUNCTUATION, MAYBE, notAName } from '../../../../../src/core/extract/actors/names';
import { NEVER_NAMES } from '../../../../../src/core/lexicon/never-names';

// notAName's definition, with plain set lookups.
function reference(w: string): number {
  const c = w.charCodeAt(0);
  if (c >= 0x61 && c <= 0x7a) return CONNECTORS.has(w) ? MAYBE : 1;
  if (c >= 0x30 && c <= 0x39) return MAYBE;
  if (c < 0x41 || (c > 0x5a && c < 0x61) || (c > 0x7a && c < 0x80)) return INNER_PUNCTUATION.has(w) ? MAYBE : 1;
  return w.length <= 9 && NEVER_NAMES.has(w) ? 1 : 0; // (longer words of the list are not looked up)
}

describe('notAName', () => {
  it('agrees with the lists on the words of the samples and on the lists themselves', () => {
    const dir = path.resolve(__dirname, '../../../../../samples');
    const words = new Set<string>([...CONNECTORS, ...INNER_PUNCTUATION, ...NEVER_NAMES, 'thee', 'ofs', "'S", '’s', '&&', '..', 'y', 'a', 'Of']);
    for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.txt'))) for (const t of parseNews(fs.readFileSync(path.join(dir, f), 'utf8')).tokens) words.add(t.value);
    const seen = new Set<number>();
    for (const w of words) {
      assert.equal(notAName(w), reference(w), w);
      seen.add(notAName(w));
    }
    assert.deepEqual([...seen].sort(), [0, 1, MAYBE]);
  });
});
