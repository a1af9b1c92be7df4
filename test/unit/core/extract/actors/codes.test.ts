import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseNews } from '../../../../../src/core/parse';
import { sentencesOf } from '../../../../../src/core/extract/actors/recognize';
import { documentEvidence, isAllCaps, isTitleCase, lexiconMatches, positionFeatures, sentenceFeatures, tokenCodes } from '../../../../../src/core/extract/actors/features';
import { tagInto } from '../../../../../src/core/extract/actors/tagger';
import { notAName } from '../../../../../src/core/extract/actors/names';

// The scans that read tokenCodes instead of the token objects must agree with the plain ones.
const dir = path.resolve(__dirname, '../../../../../samples');
const texts = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
texts.push('KYIV, Feb. 13 (Reuters) - UKRAINE SAYS RUSSIA ATTACKED\n\nTrump and Putin Discuss End to War in Call\n\nThe man said the U.S. and de Gaulle of the Institute for the Study of War met Mr. O’Brien in 1860 Munich & AT & T.');

describe('tokenCodes', () => {
  it('holds each token’s first character, length, kind, class, value and end', () => {
    const tree = parseNews('Putin met 12 officials, “quietly”.');
    const codes = tokenCodes(tree.tokens);
    const capitals: number[] = [];
    tree.tokens.forEach((t, k) => {
      assert.equal(codes.first[k], t.value.charCodeAt(0));
      assert.equal(codes.length[k], t.value.length);
      assert.equal(codes.kind[k], t.kind === 'word' ? 1 : t.kind === 'number' ? 2 : 0);
      assert.equal(codes.names[k], notAName(t.value));
      assert.equal(codes.values[k], t.value);
      assert.equal(codes.end[k], t.end);
      const c = t.value.charCodeAt(0);
      if (c >= 0x41 && (c < 0x61 || c > 0x7a)) capitals.push(k);
    });
    assert.deepEqual([...codes.capitals.subarray(0, codes.capitalCount)], capitals);
    assert.ok(capitals.length >= 2);
  });

  it('keeps no values of a longer document before', () => {
    tokenCodes(parseNews('One two three four five six seven.').tokens);
    const codes = tokenCodes(parseNews('Short one.').tokens);
    assert.deepEqual(codes.values, ['Short', 'one', '.']);
  });

  it('gives the same evidence, lexicon matches and tags as the token objects', () => {
    let tagged = 0;
    let skipped = 0;
    const styles = new Set<string>();
    for (const text of texts) {
      const tree = parseNews(text);
      const sentences = sentencesOf(tree);
      const plain = documentEvidence(sentences);
      const codes = tokenCodes(tree.tokens);
      const bases = Int32Array.from(sentences, (s) => s[0].index);
      const coded = documentEvidence(sentences, codes, bases, Int32Array.from(sentences, (s) => s.length));
      assert.deepEqual(coded, plain);
      assert.ok(plain.lowercase.size > 0 || sentences.length < 5);
      for (const s of sentences) {
        assert.equal(isAllCaps(s, codes), isAllCaps(s));
        assert.equal(isTitleCase(s, codes), isTitleCase(s));
        styles.add(`${isAllCaps(s)}${isTitleCase(s)}`);
        for (const caseless of [false, true]) assert.deepEqual(lexiconMatches(s, text, caseless, codes), lexiconMatches(s, text, caseless));
        const position = positionFeatures(s, text, plain);
        const copy = (f: string[][]) => f.slice(0, s.length).map((x) => [...x]);
        const matches = lexiconMatches(s, text, false);
        for (const allCaps of [false, true]) {
          // With codes, positions that are never names (notAName 1, which the tagger decides
          // without features) get none; the others get the same features.
          const plainFeatures = copy(sentenceFeatures(s, text, plain, allCaps, matches));
          const codedFeatures = copy(sentenceFeatures(s, text, plain, allCaps, matches, codes, s[0].index));
          s.forEach((t, i) => assert.deepEqual(codedFeatures[i], notAName(t.value) === 1 ? [] : plainFeatures[i]));
          skipped += s.filter((t, i) => notAName(t.value) === 1 && plainFeatures[i].length > 0).length;
        }
        const a = new Int8Array(s.length);
        const b = new Int8Array(s.length);
        tagInto(s, position, a);
        tagInto(s, position, b, codes);
        assert.deepEqual(b, a);
        // The tags from the features left out at never-name positions are the same.
        const c = new Int8Array(s.length);
        tagInto(s, copy(sentenceFeatures(s, text, plain, isAllCaps(s), lexiconMatches(s, text, isAllCaps(s)), codes, s[0].index)), c, codes);
        const d = new Int8Array(s.length);
        tagInto(s, copy(sentenceFeatures(s, text, plain, isAllCaps(s), lexiconMatches(s, text, isAllCaps(s)))), d);
        assert.deepEqual(c, d);
        tagged += a.filter((t) => t !== 0).length;
      }
    }
    assert.ok(tagged > 50, `${tagged} name tags`);
    assert.ok(skipped > 50, `${skipped} positions without features`);
    for (const style of ['falsefalse', 'falsetrue', 'truetrue']) assert.ok(styles.has(style), style); // plain, title case, all caps
  });
});
