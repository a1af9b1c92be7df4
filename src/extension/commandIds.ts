// One registry of command IDs (CRAFT #10): package.json contributes.commands must list exactly
// these; an integration test compares the two.
export const Commands = {
  reanalyze: 'newsmark.reanalyze',
  reanalyzeWorkspace: 'newsmark.reanalyzeWorkspace',
  toggleHighlights: 'newsmark.toggleHighlights',
  setClaimStatus: 'newsmark.setClaimStatus',
  setClaimVerified: 'newsmark.setClaimVerified',
  setClaimFalse: 'newsmark.setClaimFalse',
  setClaimMisleading: 'newsmark.setClaimMisleading',
  setClaimDisputed: 'newsmark.setClaimDisputed',
  setClaimUnverified: 'newsmark.setClaimUnverified',
  editNote: 'newsmark.editNote',
  annotateActor: 'newsmark.annotateActor',
  annotateDate: 'newsmark.annotateDate',
  annotateQuote: 'newsmark.annotateQuote',
  annotateClaim: 'newsmark.annotateClaim',
  labelAllOccurrences: 'newsmark.labelAllOccurrences',
  removeAnnotation: 'newsmark.removeAnnotation',
  changeAnnotation: 'newsmark.changeAnnotation',
  setPublished: 'newsmark.setPublished',
  renameEntity: 'newsmark.renameEntity',
  revealAnnotation: 'newsmark.revealAnnotation',
  showMentions: 'newsmark.showMentions',
  nextAnnotation: 'newsmark.nextAnnotation',
  previousAnnotation: 'newsmark.previousAnnotation',
  export: 'newsmark.export',
} as const;

export type CommandId = (typeof Commands)[keyof typeof Commands];
