// Layout conventions of news pages that the tagger does not know: bylines, photo credits,
// wire author lists, dateline agencies, "the X administration", and organization names
// joined across "for"/"of". Each rule edits the candidate names of one sentence.
import type { ActorType } from '../../model';
import type { TokenNode } from '../../parse/types';
import { FIRST_NAMES } from '../../lexicon/people';
import { ORGANIZATION_SUFFIXES } from '../../lexicon/organizations';
import { NEVER_NAMES } from '../../lexicon/never-names';
import { capClass } from './features';
import type { GazetteerMatch } from './gazetteer';

/** A name proposed for tokens [from, to) of a sentence. */
export interface Candidate {
  from: number;
  to: number;
  type: ActorType;
  known?: string;
  firm?: boolean;
}

export function firstWord(s: TokenNode[]): number {
  let i = 0;
  while (i < s.length && s[i].kind !== 'word' && s[i].kind !== 'number') i++;
  return i;
}

/** "Annenberg Institute for School Reform", "Ministry of Foreign Affairs": an organization
 * whose name ends in an organization word, then "for" or "of", then a name the lexicon does
 * not know as a place or organization of its own, is one organization. */
export function joinOrganizations(s: TokenNode[], candidates: Candidate[], lexicon: { startingAt(i: number): GazetteerMatch | undefined }): void {
  // Mostly in order already (tagged runs come in order): sorted only when not.
  let sorted = true;
  for (let k = 1; k < candidates.length && sorted; k++) sorted = candidates[k - 1].from <= candidates[k].from;
  if (!sorted) candidates.sort((a, b) => a.from - b.from);
  for (let k = 0; k + 1 < candidates.length; k++) {
    const a = candidates[k];
    const b = candidates[k + 1];
    const link = s[a.to]?.value;
    if (b.from !== a.to + 1 || (link !== 'for' && link !== 'of')) continue;
    if (a.known || b.known || !ORGANIZATION_SUFFIXES.has(s[a.to - 1].value) || b.to - b.from > 4) continue;
    if (lexicon.startingAt(b.from)?.to === b.to) continue;
    candidates.splice(k, 2, { from: a.from, to: b.to, type: 'organization' });
    k--;
  }
  // "Office of the Auditor", "Department of the Interior": capitalized words ending in an
  // organization word that the tagger left out, "of the", and a short name, are one organization.
  for (let k = 0; k < candidates.length; k++) {
    const b = candidates[k];
    const of = b.from - 2;
    if (b.known || b.to - b.from > 3 || of < 1 || s[of].value !== 'of' || s[of + 1].value !== 'the') continue;
    if (!ORGANIZATION_SUFFIXES.has(s[of - 1].value) || capClass(s[of - 1].value) !== 'T') continue;
    const a = k > 0 ? candidates[k - 1] : undefined;
    if (a && a.to === of && !a.known && a.type === 'organization') {
      // The tagger took "Office" alone: join it.
      candidates.splice(k - 1, 2, { from: a.from, to: b.to, type: 'organization' });
      k--;
      continue;
    }
    if (a && a.to > of - 1) continue;
    let from = of - 1;
    while (from > 0 && capClass(s[from - 1].value) === 'T' && !NEVER_NAMES.has(s[from - 1].value) && (!a || a.to < from)) from--;
    candidates.splice(k, 1, { from, to: b.to, type: 'organization' });
  }
}

/** "the Biden administration": the name before "administration" is a person (guidelines),
 * whatever the tagger made of it (it often reads the pair as one miscellaneous name). */
export function administrations(s: TokenNode[], candidates: Candidate[]): void {
  let taken: Uint8Array | undefined;
  for (let i = 0; i + 1 < s.length; i++) {
    if (s[i + 1].value !== 'administration' || capClass(s[i].value) !== 'T' || NEVER_NAMES.has(s[i].value)) continue;
    if (!taken) {
      taken = new Uint8Array(s.length);
      for (const c of candidates) taken.fill(1, c.from, c.to);
    }
    if (taken[i]) continue;
    candidates.push({ from: i, to: i + 1, type: 'person' });
    taken[i] = 1;
  }
}

/** "By Corinne Delacroix and Samuel Osei-Mensah": each name in a byline is a person. */
export function byline(s: TokenNode[], candidates: Candidate[]): void {
  if (s[0].value !== 'By' && s[0].value !== 'BY') return;
  if (s.length > 16) return;
  let i = 1;
  while (i < s.length) {
    let j = i;
    while (j < s.length && j - i < 4 && (capClass(s[j].value) === 'T' || capClass(s[j].value) === 'U' || (capClass(s[j].value) === 'u' && s[j + 1]?.value === '.') || (s[j].value === '.' && j > i))) j++;
    const next = s[j]?.value;
    if (j - i < 2 || !(next === undefined || next === 'and' || next === ',' || next === 'AND' || next === '|')) return;
    for (let k = candidates.length - 1; k >= 0; k--) if (candidates[k].from < j && candidates[k].to > i) candidates.splice(k, 1);
    candidates.push({ from: i, to: j, type: 'person' });
    i = j + 1;
  }
}

/** Wire-style author lists: "Cullison, Alan; Youssef, Nancy A; Lytvynenko, Jane." — each
 * "Surname, Given name [Initial]" is one person, whatever the tagger made of the pieces. */
export function authorList(s: TokenNode[], candidates: Candidate[]): void {
  let semicolon = false;
  for (let i = 0; i < s.length && !semicolon; i++) semicolon = s[i].value === ';';
  if (!semicolon) return;
  const people: Candidate[] = [];
  for (let i = 0; i + 2 < s.length; i++) {
    if (capClass(s[i].value) !== 'T' || s[i + 1].value !== ',' || !FIRST_NAMES.has(s[i + 2].value)) continue;
    let end = i + 3;
    if (s[end] && capClass(s[end].value) === 'u') end++;
    if (s[end] && s[end].value === '.' && end > i + 3) end++;
    const next = s[end]?.value;
    if (next !== undefined && next !== ';' && next !== '.') continue;
    if (s[end - 1].value === '.' && (next === undefined || next === ';')) end--; // keep "Nancy A" as written before ";"
    people.push({ from: i, to: end, type: 'person' });
    i = end;
  }
  if (!people.length) return;
  const mask = new Uint8Array(s.length);
  for (const p of people) mask.fill(1, p.from, p.to);
  const kept = candidates.filter((c) => !mask.subarray(c.from, c.to).includes(1));
  candidates.length = 0;
  candidates.push(...kept, ...people);
}

const CREDIT_BEFORE = /(Credit|Photo|Photograph)\s*(…|\.\.\.|:)\s*$/;

/** JavaScript's \s. */
function isSpace(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** "Credit…", "Photo:" right before `at`: the regular expression runs only when the
 * characters before `at` end as it does (spaces, "…", "..." or ":", spaces, "t", "o" or "h"). */
export function creditBefore(text: string, at: number): boolean {
  const from = Math.max(0, at - 16);
  let e = at;
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  const last = text.charCodeAt(e - 1);
  if (e === from || (last !== 0x2026 && last !== 0x2e && last !== 0x3a)) return false;
  // "...", or one "…" or ":", then spaces, then the word's last letter (t, o or h).
  if (last === 0x2e) {
    if (e - 3 < from || text.charCodeAt(e - 2) !== 0x2e || text.charCodeAt(e - 3) !== 0x2e) return false;
    e -= 3;
  } else e--;
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  const end = text.charCodeAt(e - 1);
  if (e === from || (end !== 0x74 && end !== 0x6f && end !== 0x68)) return false;
  return CREDIT_BEFORE.test(text.slice(from, at));
}

/** Photo credits: "Credit…Doug Mills/The New York Times", "Credit: Ravi Santamaria for Northline",
 * "Photo: … (Valdria Press Photo/Lena Varga)": the capitalized words after the credit word, or
 * after the slash, up to "/", "for" or the end, are a person (a photographer). */
export function credits(s: TokenNode[], candidates: Candidate[], text: string): void {
  const taken = (from: number, to: number) => candidates.some((c) => c.from < to && c.to > from);
  const nameAt = (i: number): number => {
    let j = i;
    while (j < s.length && j - i < 4 && (capClass(s[j].value) === 'T' || (s[j].value === '.' && j > i) || (capClass(s[j].value) === 'u' && s[j + 1]?.value === '.'))) j++;
    return j - i >= 2 && capClass(s[j - 1].value) === 'T' ? j : -1;
  };
  for (let i = 0; i < s.length; i++) {
    // Only "Credit", "Photo…" (C, P) or "/" open a credit here, and at 0 what precedes the sentence.
    const c = text.charCodeAt(s[i].start);
    if (c !== 0x43 && c !== 0x50 && c !== 0x2f && i !== 0) continue;
    const v = s[i].value;
    let at = -1;
    let explicit = true;
    if ((v === 'Credit' || v === 'Photograph' || v === 'Photo') && (s[i + 1]?.value === '…' || s[i + 1]?.value === ':' || s[i + 1]?.value === '...')) at = i + 2;
    else if (i === 0 && creditBefore(text, s[0].start)) at = 0; // the sentence split at "Credit…"
    else if (v === '/' && i > 0 && s[i - 1].kind === 'word') {
      at = i + 1;
      explicit = false;
    }
    if (at < 0 || at >= s.length) continue;
    const end = nameAt(at);
    if (end < 0) continue;
    const next = s[end]?.value;
    if (end < s.length && next !== '/' && next !== 'for' && next !== ')' && next !== '.' && next !== ',') continue;
    if (!FIRST_NAMES.has(s[at].value) && next !== '/' && next !== 'for') continue;
    // After an explicit credit word the photographer wins over the tagger's reading; the
    // agency after a slash keeps its own span.
    if (taken(at, end)) {
      if (!explicit) continue;
      for (let k = candidates.length - 1; k >= 0; k--) {
        const c = candidates[k];
        if (c.from >= end || c.to <= at) continue;
        candidates.splice(k, 1);
        if (c.to > end + 1 && s[end].value === '/') candidates.push({ from: end + 1, to: c.to, type: c.type === 'person' ? 'organization' : c.type });
      }
    }
    candidates.push({ from: at, to: end, type: 'person' });
  }
}

/** A dateline up to an agency's opening parenthesis: a place in capitals at the start of the
 * line, a comma, then a few words ("HALDEN, Feb. 13 (", "BRENTMOOR, Ore. ("). Read on the
 * line's text, since a sentence may split after an abbreviation such as "Ore.". */
const DATELINE_BEFORE_AGENCY = /^\s*[A-Z][A-Z.'’ -]{2,}, [^\n()]{0,30}$/;

/** True when the "(" of tokens[at - 1] closes a dateline's opening: "HALDEN, Feb. 13 (Meridian Wire)". */
export function datelineAgency(s: TokenNode[], at: number, text: string): boolean {
  if (at > 12) return false;
  const open = s[at - 1].start;
  const lineStart = text.lastIndexOf('\n', open - 1) + 1;
  return open - lineStart <= 40 && DATELINE_BEFORE_AGENCY.test(text.slice(lineStart, open));
}
