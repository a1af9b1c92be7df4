import assert from 'node:assert/strict';
import { unified } from 'unified';
import { VFile } from 'vfile';
import '../../../../../src/core/extract/data';
import { claimsPlugin } from '../../../../../src/core/extract/claims';
import { quotesPlugin } from '../../../../../src/core/extract/quotes';
import { newsParser } from '../../../../../src/core/parse';
import type { ActorMention } from '../../../../../src/core/model';
import type { NewsRoot } from '../../../../../src/core/parse/types';

/** The plugins as the pipeline runs them, with the actors an earlier plugin would report. */
function run(text: string, actors: ActorMention[]) {
  const processor = unified()
    .use(newsParser)
    .use(() => (_tree: unknown, file: VFile) => {
      file.data.actors = actors;
    })
    .use(quotesPlugin)
    .use(claimsPlugin);
  const file = new VFile({ value: text });
  const tree = processor.parse(file) as unknown as NewsRoot;
  processor.runSync(tree as never, file);
  return file.data;
}

describe('quotes and claims plugins', () => {
  it('report quotes with speakers from the actors, and claims, on the vfile', () => {
    const text = '“We will win 3 seats,” Mr. Smith said on Monday.\nIt rained.';
    const data = run(text, [{ start: 27, end: 32, text: 'Smith', type: 'person', entity: 'John Smith' }]);
    assert.deepEqual(data.quotes, [{ start: 1, end: 21, text: 'We will win 3 seats,', speaker: 'John Smith', speakerMention: { start: 27, end: 32 } }]);
    assert.deepEqual(data.claims, [{ start: 0, end: 48, text: text.slice(0, 48), kind: 'statistic' }]);
  });

  it('report empty lists for a text without quotes or claims', () => {
    const data = run('Hello.', []);
    assert.deepEqual([data.quotes, data.claims], [[], []]);
  });
});
