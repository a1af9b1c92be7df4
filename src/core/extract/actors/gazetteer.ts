// Multi-word lexicon matching over tokens: the longest known place or organization name that
// starts at each capitalized token ("New York Times", "Institute for the Study of War").
import { parseNews } from '../../parse';
import type { TokenNode } from '../../parse/types';
import { lowerCased } from './lower';
import { PLACE_NAMES } from '../../lexicon/places';
import { ORGANIZATION_NAMES } from '../../lexicon/organizations';

export type GazetteerType = 'place' | 'organization';

export interface GazetteerEntry {
  type: GazetteerType;
  canonical: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: GazetteerEntry;
  /** The lexicon's own spelling matched case-sensitively, to keep "US" from matching "us". */
  exact?: string;
}

function tokenValues(name: string): string[] {
  return parseNews(name).tokens.map((t) => t.value);
}

/** The first token, as written, of every name the trie can match case-sensitively. */
const firstExact = new Set<string>();
/** For those starting with A–Z: per first letter and length (31 for 31 and more), the low five
 * bits of the last character code, as bits: most capitalized words are ruled out by it. */
const firstShapes = new Uint32Array(26 * 32);

function shapeIndex(value: string): number {
  const c = value.charCodeAt(0);
  return c >= 0x41 && c <= 0x5a ? (c - 0x41) * 32 + (value.length > 31 ? 31 : value.length) : -1;
}

function build(): TrieNode {
  const root: TrieNode = { next: new Map() };
  const add = (name: string, entry: GazetteerEntry) => {
    let node = root;
    const values = tokenValues(name);
    for (const v of values) {
      const key = v.toLowerCase();
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map() }));
      node = child;
    }
    if (!node.entry) {
      node.entry = entry;
      node.exact = name;
      if (values.length) {
        firstExact.add(values[0]);
        const at = shapeIndex(values[0]);
        if (at >= 0) firstShapes[at] |= 1 << (values[0].charCodeAt(values[0].length - 1) & 31);
      }
    }
  };
  for (const e of PLACE_NAMES) add(e.name, { type: 'place', canonical: e.canonical });
  for (const e of ORGANIZATION_NAMES) add(e.name, { type: 'organization', canonical: e.canonical });
  return root;
}

let trie: TrieNode | undefined;

/** Two or more letters, all capitals ("US", "NATO"), dots allowed ("U.S."). */
function isAcronym(s: string): boolean {
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) letters++;
    else if (c !== 0x2e) return false;
  }
  return letters >= 2;
}

export interface GazetteerMatch {
  /** Index of the first and one past the last token in the sentence token array. */
  from: number;
  to: number;
  entry: GazetteerEntry;
}

/** False when no lexicon name can match case-sensitively from a token written `value`: a
 * case-sensitive match's surface equals the name, so its first token is the name's first
 * token as written. Rejects most capitalized words without lower-casing them. */
export function mayStartExact(value: string): boolean {
  trie ??= build();
  const at = shapeIndex(value);
  if (at >= 0 && (firstShapes[at] & (1 << (value.charCodeAt(value.length - 1) & 31))) === 0) return false;
  return firstExact.has(value);
}

/** Longest lexicon match starting at tokens[from], or null. All-caps text matches case-insensitively.
 * `values` (with `base`, the index there of tokens[0]) gives the tokens' values without
 * fetching the token objects until a name's end is reached. */
export function matchAt(tokens: TokenNode[], from: number, text: string, allCaps: boolean, values?: readonly string[], base = 0): GazetteerMatch | null {
  const root = (trie ??= build());
  let node = root.next.get(lowerCased(values ? values[base + from] : tokens[from].value));
  if (!node) return null;
  let best: GazetteerMatch | null = null;
  let i = from;
  for (;;) {
    if (node.entry) {
      const surface = text.slice(tokens[from].start, tokens[i].end);
      // Case-blind (a line in capitals or in title case), but an acronym only in capitals:
      // "Give Us a Few Figures" names no "US".
      if (surface === node.exact || (allCaps && !(i === from && isAcronym(node.exact!) && !isAcronym(surface)))) best = { from, to: i + 1, entry: node.entry };
    }
    i++;
    if (i >= tokens.length) break;
    const child: TrieNode | undefined = node.next.get(lowerCased(values ? values[base + i] : tokens[i].value));
    if (!child) break;
    node = child;
  }
  return best;
}
