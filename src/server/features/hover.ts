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
import { indexedForHover } from './indexWait';
import { meetingHover } from './meetings';

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

/** Hover on a date expression: its value at its precision and how it stands to publication. */
async function dateHover(store: WorkspaceStore, uri: string, position: Position): Promise<Hover | null> {
  const article = await openArticle(store, uri);
  const date = article && dateAt(article.analysis.dates, position);
  if (!article || !date) return null;
  return { contents: { kind: MarkupKind.Markdown, value: describeDate(date, article.analysis.referenceDate) }, range: date.range };
}
