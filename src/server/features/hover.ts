// Hover on an entity mention: the core's card for it, with how many articles of the workspace
// mention it when the workspace index is complete; on a date, its value and its distance to publication;
// elsewhere in a meeting's sentence, the meeting.

import * as path from 'node:path';
import { type Hover, MarkupKind, type Position } from 'vscode-languageserver';
import { describeDate, describeMention, type MentionContext, parseIsoDate } from '../../core';
import type { MeetingIndex } from '../workspace/meetingIndex';
import type { MentionIndex } from '../workspace/mentionIndex';
import type { WorkspaceStore } from '../workspace/workspaceStore';
import { dateAt, mentionUnder, openArticle } from './articleAt';
import { meetingHover } from './meetings';

/** How long a hover waits for the workspace index before it goes without article counts (a large workspace). */
export const HOVER_INDEX_WAIT_MS = 300;
/** …and in a small workspace, which the server indexes within a second of starting (5 articles: ~0.7 s, mostly starting workers). */
export const SMALL_WORKSPACE_INDEX_WAIT_MS = 1000;
/** Below this many articles a workspace counts as small. */
const SMALL_WORKSPACE_ARTICLES = 1000;

/**
 * Waits for the workspace index as long as a hover may: in a small workspace until it is done (a hover
 * right after start-up would otherwise miss the counts and links by a few hundred milliseconds), in a
 * large one still indexing only a moment, so it never holds a hover up.
 */
export async function indexedForHover(store: WorkspaceStore): Promise<void> {
  if (store.isIndexed) return;
  const small = store.indexProgress.total < SMALL_WORKSPACE_ARTICLES;
  await Promise.race([store.indexed(), delay(small ? SMALL_WORKSPACE_INDEX_WAIT_MS : HOVER_INDEX_WAIT_MS)]);
}

export async function getHover(
  store: WorkspaceStore,
  mentions: MentionIndex,
  meetings: MeetingIndex,
  uri: string,
  position: Position,
): Promise<Hover | null> {
  const found = await mentionUnder(store, uri, position);
  if (!found) return (await dateHover(store, uri, position)) ?? meetingHover(store, meetings, uri, position);
  const { article, mention } = found;
  if (mention.entity) await indexedForHover(store);
  const articleDate = article.analysis.header ? parseIsoDate(article.analysis.header.date) : undefined;
  const mentioning = mention.entity && store.isIndexed ? mentions.articlesMentioning(mention.entity.id) : undefined;
  const context: MentionContext = {
    ...(articleDate ? { articleDate } : {}),
    ...(mentioning
      ? {
          articles: {
            count: mentioning.count,
            examples: mentioning.examples.map((a) => ({ label: path.basename(a.file), target: `${a.uri}#L${a.first.start.line + 1}` })),
          },
        }
      : {}),
  };
  return { contents: { kind: MarkupKind.Markdown, value: describeMention(mention, context) }, range: mention.range };
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Hover on a date expression: its value at its precision and how it stands to publication. */
async function dateHover(store: WorkspaceStore, uri: string, position: Position): Promise<Hover | null> {
  const article = await openArticle(store, uri);
  const date = article && dateAt(article.analysis.dates, position);
  if (!article || !date) return null;
  return { contents: { kind: MarkupKind.Markdown, value: describeDate(date, article.analysis.referenceDate) }, range: date.range };
}
