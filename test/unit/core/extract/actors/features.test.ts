import assert from 'node:assert/strict';
import { parseNews } from '../../../../../src/core/parse';
import { capClass, isAllCaps, isTitleCase, shape, wordFeatures } from '../../../../../src/core/extract/actors/features';

describe('actor features', () => {
  const caps: [string, string][] = [
    ['Putin', 'T'], ['PUTIN', 'U'], ['U.S.', 'U'], ['U', 'u'], ['putin', 'L'], ['iPhone', 'M'], ['O’Brien', 'T'],
    ['Al-Assad', 'T'], ['1,000', 'D'], ['.', 'P'], ['Zürich', 'T'], ['ÉCOLE', 'U'],
  ];
  for (const [w, c] of caps) it(`capClass(${w}) = ${c}`, () => assert.equal(capClass(w), c));

  const shapes: [string, string][] = [['Putin', 'Xx'], ['U.S.', 'X.X.'], ['1,000', 'd,d'], ['McDonald', 'XxXx']];
  for (const [w, s] of shapes) it(`shape(${w}) = ${s}`, () => assert.equal(shape(w), s));

  it('tells headline styles apart', () => {
    const sentence = (t: string) => parseNews(t).tokens;
    assert.equal(isTitleCase(sentence('Trump and Putin Discuss End to War in Ukraine')), true);
    assert.equal(isTitleCase(sentence('Zelensky met with U.S. Treasury Secretary Scott Bessent in Kyiv.')), false);
    assert.equal(isAllCaps(sentence('JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .')), true);
    assert.equal(isAllCaps(sentence('Japan got a lucky win.')), false);
  });

  it('keys word features by their window offset', () => {
    const f = wordFeatures('Kremlin');
    assert.equal(f.length, 5);
    assert.ok(f[2].includes('w=kremlin'));
    assert.ok(f[1].includes('-1w=kremlin'));
    assert.ok(f[3].includes('+1w=kremlin'));
  });
});
