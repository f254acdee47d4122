// Find references: every mention of a known entity in the workspace's articles, open or not.

import type { Location, Position } from 'vscode-languageserver';
import type { MentionIndex } from '../workspace/mentionIndex';
import { RequestFailure } from '../requestFailure';
import type { WorkspaceStore } from '../workspace/workspaceStore';
import type { Cancellation } from './workspaceCheck';
import { mentionUnder } from './articleAt';
import { definitionOf } from './definition';

export async function getReferences(
  store: WorkspaceStore,
  mentions: MentionIndex,
  uri: string,
  position: Position,
  includeDeclaration: boolean,
  token?: Cancellation,
): Promise<Location[] | null> {
  const entity = (await mentionUnder(store, uri, position))?.mention.entity;
  if (!entity) return null;
  // Waiting for a large workspace's index can take a while: a cancelled request stops waiting.
  await untilDoneOrCancelled(store.indexed(), token);
  if (token?.isCancellationRequested) throw new RequestFailure('cancelled', 'Find references was cancelled.');
  const found = mentions.mentionsOf(entity.id).map((m) => ({ uri: m.uri, range: m.range }));
  return includeDeclaration ? [definitionOf(entity), ...found] : found;
}

/** Waits for `work`, or until the token is cancelled (looked at every 50 ms), whichever comes first. */
function untilDoneOrCancelled(work: Promise<void>, token: Cancellation | undefined): Promise<void> {
  if (!token) return work;
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      if (!token.isCancellationRequested) return;
      clearInterval(timer);
      resolve();
    }, 50);
    void work.then(() => {
      clearInterval(timer);
      resolve();
    });
  });
}
