// Which articles report which real meeting (by meeting id): for "also reported in" on hover, the
// CodeLens count and workspace symbols. A projection of the store's events, like the mention index.

import { type Meeting, meetingIdentity } from '../../core';
import type { Article, WorkspaceStore } from './workspaceStore';

export interface MeetingReport {
  readonly id: string;
  readonly uri: string;
  readonly file: string | undefined;
  readonly meeting: Meeting;
}

export class MeetingIndex {
  /** Reports by article key. */
  private readonly byArticle = new Map<string, readonly MeetingReport[]>();
  /** Article keys by meeting id, for counts without walking every article. */
  private readonly byId = new Map<string, Set<string>>();

  constructor(store: WorkspaceStore) {
    store.onDidChange((change) => {
      if (change.kind === 'analysed') this.set(change.key, reportsIn(change.article));
      else if (change.kind === 'removed') this.set(change.key, []);
    });
  }

  /** The reports of a meeting in every article, in file order. */
  reportsOf(id: string): MeetingReport[] {
    const keys = [...(this.byId.get(id) ?? [])].sort();
    return keys.flatMap((key) => (this.byArticle.get(key) ?? []).filter((r) => r.id === id));
  }

  /** Every report in the workspace. */
  *all(): Iterable<MeetingReport> {
    for (const reports of this.byArticle.values()) yield* reports;
  }

  private set(key: string, reports: readonly MeetingReport[]): void {
    for (const old of this.byArticle.get(key) ?? []) this.byId.get(old.id)?.delete(key);
    if (reports.length) this.byArticle.set(key, reports);
    else this.byArticle.delete(key);
    for (const report of reports) {
      let keys = this.byId.get(report.id);
      if (!keys) this.byId.set(report.id, (keys = new Set()));
      keys.add(key);
    }
  }
}

export function reportsIn(article: Article): MeetingReport[] {
  return article.analysis.meetings.map((meeting) => ({
    id: meetingIdentity(meeting, article.analysis.referenceDate).id,
    uri: article.uri,
    file: article.file,
    meeting,
  }));
}
