// Which files are seed articles. Two questions with two answers:
// - in a folder that is checked (the CLI's PATHs, the editor's workspace folders), every `*.txt` and
//   `*.seed` file is an article: a scraped file with no header is exactly what a check must catch;
// - for an editor deciding a document's language, the rules of the language contribution in
//   package.json (a test keeps the two in step): `*.seed`, `*.txt` under a `seeds/` folder, or a first
//   line that starts like a date header.

/**
 * package.json's `firstLine`: canonical headers and the near misses the checker reads and explains
 * (no leading space, indented, `Date:`, `DATE`). A date must follow, so prose (`Dated …`) is no match.
 * VS Code consults `firstLine` only for files whose name no language claims (not `*.txt`, which is
 * Plain Text); the client switches such Plain Text documents to seed when it is running.
 */
export const HEADER_FIRST_LINE = /^\ufeff?[ \t]*[Dd](?:ate|ATE)(?:[ \t]*:[ \t]*|[ \t]+)\d/;

export function isSeedExtension(path: string): boolean {
  return /\.seed$/i.test(path);
}

/** True for paths that are seed articles whatever their content. */
export function isSeedArticlePath(path: string): boolean {
  const normalized = path.replace(/\\/g, '/');
  return isSeedExtension(normalized) || /(^|\/)seeds\/(.+\/)?[^/]+\.txt$/i.test(normalized);
}

/** True for a text file that starts like a seed article wherever it is. */
export function looksLikeSeedArticle(firstLineText: string): boolean {
  return HEADER_FIRST_LINE.test(firstLineText);
}

/** Whether a file found in a checked folder is an article (the CLI, Check All Articles and the workspace index agree). */
export function isArticleFileName(path: string): boolean {
  return /\.(txt|seed)$/i.test(path);
}
