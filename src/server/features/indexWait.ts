// How long a request about an article waits for the workspace index before it answers without what the
// index adds (article counts, "also reported in" links). Shared by the hover and the meeting features.

import type { WorkspaceStore } from '../workspace/workspaceStore';

/** How long a hover waits for the index of a large workspace still being built. */
export const HOVER_INDEX_WAIT_MS = 300;
/** …and of a small one, which the server indexes within a second of starting (5 articles: ~0.7 s, mostly starting workers). */
export const SMALL_WORKSPACE_INDEX_WAIT_MS = 1000;
/** Below this many articles a workspace counts as small. */
const SMALL_WORKSPACE_ARTICLES = 1000;

/**
 * Waits for the workspace index as long as a hover may: in a small workspace until it is done (a hover
 * right after start-up would otherwise miss the counts and links by a few hundred milliseconds), in a
 * large one still indexing only a moment, so it never holds a hover up.
 */
export async function indexedForHover(store: Pick<WorkspaceStore, 'isIndexed' | 'indexProgress' | 'indexed'>): Promise<void> {
  if (store.isIndexed) return;
  const small = store.indexProgress.total < SMALL_WORKSPACE_ARTICLES;
  await Promise.race([store.indexed(), delay(small ? SMALL_WORKSPACE_INDEX_WAIT_MS : HOVER_INDEX_WAIT_MS)]);
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
