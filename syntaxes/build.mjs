// Builds newsarticle.tmLanguage.json from named regex parts, which are easier to read and change
// than the escaped JSON. Run `node syntaxes/build.mjs` after editing; `--check` fails on drift
// (the grammar tests run it). Only the JSON ships.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const r = String.raw;

const MONTH_FULL = 'January|February|March|April|June|July|August|September|October|November|December';
const MONTH_ABBR = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const DAY = r`\d{1,2}(?:st|nd|rd|th)?(?![\p{L}\p{N}])`;
const YEAR = r`(?:1[89]|20)\d{2}(?![\p{L}\p{N}])`;
// A month name that may stand alone: full names (but not "May", a common verb) or a dotted abbreviation.
const MONTH_ALONE = r`(?:(?:${MONTH_FULL})(?![\p{L}])|(?:${MONTH_ABBR})\.)`;
const MONTH_ANY = r`(?:(?:${MONTH_FULL}|May)(?![\p{L}])|(?:${MONTH_ABBR})\.?(?![\p{L}]))`;
const MONTH_DATE = r`(?:${MONTH_ALONE}(?:\s+${DAY})?(?:,?\s+${YEAR})?|\b(?:May|${MONTH_ABBR})(?:\s+${DAY}(?:,?\s+${YEAR})?|,?\s+${YEAR}))`;
const NUMWORD = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|forty|fifty|sixty|hundred';
const UNIT = r`(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie))`;
const COUNT = r`(?:(?i:${NUMWORD})|\d+(?:\.\d+)?|a\s+few|several|a|an|many|some)`;
// "late April", "Earlier Monday", "mid-March"
const EDGE = r`(?:(?i:early|late|earlier|later|mid)[-\s]+)?`;
// "more than three years", "nearly three years ago"
const APPROX = r`(?:(?i:more\s+than|less\s+than|fewer\s+than|nearly|almost|about|over|roughly|at\s+least|some)\s+)?`;
const DAYPART = r`(?:\s+(?:morning|afternoon|evening|night))?`;

const dateMatches = [
  // "Thursday", "Thursday, March 20", "Thursdays", "later Monday", "Thursday morning"
  r`\b${EDGE}${WEEKDAY}s?\b(?:,?\s+${MONTH_DATE}|${DAYPART})?`,
  // "13 February 2025", "1st of May"
  r`(?<![\p{L}\p{N}])${DAY}\s+(?:of\s+)?${MONTH_ANY}(?:,?\s+${YEAR})?`,
  // "Feb. 28", "March 3, 2025", "January", "May 2024", "late April"
  r`\b${EDGE}${MONTH_DATE}`,
  // ISO 8601 dates and date-times; numeric 3/4/2025
  r`\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\p{L}\p{N}])`,
  r`(?<![\p{N}/])\d{1,2}/\d{1,2}/(?:(?:19|20)\d{2}|\d{2})(?![\p{N}/])`,
  // decades: "the 1980s", "’90s"
  r`(?<![\p{L}\p{N}])(?:(?:19|20)\d0s|[’']\d0s)(?![\p{L}\p{N}])`,
  // relative: "three years ago", "a day earlier", "two weeks later"
  r`(?<![\p{L}\p{N}])${APPROX}${COUNT}\s+(?:more\s+)?${UNIT}s?\s+(?:ago|earlier|later|before|after|from\s+now)\b`,
  // "the past 18 months", "the last two days", "the next eight weeks"
  r`\b(?:(?i:the)\s+)?(?i:past|last|next|coming|previous|following|first|final)\s+(?:(?i:${NUMWORD})|\d+|few|several)\s+${UNIT}s\b`,
  // "last month", "next week", "this summer", "last Monday"
  r`\b${EDGE}(?i:last|next|this|past|coming|previous)\s+(?:week(?:end)?|month|year|decade|century|quarter|spring|summer|fall|autumn|winter|night|morning|afternoon|evening|${WEEKDAY}|${MONTH_FULL}|May)\b`,
  r`\b(?i:yesterday|today|tonight|tomorrow)\b`,
  // "recent days", "the coming weeks"
  r`\b(?:(?i:the)\s+)?(?i:recent|coming|past|last|next)\s+(?:days|weeks|months|years|decades)\b`,
  // durations: "30-day", "two-year" (but not ages: "12-year-old")
  r`(?<![\p{L}\p{N}])(?:(?i:${NUMWORD})|\d+(?:\.\d+)?)-${UNIT}(?!-old)(?![\p{L}\p{N}-])`,
  // "18 months", "three years", "more than a year" (a bare "a year" is usually a rate: "15 percent a year")
  r`(?<![\p{L}\p{N}])(?:(?i:the)\s+)?${APPROX}(?:(?i:${NUMWORD})|\d+(?:\.\d+)?|a\s+few|several)\s+(?:more\s+)?${UNIT}s(?![\p{L}\p{N}])`,
  r`\b(?i:more\s+than|less\s+than|nearly|almost|about|over|roughly|at\s+least)\s+(?:a|an|one)\s+${UNIT}(?![\p{L}\p{N}])`,
  // sets: "nightly", "weekly"
  // quarters: "the third quarter", "fourth-quarter", "Q3 2024", "FY2025"
  r`\b(?:(?i:the)\s+)?(?i:first|second|third|fourth|1st|2nd|3rd|4th|final|latest|current|same|previous|year-earlier)[-\s]+(?:fiscal\s+)?quarter\b(?:\s+of\s+${YEAR})?`,
  r`\b(?:Q[1-4]|H[12])(?:\s+(?:19|20)\d{2})?\b|\bFY\s?(?:19|20)?\d{2}\b`,
  r`\b(?:hourly|nightly|daily|weekly|monthly|quarterly|annual|annually|yearly)\b|\bper\s+(?:day|week|month|year)\b`,
  // clock times: "9:12 a.m. ET", "6 p.m.", "noon"
  r`(?<![\p{L}\p{N}:])\d{1,2}(?::\d{2})?\s*(?:[ap]\.m\.|(?:am|pm|AM|PM)\b)(?:\s+(?:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST)\b)?`,
  r`\b(?:noon|midnight)\b`,
];

const YEAR_PREP = 'in|since|by|until|till|through|from|to|of|before|after|during|between|and|or|for|year|fiscal|around|circa|spring|summer|autumn|fall|winter|due|the|a|its|his|her|their|our|that|this';
const YEAR_MOD = r`(?:(?i:mid|early|late|end)[-\s]+|(?i:pre|post)-)`;
// Counted nouns after a four-digit figure make it a quantity, not a year ("the 2000 delegates").
const COUNTED = 'people|persons|percent|euros?|dollars?|pounds|votes?|voters|members|workers|employees|jobs|delegates|students|troops|soldiers|residents|patients|cases|deaths|homes|houses|cars|seats|units|copies|shares|points|miles|kilometers|kilometres|km|feet|meters|metres|tons|tonnes|barrels|acres|hectares|signatures|times';
const YEAR_CTX = r`(?:1[89]|20)\d{2}(?![\p{L}\p{N}]|[,.\-/]\d|\s+(?:${COUNTED})\b)`;
const YEAR_IN_CONTEXT = r`(?:\b(?i:${YEAR_PREP})|['’]s)\s+((?:${YEAR_MOD})?${YEAR_CTX})|\b(${YEAR_MOD}${YEAR_CTX})`;

// Where an unclosed quotation stops: a blank line, or the end of a line that ends a sentence.
const PARAGRAPH_END = r`^(?=\s*$)|(?<=[.!?…])(?=[ \t]*$)`;
const STRAIGHT_OPEN = r`(?<![\p{L}\p{N}.,;:!?%’'"])"(?=[^\s"])`;
const STRAIGHT_CLOSE = r`"(?![\p{L}\p{N}])`;

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'News Article',
  scopeName: 'text.news',
  fileTypes: ['news'],
  // Byline, timestamp and dateline come first: a document that starts with one has no headline line.
  patterns: [
    { include: '#byline' },
    { include: '#timestamp' },
    { include: '#dateline' },
    { include: '#headline' },
    { include: '#credit' },
    { include: '#caption' },
    { include: '#inline' },
  ],
  repository: {
    headline: {
      comment: 'The first line of the document, unless it is paragraph-long. A match with captures, so an unclosed quote in it ends with the line.',
      match: r`\A[ \t]*(\S.{0,239})$`,
      captures: { 1: { name: 'markup.heading.headline.news', patterns: [{ include: '#inline' }] } },
    },
    byline: {
      comment: 'A whole line of names after "By": a sentence such as "By Friday the post…" has lowercase words and does not match.',
      match: r`^\s*(By|BY)\s+((?:Mc|Mac)?\p{Lu}[\p{L}\p{M}.'’\-]*(?:(?:\s+(?:(?:de|del|della|da|das|do|dos|du|van|von|der|den|la|le|bin|ibn|al|el|ter)\s+)*|\s*(?:,|&|\||·|•)\s*|\s+and\s+)(?:Mc|Mac)?\p{Lu}[\p{L}\p{M}.'’\-]*)*)\s*$`,
      name: 'meta.byline.news',
      captures: {
        1: { name: 'keyword.other.byline.news' },
        2: {
          name: 'entity.name.author.news',
          patterns: [{ match: r`\s*(?:,|&|\||·|•|\band\b)\s*`, name: 'punctuation.separator.author.news' }],
        },
      },
    },
    timestamp: {
      comment: 'Publication lines: "Published March 3, 2025", "Updated Feb. 20, 2025, 6:00 a.m. ET".',
      match: r`^\s*((?i:(?:first\s+)?published|updated|last\s+updated|posted|modified))((?:\s+on)?(?:\s*:)?\s.*)$`,
      name: 'meta.timestamp.news',
      captures: {
        1: { name: 'keyword.other.timestamp.news' },
        2: { patterns: [{ include: '#date' }, { include: '#number' }] },
      },
    },
    dateline: {
      comment: 'An upper-case place at the start of a paragraph, optional region, date and agency, then a dash: "KYIV, Ukraine —", "LONDON, Feb. 13 (Reuters) -".',
      match: r`^\s*(?!(?:EDITOR|UPDATE|UPDATED|CORRECTION|BREAKING|EXCLUSIVE|ANALYSIS|OPINION|WATCH|LIVE|PHOTOS?|VIDEO|NOTE)\b)((?:Mc|Mac)?\p{Lu}[\p{Lu}\p{M}.'’\-]+(?:\s+(?:Mc|Mac)?\p{Lu}[\p{Lu}\p{M}.'’\-]*)*(?:,\s+\p{Lu}[\p{L}\p{M}.'’\-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’\-]*)*)?(?:,\s+${MONTH_ANY}\s+\d{1,2})?(?:\s+\([^()\r\n]{1,40}\))?)(\s*[—–]|\s+--?)(?=\s|$)`,
      name: 'meta.dateline.news',
      captures: {
        1: { name: 'entity.name.section.dateline.news', patterns: [{ include: '#date' }] },
        2: { name: 'punctuation.separator.dateline.news' },
      },
    },
    credit: {
      comment: 'Photo credits. "Photo: …" counts as a credit only when what follows is short and not a sentence; otherwise it labels a caption.',
      patterns: [
        {
          match: r`(?<![\p{L}\p{N}])(?:Credits?|CREDITS?)\s*(?:…|\.\.\.|:)[^\r\n]*`,
          name: 'comment.line.credit.news',
        },
        {
          match: r`\((?:[^()\r\n/]{1,40}\s)?(?:Photo(?:graph)?|Image|Video|Illustration)s?\s*/\s*[^()\r\n]{1,80}\)`,
          name: 'comment.line.credit.news',
        },
        {
          match: r`(?<![\p{L}\p{N}])(?:Photo(?:graph)?s?|Image|Illustration|Video)\s*(?::|…|\.\.\.)\s*(?:(?!\p{Ll}[.!?](?:\s|$))[^\r\n]){1,80}$`,
          name: 'comment.line.credit.news',
        },
      ],
    },
    caption: {
      match: r`^\s*((?i:photo(?:graph)?|caption|image|pictured|above|top|video))\s*:(.*)$`,
      name: 'meta.caption.news',
      captures: {
        1: { name: 'keyword.other.caption.news' },
        2: { patterns: [{ include: '#inline' }] },
      },
    },
    inline: {
      patterns: [
        { include: '#quote-curly' },
        { include: '#quote-straight' },
        { include: '#quote-archive' },
        { include: '#quote-other' },
        { include: '#credit' },
        { include: '#date' },
        { include: '#number' },
      ],
    },
    'quote-curly': {
      comment: 'Ends at ”, before a line that opens with “ (a paragraph reopening a quote it never closed), or at the end of a paragraph: a blank line, or a line ending in . ! ? … (paragraphs saved one per line). A hard-wrapped line ending mid-sentence continues the quote; a “ inside the line opens a nested quote.',
      name: 'string.quoted.double.news',
      begin: '“',
      beginCaptures: { 0: { name: 'punctuation.definition.string.begin.news' } },
      // A straight closing mark also ends it: mixed marks (“no evidence") are a common typo.
      end: r`”|${STRAIGHT_CLOSE}|^(?=[ \t]*“)|${PARAGRAPH_END}`,
      endCaptures: { 0: { name: 'punctuation.definition.string.end.news' } },
      patterns: [{ include: '#quote-curly-inner' }, { include: '#quote-nested' }],
    },
    'quote-curly-inner': {
      comment: 'Curly double quotes inside a curly-quoted passage: “… what he calls “hell” than …”.',
      name: 'string.quoted.double.news',
      begin: '“',
      beginCaptures: { 0: { name: 'punctuation.definition.string.begin.news' } },
      end: r`”|${PARAGRAPH_END}`,
      endCaptures: { 0: { name: 'punctuation.definition.string.end.news' } },
      patterns: [{ include: '#quote-nested' }],
    },
    'quote-straight': {
      comment: 'A straight quote opens only where an opening mark can stand (after a space or opening punctuation, before a non-space; not after a digit: 12" inches) and closes only before a non-letter, so one stray mark does not invert the pairing of the rest.',
      name: 'string.quoted.double.news',
      begin: STRAIGHT_OPEN,
      beginCaptures: { 0: { name: 'punctuation.definition.string.begin.news' } },
      end: r`${STRAIGHT_CLOSE}|”|^(?=[ \t]*["“])|${PARAGRAPH_END}`,
      endCaptures: { 0: { name: 'punctuation.definition.string.end.news' } },
      patterns: [{ include: '#quote-straight-inner' }, { include: '#quote-nested' }],
    },
    'quote-archive': {
      comment: "Two straight apostrophes as a double mark, as news archives (LexisNexis, the NYT's own) write them: ''We will win,'' he said. Never three or more, and not after a letter or digit (12'' pipe).",
      name: 'string.quoted.double.news',
      begin: r`(?<![\p{L}\p{N}'])''(?=[^\s'])`,
      beginCaptures: { 0: { name: 'punctuation.definition.string.begin.news' } },
      end: r`(?<!')''(?!['\p{L}\p{N}])|^(?=[ \t]*'')|${PARAGRAPH_END}`,
      endCaptures: { 0: { name: 'punctuation.definition.string.end.news' } },
      patterns: [{ include: '#quote-nested' }],
    },
    'quote-straight-inner': {
      comment: 'Straight double quotes inside a straight-quoted passage (a repost quoting a quote).',
      name: 'string.quoted.double.news',
      begin: STRAIGHT_OPEN,
      beginCaptures: { 0: { name: 'punctuation.definition.string.begin.news' } },
      end: r`${STRAIGHT_CLOSE}|${PARAGRAPH_END}`,
      endCaptures: { 0: { name: 'punctuation.definition.string.end.news' } },
      patterns: [{ include: '#quote-nested' }],
    },
    'quote-other': {
      patterns: [
        {
          name: 'string.quoted.double.news',
          begin: '«',
          beginCaptures: { 0: { name: 'punctuation.definition.string.begin.news' } },
          end: r`»|${PARAGRAPH_END}`,
          endCaptures: { 0: { name: 'punctuation.definition.string.end.news' } },
          patterns: [{ include: '#quote-nested' }],
        },
        {
          name: 'string.quoted.double.news',
          begin: '„',
          beginCaptures: { 0: { name: 'punctuation.definition.string.begin.news' } },
          end: r`[“”]|${PARAGRAPH_END}`,
          endCaptures: { 0: { name: 'punctuation.definition.string.end.news' } },
          patterns: [{ include: '#quote-nested' }],
        },
      ],
    },
    'quote-nested': {
      comment: 'A single quote opens only after a non-letter and before a letter, and closes only before a non-letter, so apostrophes (Mayor’s, can\'t, ’90s) are not quotes. It also ends where its enclosing quote would.',
      name: 'string.quoted.single.news',
      begin: r`‘(?!\d0s)|(?<![\p{L}\p{N}])'(?=[\p{L}])`,
      beginCaptures: { 0: { name: 'punctuation.definition.string.begin.news' } },
      end: r`[’'](?![\p{L}\p{N}])|(?=[”"“»])|${PARAGRAPH_END}`,
      endCaptures: { 0: { name: 'punctuation.definition.string.end.news' } },
    },
    date: {
      patterns: [
        ...dateMatches.map((match) => ({ match, name: 'constant.numeric.date.news' })),
        {
          comment: 'A bare year only after a word that makes it one ("in 2019", "since 1958", "mid-2023"), so "2,300" or "1900 people" stay numbers.',
          match: YEAR_IN_CONTEXT,
          captures: { 1: { name: 'constant.numeric.date.news' }, 2: { name: 'constant.numeric.date.news' } },
        },
      ],
    },
    number: {
      comment: 'Money, percentages and plain figures: "$4.2 million", "11.4 percent", "8.35 euros", "180,000", "36°C".',
      match: r`(?<![\p{L}\p{N}.,])(?:(?:US|C|A|NZ|HK)?[$€£¥₹]\s?)?\d+(?:[,.]\d+)*(?:st|nd|rd|th)?(?:\s?(?:%|°[CF]?))?(?:\s+(?:million|billion|trillion|thousand|hundred)|\s?(?:bn|m|k)(?![\p{L}\p{N}]))?(?:\s+(?:percent|per\s+cent|percentage\s+points?|euros?|dollars?|pounds?|yen|yuan|rupees?|francs?))?(?![\p{L}\p{N}])`,
      name: 'constant.numeric.news',
    },
  },
};

const out = fileURLToPath(new URL('./newsarticle.tmLanguage.json', import.meta.url));
const json = JSON.stringify(grammar, null, 2) + '\n';
if (process.argv.includes('--check')) {
  if (readFileSync(out, 'utf8') !== json) {
    console.error(`${out} is out of date: run node syntaxes/build.mjs`);
    process.exit(1);
  }
} else {
  writeFileSync(out, json);
}
