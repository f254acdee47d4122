// Hover on an entity mention: the core's card for it, with how many articles of the workspace
// mention it when the workspace index is complete.

import * as path from 'node:path';
import { type Hover, MarkupKind, type Position } from 'vscode-languageserver';
import { describeMention, type MentionContext, parseIsoDate } from '../../core';
import type { MentionIndex } from '../workspace/mentionIndex';
import type { WorkspaceStore } from '../workspace/workspaceStore';
import { mentionUnder } from './articleAt';

/** How long a hover waits for the workspace index before it goes without article counts. */
export const HOVER_INDEX_WAIT_MS = 300;

export async function getHover(store: WorkspaceStore, mentions: MentionIndex, uri: string, position: Position): Promise<Hover | null> {
  const found = await mentionUnder(store, uri, position);
  if (!found) return null;
  const { article, mention } = found;
  // A small workspace is indexed well within the wait; a large one still indexing never holds a hover up.
  if (mention.entity && !store.isIndexed) await Promise.race([store.indexed(), delay(HOVER_INDEX_WAIT_MS)]);
  const articleDate = article.analysis.header ? parseIsoDate(article.analysis.header.date) : undefined;
  const mentioning = mention.entity && store.isIndexed ? mentions.articlesMentioning(mention.entity.id) : undefined;
  const context: MentionContext = {
    ...(articleDate ? { articleDate } : {}),
    ...(mentioning
      ? {
          articles: {
            count: mentioning.length,
            examples: mentioning.slice(0, 3).map((a) => ({ label: path.basename(a.file), target: `${a.uri}#L${a.first.start.line + 1}` })),
          },
        }
      : {}),
  };
  return { contents: { kind: MarkupKind.Markdown, value: describeMention(mention, context) }, range: mention.range };
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
