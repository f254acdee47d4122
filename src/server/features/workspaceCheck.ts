// "Check All Articles": every article of the workspace, from the store (open ones as the editor has
// them), with its problems published, so problems in files nobody has opened show up too. The
// articles are exactly those `seed-annotator check` finds in the same folders.

import { setImmediate as nextTurn } from 'node:timers/promises';
import { countFile, describeProblemCounts, emptyTally, plural } from '../../core';
import type { WorkspaceCheckSummary } from '../../shared/protocol';
import type { WorkspaceStore } from '../workspace/workspaceStore';
import type { Diagnostics } from './diagnostics';

/** The part of LSP's WorkDoneProgressReporter the check uses. */
export interface Progress {
  begin(title: string, percentage?: number, message?: string, cancellable?: boolean): void;
  report(percentage: number, message?: string): void;
  done(): void;
}

export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

/** Articles whose problems are published between two turns of the event loop. */
const ARTICLES_PER_TURN = 100;

export async function checkAllArticles(
  store: WorkspaceStore,
  diagnostics: Diagnostics,
  progress: Progress,
  token: Cancellation,
): Promise<WorkspaceCheckSummary> {
  progress.begin('Seed Annotator: checking articles', 0, 'finding seed articles…', true);
  const tally = emptyTally();
  let unreadable = 0;
  let total = 0;
  let cancelled = false;
  try {
    const scan = await store.scan({
      isCancelled: () => token.isCancellationRequested,
      progress: (i, total) => {
        if (i % 50 === 0) progress.report(Math.round((100 * i) / total), `${i} of ${total} files`);
      },
    });
    unreadable = scan.unreadable;
    total = scan.total;
    cancelled = scan.cancelled;
    for (const [i, article] of scan.articles.entries()) {
      // Reading an article's problems (from the snapshot) and publishing them is ~0.1 ms: 10k in one go held
      // every other request up for 0.7 s.
      if (i % ARTICLES_PER_TURN === ARTICLES_PER_TURN - 1) await nextTurn();
      countFile(tally, article.analysis.problems);
      diagnostics.show(article);
    }
  } finally {
    progress.done();
  }
  return { files: tally.files, errors: tally.errors, warnings: tally.warnings, unreadable, total, ...(cancelled ? { cancelled } : {}) };
}

/** The summary in words, as the notification shows it. */
export function describeCheck(summary: WorkspaceCheckSummary, folders: number): string {
  if (folders === 0) return 'Seed Annotator: open a folder to check the seed articles in it.';
  const unreadable = summary.unreadable ? `, ${plural(summary.unreadable, 'unreadable path')}` : '';
  const counts = `${describeProblemCounts({ ...summary, notes: 0 })}${unreadable}`;
  if (summary.cancelled) {
    return `Seed Annotator: Check All Articles was cancelled after ${summary.files} of ${plural(summary.total ?? summary.files, 'article')}; in those: ${counts}.`;
  }
  return `Seed Annotator checked ${plural(summary.files, 'article')}: ${counts}.`;
}
