// A file's stamp: what tells, without reading it, that a file is the one read before. Like git's index
// (and make's, ccache's direct mode): size, modification and change times, inode. A write changes the
// change time whatever a tool does to the modification time (`touch -d`, `cp -p`, rsync), and a file
// replaced by a rename has another inode.

import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';

export interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  readonly ino: number;
}

export function stampOf(stat: Stats): FileStamp {
  return { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino };
}

export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}

/**
 * Coarse file systems keep times to the second or two (FAT: 2 s); a file read within that long of its
 * last change could change again with the same stamp.
 */
export const RACY_MS = 2000;

/**
 * Whether a stamp taken at `readAt` (ms since the epoch) cannot vouch for the text read then: the
 * file changed too shortly before (git's "racy" entries), so a later change could leave it the same.
 */
export function isRacy(stamp: FileStamp, readAt: number): boolean {
  return readAt - Math.max(stamp.mtimeMs, stamp.ctimeMs) < RACY_MS;
}

/**
 * The stamp kept for a text read too soon after its file changed (`isRacy`): it matches no file, so the
 * next session reads and hashes the file rather than trusting it.
 */
export const UNVOUCHED: FileStamp = Object.freeze({ size: -1, mtimeMs: 0, ctimeMs: 0, ino: 0 });

/**
 * What a file's text was, in 24 characters: the index snapshot keeps it, so a file whose stamp changed
 * but whose text did not (a checkout, `touch`, a copy back) is read and hashed, not analysed again.
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('base64').slice(0, 24);
}
