// Our offsets are UTF-16 code units (JavaScript string indices). Python-based tools (brat,
// doccano) and the W3C selectors count Unicode code points, so an emoji before an annotation
// shifts their offsets by one per emoji. brat also reads its .txt with universal newlines,
// so a CRLF pair is one character there.

export interface OffsetMapOptions {
  /** Count "\r\n" as one character, as Python's universal-newline reading does. */
  collapseCrlf?: boolean;
}

/** Returns f(utf16Offset) → offset in code points (optionally with CRLF counted once). */
export function codePointMapper(text: string, options: OffsetMapOptions = {}): (offset: number) => number {
  const map = new Uint32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = n;
    const c = text.charCodeAt(i);
    const lowSurrogateFollows =
      c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (lowSurrogateFollows) {
      map[++i] = n; // an offset inside a pair maps to the pair's start
      n++;
      continue;
    }
    if (options.collapseCrlf && c === 0x0d && text.charCodeAt(i + 1) === 0x0a) continue;
    n++;
  }
  map[text.length] = n;
  return (offset) => map[Math.max(0, Math.min(text.length, offset))];
}

/** 1-based line number of a UTF-16 offset; CRLF, LF and lone CR each end a line. */
export function lineMapper(text: string): (offset: number) => number {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
