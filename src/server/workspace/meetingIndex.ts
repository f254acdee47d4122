// Which articles report which real meeting (by meeting id): for "also reported in" on hover, the
// CodeLens count and workspace symbols. A projection of the store's events, like the mention index.

import { type Meeting, meetingIdentity } from '../../core';
import type { Article, WorkspaceStore } from './workspaceStore';

export interface MeetingReport {
  readonly id: string;
  /** The article's publication date (its reference date). */
  readonly publication: string | null;
  readonly uri: string;
  readonly file: string | undefined;
  readonly meeting: Meeting;
}

export class MeetingIndex {
  /** Reports by article key. */
  private readonly byArticle = new Map<string, readonly MeetingReport[]>();
  /** Article keys by meeting id, for counts without walking every article. */
  private readonly byId = new Map<string, Set<string>>();

  private readonly listeners = new Set<() => void>();

  constructor(store: WorkspaceStore) {
    store.onDidChange((change) => {
      if (change.kind === 'analysed') this.set(change.key, reportsIn(change.article));
      else if (change.kind === 'removed') this.set(change.key, []);
    });
  }

  /** Called after any article's meetings changed (often: debounce before doing real work). */
  onDidChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
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
    const before = this.byArticle.get(key) ?? [];
    if (before.length === 0 && reports.length === 0) return;
    for (const old of before) this.byId.get(old.id)?.delete(key);
    if (reports.length) this.byArticle.set(key, reports);
    else this.byArticle.delete(key);
    for (const report of reports) {
      let keys = this.byId.get(report.id);
      if (!keys) this.byId.set(report.id, (keys = new Set()));
      keys.add(key);
    }
    for (const listener of this.listeners) listener();
  }
}

export function reportsIn(article: Article): MeetingReport[] {
  return article.analysis.meetings.map((meeting) => ({
    id: meetingIdentity(meeting, article.analysis.referenceDate).id,
    publication: article.analysis.referenceDate,
    uri: article.uri,
    file: article.file,
    meeting,
  }));
}
