// The articles in a folder, for the CLI and the language server alike: one walk, one definition
// (`isArticleFileName`), so `seed-annotator check DIR` and Check All Articles see the same files.

import { isArticleFileName } from '../core';
import { findFiles, type WalkProblem } from './findFiles';

export interface ArticleFilter {
  /** Further narrows the articles by their path relative to the folder (`/`-separated): the CLI's --include/--exclude. */
  readonly accept?: (relativePath: string) => boolean;
  /** A sub-folder that cannot be read; the walk goes on without it. */
  readonly onProblem?: (problem: WalkProblem) => void;
}

/** Every article below `folder`, sorted depth first (see `findFiles` for what is never walked). */
export function findArticleFiles(folder: string, filter: ArticleFilter = {}): Promise<string[]> {
  const accept = filter.accept ?? (() => true);
  return findFiles(folder, (rel) => isArticleFileName(rel) && accept(rel), filter.onProblem ?? (() => undefined));
}
