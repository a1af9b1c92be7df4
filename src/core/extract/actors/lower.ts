// Lower-casing with a memory: the same few thousand words are looked up over and over (the
// lexicon trie, the document's lower-case evidence), and a map lookup costs less than
// lower-casing and allocating them again.
const lowerCache = new Map<string, string>();

/** `w.toLowerCase()`, remembered (the cache is cleared when it grows past 100,000 words). */
export function lowerCased(w: string): string {
  let l = lowerCache.get(w);
  if (l === undefined) {
    l = w.toLowerCase();
    if (lowerCache.size >= 100_000) lowerCache.clear();
    lowerCache.set(w, l);
  }
  return l;
}
