import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, parseArgs } from '../../../src/cli/main';

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return main(argv, { stdout: (s) => out.push(s), stderr: (s) => err.push(s) }).then((code) => ({ code, out: out.join('\n'), err: err.join('\n') }));
}

describe('newsmark CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsmark-cli-'));
  const article = join(dir, 'council.txt');
  writeFileSync(article, 'Council Delays Vote\n\nPORT ALVEN — Mayor Tomas Reyes said on Monday that the plan “needs another look.”\n');
  const second = join(dir, 'second.txt');
  writeFileSync(second, 'Anja Kowalski said the estimate was “wildly optimistic.”\n');
  const binary = join(dir, 'photo.txt');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));

  it('extract --json prints the guidelines object for one file, with the date from --published', async () => {
    const r = await run(['extract', article, '--json', '--published', '2025-03-04']);
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out);
    assert.equal(json.published, '2025-03-04');
    assert.equal(json.publishedSource, 'option');
    const reyes = json.actors.find((a: { text: string }) => a.text === 'Tomas Reyes');
    assert.equal(reyes?.type, 'person');
    const monday = json.dates.find((d: { text: string }) => d.text === 'Monday');
    assert.equal(monday?.value, '2025-03-03', 'the most recent Monday on or before publication');
    assert.equal(json.quotes[0]?.text, 'needs another look.');
    assert.equal(json.quotes[0]?.speaker, 'Tomas Reyes');
  });

  it('extract --json gives an array for several files; a binary file is a one-line error and exit 1, others still processed', async () => {
    const r = await run(['extract', article, binary, second, '--json']);
    assert.equal(r.code, 1);
    const json = JSON.parse(r.out);
    assert.equal(json.length, 2);
    assert.deepEqual(json.map((x: { source: string }) => x.source), [article, second]);
    assert.equal(r.err.trim().split('\n').length, 1);
    assert.match(r.err, /photo\.txt: looks binary/);
  });

  it('extract without --json prints a readable summary', async () => {
    const r = await run(['extract', article]);
    assert.equal(r.code, 0);
    assert.match(r.out, /actors: \d+ mentions of \d+ entities/);
    assert.match(r.out, /Tomas Reyes \(person\)/);
  });

  const usage: Array<[string, string[], number, RegExp]> = [
    ['no command', [], 2, /Usage: newsmark/],
    ['unknown command', ['frobnicate'], 2, /unknown command/],
    ['bad --published', ['extract', 'x.txt', '--published', '13/02/2025'], 2, /YYYY-MM-DD/],
    ['extract without files', ['extract'], 2, /at least one file/],
    ['export without --format', ['export', 'x.txt'], 2, /--format/],
  ];
  for (const [name, argv, code, message] of usage) {
    it(`usage error: ${name}`, async () => {
      const r = await run(argv);
      assert.equal(r.code, code);
      assert.match(r.out + r.err, message);
    });
  }

  it('parses flags with values, = forms and positionals', () => {
    const a = parseArgs(['export', 'a.txt', '--format', 'csv', '--out=x.csv', '--force', 'b.txt'], new Set(['format', 'out']));
    assert.equal(a.command, 'export');
    assert.deepEqual(a.positional, ['a.txt', 'b.txt']);
    assert.equal(a.flags.get('format'), 'csv');
    assert.equal(a.flags.get('out'), 'x.csv');
    assert.equal(a.flags.get('force'), true);
  });
});
