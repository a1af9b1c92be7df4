// Word lists for attribution: the verbs that introduce speech, the words a subject noun
// phrase may carry before that verb, and the nouns that describe rather than name a source.

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Reporting verbs in finite forms: "X said", "said X". */
export const REPORTING = words(`
  said says say tell told tells wrote writes write added adds asked asks explained explains
  noted notes argued argues insisted insists warned warns declared declares stated states
  claimed claims recalled recalls replied replies responded responds
  answered answers tweeted tweets posted posts urged urges announced announces
  acknowledged acknowledges conceded concedes complained complains suggested suggests
  predicted predicts cautioned cautions described describes called calls reported reports
  testified testifies joked jokes quipped quips remarked remarks emphasized emphasizes
  stressed stresses observed observes exclaimed shouted shouts promised promises vowed vows
  pledged pledges boasted boasts admitted admits countered counters lamented laments
  declared insisted mused muses conceded chanted chants yelled yells whispered whispers
  texted emailed messaged confirmed confirms denied denies
  concluded concludes reiterated reiterates repeated repeats charged charges contended contends
  maintained maintains asserted asserts alleged alleges demanded demands wondered wonders
  scolded snapped retorted reads read sang sings explained pointed
`);

/**
 * Verbs that introduce a quotation but say too little to mark a sentence as attributed
 * ("Carson continued", "Potts echoed"): attribution only.
 */
export const SPEECH = new Set([
  ...REPORTING,
  ...words('continued continues echoed echoes interjected interrupted quoted quotes cited cites shot fired exclaims recounted recounts pressed presses retaliated'),
]);

/** Participles whose subject is the main clause's subject: "…, saying …". */
export const PARTICIPLES = words(`
  saying telling writing adding asking explaining noting arguing insisting warning declaring
  stating claiming calling describing urging tweeting posting announcing acknowledging
  conceding complaining suggesting predicting cautioning recalling replying responding
  emphasizing stressing promising vowing pledging boasting admitting countering lamenting
  repeating reiterating concluding charging contending maintaining asserting alleging
`);

/** Words that may stand between a subject and its reporting verb: "he also said". */
export const BETWEEN = words(`
  also later then further again repeatedly once already just recently earlier quickly
  publicly privately separately has have had would will did does do was is were are
  previously first finally often simply flatly bluntly angrily quietly immediately
  subsequently still even reportedly allegedly on last this today yesterday tonight
  monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night
  week month year
`);

export const PERSONAL = words('he she');
export const FIRST_PERSON = words('i we');

/** Nouns that describe a speaker the text named earlier: "the Ukrainian leader said". */
export const ROLE_NOUNS = words(`
  leader president minister chancellor premier secretary spokesman spokeswoman spokesperson
  governor senator congressman congresswoman representative mayor candidate nominee
  chairman chairwoman chief director ambassador envoy adviser advisor general commander
  king queen pope prince official analyst economist expert professor lawyer attorney
  founder executive ceo coach manager businessman businesswoman narrator strategist
  billionaire mogul host anchor reporter columnist author actor actress singer star activist
  pastor priest bishop rabbi challenger incumbent lawmaker legislator speaker operative
  pollster consultant organizer economist historian scientist doctor physician officer
  sheriff prosecutor commissioner superintendent president-elect nominee judge justice tycoon
  magnate frontrunner front-runner hopeful contender veteran
`);

/** Titles and honorifics that precede a name: "Mr. Kupchan", "President Trump". */
export const TITLES = words(`
  mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. gen gen. president
  vice prime minister secretary senator governor mayor judge justice chancellor king queen
  pope prince sir lord dame rev rev. the former late u.s. state defense foreign
`);
