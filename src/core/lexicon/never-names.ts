// Capitalized words that open sentences or clauses (or label page furniture) but never
// start a name: stripped from the front of a tagged name, and never a name alone.
export const NEVER_NAMES = new Set(`A An The This That These Those It Its He She They We I You His Her Their Our My Your But And Or So Yet
If In On At For With Without Under Over After Before As By From To Of Into Onto Upon About Against Among Between During Since Until
When Where While What Which Who Whom Whose Why How Then Now Here There Also Still Even Just Only Not No Yes Although Though Because
Meanwhile However Moreover Asked Said Says Like Unlike Despite Inside Outside Across Along Around Behind Beyond Near Through Toward
Towards Per Via Mr Mrs Ms Dr Sir Madam Dear Please Thank Thanks Read More See Watch Listen Follow Share Subscribe
Soon Later Earlier Last Next First Finally Instead Already Again Perhaps Maybe Some Many Most All Both Each Every Several Few
Other Another Such Well Do Does Did Is Are Was Were Will Would Can Could Should Shall May Might Must Let Oh Yes Yeah Okay Sure Indeed
CROSSTALK LAUGHTER APPLAUSE INAUDIBLE UPDATE ABSTRACT GDP AI TV ID IDs COVID PDF FAQ OK Articles Comments Newsletter Published Updated Posted Photo Photos Photograph Credit Credits Image Images Video Source Sources Editor Related Latest Advertisement
ET EST EDT GMT UTC BST CET PT PST PDT CT CST Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec January February March April June
July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday Tomorrow`.split(/\s+/));
