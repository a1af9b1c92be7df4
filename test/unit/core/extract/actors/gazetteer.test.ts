import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseNews } from '../../../../../src/core/parse';
import { mayStartExact } from '../../../../../src/core/extract/actors/gazetteer';
import { PLACE_NAMES } from '../../../../../src/core/lexicon/places';
import { ORGANIZATION_NAMES } from '../../../../../src/core/lexicon/organizations';

describe('mayStartExact', () => {
  // The definition: the first token, as written, of some lexicon name.
  const firsts = new Set<string>();
  for (const e of [...PLACE_NAMES, ...ORGANIZATION_NAMES]) {
    const tokens = parseNews(e.name).tokens;
    if (tokens.length) firsts.add(tokens[0].value);
  }

  it('accepts the first token of every lexicon name', () => {
    for (const w of firsts) assert.equal(mayStartExact(w), true, w);
  });

  it('agrees with the lexicon on the words of the samples and their variants', () => {
    const dir = path.resolve(__dirname, '../../../../../samples');
    const words = new Set<string>();
    for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.txt'))) for (const t of parseNews(fs.readFileSync(path.join(dir, f), 'utf8')).tokens) words.add(t.value);
    for (const w of firsts) for (const v of [w + 's', w.slice(0, -1), w.toUpperCase(), w.toLowerCase(), w + w.slice(-1), 'É' + w]) words.add(v);
    let accepted = 0;
    for (const w of words) {
      assert.equal(mayStartExact(w), firsts.has(w), w);
      if (firsts.has(w)) accepted++;
    }
    assert.ok(accepted > 20 && words.size > 3000);
  });
});
