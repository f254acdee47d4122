// Which knowledge base files apply to an article, and the compiled knowledge base they make.
// Shared by the CLI and the language server; node-only (file system), the rules are in the core.

import * as path from 'node:path';
import { existsSync } from 'node:fs';
import { knowledgeBaseFingerprint } from './analysisCache';
import { describeFsError } from './findFiles';
import {
  buildEntityIndex,
  combineKnowledgeBases,
  type EntityIndex,
  parseKnowledgeBase,
  type ParsedKnowledgeBase,
  type Problem,
} from '../core';

export const KNOWLEDGE_BASE_FILE_NAME = 'entities.yaml';

export interface KnowledgeBaseOptions {
  /** Files named in settings / on the command line, applied to every article after the nearest one. */
  readonly extraFiles: readonly string[];
  /** The bundled domain KB, used where no `entities.yaml` is found (undefined: never). */
  readonly bundledFile: string | undefined;
  /** Reads a KB file's text (the server passes unsaved editor text; the CLI reads from disk). */
  readonly readText: (file: string) => string;
  /** Whether a file exists (the server knows about files it has seen created or deleted). */
  readonly exists?: (file: string) => boolean;
  /** Folders above which the nearest-file search stops (workspace roots); none: the file-system root. */
  readonly stopAt?: readonly string[];
  /**
   * While a file does not parse as YAML, keep using its last version that did (the editor: a
   * half-typed edit must not make every name in every open article unknown).
   */
  readonly keepLastGood?: boolean;
}

/** A KB file as parsed, and the text the entities in force come from (its last valid version, maybe). */
interface ParsedFile {
  readonly parsed: ParsedKnowledgeBase;
  readonly compiledText: string;
}

export interface KnowledgeBaseInForce {
  /** The KB files in force, in order (nearest or bundled first, then the extra ones). */
  readonly files: readonly string[];
  readonly index: EntityIndex;
  /** Problems found in each file, by file path. */
  readonly problems: ReadonlyMap<string, readonly Problem[]>;
  /** Files that could not be read, with the reason (these are skipped). */
  readonly unreadable: ReadonlyMap<string, string>;
  /** Changes whenever the knowledge base does (the files' paths and the texts compiled): for caches. */
  readonly fingerprint: string;
}

/**
 * Finds and compiles knowledge bases, caching both the nearest-file lookups and the compiled
 * result per set of files, so checking 20,000 articles in one folder compiles the KB once.
 */
export class KnowledgeBaseFiles {
  private readonly nearestByFolder = new Map<string, string | undefined>();
  private readonly compiled = new Map<string, KnowledgeBaseInForce>();
  private readonly parsed = new Map<string, ParsedFile | { error: string }>();
  private readonly lastGood = new Map<string, { text: string; parsed: ParsedKnowledgeBase }>();

  constructor(private readonly options: KnowledgeBaseOptions) {}

  /** The nearest `entities.yaml` in the article's folder or above, if any. */
  nearestTo(articlePath: string): string | undefined {
    return this.nearestInFolder(path.dirname(path.resolve(articlePath)));
  }

  /** The files in force for an article. */
  filesFor(articlePath: string): string[] {
    const nearest = this.nearestTo(articlePath) ?? this.options.bundledFile;
    const files = nearest ? [nearest] : [];
    for (const extra of this.options.extraFiles) {
      const resolved = path.resolve(extra);
      if (!files.includes(resolved)) files.push(resolved);
    }
    return files;
  }

  forArticle(articlePath: string): KnowledgeBaseInForce {
    return this.forFiles(this.filesFor(articlePath));
  }

  forFiles(files: readonly string[]): KnowledgeBaseInForce {
    const key = files.join('\0');
    let result = this.compiled.get(key);
    if (!result) {
      const unreadable = new Map<string, string>();
      const parsed: ParsedKnowledgeBase[] = [];
      const compiledTexts: { path: string; text: string }[] = [];
      for (const file of files) {
        const entry = this.parse(file);
        if ('error' in entry) unreadable.set(file, entry.error);
        else {
          parsed.push(entry.parsed);
          compiledTexts.push({ path: file, text: entry.compiledText });
        }
      }
      const { knowledgeBase, problems } = combineKnowledgeBases(parsed);
      const fingerprint = knowledgeBaseFingerprint(compiledTexts);
      result = { files, index: buildEntityIndex(knowledgeBase), problems, unreadable, fingerprint };
      this.compiled.set(key, result);
    }
    return result;
  }

  /** Forget what is known about a file (it changed, appeared or went away). */
  invalidate(file: string): void {
    const resolved = path.resolve(file);
    this.parsed.delete(resolved);
    for (const key of [...this.compiled.keys()]) if (key.split('\0').includes(resolved)) this.compiled.delete(key);
    if (path.basename(resolved) === KNOWLEDGE_BASE_FILE_NAME) this.nearestByFolder.clear();
  }

  private parse(file: string): ParsedFile | { error: string } {
    let entry = this.parsed.get(file);
    if (!entry) {
      try {
        const text = this.options.readText(file);
        entry = this.withLastGood(text, parseKnowledgeBase(text, file));
      } catch (error) {
        entry = { error: describeFsError(error) };
      }
      this.parsed.set(file, entry);
    }
    return entry;
  }

  private withLastGood(text: string, parsed: ParsedKnowledgeBase): ParsedFile {
    const broken = parsed.problems.some((p) => p.code === 'kb-syntax-error');
    if (!broken) {
      this.lastGood.set(parsed.source, { text, parsed });
      return { parsed, compiledText: text };
    }
    const good = this.options.keepLastGood ? this.lastGood.get(parsed.source) : undefined;
    if (!good) return { parsed, compiledText: text };
    const problems = parsed.problems.map((p) =>
      p.code === 'kb-syntax-error'
        ? { ...p, message: `${p.message} Until this is fixed, articles use the last version of this file that was valid.` }
        : p,
    );
    return { parsed: { ...good.parsed, problems }, compiledText: good.text };
  }

  private nearestInFolder(folder: string): string | undefined {
    if (this.nearestByFolder.has(folder)) return this.nearestByFolder.get(folder);
    const candidate = path.join(folder, KNOWLEDGE_BASE_FILE_NAME);
    const exists = this.options.exists ?? existsSync;
    let found: string | undefined;
    if (exists(candidate)) found = candidate;
    else {
      const parent = path.dirname(folder);
      const stop = parent === folder || (this.options.stopAt ?? []).some((root) => path.resolve(root) === folder);
      found = stop ? undefined : this.nearestInFolder(parent);
    }
    this.nearestByFolder.set(folder, found);
    return found;
  }
}
