// The words temporal expressions are built from. Anchor words start a match; the other
// tables are only consulted around an anchor.

export type Unit = 'S' | 'MIN' | 'H' | 'D' | 'W' | 'WE' | 'FN' | 'M' | 'Q' | 'Y' | 'DE' | 'CE' | 'GEN';

export type Anchor =
  | { t: 'month'; n: number; abbr: boolean }
  | { t: 'weekday'; n: number; plural: boolean }
  | { t: 'unit'; u: Unit; plural: boolean }
  | { t: 'rel'; days: number }
  | { t: 'season'; s: 'SP' | 'SU' | 'FA' | 'WI' }
  | { t: 'freq'; value: string }
  | { t: 'partOfDay' }
  | { t: 'clock'; hour: number }
  | { t: 'decadeWord'; value: string }
  | { t: 'future' }
  | { t: 'holiday' }
  | { t: 'overnight' };

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBR: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const UNITS: Record<string, Unit> = {
  second: 'S', minute: 'MIN', hour: 'H', day: 'D', week: 'W', weekend: 'WE', fortnight: 'FN',
  month: 'M', quarter: 'Q', year: 'Y', decade: 'DE', generation: 'GEN',
};

export const ANCHORS = new Map<string, Anchor>();
MONTHS.forEach((w, i) => ANCHORS.set(w, { t: 'month', n: i + 1, abbr: false }));
for (const [w, n] of Object.entries(MONTH_ABBR)) ANCHORS.set(w, { t: 'month', n, abbr: true });
WEEKDAYS.forEach((w, i) => {
  ANCHORS.set(w, { t: 'weekday', n: i + 1, plural: false });
  ANCHORS.set(w + 's', { t: 'weekday', n: i + 1, plural: true });
});
for (const [w, u] of Object.entries(UNITS)) {
  ANCHORS.set(w, { t: 'unit', u, plural: false });
  ANCHORS.set(w + 's', { t: 'unit', u, plural: true });
}
ANCHORS.set('century', { t: 'unit', u: 'CE', plural: false });
ANCHORS.set('centuries', { t: 'unit', u: 'CE', plural: true });
for (const [w, days] of [['today', 0], ['tonight', 0], ['yesterday', -1], ['tomorrow', 1]] as const) ANCHORS.set(w, { t: 'rel', days });
for (const [w, s] of [['spring', 'SP'], ['summer', 'SU'], ['fall', 'FA'], ['autumn', 'FA'], ['winter', 'WI']] as const) ANCHORS.set(w, { t: 'season', s });
for (const [w, value] of Object.entries({
  daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y', annual: 'P1Y', annually: 'P1Y',
  hourly: 'PT1H', quarterly: 'P3M', biweekly: 'P2W', fortnightly: 'P2W', biannual: 'P6M', semiannual: 'P6M',
})) ANCHORS.set(w, { t: 'freq', value });
for (const w of ['morning', 'afternoon', 'evening', 'night', 'mornings', 'evenings', 'nights']) ANCHORS.set(w, { t: 'partOfDay' });
ANCHORS.set('noon', { t: 'clock', hour: 12 });
ANCHORS.set('midnight', { t: 'clock', hour: 24 });
for (const [w, v] of Object.entries({ twenties: '2', thirties: '3', forties: '4', fifties: '5', sixties: '6', seventies: '7', eighties: '8', nineties: '9' })) {
  ANCHORS.set(w, { t: 'decadeWord', value: '19' + v });
}

ANCHORS.set('future', { t: 'future' });
ANCHORS.set('overnight', { t: 'overnight' });
for (const w of ['new', 'christmas', 'thanksgiving', 'easter', 'halloween', 'valentine', 'independence', 'veterans', 'victory', 'memorial', 'labor', 'election']) {
  ANCHORS.set(w, { t: 'holiday' });
}

export const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night', 'overnight']);

export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, single: 1, another: 1,
};

/** Counts that make a duration vague (value null). */
export const VAGUE_COUNTS = new Set(['few', 'several', 'many', 'some', 'numerous', 'multiple', 'dozens', 'hundreds', 'thousands', 'countless']);

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
  fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  '5th': 5, '6th': 6, '7th': 7, '8th': 8, '9th': 9, '10th': 10,
  eleventh: 11, twelfth: 12, nineteenth: 19, twentieth: 20, '11th': 11, '12th': 12, '19th': 19, '20th': 20, '21st': 21, '18th': 18,
};

/** Words before a count that belong to the duration ("nearly three years"). */
export const APPROX_ONE = new Set(['nearly', 'almost', 'roughly', 'approximately', 'some', 'just', 'only', 'barely']);
export const APPROX_TWO = new Set(['more than', 'less than', 'fewer than', 'at least', 'at most', 'up to', 'no more than', 'well over']);

/** Words that make a following number-plus-unit a stretch of time ("the last two days"). */
export const STRETCH_MODIFIERS = new Set(['last', 'past', 'next', 'first', 'final', 'previous', 'following', 'coming', 'remaining', 'initial', 'latest', 'opening', 'closing', 'same', 'entire', 'full', 'whole', 'better']);

/** Words after a number-plus-unit that make it a point relative to now. */
export const OFFSET_WORDS = new Set(['ago', 'earlier', 'later', 'hence']);

/** Words that, shortly before a weekday or a month, say the text is about the future. */
export const FUTURE_CUES = new Set([
  'will', 'shall', 'll', 'going', 'scheduled', 'expected', 'set', 'due', 'plans', 'plan', 'planned', 'planning', 'aims',
  'upcoming', 'opens', 'begins', 'starts', 'ends', 'closes', 'meets', 'arrives', 'resumes', 'expires', 'effective',
  'deadline', 'slated', 'intends', 'hopes', 'expects', 'next', 'coming', 'tomorrow', 'soon', 'later',
]);

/** Words that say the clause is about the past. */
export const PAST_CUES = new Set([
  'was', 'were', 'had', 'did', 'ago', 'last', 'began', 'took', 'made', 'met', 'came', 'went', 'left',
  'won', 'lost', 'fell', 'rose', 'bought', 'sold', 'brought', 'gave', 'saw', 'spoke', 'wrote', 'held', 'led', 'paid',
  'hit', 'struck', 'ran', 'sent', 'earlier', 'previously', 'since', 'ended',
]);

/** Nouns that make a preceding four-digit number a count rather than a year. */
export const COUNT_NOUNS = new Set([
  'people', 'persons', 'troops', 'soldiers', 'men', 'women', 'children', 'cases', 'deaths', 'votes', 'km', 'kilometers',
  'kilometres', 'miles', 'feet', 'meters', 'metres', 'tons', 'tonnes', 'barrels', 'units', 'jobs', 'workers',
  'employees', 'points', 'percent', 'dollars', 'euros', 'pounds', 'rubles', 'shares', 'homes', 'houses', 'cars',
  'vehicles', 'acres', 'square', 'residents', 'civilians', 'prisoners', 'drones', 'missiles', 'tanks', 'students',
  'members', 'delegates', 'words', 'pages', 'copies', 'hectares', 'kg', 'mph', 'degrees', 'times', 'calories', 'lbs',
  'followers', 'users', 'companies', 'firms', 'stores', 'sites', 'refugees', 'migrants', 'patients', 'beds', 'rounds',
  'shells', 'yards', 'stocks', 'bonds', 'contracts', 'officers', 'police', 'deaths', 'injuries', 'others', 'more',
]);

export const TIMEZONES = new Set(['gmt', 'utc', 'et', 'est', 'edt', 'pt', 'pst', 'pdt', 'ct', 'cst', 'cdt', 'bst', 'cet', 'cest', 'msk', 'eet']);
