// Walks folders for candidate files, for the CLI and the server's workspace check.
// Node-only (file system); the decisions about what to keep are the caller's.

import { type FileStamp, stampOf } from './fileStamp';
import { type Dirent, promises as fs, readFileSync, type Stats, statSync } from 'node:fs';
import * as path from 'node:path';

/** Folders never worth descending into: dependencies, VCS data, build output. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);

export interface WalkProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * Every file below `root` (sorted, depth first) whose path relative to `root` passes `accept`.
 * Symbolic links to folders are not followed, so a link cycle cannot hang the walk.
 */
export async function findFiles(
  root: string,
  accept: (relativePath: string) => boolean,
  onProblem: (problem: WalkProblem) => void,
): Promise<string[]> {
  const found: string[] = [];
  // `relative`: the folder's path relative to root, `/`-separated, built as the walk goes down (not
  // path.relative for each file: it resolves both paths, a tenth of the server's restart on 10k files).
  async function visit(folder: string, relative: string): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await fs.readdir(folder, { withFileTypes: true });
    } catch (error) {
      onProblem({ path: folder, message: describeFsError(error) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      const rel = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) await visit(full, rel);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && accept(rel)) {
        found.push(full);
      }
    }
  }
  await visit(root, '');
  return found;
}

/** A one-line reason for a failed file-system call, without a stack trace. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ENOTDIR':
      return 'not a folder';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/**
 * The most a file read as text may hold. Articles and knowledge bases are kilobytes; a bigger file is a
 * mistake (a dump, a video), and reading it whole would take the memory and the time of everything else.
 */
export const MAX_TEXT_FILE_BYTES = 64 * 1024 * 1024;

/** A file that is not a regular one (a device such as /dev/zero, a FIFO, a socket) or is too big to read as text. */
export class UnreadableFileError extends Error {
  constructor(
    readonly code: 'ENOTREGULAR' | 'ETOOBIG',
    message: string,
  ) {
    super(message);
  }
}

function checkReadable(stat: Stats, maxBytes: number): void {
  // stat follows links, so a link to /dev/zero or to a FIFO is refused too; stat never blocks on a FIFO.
  if (stat.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
  if (!stat.isFile()) {
    const what = stat.isFIFO()
      ? 'a FIFO'
      : stat.isCharacterDevice() || stat.isBlockDevice()
        ? 'a device'
        : stat.isSocket()
          ? 'a socket'
          : 'not a file';
    throw new UnreadableFileError('ENOTREGULAR', `not a regular file (${what}): skipped`);
  }
  if (stat.size > maxBytes) {
    throw new UnreadableFileError(
      'ETOOBIG',
      `${(stat.size / 1e6).toFixed(1)} MB, more than the ${(maxBytes / 1e6).toFixed(0)} MB read as text: skipped`,
    );
  }
}

/**
 * Text from bytes as editors read them: UTF-8 without its BOM (which editors hide, so positions match theirs),
 * or UTF-16 (little or big endian) where a BOM says so — Windows tools save articles that way.
 */
export function decodeText(bytes: Buffer): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    // Big endian: swap each pair of bytes (an odd last byte is dropped, as a decoder would).
    const body = bytes.subarray(2, bytes.length - ((bytes.length - 2) % 2));
    const units = new Uint16Array(body.length / 2);
    for (let i = 0; i < units.length; i++) units[i] = (body[2 * i] << 8) | body[2 * i + 1];
    let text = '';
    for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.subarray(i, i + 8192));
    return text;
  }
  const text = bytes.toString('utf8');
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** Reads a text file (see `decodeText`); refuses what is not a regular file, or is too big. */
export async function readText(file: string, maxBytes = MAX_TEXT_FILE_BYTES): Promise<string> {
  checkReadable(await fs.stat(file), maxBytes);
  return decodeText(await fs.readFile(file));
}

/** `readText` for callers with nothing else to do meanwhile (the CLI): much faster on many small files. */
export function readTextSync(file: string, maxBytes = MAX_TEXT_FILE_BYTES): string {
  return readStampedTextSync(file, maxBytes).text;
}

/**
 * `readTextSync`, with the file's stamp as it was before the read (see fileStamp.ts): the text is at
 * least as new as the stamp, so a file changed since has another stamp.
 */
export function readStampedTextSync(file: string, maxBytes = MAX_TEXT_FILE_BYTES): { text: string; stamp: FileStamp } {
  const stat = statSync(file);
  checkReadable(stat, maxBytes);
  const stamp = stampOf(stat);
  return { text: decodeText(readFileSync(file)), stamp };
}
