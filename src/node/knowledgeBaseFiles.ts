// Which knowledge base files apply to an article, and the compiled knowledge base they make.
// Shared by the CLI and the language server; node-only (file system), the rules are in the core.

import * as path from 'node:path';
import { existsSync } from 'node:fs';
import { knowledgeBaseFingerprint } from './analysisCache';
import type { CompiledKnowledgeBaseStore } from './knowledgeBaseCache';
import { describeFsError } from './findFiles';
import {
  buildEntityIndex,
  combineKnowledgeBases,
  type EntityIndex,
  type KnowledgeBase,
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
  /** Compiled KBs kept between runs (knowledgeBaseCache.ts); none: every run parses. */
  readonly cache?: CompiledKnowledgeBaseStore;
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

/** A KB file's text to compile (or why it could not be read), with its last valid text where one is kept. */
export interface KnowledgeBaseSourceText {
  readonly path: string;
  readonly text?: string;
  readonly error?: string;
  /** The last version of the file that parsed: what counts while the current text does not. */
  readonly lastGoodText?: string;
}

/**
 * A knowledge base compiled from its files' texts, without the recognition index: plain data, so a
 * worker thread can compile it (knowledgeBaseCompiler.ts) while the server answers from the previous one.
 */
export interface CompiledKnowledgeBase extends Omit<KnowledgeBaseInForce, 'index'> {
  readonly knowledgeBase: KnowledgeBase;
  /** The files whose current text parsed: their last valid version from now on. */
  readonly valid: readonly string[];
}

/** A KB file as parsed, and the text the entities in force come from (its last valid version, maybe). */
interface ParsedFile {
  /** The file's current text. */
  readonly text: string;
  readonly parsed: ParsedKnowledgeBase;
  readonly compiledText: string;
  readonly valid: boolean;
}

/** Parses one KB file; while it does not parse as YAML, its last valid text (if given) stands in. */
function parseFile(file: string, text: string, lastGoodText?: string, lastGood?: ParsedKnowledgeBase): ParsedFile {
  const parsed = parseKnowledgeBase(text, file);
  const valid = !parsed.problems.some((p) => p.code === 'kb-syntax-error');
  if (valid || lastGoodText === undefined) return { text, parsed, compiledText: text, valid };
  const good = lastGood ?? parseKnowledgeBase(lastGoodText, file);
  const problems = parsed.problems.map((p) =>
    p.code === 'kb-syntax-error'
      ? { ...p, message: `${p.message} Until this is fixed, articles use the last version of this file that was valid.` }
      : p,
  );
  return { text, parsed: { ...good, problems }, compiledText: lastGoodText, valid };
}

/** Combines parsed files (in order) into the KB in force, without its recognition index. */
function combineFiles(files: readonly string[], entries: readonly (ParsedFile | { error: string })[]): CompiledKnowledgeBase {
  const unreadable = new Map<string, string>();
  const parsed: ParsedKnowledgeBase[] = [];
  const compiledTexts: { path: string; text: string }[] = [];
  const valid: string[] = [];
  entries.forEach((entry, i) => {
    const file = files[i]!;
    if ('error' in entry) unreadable.set(file, entry.error);
    else {
      parsed.push(entry.parsed);
      compiledTexts.push({ path: file, text: entry.compiledText });
      if (entry.valid) valid.push(file);
    }
  });
  const { knowledgeBase, problems } = combineKnowledgeBases(parsed);
  return { files, knowledgeBase, problems, unreadable, fingerprint: knowledgeBaseFingerprint(compiledTexts), valid };
}

/** Compiles a KB from its files' texts, as `KnowledgeBaseFiles` does: for a worker thread to run. */
export function compileKnowledgeBaseTexts(sources: readonly KnowledgeBaseSourceText[]): CompiledKnowledgeBase {
  return combineFiles(
    sources.map((s) => s.path),
    sources.map((s) => (s.text === undefined ? { error: s.error ?? 'cannot be read' } : parseFile(s.path, s.text, s.lastGoodText))),
  );
}

/**
 * Finds and compiles knowledge bases, caching both the nearest-file lookups and the compiled
 * result per set of files, so checking 20,000 articles in one folder compiles the KB once.
 */
export class KnowledgeBaseFiles {
  private readonly nearestByFolder = new Map<string, string | undefined>();
  private readonly compiled = new Map<string, KnowledgeBaseInForce>();
  private readonly parsed = new Map<string, ParsedFile | { error: string }>();
  private readonly lastGood = new Map<string, { text: string; parsed?: ParsedKnowledgeBase }>();

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
      const { cache } = this.options;
      if (cache) {
        // Compiled from the texts read once, so that what is kept is keyed by exactly what was compiled.
        const sources = this.sourcesFor(files);
        const kept = cache.get(sources);
        if (kept) return this.install(sources, kept);
        const compiled = compileKnowledgeBaseTexts(sources);
        cache.put(sources, compiled);
        return this.install(sources, compiled);
      }
      result = withIndex(
        combineFiles(
          files,
          files.map((f) => this.parse(f)),
        ),
      );
      this.compiled.set(key, result);
    }
    return result;
  }

  /** Whether the KB of a set of files is compiled (`forFiles` would answer at once). */
  isCompiled(files: readonly string[]): boolean {
    return this.compiled.has(files.join('\0'));
  }

  /** The sets of files compiled so far that include `file`: what a change to it makes stale. */
  compiledWith(file: string): (readonly string[])[] {
    const resolved = path.resolve(file);
    return [...this.compiled.values()].filter((kb) => kb.files.includes(resolved)).map((kb) => kb.files);
  }

  /** The current texts of a set of KB files, to compile elsewhere (`compileKnowledgeBaseTexts`). */
  sourcesFor(files: readonly string[]): KnowledgeBaseSourceText[] {
    return files.map((file) => {
      const lastGoodText = this.options.keepLastGood ? this.lastGood.get(file)?.text : undefined;
      try {
        return { path: file, text: this.options.readText(file), lastGoodText };
      } catch (error) {
        return { path: file, error: describeFsError(error) };
      }
    });
  }

  /** Puts in force a KB compiled elsewhere from `sources` (texts `sourcesFor` gave). */
  install(sources: readonly KnowledgeBaseSourceText[], compiled: CompiledKnowledgeBase): KnowledgeBaseInForce {
    for (const source of sources) {
      const entry = this.parsed.get(source.path);
      if (entry && (!('text' in entry) || entry.text !== source.text)) this.parsed.delete(source.path);
      if (source.text !== undefined && compiled.valid.includes(source.path)) this.lastGood.set(source.path, { text: source.text });
    }
    const result = withIndex(compiled);
    this.compiled.set(compiled.files.join('\0'), result);
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
        const good = this.options.keepLastGood ? this.lastGood.get(file) : undefined;
        const parsed = parseFile(file, text, good?.text, good?.parsed);
        if (parsed.valid) this.lastGood.set(file, { text, parsed: parsed.parsed });
        entry = parsed;
      } catch (error) {
        entry = { error: describeFsError(error) };
      }
      this.parsed.set(file, entry);
    }
    return entry;
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

function withIndex({ valid: _valid, knowledgeBase, ...rest }: CompiledKnowledgeBase): KnowledgeBaseInForce {
  return { ...rest, index: buildEntityIndex(knowledgeBase) };
}
