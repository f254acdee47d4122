// The knowledge bases in force for each open article, as the editor sees them: unsaved edits to an
// open entities.yaml count, paths in settings are relative to the workspace folder, and a change
// to any KB file is noticed so articles can be re-checked without a restart.

import * as path from 'node:path';
import type { CompileKnowledgeBase } from '../../node/knowledgeBaseCompiler';
import { KnowledgeBaseCache } from '../../node/knowledgeBaseCache';
import {
  type CompiledKnowledgeBase,
  compileKnowledgeBaseTexts,
  KnowledgeBaseFiles,
  type KnowledgeBaseInForce,
  type KnowledgeBaseSourceText,
} from '../../node/knowledgeBaseFiles';
import type { SeedAnnotatorSettings } from '../../shared/protocol';
import { isInside } from '../uris';

/** Where KB files come from: the editor's open documents first, then the disk. */
export interface KnowledgeBaseSource {
  /** A KB file's text (unsaved editor text when open); throws when it cannot be read. */
  readonly readText: (file: string) => string;
  readonly exists: (file: string) => boolean;
  /** The bundled domain KB (used where no entities.yaml is found, unless turned off). */
  readonly bundledFile: string;
  readonly workspaceFolders: () => readonly string[];
  /** Compiles an edited large KB away from the server's thread (none: every KB is compiled when next used). */
  readonly compileOffThread?: CompileKnowledgeBase;
  /** Where compiled KBs are kept between sessions (known once the client has initialized; none: not kept). */
  readonly cacheFolder?: () => string | undefined;
}

/** KBs whose files hold this many characters are recompiled off the thread when edited (the bundled one: 100k). */
export const OFF_THREAD_KNOWLEDGE_BASE_LENGTH = 256 * 1024;

export class KnowledgeBases {
  private readonly loaders = new Map<string, KnowledgeBaseFiles>();
  private readonly configured = new Set<string>();
  /** Incremented on every KB change: analyses made under an older generation are stale. */
  generation = 0;

  readonly bundledFile: string;

  constructor(private readonly files: KnowledgeBaseSource) {
    this.bundledFile = files.bundledFile;
  }

  private workspaceFolders(): readonly string[] {
    return this.files.workspaceFolders();
  }

  /** The KB for an article (`file` undefined: an untitled document, which gets the fallback KB). */
  forArticle(file: string | undefined, settings: SeedAnnotatorSettings): KnowledgeBaseInForce {
    const loader = this.loaderFor(file, settings);
    return loader.forFiles(this.filesForArticle(loader, file, settings));
  }

  /**
   * `forArticle` for the analyses: a KB not compiled yet is first read back from the cache folder, or
   * compiled, a large one on a worker thread (the first analyses wait for it; requests meanwhile do not).
   */
  async readyForArticle(file: string | undefined, settings: SeedAnnotatorSettings): Promise<KnowledgeBaseInForce> {
    const loader = this.loaderFor(file, settings);
    const files = this.filesForArticle(loader, file, settings);
    await this.prepare(loader, files);
    return loader.forFiles(files);
  }

  /** `forKnowledgeBaseFile`, once ready, as `readyForArticle`. */
  async readyForKnowledgeBaseFile(file: string, settings: SeedAnnotatorSettings): Promise<KnowledgeBaseInForce> {
    const loader = this.loaderFor(file, settings);
    const files = this.filesForKnowledgeBaseFile(file, settings);
    await this.prepare(loader, files);
    return loader.forFiles(files);
  }

  private filesForArticle(loader: KnowledgeBaseFiles, file: string | undefined, settings: SeedAnnotatorSettings): string[] {
    if (file) return loader.filesFor(file);
    return [...(settings.useBundledKnowledgeBase ? [this.bundledFile] : []), ...this.extraFiles(undefined, settings)];
  }

  private filesForKnowledgeBaseFile(file: string, settings: SeedAnnotatorSettings): string[] {
    const extras = this.extraFiles(file, settings).filter((f) => f !== path.resolve(file));
    return [path.resolve(file), ...extras];
  }

  private prepare(loader: KnowledgeBaseFiles, files: readonly string[]): Promise<void> | undefined {
    const compile = this.files.compileOffThread;
    if (!compile || loader.isCompiled(files)) return undefined;
    const running = this.recompiling.get(loader)?.get(files.join('\0'));
    if (running) return running.then(() => undefined);
    // The first compile of a session: kept between sessions, so a restart reads it back instead of
    // parsing (0.25 s for the bundled KB, seconds for a large one). Edits are not kept (one per pause).
    const sources = loader.sourcesFor(files);
    const cache = this.cache();
    const kept = cache?.get(sources);
    if (kept) {
      loader.install(sources, kept);
      return undefined;
    }
    if (!isLarge(sources)) {
      // Small: compiled here and now, so the articles indexed next find it compiled (not read it again).
      const compiled = compileKnowledgeBaseTexts(sources);
      loader.install(sources, compiled);
      cache?.put(sources, compiled);
      return undefined;
    }
    return this.recompile(loader, files, compile, (kept, compiled) => cache?.put(kept, compiled)).then(() => undefined);
  }

  private cacheInUse: { folder: string; cache: KnowledgeBaseCache } | undefined;

  private cache(): KnowledgeBaseCache | undefined {
    const folder = this.files.cacheFolder?.();
    if (folder === undefined) return undefined;
    if (this.cacheInUse?.folder !== folder) this.cacheInUse = { folder, cache: new KnowledgeBaseCache(folder) };
    return this.cacheInUse.cache;
  }

  /** The bundled KB where the user cannot edit it (it lies outside every workspace folder). */
  isBundledOutsideWorkspace(file: string): boolean {
    return file === this.bundledFile && !this.workspaceFolders().some((f) => isInside(file, f));
  }

  /** Whether a file is one of the KB files named in settings (seen so far). */
  isConfiguredKnowledgeBase(file: string): boolean {
    return this.configured.has(path.resolve(file));
  }

  /** The KB as it applies to articles next to `file` (for its own problems and for edits). */
  forKnowledgeBaseFile(file: string, settings: SeedAnnotatorSettings): KnowledgeBaseInForce {
    return this.loaderFor(file, settings).forFiles(this.filesForKnowledgeBaseFile(file, settings));
  }

  /**
   * A KB file changed (edited, saved, created or deleted). A large KB in use is compiled again on a
   * worker thread first, the previous one staying in force meanwhile (seconds of parsing must not hold
   * requests up); anything else is forgotten now and compiled when next needed. Returns, when the change
   * is not in force at once, a promise of when it is (`generation` moves on then).
   */
  changed(file: string): Promise<void> | undefined {
    const resolved = path.resolve(file);
    const compile = this.files.compileOffThread;
    const recompiles: Promise<boolean>[] = [];
    for (const loader of this.loaders.values()) {
      for (const files of compile && this.files.exists(resolved) ? loader.compiledWith(resolved) : []) {
        if (isLarge(loader.sourcesFor(files))) recompiles.push(this.recompile(loader, files, compile!));
      }
    }
    // Whatever is not compiled off the thread (small, or the compile failed) is compiled on next use.
    const forget = () => {
      for (const loader of this.loaders.values()) loader.invalidate(resolved);
    };
    if (recompiles.length === 0) {
      forget();
      this.generation++;
      return undefined;
    }
    return Promise.all(recompiles).then((installed) => {
      if (installed.includes(false)) forget();
      this.generation++;
    });
  }

  /** The compiles running, by loader and set of files. */
  private readonly recompiling = new WeakMap<KnowledgeBaseFiles, Map<string, Promise<boolean>>>();

  /** Compiles a set of KB files off the thread and puts the result in force, unless they changed meanwhile. */
  private recompile(
    loader: KnowledgeBaseFiles,
    files: readonly string[],
    compile: CompileKnowledgeBase,
    installed?: (sources: readonly KnowledgeBaseSourceText[], compiled: CompiledKnowledgeBase) => void,
  ): Promise<boolean> {
    // One compile per set of files at a time: a change meanwhile is seen when it ends, and compiled then.
    const key = files.join('\0');
    let compiles = this.recompiling.get(loader);
    if (!compiles) this.recompiling.set(loader, (compiles = new Map()));
    let running = compiles.get(key);
    if (!running) {
      running = (async () => {
        try {
          for (let attempt = 0; attempt < 3; attempt++) {
            const sources = loader.sourcesFor(files);
            const compiled = await compile(sources);
            if (![...this.loaders.values()].includes(loader)) return true; // reset meanwhile: nothing to put in force
            if (sameTexts(sources, loader.sourcesFor(files))) {
              loader.install(sources, compiled);
              installed?.(sources, compiled);
              return true;
            }
          }
        } catch {
          // A failed worker: compiled on this thread when next needed.
        } finally {
          compiles.delete(key);
        }
        return false;
      })();
      compiles.set(key, running);
    }
    return running;
  }

  /** Everything may have changed (settings, workspace folders). */
  reset(): void {
    this.loaders.clear();
    this.generation++;
  }

  /** Every entity of every KB loaded so far, once per id (workspace symbols). */
  loaded(settings: SeedAnnotatorSettings): KnowledgeBaseInForce[] {
    const folders = this.workspaceFolders();
    const probes = folders.length > 0 ? folders.map((f) => path.join(f, '_')) : [undefined];
    return probes.map((probe) => this.forArticle(probe, settings));
  }

  private extraFiles(file: string | undefined, settings: SeedAnnotatorSettings): string[] {
    const folders = this.workspaceFolders();
    const base = (file && folders.find((f) => isInside(file, f))) ?? folders[0] ?? process.cwd();
    const files = settings.knowledgeBase.map((f) => path.resolve(base, f));
    for (const f of files) this.configured.add(f);
    return files;
  }

  private loaderFor(file: string | undefined, settings: SeedAnnotatorSettings): KnowledgeBaseFiles {
    const extraFiles = this.extraFiles(file, settings);
    const key = JSON.stringify([extraFiles, settings.useBundledKnowledgeBase]);
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new KnowledgeBaseFiles({
        extraFiles,
        bundledFile: settings.useBundledKnowledgeBase ? this.bundledFile : undefined,
        readText: this.files.readText,
        exists: this.files.exists,
        keepLastGood: true,
        // The nearest entities.yaml is looked for up to the workspace folder, never above it: a stray
        // ~/entities.yaml must not replace the bundled KB, nor be edited by annotate and rename.
        stopAt: this.workspaceFolders(),
      });
      this.loaders.set(key, loader);
    }
    return loader;
  }
}

function sameTexts(a: readonly KnowledgeBaseSourceText[], b: readonly KnowledgeBaseSourceText[]): boolean {
  return a.length === b.length && a.every((s, i) => s.path === b[i]!.path && s.text === b[i]!.text && s.error === b[i]!.error);
}

function isLarge(sources: readonly KnowledgeBaseSourceText[]): boolean {
  return sources.reduce((sum, s) => sum + (s.text?.length ?? 0), 0) >= OFF_THREAD_KNOWLEDGE_BASE_LENGTH;
}
