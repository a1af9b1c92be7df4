// One registry of command IDs (CRAFT #10): package.json contributes.commands must list exactly
// these; a test compares the two.
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
  revealAnnotation: 'newsmark.revealAnnotation',
  showMentions: 'newsmark.showMentions',
  nextAnnotation: 'newsmark.nextAnnotation',
  previousAnnotation: 'newsmark.previousAnnotation',
} as const;

export type CommandId = (typeof Commands)[keyof typeof Commands];
