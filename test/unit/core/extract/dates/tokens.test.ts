import assert from 'node:assert/strict';
import { Kind, TokenBuffers, Tokens, hashWord } from '../../../../../src/core/extract/dates/tokens';

describe('Tokens', () => {
  it('splits words, numbers, mixed tokens and punctuation with exact offsets', () => {
    const text = '😀 On Feb. 13,\r\n1990s’ Q3';
    const t = new Tokens(text);
    const rows = Array.from({ length: t.count }, (_, i) => [t.raw(i), t.kind[i], t.gap[i], t.start[i]]);
    assert.deepEqual(rows, [
      ['\uD83D', Kind.Punct, 0, 0], ['\uDE00', Kind.Punct, 0, 1],
      ['On', Kind.Word, 1, 3], ['Feb', Kind.Word, 1, 6], ['.', Kind.Punct, 0, 9], ['13', Kind.Num, 1, 11], [',', Kind.Punct, 0, 13],
      ['1990s', Kind.Mixed, 2, 16], ['’', Kind.Punct, 0, 21], ['Q3', Kind.Mixed, 1, 23],
    ]);
  });

  it('hashes words case-insensitively, as hashWord does', () => {
    const t = new Tokens('Friday FRIDAY friday');
    assert.equal(t.hash[0], hashWord('friday'));
    assert.equal(t.hash[1], t.hash[0]);
    assert.equal(t.low(1), 'friday');
  });

  it('tokenizes a slice starting after a line break with absolute offsets', () => {
    const text = 'first line\nsecond line';
    const t = new Tokens(text, 11, text.length);
    assert.deepEqual([t.count, t.start[0], t.gap[0], t.raw(1)], [2, 11, 2, 'line']);
  });
});

describe('TokenBuffers', () => {
  it('tokenizes one piece after another into the same arrays, growing them when needed', () => {
    const b = new TokenBuffers(2);
    const text = 'On Friday, March 3.\nAnd then 2024 came with more words than two';
    const first = new Tokens(text, 0, 20, b);
    assert.deepEqual(Array.from({ length: first.count }, (_, i) => first.raw(i)), ['On', 'Friday', ',', 'March', '3', '.']);
    assert.ok(b.start.length >= first.count, 'grown to hold the first piece');
    const second = new Tokens(text, 20, text.length, b);
    const fresh = new Tokens(text, 20, text.length);
    assert.equal(second.count, fresh.count);
    for (let i = 0; i < fresh.count; i++) {
      assert.deepEqual([second.start[i], second.end[i], second.kind[i], second.gap[i], second.hash[i], second.low(i)], [fresh.start[i], fresh.end[i], fresh.kind[i], fresh.gap[i], fresh.hash[i], fresh.low(i)]);
    }
    assert.equal(second.gap[0], 2, 'a piece after a line break starts with a line gap');
  });
});

describe('TokenBuffers reuse', () => {
  it('leaves nothing of a longer earlier piece past the tokens of a shorter one', () => {
    const b = new TokenBuffers(64);
    const long = 'In March 2024, on Friday, the 3rd week of May 12 began.';
    new Tokens(long, 0, long.length, b);
    const short = 'Tuesday, yes.';
    const t = new Tokens(short, 0, short.length, b);
    const fresh = new Tokens(short, 0, short.length, new TokenBuffers(64));
    // Peeking past the end, as the rules do, reads what fresh arrays hold.
    for (let i = 0; i < 40; i++) {
      assert.deepEqual([t.start[i], t.end[i], t.kind[i], t.gap[i], t.hash[i]], [fresh.start[i], fresh.end[i], fresh.kind[i], fresh.gap[i], fresh.hash[i]], `index ${i}`);
    }
  });
});

describe('Tokens.isWord', () => {
  it('is low(i) === w for lower-case ASCII words, compared in place', () => {
    const text = 'On MONDAY, Monday and monday; Mondays, Mönday';
    const t = new Tokens(text);
    for (let i = -1; i <= t.count; i++) {
      for (const w of ['monday', 'mondays', 'on', 'and', ',', '']) assert.equal(t.isWord(i, w), t.low(i) === w, `token ${i} "${t.raw(i)}" vs "${w}"`);
    }
  });
});
