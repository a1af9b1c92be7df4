import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findClaims } from '../../../../../src/core/extract/claims';
import { findQuotes, scanQuotes, splitSentences } from '../../../../../src/core/extract/quotes';

// Text built from the characters that matter here: marks, apostrophes, stops, breaks, words.
const pieces = ['“', '”', '"', '‘', '’', "'", '.', '!', '?', ',', ' ', '\n', '\r\n', 'Mr.', 'He', 'said', 'Trump', 'U.S.', 'word', '—', '😀', '[1]', 'Credit…'];
const article = fc.array(fc.constantFrom(...pieces), { maxLength: 120 }).map((a) => a.join(''));

describe('quotes and sentences: invariants on arbitrary text', () => {
  it('quote spans are non-empty, inside the text, and nested quotes lie inside their parent', () => {
    fc.assert(
      fc.property(article, (text) => {
        const qs = scanQuotes(text);
        for (const q of qs) {
          assert.ok(0 <= q.start && q.start < q.end && q.end <= text.length);
          assert.equal(text.slice(q.start, q.end).trim(), text.slice(q.start, q.end));
          if (q.parent >= 0) assert.ok(qs[q.parent].start <= q.start && q.end <= qs[q.parent].end);
        }
        for (let i = 1; i < qs.length; i++) assert.ok(qs[i - 1].open <= qs[i].open);
      }),
      { numRuns: 300 },
    );
  });

  it('sentences are in order, disjoint, trimmed, and never cross a line break', () => {
    fc.assert(
      fc.property(article, (text) => {
        const ss = splitSentences(text, scanQuotes(text));
        for (let i = 0; i < ss.length; i++) {
          const s = text.slice(ss[i].start, ss[i].end);
          assert.ok(s.length > 0 && s.trim() === s && !/[\n\r]/.test(s));
          if (i > 0) assert.ok(ss[i - 1].end <= ss[i].start);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('claims are sentences and quote texts are the text at their offsets', () => {
    fc.assert(
      fc.property(article, (text) => {
        const quotes = findQuotes(text, []);
        for (const q of quotes) assert.equal(q.text, text.slice(q.start, q.end));
        const sentences = new Set(splitSentences(text, scanQuotes(text)).map((s) => `${s.start}:${s.end}`));
        for (const c of findClaims(text, quotes)) {
          assert.ok(sentences.has(`${c.start}:${c.end}`));
          assert.equal(c.text, text.slice(c.start, c.end));
        }
      }),
      { numRuns: 300 },
    );
  });
});
