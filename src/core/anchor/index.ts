// Anchors that survive edits: live shifting through edits, and re-attachment by search.
export { CONTEXT_LENGTH, makeAnchor, anchorHolds, refreshContext } from './context';
export { mapStart, mapEnd, shiftAnchor, shiftAnchorThrough } from './shift';
export type { TextEdit, ShiftResult } from './shift';
export { locate, locateExact, locateFuzzy, findExact, FUZZY_ERROR_RATE, FUZZY_MIN_LENGTH, FUZZY_WINDOW, FUZZY_BUDGET } from './locate';
export type { Located, LocateMethod, FuzzyBudget } from './locate';
export { fuzzySearch } from './fuzzy';
export type { FuzzyMatch } from './fuzzy';
