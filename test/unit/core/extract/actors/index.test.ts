import assert from 'node:assert/strict';
import { extract } from '../../../../../src/core/extract';

describe('actorsPlugin in the pipeline', () => {
  it('reports actors with text, type and entity on the extraction', () => {
    const text = 'Ukraine’s president, Volodymyr Zelensky, met Mr. Rubio in Munich. Zelensky said the meeting went well.';
    const { actors } = extract(text);
    for (const a of actors) assert.equal(a.text, text.slice(a.start, a.end));
    const byText = new Map(actors.map((a) => [a.text, a]));
    assert.equal(byText.get('Ukraine')?.type, 'place');
    assert.equal(byText.get('Volodymyr Zelensky')?.type, 'person');
    assert.equal(byText.get('Rubio')?.type, 'person');
    assert.equal(byText.get('Munich')?.type, 'place');
    assert.deepEqual(actors.filter((a) => a.text === 'Zelensky').map((a) => a.entity), ['Volodymyr Zelensky']);
    assert.deepEqual(actors.map((a) => a.start), [...actors.map((a) => a.start)].sort((x, y) => x - y));
  });
});
