// Which files are seed articles. The same rules as the language contribution in package.json
// (a test keeps the two in step): `*.seed`, `*.txt` under a `seeds/` folder, or a first line
// that starts like a date header.

/** package.json's `firstLine`: canonical headers and the near-misses the checker explains. */
export const HEADER_FIRST_LINE = /^\ufeff?\s?date\s+\d/;

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
