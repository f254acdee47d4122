// Which articles mention which entity: for "Find references" and the hover's "mentioned in N
// articles". A projection of the workspace store: it never reads a file or analyses a text itself,
// it follows the store's change events.
//
// Built for 10k-article workspaces where "India" has tens of thousands of mentions: entity → article →
// where in that article's packed mentions (packedMentions.ts: ranges four numbers each in one array, no
// object per mention, no string kept; a plain array of small integers, as the index record brings it: a
// typed array per entry and article cost more in allocation and collection than it saved; parsed from the
// index snapshot only when asked for), and each entity's article count kept as articles come and go, so a
// hover never walks the workspace.

import type { Range } from '../../core';
import { packMentions, PackedMentions } from '../../node/packedMentions';
import type { Article, WorkspaceStore } from './workspaceStore';

export interface IndexedMention {
  readonly uri: string;
  readonly range: Range;
}

export interface ArticleMentioning {
  readonly uri: string;
  readonly file: string;
  readonly count: number;
  readonly first: Range;
}

/** An article that mentions KB entities. */
interface Mentioning {
  readonly uri: string;
  readonly mentions: PackedMentions;
}

export class MentionIndex {
  /** Entity id → article key → the entity's slot in that article's `mentions` (no object per pair: 150k of them for 10k articles). */
  private readonly byEntity = new Map<string, Map<string, number>>();
  /** Article key → its mentions. */
  private readonly byArticle = new Map<string, Mentioning>();

  constructor(store: WorkspaceStore) {
    store.onDidChange((change) => {
      if (change.kind === 'analysed') this.set(change.key, change.article);
      else if (change.kind === 'removed') this.remove(change.key);
    });
  }

  /**
   * Every mention of the entity in the workspace, article by article (do not change the array). The last
   * answer is kept until the index changes: asking again for "India" (36,000 mentions) would otherwise
   * make 144,000 objects each time, garbage that grew the server's heap by 300 MB over 100 requests.
   */
  mentionsOf(entityId: string): readonly IndexedMention[] {
    if (this.lastAnswer?.entityId === entityId) return this.lastAnswer.found;
    const found: IndexedMention[] = [];
    const articles = this.byEntity.get(entityId);
    // Article by article in the order of their keys (paths), each in text order: the same answer however
    // the index came to hold them (built in a session, read from a snapshot, edited since).
    for (const key of articles ? [...articles.keys()].sort() : []) {
      const slot = articles!.get(key)!;
      const { uri, mentions } = this.byArticle.get(key)!;
      const ranges = mentions.rangesAt(slot);
      for (let i = 0; i < ranges.length; i += 4) found.push({ uri, range: rangeAt(ranges, i) });
    }
    this.lastAnswer = { entityId, found };
    return found;
  }

  private lastAnswer: { readonly entityId: string; readonly found: readonly IndexedMention[] } | undefined;

  /** How many articles mention the entity, and the `top` that mention it most (then by path). */
  articlesMentioning(entityId: string, top = 3): { readonly count: number; readonly examples: ArticleMentioning[] } {
    const articles = this.byEntity.get(entityId);
    if (!articles) return { count: 0, examples: [] };
    // One pass keeping the best few: sorting every article would cost a hover milliseconds on "India".
    const best: ArticleMentioning[] = [];
    const before = (a: ArticleMentioning, b: ArticleMentioning) => b.count - a.count || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
    for (const [file, slot] of articles) {
      const { uri, mentions } = this.byArticle.get(file)!;
      const count = mentions.counts[slot];
      if (best.length === top && before(best[top - 1], { uri, file, count, first: EMPTY }) <= 0) continue;
      const candidate = { uri, file, count, first: rangeAt(mentions.rangesAt(slot), 0) };
      best.push(candidate);
      best.sort(before);
      if (best.length > top) best.pop();
    }
    return { count: articles.size, examples: best };
  }

  private set(key: string, article: Article): void {
    this.lastAnswer = undefined;
    // A closed article brings its mentions packed by entity (and its analysis has none: not even to be
    // parsed); an open one has them in its analysis.
    const mentions = article.mentions ?? PackedMentions.of(packMentions(article.analysis.entities, (m) => m.entity?.id));
    const { ids } = mentions;
    // Entries are updated where they are, not deleted and added again: a Map keeps a deleted entry in its
    // key's bucket until the whole table is rebuilt, so re-adding one article at every edit made each look-up
    // of it one entry longer per edit (the map of an entity every one of 10k articles mentions: 13 µs an
    // edit after 200 edits, 0.5 ms after thousands; updated in place, under 1 µs).
    const before = this.byArticle.get(key)?.mentions.ids;
    if (before) {
      const still = new Set(ids);
      for (const id of before) if (!still.has(id)) this.forget(id, key);
    }
    for (let slot = 0; slot < ids.length; slot++) {
      let articles = this.byEntity.get(ids[slot]);
      if (!articles) this.byEntity.set(ids[slot], (articles = new Map()));
      articles.set(key, slot);
    }
    if (ids.length > 0) this.byArticle.set(key, { uri: article.uri, mentions });
    else this.byArticle.delete(key);
  }

  private remove(key: string): void {
    this.lastAnswer = undefined;
    for (const id of this.byArticle.get(key)?.mentions.ids ?? []) this.forget(id, key);
    this.byArticle.delete(key);
  }

  /** The article no longer mentions the entity. */
  private forget(id: string, key: string): void {
    const articles = this.byEntity.get(id);
    articles?.delete(key);
    if (articles?.size === 0) this.byEntity.delete(id);
  }
}

const EMPTY: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function rangeAt(ranges: readonly number[], i: number): Range {
  return { start: { line: ranges[i], character: ranges[i + 1] }, end: { line: ranges[i + 2], character: ranges[i + 3] } };
}
