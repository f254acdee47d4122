// URIs and file paths: the one place that converts between them. LSP speaks URIs; the store, the
// knowledge bases and the file system speak paths.

import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The file path of a `file:` URI; undefined for other schemes (untitled documents) and malformed URIs. */
export function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? path.normalize(fileURLToPath(uri)) : undefined;
  } catch {
    return undefined;
  }
}

/** The `file:` URI of a path; a string that already is a URI is returned as it is. */
export function fileUri(file: string): string {
  // Most article paths need no escaping: `file://` and the path is what pathToFileURL gives, without its
  // cost (a few microseconds, for each of 10k articles indexed).
  if (PLAIN_POSIX_PATH.test(file)) return `file://${file}`;
  return /^[a-z][a-z0-9+.-]*:/i.test(file) && !/^[a-z]:[\\/]/i.test(file) ? file : pathToFileURL(file).toString();
}

/** An absolute POSIX path of characters a file URI writes as they are, with no `.` or `..` part to resolve. */
const PLAIN_POSIX_PATH = path.sep === '/' ? /^(?:\/(?!\.\.?(?:\/|$))[A-Za-z0-9._-]+)+$/ : /^(?!)/;

/** Whether `file` lies strictly inside `folder`. */
export function isInside(file: string, folder: string): boolean {
  // The common case without path.relative, which resolves both paths (this runs several times for each
  // article indexed): the folder, a separator, then more, with no `.` or `..` part anywhere.
  if (
    file.length > folder.length + 1 &&
    file.startsWith(folder) &&
    isSeparator(file.charCodeAt(folder.length)) &&
    !DOT_PART.test(file) &&
    !DOT_PART.test(folder)
  ) {
    return true;
  }
  const rel = path.relative(folder, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

const DOT_PART = /(?:^|[\\/])\.\.?(?:[\\/]|$)/;
const isSeparator = (code: number) => code === 0x2f || (path.sep === '\\' && code === 0x5c);

/** The workspace folder holding `file`, if any (the innermost, when folders nest). */
export function folderOf(file: string, folders: readonly string[]): string | undefined {
  let found: string | undefined;
  for (const folder of folders) if (isInside(file, folder) && (!found || folder.length > found.length)) found = folder;
  return found;
}
