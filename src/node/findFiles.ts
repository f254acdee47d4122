// Walks folders for candidate files, for the CLI and the server's workspace check.
// Node-only (file system); the decisions about what to keep are the caller's.

import { type Dirent, promises as fs, readFileSync } from 'node:fs';
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
  async function visit(folder: string): Promise<void> {
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
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) await visit(full);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && accept(path.relative(root, full).split(path.sep).join('/'))) {
        found.push(full);
      }
    }
  }
  await visit(root);
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

const withoutBom = (text: string) => (text.startsWith('\uFEFF') ? text.slice(1) : text);

/** Reads a file as UTF-8 text without the BOM that editors hide, so positions match theirs. */
export async function readText(file: string): Promise<string> {
  return withoutBom(await fs.readFile(file, 'utf8'));
}

/** `readText` for callers with nothing else to do meanwhile (the CLI): much faster on many small files. */
export function readTextSync(file: string): string {
  return withoutBom(readFileSync(file, 'utf8'));
}
