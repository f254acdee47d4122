// Find references: every mention of a known entity in the workspace's articles, open or not.

import type { Location, Position } from 'vscode-languageserver';
import type { MentionIndex } from '../workspace/mentionIndex';
import type { WorkspaceStore } from '../workspace/workspaceStore';
import { mentionUnder } from './articleAt';
import { definitionOf } from './definition';

export async function getReferences(
  store: WorkspaceStore,
  mentions: MentionIndex,
  uri: string,
  position: Position,
  includeDeclaration: boolean,
): Promise<Location[] | null> {
  const entity = (await mentionUnder(store, uri, position))?.mention.entity;
  if (!entity) return null;
  await store.indexed();
  const found = mentions.mentionsOf(entity.id).map((m) => ({ uri: m.uri, range: m.range }));
  return includeDeclaration ? [definitionOf(entity), ...found] : found;
}
