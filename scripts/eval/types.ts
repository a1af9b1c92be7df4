// One line of the evaluation table printed by `npm run eval`.
export interface EvalRow {
  /** actors | dates | dates-value | quotes | speakers | claims ... */
  task: string;
  /** e.g. "CoNLL-2003 eng.testb", "TempEval-3 platinum", "samples/gold (dev)" */
  corpus: string;
  /** "newsmark", "compromise", "chrono-node" */
  system: string;
  precision: number;
  recall: number;
  f1: number;
  /** Free text: accuracy of values, documents counted, caveats. */
  note?: string;
}

/** Every evaluation module exports one of these. corpusRoot = the folder holding conll2003/, tempeval3/ ... */
export type Evaluate = (corpusRoot: string, options: { samplesRoot?: string }) => Promise<EvalRow[]>;
