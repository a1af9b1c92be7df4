import assert from 'node:assert/strict';
import { honorificGender } from '../../../../src/core/lexicon/gender';

// The definition honorificGender implements with a quick pre-check: the title expressions
// over the 16 characters before the name.
const MALE = /(?:^|[^\p{L}])(?:Mr|Sir|Lord|King|Prince|Father|Brother|Congressman|Councilman|Assemblyman|Alderman|Chairman|Spokesman|Businessman)\.?\s+$/u;
const FEMALE = /(?:^|[^\p{L}])(?:Mrs|Ms|Miss|Dame|Lady|Queen|Princess|Sister|Mother|Congresswoman|Councilwoman|Assemblywoman|Alderwoman|Chairwoman|Spokeswoman|Businesswoman)\.?\s+$/u;
function reference(text: string, at: number): string | undefined {
  const before = text.slice(Math.max(0, at - 16), at);
  return MALE.test(before) ? 'male' : FEMALE.test(before) ? 'female' : undefined;
}

describe('honorificGender', () => {
  it('reads the title right before a name', () => {
    const text = 'Ms. Ruiz met Mr Pike, Congressman  Hale and said Sanders. Spokeswoman\nLee, Mrs.Kay';
    assert.equal(honorificGender(text, text.indexOf('Ruiz')), 'female');
    assert.equal(honorificGender(text, text.indexOf('Pike')), 'male');
    assert.equal(honorificGender(text, text.indexOf('Hale')), 'male');
    assert.equal(honorificGender(text, text.indexOf('Sanders')), undefined);
    assert.equal(honorificGender(text, text.indexOf('Lee')), 'female');
    assert.equal(honorificGender(text, text.indexOf('Kay')), undefined); // no space after the title
    assert.equal(honorificGender('XMr. Smith', 5), undefined); // inside a word
    assert.equal(honorificGender('ÉMr. Smith', 5), undefined);
  });

  it('agrees with the title expressions on generated text', () => {
    const pieces = ['Mr', 'Mrs', 'Ms', 'Miss', 'Sir', 'Lady', 'Queen', 'Chairman', 'Spokeswoman', 'Businessman', 'Brother', 'Mother',
      'Alderwoman', 'King', 'Lord', 'Dame', 'said', 'the', 'X', 'é', 'Ł', '𝐀', '.', '. ', ' ', '  ', '\n', '\u00a0', '(', '"', '-', 'mr', 'MR', 'Smith', 'Kingman'];
    let seed = 12345;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    let checked = 0;
    const seen = new Set<string | undefined>();
    for (let k = 0; k < 4000; k++) {
      let text = '';
      const parts = 1 + rand(6);
      for (let p = 0; p < parts; p++) text += pieces[rand(pieces.length)];
      for (let at = 0; at <= text.length; at++) {
        const got = honorificGender(text, at);
        assert.equal(got, reference(text, at), JSON.stringify([text, at]));
        seen.add(got);
        checked++;
      }
    }
    assert.ok(checked > 20000);
    assert.deepEqual([...seen].sort(), ['female', 'male', undefined]);
  });
});
