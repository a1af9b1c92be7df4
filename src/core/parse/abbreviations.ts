// Words whose following period does not end a sentence. Lower-cased for lookup.

/** Titles and honorifics: "Mr. Trump", "Gen. Milley" — never a sentence end. */
export const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'messrs', 'mmes', 'dr', 'prof', 'gen', 'sen', 'rep', 'reps', 'gov', 'lt', 'col',
  'capt', 'cpt', 'sgt', 'maj', 'adm', 'cmdr', 'cdr', 'brig', 'cpl', 'pvt', 'st', 'ste', 'rev', 'hon', 'pres',
  'supt', 'det', 'insp', 'atty', 'amb', 'sens', 'govs', 'fr', 'sr', 'jr', 'mt', 'ft', 'vs', 'v',
  'approx', 'dept', 'est', 'univ', 'assn', 'bros', 'cf', 'al', 'ca', 'gens', 'lieut', 'msgr', 'sec',
]);

/** Followed by a number they never end a sentence: "Jan. 20", "No. 2", "Vol. 3". */
export const NUMBER_ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vol', 'art', 'p', 'pp', 'fig', 'sec', 'ch', 'para', 'op', 'ed', 'nr', 'tel',
]);

/** After an abbreviation such as "U.S." only these usual sentence openers start a new sentence. */
export const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'His',
  'Her', 'Their', 'Our', 'Its', 'But', 'And', 'Or', 'So', 'Yet', 'In', 'On', 'At', 'For', 'If', 'When',
  'While', 'After', 'Before', 'As', 'There', 'Here', 'What', 'Who', 'Why', 'How', 'Some', 'Many', 'Most',
  'Mr', 'Mrs', 'Ms', 'Dr', 'However', 'Still', 'Meanwhile', 'Asked', 'According', 'One', 'Two', 'Since',
  'Although', 'Though', 'Now', 'Then', 'Last', 'Earlier', 'Later', 'Under', 'With', 'Without', 'By',
]);
