// The knowledge bases in force for each open article, as the editor sees them: unsaved edits to an
// open entities.yaml count, paths in settings are relative to the workspace folder, and a change
// to any KB file is noticed so articles can be re-checked without a restart.

import * as path from 'node:path';
import { KnowledgeBaseFiles, type KnowledgeBaseInForce } from '../../node/knowledgeBaseFiles';
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
}

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
    if (file) return loader.forArticle(file);
    return loader.forFiles([...(settings.useBundledKnowledgeBase ? [this.bundledFile] : []), ...this.extraFiles(undefined, settings)]);
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
    const loader = this.loaderFor(file, settings);
    const extras = this.extraFiles(file, settings).filter((f) => f !== path.resolve(file));
    return loader.forFiles([path.resolve(file), ...extras]);
  }

  /** A KB file changed (edited, saved, created or deleted). */
  changed(file: string): void {
    for (const loader of this.loaders.values()) loader.invalidate(file);
    this.generation++;
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
