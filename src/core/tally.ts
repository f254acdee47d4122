// Counting problems over many articles, and saying the counts in words: shared by the CLI's
// summary line and the editor's "Check All Articles" message so the two read alike.

import type { Problem } from './problem';

export interface Tally {
  files: number;
  errors: number;
  warnings: number;
  /** Information and hints. */
  notes: number;
}

export function emptyTally(): Tally {
  return { files: 0, errors: 0, warnings: 0, notes: 0 };
}

/** Adds one checked file and its problems to the tally. */
export function countFile(tally: Tally, problems: readonly Problem[]): void {
  tally.files++;
  for (const p of problems) {
    if (p.severity === 'error') tally.errors++;
    else if (p.severity === 'warning') tally.warnings++;
    else tally.notes++;
  }
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `1 error, 0 warnings` (and the notes, when there are any). */
export function describeProblemCounts(tally: Tally): string {
  const notes = tally.notes ? `, ${plural(tally.notes, 'note')}` : '';
  return `${plural(tally.errors, 'error')}, ${plural(tally.warnings, 'warning')}${notes}`;
}
