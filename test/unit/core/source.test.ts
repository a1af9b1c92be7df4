import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { decodeSource } from '../../../src/core/source';

describe('decodeSource', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it('keeps a UTF-8 byte-order mark so offsets match readFileSync', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nm-'));
    const path = join(dir, 'a.txt');
    writeFileSync(path, '\uFEFFMr. Trump said “no” 😀.', 'utf8');
    const r = decodeSource(readFileSync(path));
    assert.ok(r.ok);
    assert.equal(r.text, readFileSync(path, 'utf8'));
  });

  const cases: Array<[string, Uint8Array, string | RegExp]> = [
    ['UTF-16LE with BOM', new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]), 'Hi'],
    ['UTF-16BE with BOM', new Uint8Array([0xfe, 0xff, 0x00, 0x48, 0x00, 0x69]), 'Hi'],
    ['Windows-1252 curly quotes', new Uint8Array([0x93, 0x48, 0x69, 0x94]), '“Hi”'],
    ['plain UTF-8', utf8('Kyiv — “yes”'), 'Kyiv — “yes”'],
  ];
  for (const [name, bytes, expected] of cases) {
    it(`decodes ${name}`, () => {
      const r = decodeSource(bytes);
      assert.ok(r.ok, JSON.stringify(r));
      assert.equal(r.text, expected);
    });
  }

  it('refuses binary input with a reason', () => {
    const r = decodeSource(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.reason, 'binary');
  });

  it('refuses input over the size limit', () => {
    const r = decodeSource(utf8('x'.repeat(2048)), 1024);
    assert.equal(!r.ok && r.reason, 'too-large');
    assert.match(!r.ok ? r.message : '', /over the/);
  });
});
