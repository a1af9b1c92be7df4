import assert from 'node:assert/strict';
import { findQuotes } from '../../../../../src/core/extract/quotes';
import type { ActorMention, ActorType } from '../../../../../src/core/model';

/** Actor mentions for every occurrence of each name (entity, type). */
function actors(text: string, names: [string, string, ActorType][]): ActorMention[] {
  const out: ActorMention[] = [];
  for (const [name, entity, type] of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      out.push({ start: i, end: i + name.length, text: name, type, entity });
    }
  }
  return out;
}

const PEOPLE: [string, string, ActorType][] = [
  ['Donald Trump', 'Donald Trump', 'person'],
  ['Trump', 'Donald Trump', 'person'],
  ['Cliff Kupchan', 'Cliff Kupchan', 'person'],
  ['Kupchan', 'Cliff Kupchan', 'person'],
  ['Volodymyr Zelensky', 'Volodymyr Zelensky', 'person'],
  ['Zelensky', 'Volodymyr Zelensky', 'person'],
  ['Yuri Ushakov', 'Yuri Ushakov', 'person'],
  ['Putin', 'Vladimir Putin', 'person'],
  ['Dmitri Peskov', 'Dmitry Peskov', 'person'],
  ['Eurasia Group', 'Eurasia Group', 'organization'],
  ['Kremlin', 'Kremlin', 'organization'],
  ['Tass', 'Tass', 'organization'],
  ['Hillary Clinton', 'Hillary Clinton', 'person'],
  ['Jim Jordan', 'Jim Jordan', 'person'],
  ['Police Department', 'Police Department', 'organization'],
  ['New York Times', 'The New York Times', 'organization'],
  ['Washington', 'Washington', 'place'],
];

/** [quote text, speaker, speaker mention text, speaker mention start] for each quote. */
function speakers(text: string, names: [string, string, ActorType][] = PEOPLE) {
  return findQuotes(text, actors(text, names).filter((a, i, all) => !all.some((b) => b !== a && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start))).map((q) => [
    q.text,
    q.speaker,
    q.speakerMention ? text.slice(q.speakerMention.start, q.speakerMention.end) : null,
    q.speakerMention?.start ?? null,
  ]);
}

describe('quote speakers', () => {
  const cases: [string, string, (string | number | null)[][]][] = [
    ['“…,” X said', '“We will win,” Mr. Trump said.', [['We will win,', 'Donald Trump', 'Trump', 19]]],
    ['said X', '“We will win,” said Mr. Trump.', [['We will win,', 'Donald Trump', 'Trump', 24]]],
    ['X said: “…”', 'Mr. Trump said: “Let the process begin!”', [['Let the process begin!', 'Donald Trump', 'Trump', 4]]],
    ['said somebody close to X: nobody named', '“The drop is real,” said a person close to the Clintons.', [['The drop is real,', null, null, null]]],
    ['said a role, X: the person in apposition', '“We are ready,” said a Kremlin spokesman, Dmitri Peskov.', [['We are ready,', 'Dmitry Peskov', 'Dmitri Peskov', 42]]],
    ['a party member is no name', '“They are in a frenzy,” one senior Democrat said.', [['They are in a frenzy,', null, null, null]]],
    ['X said that … “…”', 'Mr. Trump said the talks would start “immediately” with Kyiv.', [['immediately', 'Donald Trump', 'Trump', 4]]],
    ['X told reporters', 'The president “spoke emotionally” about it, Mr. Putin’s adviser, Yuri Ushakov, told reporters.', [['spoke emotionally', 'Yuri Ushakov', 'Yuri Ushakov', 65]]],
    ['X wrote', '“There is a tremendous opportunity,” Mr. Trump wrote on his account.', [['There is a tremendous opportunity,', 'Donald Trump', 'Trump', 41]]],
    ['according to X', 'The talks were “productive,” according to the Kremlin.', [['productive,', 'Kremlin', 'Kremlin', 46]]],
    ['reporting verb before wins over according to', 'Dmitri Peskov said it needs “prolonged work,” according to Tass.', [['prolonged work,', 'Dmitry Peskov', 'Dmitri Peskov', 0]]],
    ['name, title, said', '“He is on his heels,” Cliff Kupchan, chairman of Eurasia Group, a firm based in Washington, said.', [['He is on his heels,', 'Cliff Kupchan', 'Cliff Kupchan', 22]]],
    [
      'pronoun → person last named, mention = nearest earlier mention',
      'Mr. Zelensky said he asked for help. “This is a defining moment,” he wrote.',
      [['This is a defining moment,', 'Volodymyr Zelensky', 'Zelensky', 4]],
    ],
    [
      'he added + continuation in the same paragraph',
      'Mr. Kupchan, the analyst, said it was early. “He is skilled,” he said. “I don’t feel we are done.”',
      [['He is skilled,', 'Cliff Kupchan', 'Kupchan', 4], ['I don’t feel we are done.', 'Cliff Kupchan', 'Kupchan', 4]],
    ],
    [
      'description: the Ukrainian leader',
      'Mr. Zelensky spoke twice. The Ukrainian leader was calm, saying he had a “good discussion” with Mr. Trump.',
      [['good discussion', 'Volodymyr Zelensky', 'Ukrainian leader', 30]],
    ],
    [
      'continuation in the next paragraph',
      '“We will fight,” Mr. Zelensky said.\n“We will win.”',
      [['We will fight,', 'Volodymyr Zelensky', 'Zelensky', 21], ['We will win.', 'Volodymyr Zelensky', 'Zelensky', 21]],
    ],
    [
      'nested quote inherits the outer speaker',
      '“I said to them, ‘We must pay.’ ” Mr. Trump said.',
      [['I said to them, ‘We must pay.’', 'Donald Trump', 'Trump', 38], ['We must pay.', 'Donald Trump', 'Trump', 38]],
    ],
    [
      'nested quote with its own attribution',
      '“As President Trump said, ‘Let’s get it done,’” Zelensky said.',
      [['As President Trump said, ‘Let’s get it done,’', 'Volodymyr Zelensky', 'Zelensky', 48], ['Let’s get it done,', 'Donald Trump', 'Trump', 14]],
    ],
    [
      'a nested quote of somebody unnamed has no speaker ("my father used to say")',
      '“My father used to say, ‘The river always comes back,’” Mr. Kupchan said.',
      [['My father used to say, ‘The river always comes back,’', 'Cliff Kupchan', 'Kupchan', 60], ['The river always comes back,', null, null, null]],
    ],
    [
      'a nested quote after "they told us" has no speaker',
      '“In 2021 they told us ‘help is on the way,’” Mr. Kupchan said.',
      [['In 2021 they told us ‘help is on the way,’', 'Cliff Kupchan', 'Kupchan', 49], ['help is on the way,', null, null, null]],
    ],
    ['a name the actors missed', '“It is over,” said Jane Roe, a voter.', [['It is over,', 'Jane Roe', 'Jane Roe', 19]]],
    ['a name right after the quote, then a verb the lists lack', 'Mr. Trump left early. “Go back to your seats,” Kupchan barked at the crowd.', [['Go back to your seats,', 'Cliff Kupchan', 'Kupchan', 47]]],
    ['a hyphen before the name', 'They answered in turn. “I helped write that bill.” - Kupchan. Then the next question came.', [['I helped write that bill.', 'Cliff Kupchan', 'Kupchan', 53]]],
    ['a hyphen before a common noun is no attribution', 'Mr. Trump likened the rules to “burning the house down” - a charge that stung.', [['burning the house down', 'Donald Trump', 'Trump', 4]]],
    [
      'a quotation opening its sentence without attribution continues the speaker just quoted',
      '“They are hungry,” Mr. Kupchan said after the vote. “What are we going to do?” to the rest of the country.',
      [['They are hungry,', 'Cliff Kupchan', 'Kupchan', 23], ['What are we going to do?', 'Cliff Kupchan', 'Kupchan', 23]],
    ],
    [
      'the second part of a split quotation after "said X,"',
      '“These guys know how to use words,” said Kupchan, speaking of politicians, “and leave themselves room.”',
      [['These guys know how to use words,', 'Cliff Kupchan', 'Kupchan', 41], ['and leave themselves room.', 'Cliff Kupchan', 'Kupchan', 41]],
    ],
    ['“…” said X without a comma inside the marks', 'Mr. Trump left. “We have had to stand by” said Kupchan, an adviser.', [['We have had to stand by', 'Cliff Kupchan', 'Kupchan', 47]]],
    ['“…!” beamed X: a past-tense verb the lists lack, then a person', 'The crowd cheered. “This is fantastic!” beamed Cliff Kupchan of Eurasia Group.', [['This is fantastic!', 'Cliff Kupchan', 'Cliff Kupchan', 47]]],
    ['a name right before a colon', 'The result did not surprise the pollster Cliff Kupchan: “Lesser-known candidates get a boost.”', [['Lesser-known candidates get a boost.', 'Cliff Kupchan', 'Cliff Kupchan', 41]]],
    ['a name after a preposition before a colon is an object, not the speaker', 'Mr. Putin delivered a blunt message to Kupchan: “It is time to quit.”', [['It is time to quit.', 'Vladimir Putin', 'Putin', 4]]],
    [
      'a clause opener before a reporting verb is nobody ("When pressed, …")',
      'Mr. Kupchan spoke first. When pressed by the moderators, Mr. Trump did apologize. “This is not the campaign we run,” he said.',
      [['This is not the campaign we run,', 'Donald Trump', 'Trump', 61]],
    ],
    ['dash attribution', '“Maybe we can build a wall around him.” ― Steve Quinlan', [['Maybe we can build a wall around him.', 'Steve Quinlan', 'Steve Quinlan', 42]]],
    ['who said', 'Mr. Trump spoke with Volodymyr Zelensky of Ukraine, who said they discussed “the possibilities of peace.”', [['the possibilities of peace.', 'Volodymyr Zelensky', 'Volodymyr Zelensky', 21]]],
    ['which reported', 'They turned to the Police Department which reported “2,521 shooting incidents” in the city.', [['2,521 shooting incidents', 'Police Department', 'Police Department', 19]]],
    ['name with a party tag and appositive', '“They would just get them,” Rep. Jim Jordan (R-Ohio), a panel member, said.', [['They would just get them,', 'Jim Jordan', 'Jim Jordan', 33]]],
    ['participle right after a name', 'The ad uses footage of Hillary Clinton asking, “Why aren’t I ahead?”', [['Why aren’t I ahead?', 'Hillary Clinton', 'Hillary Clinton', 23]]],
    ['participle after an opening phrase', 'Speaking in Brussels, Mr. Trump rejected the plan, adding that aid “must be backed by troops.”', [['must be backed by troops.', 'Donald Trump', 'Trump', 26]]],
    ['colon-introduced quotation in the next paragraph', 'The New York Times reports:\n“Just 24 percent gave small amounts.”', [['Just 24 percent gave small amounts.', 'The New York Times', 'New York Times', 4]]],
    [
      'pronoun chain through "he argued"',
      'Mr. Kupchan spoke on Monday. That is why, he argued, the party must prepare for Hillary Clinton’s return. “This is a different time,” he said.',
      [['This is a different time,', 'Cliff Kupchan', 'Kupchan', 4]],
    ],
    ['a common-noun subject is nobody named', 'Mr. Trump spoke. Protesters marching through the streets chanted “What curfew?” all night.', [['What curfew?', null, null, null]]],
    ['an unnamed source stays unnamed', 'Mr. Trump left. “It was hard,” said the designer, who works nearby.', [['It was hard,', null, null, null]]],
    ['attribution-only verb', '“We are done,” Mr. Trump continued.', [['We are done,', 'Donald Trump', 'Trump', 19]]],
    ['the title of a work is nobody’s words', 'Mr. Trump attended the premiere of “Hamilton” on Friday.', [['Hamilton', null, null, null]]],
    ['a scare quote takes the sentence’s subject', 'Mr. Trump called the report “fake news” on Friday.', [['fake news', 'Donald Trump', 'Trump', 4]]],
    ['"it said" → the organization just named', 'The Kremlin issued a statement. “The talks were useful,” it said.', [['The talks were useful,', 'Kremlin', 'Kremlin', 4]]],
    ['"they said" names nobody', 'Mr. Trump met the envoys. “We are done,” they said.', [['We are done,', null, null, null]]],
    ['nobody to attribute: a title', 'The show “American Skin” aired.', [['American Skin', null, null, null]]],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(speakers(text), expected));
  }
});

describe('quote speakers: gender and nationality', () => {
  const NAMES: [string, string, ActorType][] = [
    ['Ana Ruiz', 'Ana Ruiz', 'person'],
    ['Ruiz', 'Ana Ruiz', 'person'],
    ['Leonard Pike', 'Leonard Pike', 'person'],
    ['Pike', 'Leonard Pike', 'person'],
    ['Marla Quill', 'Marla Quill', 'person'],
    ['Quill', 'Marla Quill', 'person'],
    ['Tobias Renn', 'Tobias Renn', 'person'],
    ['Renn', 'Tobias Renn', 'person'],
    ['Okafor', 'Okafor', 'person'],
    ['Emmanuel Macron', 'Emmanuel Macron', 'person'],
    ['Macron', 'Emmanuel Macron', 'person'],
    ['Olaf Scholz', 'Olaf Scholz', 'person'],
    ['Scholz', 'Olaf Scholz', 'person'],
    ['France', 'France', 'place'],
    ['Germany', 'Germany', 'place'],
    ['Ukraine', 'Ukraine', 'place'],
    ['Volodymyr Zelensky', 'Volodymyr Zelensky', 'person'],
    ['Zelensky', 'Volodymyr Zelensky', 'person'],
    ['Trump', 'Donald Trump', 'person'],
    ['Miriam Haskett', 'Miriam Haskett', 'person'],
    ['Care First', 'Care First', 'organization'],
    ['Larch County', 'Larch County', 'place'],
  ];
  const cases: [string, string, (string | number | null)[][]][] = [
    [
      '"she said" after a man was quoted: the woman an honorific named (Ms.)',
      'Ms. Ruiz spoke first. Leonard Pike disagreed. “It is a gimmick,” Mr. Pike said. “It is a pause,” she said.',
      [['It is a gimmick,', 'Leonard Pike', 'Pike', 69], ['It is a pause,', 'Ana Ruiz', 'Ruiz', 4]],
    ],
    [
      '"she" by a woman’s given name, passing over the man named last',
      'Marla Quill, who runs the group, met Tobias Renn on Monday. Mr. Renn listened. “We are tired of waiting,” she said.',
      [['We are tired of waiting,', 'Marla Quill', 'Marla Quill', 0]],
    ],
    [
      '"he" passes over a woman for the man of the same sentence',
      'Marla Quill praised Tobias Renn. “He did the work,” Ms. Quill said. Then the talks ended. “It was enough,” he said.',
      [['He did the work,', 'Marla Quill', 'Quill', 56], ['It was enough,', 'Tobias Renn', 'Tobias Renn', 20]],
    ],
    [
      'a gender the text does not show does not block the salient person',
      'Dr. Okafor reviewed the plan. “It will not work,” she said.',
      [['It will not work,', 'Okafor', 'Okafor', 4]],
    ],
    [
      '"the French president": the person introduced as France’s',
      'President Emmanuel Macron of France met Chancellor Olaf Scholz of Germany. Mr. Scholz spoke about trade. The French president said the talks were “very good.”',
      [['very good.', 'Emmanuel Macron', 'French president', 109]],
    ],
    [
      '"France’s president": the person introduced as France’s',
      'President Emmanuel Macron of France met Chancellor Olaf Scholz of Germany. Mr. Scholz spoke about trade. France’s president said the talks were “very good.”',
      [['very good.', 'Emmanuel Macron', 'France’s president', 105]],
    ],
    [
      '"the Ukrainian leader" after "Ukraine’s Volodymyr Zelensky"',
      'Mr. Trump called Ukraine’s Volodymyr Zelensky on Monday. Mr. Trump spoke next. The Ukrainian leader called it “a good talk.”',
      [['a good talk.', 'Volodymyr Zelensky', 'Ukrainian leader', 83]],
    ],
    [
      '"Germany’s chancellor" with nobody tied to Germany stays unnamed',
      'Mr. Trump spoke about trade. Germany’s chancellor said the talks were “very good.”',
      [['very good.', null, null, null]],
    ],
    [
      '"the Ukrainian leader": the person with that nationality in his title',
      'Ukrainian President Volodymyr Zelensky called on Monday. Mr. Trump spoke next. The Ukrainian leader called it “a good talk.”',
      [['a good talk.', 'Volodymyr Zelensky', 'Ukrainian leader', 83]],
    ],
    [
      'said the role, Name: the name in apposition',
      '“These numbers are no surprise,” said the county auditor, Miriam Haskett.',
      [['These numbers are no surprise,', 'Miriam Haskett', 'Miriam Haskett', 58]],
    ],
    [
      '"the group" stands for the organization named before it',
      'Ms. Quill runs a group called Care First. Clinics in Larch County are short of staff. The group posted the audit with the message: “41 days. Call your commissioner.”',
      [['41 days. Call your commissioner.', 'Care First', 'The group', 86]],
    ],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(speakers(text, NAMES), expected));
  }
});
