// Which tokens the actor tagger can skip: most words are plainly not (part of) a name. Used
// by the tagger per sentence and by tokenCodes once per document.
import { NEVER_NAMES } from '../../lexicon/never-names';

/** Lower-case words that do occur inside names ("Institute for the Study of War", "Charles de Gaulle"). */
export const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'de', 'la', 'le', 'du', 'des', 'del', 'della', 'da', 'di', 'do', 'dos', 'van',
  'von', 'der', 'den', 'ter', 'bin', 'ibn', 'al', 'el', 'y', 'on', 'upon', 'at', 'in', 'e', 'et', 'zu', 'af', 'av', 'dem', 'st']);
/** Punctuation that does occur inside names ("Vladimir V. Putin", "AT & T", "Rolls - Royce"). */
export const INNER_PUNCTUATION = new Set(['.', '&', '-', "'", '’', "'s", '’s', '/']);

export const NOT_A_NAME = 1;
export const MAYBE = 2;
/** Per first letter a–z, the lengths (bits) of the connectors starting with it: most short
 * lower-case words are told from the connectors without a set lookup. */
const CONNECTOR_LENGTHS = new Uint32Array(26);
for (const w of CONNECTORS) {
  const c = w.charCodeAt(0);
  if (c >= 0x61 && c <= 0x7a && w.length < 32) CONNECTOR_LENGTHS[c - 0x61] |= 1 << w.length;
  else throw new Error(`names: connector "${w}" outside a–z or too long`);
}
/** The connectors by first letter a–z and length (up to CONNECTOR_MAX): a word is compared
 * with the few of its letter and length instead of looked up in the set. */
const CONNECTOR_MAX = Math.max(...[...CONNECTORS].map((w) => w.length));
const CONNECTOR_LISTS: string[][] = Array.from({ length: 26 * (CONNECTOR_MAX + 1) }, () => []);
for (const w of CONNECTORS) CONNECTOR_LISTS[(w.charCodeAt(0) - 0x61) * (CONNECTOR_MAX + 1) + w.length].push(w);

function isConnector(w: string, c: number): boolean {
  if (w.length > CONNECTOR_MAX) return false;
  const list = CONNECTOR_LISTS[(c - 0x61) * (CONNECTOR_MAX + 1) + w.length];
  for (let k = 0; k < list.length; k++) if (list[k] === w) return true;
  return false;
}

/** The one-character inner punctuation marks by code (below 0x80), and the longest mark. */
const INNER_SINGLE = new Uint8Array(0x80);
for (const p of INNER_PUNCTUATION) if (p.length === 1 && p.charCodeAt(0) < 0x80) INNER_SINGLE[p.charCodeAt(0)] = 1;
const INNER_MAX = Math.max(...[...INNER_PUNCTUATION].map((p) => p.length));

/** 1 for lower-case words and punctuation outside the lists above, never part of a name:
 * they skip the emission sums and the full Viterbi step (they are most of the text);
 * MAYBE for the connectors in the lists, 0 for everything else. */
export function notAName(w: string): number {
  const c = w.charCodeAt(0);
  if (c >= 0x61 && c <= 0x7a) return w.length > 5 || (CONNECTOR_LENGTHS[c - 0x61] & (1 << w.length)) === 0 || !isConnector(w, c) ? 1 : MAYBE;
  if (c >= 0x30 && c <= 0x39) return MAYBE; // "1860 Munich": numbers only next to names
  if (c < 0x41 || (c > 0x5a && c < 0x61) || (c > 0x7a && c < 0x80)) {
    const inner = w.length === 1 ? INNER_SINGLE[c] === 1 : w.length <= INNER_MAX && INNER_PUNCTUATION.has(w);
    return inner ? MAYBE : 1;
  }
  // Sentence openers such as "The", "He", "When" (a publication's "The" comes from the lexicon).
  if (w.length <= 9 && NEVER_NAMES.has(w)) return 1;
  return 0;
}
