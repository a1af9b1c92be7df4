import assert from 'node:assert/strict';
import path from 'node:path';
import { readMeantime, readMeantimeDir as readMeantimeActors } from '../../../../scripts/eval/actors';
import { datelineValue, parseMeantime, readMeantimeDir as readMeantimeDates } from '../../../../scripts/eval/dates';
import { tempTree, withCorpus } from './helpers';

// A made-up article in MEANTIME's CAT XML layout: tokens with sentence numbers, then
// Markables (entity mentions, TIMEX3 over token anchors, entities) and Relations (REFERS_TO).
const TOKENS: [number, string][] = [
  [0, 'Fjord'], [0, 'Ferries'], [0, 'expands'], [0, 'to'], [0, 'Tromsø'],
  [1, 'May'], [1, '04'], [1, ','], [1, '2011'],
  [2, 'Ingrid'], [2, 'Dahl'], [2, 'of'], [2, 'Fjord'], [2, 'Ferries'], [2, 'said'], [2, 'last'], [2, 'week'], [2, 'that'],
  [2, 'Smith'], [2, '&amp;'], [2, 'Sons'], [2, 'would'], [2, 'build'], [2, 'the'], [2, 'Aurora'], [2, '('], [2, 'a'], [2, 'ship'], [2, ')'], [2, '.'],
  [3, '&quot;'], [3, 'It'], [3, "'s"], [3, 'ours'], [3, ','], [3, '&quot;'], [3, 'she'], [3, 'said'], [3, '.'],
  [4, 'Nothing'], [4, 'more'], [4, '.'],
  [5, 'Still'], [5, 'nothing'], [5, '.'],
  [6, 'The'], [6, 'end'], [6, '.'],
];
const tid = (i: number) => i + 1;
const anchors = (...ids: number[]) => ids.map((i) => `<token_anchor t_id="${i}"/>`).join('\n');

function article(opts: { dct?: string; dctFunction?: string; tokenAttrs?: 'standard' | 'reordered' } = {}): string {
  const tokens = TOKENS.map(([s, w], i) => {
    const number = TOKENS.slice(0, i).filter(([t]) => t === s).length;
    return opts.tokenAttrs === 'reordered'
      ? `<token t_id="${tid(i)}" sentence="${s}" number="${number}">${w}</token>`
      : `<token number="${number}" sentence="${s}" t_id="${tid(i)}">${w}</token>`;
  });
  return `<?xml version="1.0" ?><Document doc_id="9001" doc_name="9001_Fjord_Ferries_expands_to_Tromsø" lang="en" url="http://example.org/">
${tokens.join('\n')}
<Markables>
<ENTITY_MENTION comment="" head="" m_id="1" syntactic_type="NAM">
${anchors(1, 2)}
</ENTITY_MENTION>
<ENTITY_MENTION comment="" head="" m_id="2" syntactic_type="NAM">
${anchors(5)}
</ENTITY_MENTION>
<ENTITY_MENTION comment="" head="" m_id="3" syntactic_type="NAM">
${anchors(10, 11)}
</ENTITY_MENTION>
<ENTITY_MENTION comment="" head="" m_id="4" syntactic_type="NAM">
${anchors(13, 14)}
</ENTITY_MENTION>
<ENTITY_MENTION TAG_DESCRIPTOR="Empty_Mark" comment="" head="" m_id="5" syntactic_type="NAM"/>
<ENTITY_MENTION comment="" head="" m_id="6" syntactic_type="NAM">
${anchors(19, 20, 21)}
</ENTITY_MENTION>
<ENTITY_MENTION comment="" head="" m_id="7" syntactic_type="NAM">
${anchors(25)}
</ENTITY_MENTION>
<ENTITY_MENTION comment="" head="" m_id="8" syntactic_type="PRO">
${anchors(37)}
</ENTITY_MENTION>
<TIMEX3 anchorTimeID="" beginPoint="" comment="" endPoint="" functionInDocument="${opts.dctFunction ?? 'CREATION_TIME'}" m_id="20" type="DATE" value="${opts.dct ?? '2011-05-04'}">
${anchors(6, 7, 8, 9)}
</TIMEX3>
<TIMEX3 anchorTimeID="20" beginPoint="" comment="" endPoint="" functionInDocument="NONE" m_id="21" type="DATE" value="2011-W17">
${anchors(16, 17)}
</TIMEX3>
<TIMEX3 TAG_DESCRIPTOR="2012" anchorTimeID="" beginPoint="" comment="" endPoint="" functionInDocument="NONE" m_id="22" type="DATE" value="2012"/>
<ENTITY TAG_DESCRIPTOR="Fjord Ferries" comment="" ent_class="" ent_type="ORG" external_ref="" m_id="30"/>
<ENTITY TAG_DESCRIPTOR="Tromsø" comment="" ent_class="" ent_type="LOC" external_ref="" m_id="31"/>
<ENTITY TAG_DESCRIPTOR="Ingrid Dahl" comment="" ent_class="" ent_type="PER" external_ref="" m_id="32"/>
<ENTITY TAG_DESCRIPTOR="Smith &amp; Sons" comment="" ent_class="" ent_type="ORG" external_ref="" m_id="33"/>
<ENTITY TAG_DESCRIPTOR="Aurora" comment="" ent_class="" ent_type="PRO" external_ref="" m_id="34"/>
</Markables>
<Relations>
<REFERS_TO r_id="40">
<source m_id="1"/>
<source m_id="4"/>
<target m_id="30"/>
</REFERS_TO>
<REFERS_TO r_id="41">
<source m_id="2"/>
<target m_id="31"/>
</REFERS_TO>
<REFERS_TO r_id="42">
<source m_id="3"/>
<source m_id="8"/>
<target m_id="32"/>
</REFERS_TO>
<REFERS_TO r_id="43">
<source m_id="6"/>
<target m_id="33"/>
</REFERS_TO>
<REFERS_TO r_id="44">
<source m_id="7"/>
<target m_id="34"/>
</REFERS_TO>
</Relations>
</Document>`;
}

describe('eval reader: MEANTIME CAT XML', () => {
  describe('actors (scripts/eval/actors.ts readMeantime)', () => {
    const doc = readMeantime(article());
    const names = doc.actors.map((a) => `${doc.text.slice(a.start, a.end)}/${a.type}`);

    it('joins tokens by spaces and sentences by blank lines, decoding XML entities', () => {
      assert.ok(doc.text.startsWith('Fjord Ferries expands to Tromsø\n\nMay 04 , 2011\n\nIngrid Dahl of Fjord Ferries said last week that Smith & Sons'));
      assert.ok(doc.text.includes('\n\n" It \'s ours , " she said .'));
    });

    it('keeps the named (NAM) mentions of PER, ORG and LOC entities, typed through REFERS_TO, with multi-byte text sliced exactly', () => {
      assert.deepEqual(names, ['Fjord Ferries/organization', 'Tromsø/place', 'Ingrid Dahl/person', 'Fjord Ferries/organization', 'Smith & Sons/organization']);
    });

    it('leaves out pronoun mentions, non-PER/ORG/LOC entities (PRO) and a self-closing mention without tokens', () => {
      assert.ok(!names.some((n) => n.startsWith('she') || n.startsWith('Aurora')));
      assert.equal(doc.actors.length, 5);
    });

    it('scores only up to the end of the last sentence holding a markable', () => {
      assert.equal(doc.scoredUntil, doc.text.indexOf(" , \" she said .") + " , \" she said .".length);
      assert.ok(doc.text.endsWith('The end .'));
    });

    it('reads token attributes in any order', () => {
      assert.deepEqual(readMeantime(article({ tokenAttrs: 'reordered' })), doc);
    });
  });

  describe('dates (scripts/eval/dates.ts parseMeantime)', () => {
    const doc = parseMeantime('9001.xml', article());
    const dates = doc.dates.map((d) => `${doc.text.slice(d.start, d.end)}=${d.value}`);

    it('rebuilds readable text: one sentence a line, no space before punctuation or clitics', () => {
      const lines = doc.text.split('\n');
      assert.equal(lines[0], 'Fjord Ferries expands to Tromsø');
      assert.equal(lines[1], 'May 04, 2011');
      assert.equal(lines[2], 'Ingrid Dahl of Fjord Ferries said last week that Smith & Sons would build the Aurora (a ship).');
      assert.equal(lines[3], '" It\'s ours, " she said.');
    });

    it('stops after the last annotated sentence, but keeps at least sentences 0-5', () => {
      assert.equal(doc.text.split('\n').length, 6);
      assert.ok(!doc.text.includes('The end'));
    });

    it('maps TIMEX3 token anchors to spans with their values, skipping a self-closing TIMEX3', () => {
      assert.deepEqual(dates, ['May 04, 2011=2011-05-04', 'last week=2011-W17']);
    });

    it('takes the DCT from the CREATION_TIME TIMEX3', () => {
      assert.equal(doc.dct, '2011-05-04');
    });

    it('falls back on the dateline when CREATION_TIME is missing or not an ISO date', () => {
      assert.equal(parseMeantime('x', article({ dctFunction: 'NONE' })).dct, '2011-05-04');
      const odd = parseMeantime('x', article({ dct: '04-05-2011' }));
      assert.equal(odd.dct, '2011-05-04');
      assert.equal(odd.dates[0].value, '04-05-2011', 'the gold value itself is left as annotated');
    });

    it('reads token attributes in any order', () => {
      assert.deepEqual(parseMeantime('9001.xml', article({ tokenAttrs: 'reordered' })), doc);
    });
  });

  describe('datelineValue', () => {
    it('reads "Month DD, YYYY" datelines only', () => {
      assert.equal(datelineValue('February 3, 2009'), '2009-02-03');
      assert.equal(datelineValue('december 31 , 1999'), '1999-12-31');
      assert.equal(datelineValue('Monday, February 3, 2009'), null);
      assert.equal(datelineValue('Smarch 3, 2009'), null);
      assert.equal(datelineValue('May 40, 2009'), null);
    });
  });

  describe('folders', () => {
    it('read every corpus_*/*.xml in name order, ignoring other files', () => {
      const t = tempTree({
        'corpus_b/2_b.xml': article(),
        'corpus_a/1_a.xml': article({ dctFunction: 'NONE' }),
        'corpus_a/notes.txt': 'not an article',
        'README.txt': 'not a folder',
      });
      try {
        const dates = readMeantimeDates(t.root);
        assert.deepEqual(dates.map((d) => d.id), ['1_a.xml', '2_b.xml']);
        assert.equal(readMeantimeActors(t.root).length, 2);
      } finally {
        t.cleanup();
      }
    });

    it('fail with a message naming a missing folder', () => {
      const missing = path.join('/nonexistent', 'meantime_en', 'intra-doc_annotation');
      assert.throws(() => readMeantimeActors(missing), /MEANTIME folder not found: \/nonexistent\/meantime_en/);
      assert.throws(() => readMeantimeDates(missing), /MEANTIME folder not found: \/nonexistent\/meantime_en/);
    });
  });

  describe('on the real corpus', () => {
    const rel = 'meantime_en/intra-doc_annotation';
    it(`${rel} (used whole as a test set; structure only): names and dates slice the text`, function () {
      withCorpus(this, rel, (dir) => {
        const actors = readMeantimeActors(dir);
        assert.equal(actors.length, 120);
        let n = 0;
        for (const d of actors) {
          assert.ok(d.scoredUntil! > 0 && d.scoredUntil! <= d.text.length);
          for (const a of d.actors) {
            n++;
            assert.ok(a.start >= 0 && a.start < a.end && a.end <= d.scoredUntil!);
            const s = d.text.slice(a.start, a.end);
            assert.equal(s, s.trim());
          }
        }
        assert.ok(n > 500, `${n} named mentions`);
        const dates = readMeantimeDates(dir);
        assert.equal(dates.length, 120);
        for (const d of dates) {
          assert.match(d.dct ?? '', /^\d{4}-\d{2}-\d{2}$/, `${d.id}: a DCT`);
          for (const g of d.dates) {
            assert.ok(g.start >= 0 && g.start < g.end && g.end <= d.text.length);
            const s = d.text.slice(g.start, g.end);
            assert.equal(s, s.trim());
            assert.ok(!s.includes('\n'), `${d.id}: "${s}" within one sentence`);
          }
        }
      });
    });
  });
});
