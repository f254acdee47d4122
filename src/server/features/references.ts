// Find references: every mention of a known entity in the workspace's articles, open or not.

import type { Location, Position } from 'vscode-languageserver';
import type { MentionIndex } from '../workspace/mentionIndex';
import { RequestFailure } from '../requestFailure';
import type { WorkspaceStore } from '../workspace/workspaceStore';
import type { Cancellation } from './workspaceCheck';
import { mentionUnder } from './articleAt';
import { definitionOf } from './definition';

/** How long references wait for an index still being built before they answer with what it holds. */
export const REFERENCES_INDEX_WAIT_MS = 1000;

export async function getReferences(
  store: WorkspaceStore,
  mentions: MentionIndex,
  uri: string,
  position: Position,
  includeDeclaration: boolean,
  token?: Cancellation,
  partial?: (indexed: number, total: number) => void,
): Promise<Location[] | null> {
  const entity = (await mentionUnder(store, uri, position))?.mention.entity;
  if (!entity) return null;
  // A small workspace is indexed within the wait; a large one still indexing gets what is indexed so
  // far (and is told so) rather than a spinner for the whole index. A cancelled request stops waiting.
  await untilDoneOrCancelled(store.indexed(), REFERENCES_INDEX_WAIT_MS, token);
  if (token?.isCancellationRequested) throw new RequestFailure('cancelled', 'Find references was cancelled.');
  if (!store.isIndexed) partial?.(store.indexProgress.done, store.indexProgress.total);
  const found = mentions.mentionsOf(entity.id) as readonly Location[];
  return (includeDeclaration ? withDeclaration(found, definitionOf(entity)) : found) as Location[];
}

const withDeclarations = new WeakMap<readonly Location[], { readonly key: string; readonly answer: readonly Location[] }>();

/**
 * The answer with the declaration first: the same array for as long as the mentions and the declaration are
 * the same, as the mentions alone are (the server writes a large kept answer as JSON only once).
 */
function withDeclaration(found: readonly Location[], declaration: Location): readonly Location[] {
  const key = JSON.stringify(declaration);
  let kept = withDeclarations.get(found);
  if (kept?.key !== key) {
    kept = { key, answer: [declaration, ...found] };
    withDeclarations.set(found, kept);
  }
  return kept.answer;
}

/** Waits for `work`, at most `ms`, or until the token is cancelled (looked at every 50 ms). */
function untilDoneOrCancelled(work: Promise<void>, ms: number, token: Cancellation | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearInterval(timer);
      clearTimeout(deadline);
      resolve();
    };
    const timer = setInterval(() => token?.isCancellationRequested && done(), 50);
    const deadline = setTimeout(done, ms);
    void work.then(done);
  });
}
