// Which articles mention which entity: for "Find references" and the hover's "mentioned in N
// articles". A projection of the workspace store: it never reads a file or analyses a text itself,
// it follows the store's change events.

import type { Range } from '../../core';
import type { Article, WorkspaceStore } from './workspaceStore';

export interface IndexedMention {
  readonly uri: string;
  readonly range: Range;
  readonly text: string;
}

export interface ArticleMentioning {
  readonly uri: string;
  readonly file: string;
  readonly count: number;
  readonly first: Range;
}

interface FileMentions {
  readonly uri: string;
  readonly byEntity: ReadonlyMap<string, readonly IndexedMention[]>;
}

export class MentionIndex {
  private readonly files = new Map<string, FileMentions>();

  constructor(store: WorkspaceStore) {
    store.onDidChange((change) => {
      if (change.kind === 'analysed') this.files.set(change.key, mentionsIn(change.article));
      else if (change.kind === 'removed') this.files.delete(change.key);
    });
  }

  mentionsOf(entityId: string): IndexedMention[] {
    return [...this.files.values()].flatMap((f) => f.byEntity.get(entityId) ?? []);
  }

  /** Articles mentioning the entity, most mentions first. */
  articlesMentioning(entityId: string): ArticleMentioning[] {
    const found: ArticleMentioning[] = [];
    for (const [file, f] of this.files) {
      const list = f.byEntity.get(entityId);
      if (list?.length) found.push({ uri: f.uri, file, count: list.length, first: list[0].range });
    }
    return found.sort((a, b) => b.count - a.count || (a.file < b.file ? -1 : 1));
  }
}

function mentionsIn(article: Article): FileMentions {
  const byEntity = new Map<string, IndexedMention[]>();
  for (const m of article.analysis.entities) {
    if (!m.entity) continue;
    let list = byEntity.get(m.entity.id);
    if (!list) byEntity.set(m.entity.id, (list = []));
    list.push({ uri: article.uri, range: m.range, text: m.text });
  }
  return { uri: article.uri, byEntity };
}
