import assert from 'node:assert/strict';
import { readSamples as readActorSamples, scoreSystem as scoreActors, type GoldActor } from '../../../../scripts/eval/actors';
import { readSamples as readDateSamples, scoreSystem as scoreDates, type GoldDate } from '../../../../scripts/eval/dates';
import { tempTree } from './helpers';

// The project's own answer-key layout: <name>.txt beside gold/<name>.json.
const TEXT = 'Oslo, 3 March 2025 — Mayor Ada Lund said on Monday that the tunnel opens in May.\r\nShe thanked Statens vegvesen.\r\n';
const span = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
const GOLD = {
  published: '2025-03-03',
  actors: [
    { ...span('Oslo'), type: 'place', text: 'Oslo', entity: 'oslo' },
    { ...span('Ada Lund'), type: 'person', text: 'Ada Lund', entity: 'ada-lund' },
    { ...span('Statens vegvesen'), type: 'organization', text: 'Statens vegvesen', entity: 'npra' },
  ],
  dates: [
    { ...span('3 March 2025'), value: '2025-03-03', text: '3 March 2025' },
    { ...span('Monday'), value: '2025-03-03', text: 'Monday' },
    { ...span('May'), value: '2025-05', text: 'May' },
  ],
};

describe('eval reader: the samples answer keys (readSamples in actors.ts and dates.ts)', () => {
  it('pairs gold/<name>.json with <name>.txt and keeps offsets into the CRLF text as they are', () => {
    const t = tempTree({ 'tunnel.txt': TEXT, 'gold/tunnel.json': JSON.stringify(GOLD), 'gold/notes.md': 'x', 'other.txt': 'no key' });
    try {
      const [actors] = readActorSamples(t.root);
      assert.equal(actors.text, TEXT);
      assert.deepEqual(actors.actors.map((a) => `${TEXT.slice(a.start, a.end)}/${a.type}`), ['Oslo/place', 'Ada Lund/person', 'Statens vegvesen/organization']);
      const dates = readDateSamples(t.root);
      assert.equal(dates.length, 1);
      assert.equal(dates[0].dct, '2025-03-03');
      assert.deepEqual(dates[0].dates.map((d) => `${TEXT.slice(d.start, d.end)}=${d.value}`), ['3 March 2025=2025-03-03', 'Monday=2025-03-03', 'May=2025-05']);
    } finally {
      t.cleanup();
    }
  });

  it('fails with a clear message when gold/ or an article is missing', () => {
    const t = tempTree({ 'gold/gone.json': JSON.stringify(GOLD) });
    try {
      assert.throws(() => readActorSamples(t.root), /gold\/gone\.json has no article .*gone\.txt/);
      assert.throws(() => readDateSamples(t.root), /gold\/gone\.json has no article .*gone\.txt/);
      assert.throws(() => readActorSamples(`${t.root}/nowhere`), /samples gold not found/);
      assert.throws(() => readDateSamples(`${t.root}/nowhere`), /samples gold folder not found/);
    } finally {
      t.cleanup();
    }
  });
});

describe('eval scoring of systems (scoreSystem in actors.ts and dates.ts)', () => {
  const text = 'Ada Lund met Per Dahl in Bergen. Later lines are not annotated: Oslo.';
  const at = (s: string, type: GoldActor['type']): GoldActor => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, type });
  const gold = [at('Ada Lund', 'person'), at('Per Dahl', 'person'), at('Bergen', 'place')];
  const system = () => [at('Ada Lund', 'person'), at('Per Dahl', 'organization'), at('Bergen', 'place'), at('Oslo', 'place')];

  it('actors: typed scoring counts a wrong type as a miss and a false positive; untyped does not', () => {
    const typed = scoreActors('actors', 'c', 's', [{ text, actors: gold }], system, true);
    assert.deepEqual([typed.precision, typed.recall], [2 / 4, 2 / 3]);
    const untyped = scoreActors('actors', 'c', 's', [{ text, actors: gold }], system, false);
    assert.deepEqual([untyped.precision, untyped.recall], [3 / 4, 1]);
    assert.match(typed.note!, /^typed; 1 docs, 3 gold;/);
  });

  it('actors: findings past scoredUntil (unannotated sentences) are not false positives', () => {
    const row = scoreActors('actors', 'c', 's', [{ text, actors: gold, scoredUntil: text.indexOf('Later') }], system, false);
    assert.deepEqual([row.precision, row.recall], [1, 1]);
  });

  it('dates: exact-span P/R, value accuracy over exact matches, relaxed F1 in the note', () => {
    const t = 'On 3 March 2025 and in May, then Monday.';
    const d = (s: string, value: string | null): GoldDate => ({ start: t.indexOf(s), end: t.indexOf(s) + s.length, value });
    const goldDates = [d('3 March 2025', '2025-03-03'), d('May', '2025-05'), d('Monday', '2025-03-10')];
    const found = [d('3 March 2025', '2025-03-03'), d('in May', '2025-05'), d('Monday', '2025-03-03')];
    const row = scoreDates('c', 's', [{ id: 'x', text: t, dct: '2025-03-03', dates: goldDates }], () => found);
    assert.deepEqual([row.precision, row.recall], [2 / 3, 2 / 3]);
    assert.match(row.note!, /value accuracy 50\.0% of 2 exact matches; relaxed \(overlap\) F1 100\.0; 1 docs, 3 gold/);
  });
});
