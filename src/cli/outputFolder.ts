// The folder `export` writes to, and the promise that nothing outside it is written. A file is written
// under a temporary name and renamed over its target, so a symbolic or hard link already standing there
// is replaced, never written through; a subfolder that leads out of the folder (a link) is refused, and
// so is replacing an article being exported (`--out` the articles' own folder).

import { closeSync, existsSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import * as path from 'node:path';
import { describeFsError } from '../node/findFiles';

/** A file cannot be written where asked: reported as bad usage, and the export stops. */
export class ExportError extends Error {}

/** A file being written piece by piece; it takes its name on `commit`. */
export interface OutputStream {
  write(text: string): void;
  commit(): void;
  abort(): void;
}

export class OutputFolder {
  private constructor(
    /** The folder's real path (links resolved), which every target must be inside. */
    private readonly root: string,
    /** The articles read, by path and by real path. */
    private readonly inputs: ReadonlySet<string>,
  ) {}

  /** Creates `dir` if missing; `inputs` are the articles, never to be replaced. */
  static open(dir: string, inputs: readonly string[]): OutputFolder {
    try {
      if (existsSync(dir) && !statSync(dir).isDirectory()) throw new ExportError(`--out ${dir}: not a folder`);
      mkdirSync(dir, { recursive: true });
      const keep = new Set<string>();
      for (const file of inputs) {
        keep.add(path.resolve(file));
        if (existsSync(file)) keep.add(realpathSync(file));
      }
      return new OutputFolder(realpathSync(dir), keep);
    } catch (error) {
      throw error instanceof ExportError ? error : new ExportError(`--out ${dir}: ${describeFsError(error)}`);
    }
  }

  /** Whether writing `relative` would replace an article being exported: checked for every file before the first is written. */
  replacesInput(relative: string): string | undefined {
    const target = path.resolve(this.root, ...relative.split('/'));
    return this.inputs.has(target) ? target : undefined;
  }

  writeFile(relative: string, content: string): void {
    const stream = this.create(relative);
    try {
      stream.write(content);
    } catch (error) {
      stream.abort();
      throw error;
    }
    stream.commit();
  }

  create(relative: string): OutputStream {
    const target = this.target(relative);
    const temporary = `${target}.${process.pid}.partial`;
    let fd: number | undefined;
    const fail = (error: unknown): never => {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
      rmSync(temporary, { force: true });
      throw new ExportError(`${target}: ${describeFsError(error)}`);
    };
    try {
      fd = openSync(temporary, 'wx'); // never an existing file: a link planted there is not followed
    } catch (error) {
      fail(error);
    }
    return {
      write: (text) => {
        try {
          writeSync(fd!, text);
        } catch (error) {
          fail(error);
        }
      },
      commit: () => {
        try {
          closeSync(fd!);
          fd = undefined;
          renameSync(temporary, target);
        } catch (error) {
          fail(error);
        }
      },
      abort: () => {
        if (fd !== undefined) closeSync(fd);
        fd = undefined;
        rmSync(temporary, { force: true });
      },
    };
  }

  /** The real path to write `relative` ('/'-separated, made by the export) to, its folders created inside the root. */
  private target(relative: string): string {
    const wanted = path.resolve(this.root, ...relative.split('/'));
    if (wanted === this.root || !this.inside(wanted)) throw new ExportError(`${relative}: not inside the output folder`);
    const folder = path.dirname(wanted);
    // The deepest folder that exists must really be inside (not a link out) before any is created below it.
    let existing = folder;
    while (!existsSync(existing)) existing = path.dirname(existing);
    if (!this.inside(realpathSync(existing))) throw new ExportError(`${existing}: leads out of the output folder`);
    try {
      mkdirSync(folder, { recursive: true });
    } catch (error) {
      throw new ExportError(`${folder}: ${describeFsError(error)}`);
    }
    const target = path.join(realpathSync(folder), path.basename(wanted));
    if (this.inputs.has(target) || this.inputs.has(wanted)) throw new ExportError(`${target}: is an article being exported`);
    return target;
  }

  private inside(file: string): boolean {
    const root = this.root.endsWith(path.sep) ? this.root : this.root + path.sep;
    return file === this.root || file.startsWith(root);
  }
}
