// One canonical name per real-world actor in a document: the longest full name seen (middle
// initials dropped: "Vladimir V. Putin" → "Vladimir Putin"), a lexicon's name for known
// places and organizations ("U.S." → "United States"), and the full name of well-known
// people named by surname alone ("Trump" → "Donald Trump").
import type { ActorMention, ActorType } from '../../model';
import { WELL_KNOWN_PEOPLE } from '../../lexicon/people';
import type { Recognized } from './recognize';

const WELL_KNOWN = new Map<string, string>();
for (const full of WELL_KNOWN_PEOPLE) {
  const words = full.split(' ');
  WELL_KNOWN.set(words[words.length - 1], full);
}

function words(name: string): string[] {
  return name.split(/\s+/).filter(Boolean);
}

/** "Vladimir V. Putin" → "Vladimir Putin"; "Erica L. Green" keeps its form when nothing else is known. */
function withoutInitials(name: string): string {
  const w = words(name);
  if (w.length < 3) return name;
  const kept = w.filter((x, i) => i === 0 || i === w.length - 1 || !/^[A-Z]\.?$/.test(x));
  return kept.join(' ');
}

export function resolveEntities(text: string, found: Recognized[]): ActorMention[] {
  const surfaces = found.map((m) => text.slice(m.start, m.end).replace(/\s+/g, ' '));
  // Full person names (two words or more) by their last and first word.
  const byLast = new Map<string, string>();
  const byFirst = new Map<string, string>();
  found.forEach((m, i) => {
    if (m.type !== 'person') return;
    const w = words(surfaces[i]);
    if (w.length < 2) return;
    const full = withoutInitials(surfaces[i]);
    const last = w[w.length - 1];
    const prev = byLast.get(last);
    if (!prev || words(full).length > words(prev).length) byLast.set(last, full);
    if (!byFirst.has(w[0])) byFirst.set(w[0], full);
  });
  const orgByFirst = new Map<string, string>();
  found.forEach((m, i) => {
    const w = words(surfaces[i]);
    if (m.type === 'organization' && w.length > 1 && !m.known && !orgByFirst.has(w[0])) orgByFirst.set(w[0], surfaces[i]);
  });
  // Datelines and headlines in capitals ("HALDEN") name what the body writes "Halden".
  const byLower = new Map<string, string>();
  surfaces.forEach((sf) => {
    if (sf !== sf.toUpperCase()) byLower.set(sf.toLowerCase(), sf);
  });

  const entityOf = (m: Recognized, written: string): string => {
    if (m.known) return m.known;
    const surface = written === written.toUpperCase() && written.length > 3 ? (byLower.get(written.toLowerCase()) ?? written) : written;
    // "Voltaris" after "Voltaris Energy": the short form of an organization named in full.
    if (!surface.includes(' ') && orgByFirst.has(surface) && !byLast.has(surface) && !byFirst.has(surface) && !WELL_KNOWN.has(surface)) {
      m.type = 'organization';
      return orgByFirst.get(surface)!;
    }
    // A lone surname is the person of that surname in the document, whatever the tagger guessed.
    if (m.type !== 'person' && !surface.includes(' ') && (byLast.has(surface) || WELL_KNOWN.has(surface))) m.type = 'person';
    if (m.type === 'person') {
      const w = words(surface);
      const last = w[w.length - 1];
      const full = byLast.get(last);
      if (full) {
        const known = WELL_KNOWN.get(last);
        return known && words(known)[0] === words(full)[0] ? known : full;
      }
      if (w.length === 1) return byFirst.get(surface) ?? WELL_KNOWN.get(surface) ?? surface;
      return withoutInitials(surface);
    }
    if (m.type === 'organization' && words(surface).length === 1) return orgByFirst.get(surface) ?? surface;
    return surface;
  };

  const mentions: ActorMention[] = found.map((m, i) => {
    const entity = entityOf(m, surfaces[i]); // may correct m.type first
    return { start: m.start, end: m.end, text: text.slice(m.start, m.end), type: m.type, entity };
  });

  // One type per entity: the most frequent, a person on ties.
  const votes = new Map<string, Map<ActorType, number>>();
  mentions.forEach((m, i) => {
    const v = votes.get(m.entity) ?? new Map<ActorType, number>();
    v.set(m.type, (v.get(m.type) ?? 0) + (found[i].firm ? 3 : 1));
    votes.set(m.entity, v);
  });
  for (const m of mentions) {
    const v = votes.get(m.entity)!;
    if (v.size > 1) m.type = [...v.entries()].sort((a, b) => b[1] - a[1] || (a[0] === 'person' ? -1 : b[0] === 'person' ? 1 : 0))[0][0];
  }
  return mentions;
}
