// Views refresh at most a few times a second: a long source changes on every keystroke, and
// recomputing and sending thousands of tree items each time would stall the extension host.
import * as vscode from 'vscode';

export function debouncedRefresh<T>(emitter: vscode.EventEmitter<T | undefined>, ms = 250): () => void {
  let timer: NodeJS.Timeout | undefined;
  return () => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      emitter.fire(undefined);
    }, ms);
  };
}

/** At most this many children under one node; the rest is summarised in one item. */
export const MAX_CHILDREN = 500;
