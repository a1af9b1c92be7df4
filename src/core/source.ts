// Turns the bytes of a file into source text, or says plainly why it cannot be a source.
// Offsets must match fs.readFileSync(path, 'utf8'), so a UTF-8 byte-order mark stays in the
// text as U+FEFF; UTF-16 files (with their BOM) are decoded rather than refused.

export const DEFAULT_MAX_SOURCE_BYTES = 10 * 1024 * 1024;

export type DecodedSource =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' }
  | { ok: false; reason: 'binary' | 'too-large' | 'empty-path'; message: string };

export function decodeSource(bytes: Uint8Array, maxBytes = DEFAULT_MAX_SOURCE_BYTES): DecodedSource {
  if (bytes.length > maxBytes) {
    return { ok: false, reason: 'too-large', message: `${(bytes.length / 1048576).toFixed(1)} MB is over the ${(maxBytes / 1048576).toFixed(0)} MB limit` };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  // NUL bytes do not occur in text files in any 8-bit encoding or UTF-8.
  if (bytes.indexOf(0) !== -1) {
    return { ok: false, reason: 'binary', message: 'looks binary (contains NUL bytes), not a text article' };
  }
  try {
    // ignoreBOM keeps U+FEFF in the text, like readFileSync(path, 'utf8').
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: old newsroom exports are mostly Windows-1252.
    return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

// 0x80–0x9F of Windows-1252 (curly quotes, dashes, …); Node's TextDecoder treats the label as
// Latin-1 there, which would turn “ into a C1 control character.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    const chars = new Array<string>(chunk.length);
    for (let j = 0; j < chunk.length; j++) {
      const b = chunk[j];
      chars[j] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    }
    out += chars.join('');
  }
  return out;
}
