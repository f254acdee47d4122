// What every article feature starts from: the article a request is about, and the mention under
// the cursor. A URI that is no article (a KB file, a closed or unknown file) answers undefined.

import type { Position, Range } from 'vscode-languageserver';
import type { ArticleAnalysis, BodyDate, EntityMention } from '../../core';
import type { Article, WorkspaceStore } from '../workspace/workspaceStore';

/** The analysis of an article open in the editor (requests come for open documents only). */
export async function openArticle(store: WorkspaceStore, uri: string): Promise<Article | undefined> {
  return store.isOpen(uri) ? store.current(uri) : undefined;
}

/** The mention under the cursor: a binary search, as mentions are in text order and never overlap. */
export function mentionAt(analysis: ArticleAnalysis, position: Position): EntityMention | undefined {
  const mentions = analysis.entities;
  let low = 0;
  let high = mentions.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const { start, end } = mentions[middle].range;
    if (start.line > position.line || (start.line === position.line && start.character > position.character)) high = middle - 1;
    else if (end.line < position.line || (end.line === position.line && end.character < position.character)) low = middle + 1;
    else return start.line === position.line ? mentions[middle] : undefined;
  }
  return undefined;
}

/** The mention under the cursor in an open article, with its article. */
export async function mentionUnder(
  store: WorkspaceStore,
  uri: string,
  position: Position,
): Promise<{ article: Article; mention: EntityMention } | undefined> {
  const article = await openArticle(store, uri);
  const mention = article && mentionAt(article.analysis, position);
  return article && mention ? { article, mention } : undefined;
}

/** Whether a position lies in a range, its end included (as for mentions: the cursor just after a word is on it). */
export function contains(range: Range, position: Position): boolean {
  const { start, end } = range;
  const afterStart = position.line > start.line || (position.line === start.line && position.character >= start.character);
  const beforeEnd = position.line < end.line || (position.line === end.line && position.character <= end.character);
  return afterStart && beforeEnd;
}

/** The date expression under the cursor. */
export function dateAt(dates: readonly BodyDate[], position: Position): BodyDate | undefined {
  return dates.find((d) => contains(d.range, position));
}
