// Which articles report which real meeting (by meeting id): for "also reported in" on hover, the
// CodeLens count and workspace symbols. A projection of the store's events, like the mention index.

import { setImmediate as nextTurn } from 'node:timers/promises';
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

/** An article that reports meetings: their ids are known at once, the reports made when first asked for. */
interface Reporting {
  readonly article: Article;
  readonly ids: readonly string[];
  reports?: readonly MeetingReport[];
}

/** Articles whose meetings are read between two turns of the event loop (see `all`). */
const ARTICLES_PER_TURN = 100;

export class MeetingIndex {
  /** By article key. An article read from the index snapshot keeps its meetings unparsed until asked for. */
  private readonly byArticle = new Map<string, Reporting>();
  /** Article keys by meeting id, for counts without walking every article. */
  private readonly byId = new Map<string, Set<string>>();

  private readonly listeners = new Set<(countsChanged: boolean) => void>();

  constructor(store: WorkspaceStore) {
    store.onDidChange((change) => {
      if (change.kind === 'analysed') this.set(change.key, change.article);
      else if (change.kind === 'removed') this.set(change.key, undefined);
    });
  }

  /**
   * Called after any article's meetings changed (often: debounce before doing real work); `countsChanged`
   * when the article's meeting ids did too, so that the number of articles reporting a meeting may have.
   */
  onDidChange(listener: (countsChanged: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The reports of a meeting in every article, in file order. */
  reportsOf(id: string): MeetingReport[] {
    const keys = [...(this.byId.get(id) ?? [])].sort();
    return keys.flatMap((key) => reportsOf(this.byArticle.get(key)).filter((r) => r.id === id));
  }

  /**
   * Every report in the workspace, giving up a turn of the event loop after every 100 articles whose meetings
   * had to be read first (from the snapshot's texts): the first list of a 10k workspace's meetings held every
   * other request up for 0.4–0.5 s.
   */
  async *all(): AsyncIterable<MeetingReport> {
    let read = 0;
    for (const reporting of this.byArticle.values()) {
      if (reporting.reports === undefined && ++read % ARTICLES_PER_TURN === 0) await nextTurn();
      yield* reportsOf(reporting);
    }
  }

  private set(key: string, article: Article | undefined): void {
    const ids = article ? meetingIdsOf(article) : [];
    const before = this.byArticle.get(key);
    if (!before && ids.length === 0) return;
    for (const id of before?.ids ?? []) this.byId.get(id)?.delete(key);
    if (article && ids.length) this.byArticle.set(key, { article, ids });
    else this.byArticle.delete(key);
    for (const id of ids) {
      let keys = this.byId.get(id);
      if (!keys) this.byId.set(id, (keys = new Set()));
      keys.add(key);
    }
    const countsChanged = !sameIds(before?.ids ?? [], ids);
    for (const listener of this.listeners) listener(countsChanged);
  }
}

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

function reportsOf(reporting: Reporting | undefined): readonly MeetingReport[] {
  if (!reporting) return [];
  reporting.reports ??= reportsIn(reporting.article, reporting.ids);
  return reporting.reports;
}

/** The ids of an article's meetings: as its index record brings them, else worked out. */
function meetingIdsOf(article: Article): readonly string[] {
  return article.meetingIds ?? article.analysis.meetings.map((meeting) => meetingIdentity(meeting, article.analysis.referenceDate).id);
}

export function reportsIn(article: Article, ids = meetingIdsOf(article)): MeetingReport[] {
  return article.analysis.meetings.map((meeting, i) => ({
    id: ids[i],
    publication: article.analysis.referenceDate,
    uri: article.uri,
    file: article.file,
    meeting,
  }));
}
