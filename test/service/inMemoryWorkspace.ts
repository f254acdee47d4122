// The middle test tier: the language service over an in-memory workspace (files in a map, documents
// opened and typed into by the test), with no child process and no protocol. Each test takes
// milliseconds; the stdio tests in test/server stay the protocol check.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams, WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isArticleFileName } from '../../src/core';
import type { CompileKnowledgeBase } from '../../src/node/knowledgeBaseCompiler';
import { createSeedService, type SeedService } from '../../src/server/service';
import type { WorkspaceHost } from '../../src/server/workspace/workspaceHost';
import { DEFAULT_SETTINGS, readSettings, type SeedAnnotatorSettings } from '../../src/shared/protocol';

export const FOLDER = '/workspace';
export const BUNDLED_KB = '/extension/seeds/entities.yaml';
export const uriOf = (file: string) => pathToFileURL(file).toString();
/** An absolute path in the workspace folder. */
export const inFolder = (relative: string) => path.posix.join(FOLDER, relative);

export interface InMemoryOptions {
  /** Files by absolute path (or path relative to the workspace folder). */
  readonly files?: Record<string, string>;
  readonly settings?: Record<string, unknown>;
  /** The workspace folders; default one, FOLDER. */
  readonly folders?: string[];
  readonly now?: Date;
  readonly snippets?: boolean;
  /** How an edited large KB is compiled off the thread (none: when next needed, as before). */
  readonly compileOffThread?: CompileKnowledgeBase;
}

export class InMemoryWorkspace {
  readonly files = new Map<string, string>();
  readonly documents = new Map<string, TextDocument>();
  readonly published = new Map<string, PublishDiagnosticsParams>();
  readonly publications: PublishDiagnosticsParams[] = [];
  readonly messages: { kind: string; message: string }[] = [];
  readonly appliedEdits: WorkspaceEdit[] = [];
  /** How many times each file was read from "disk". */
  readonly reads = new Map<string, number>();
  folders: string[];
  settings: SeedAnnotatorSettings;
  readonly service: SeedService;

  constructor(options: InMemoryOptions = {}) {
    for (const [file, text] of Object.entries(options.files ?? {})) this.files.set(path.posix.resolve(FOLDER, file), text);
    this.folders = options.folders ?? [FOLDER];
    this.settings = options.settings ? readSettings(options.settings) : DEFAULT_SETTINGS;
    const host: WorkspaceHost = {
      folders: () => this.folders,
      document: (uri) => this.documents.get(uri),
      documents: () => [...this.documents.values()],
      readText: async (file) => this.read(file),
      readTextSync: (file) => this.read(file),
      exists: (file) => this.files.has(file),
      findArticles: async (folder) =>
        [...this.files.keys()].filter((f) => f.startsWith(`${folder}/`) && isArticleFileName(f) && !f.includes('/node_modules/')).sort(),
      settings: async () => this.settings,
    };
    const now = options.now ?? new Date('2026-01-01T00:00:00Z');
    this.service = createSeedService({
      workspace: host,
      knowledgeBases: { bundledFile: BUNDLED_KB, compileOffThread: options.compileOffThread },
      now: () => now,
      client: { snippets: options.snippets ?? false, createFiles: true },
      output: {
        publishDiagnostics: (params) => {
          this.published.set(params.uri, params);
          this.publications.push(params);
        },
        showMessage: (kind, message) => void this.messages.push({ kind, message }),
        applyEdit: async (_label, edit) => {
          this.appliedEdits.push(edit);
          return { applied: true };
        },
      },
    });
  }

  private read(file: string): string {
    this.reads.set(file, (this.reads.get(file) ?? 0) + 1);
    const text = this.files.get(file);
    if (text === undefined) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
    return text;
  }

  /** Opens a document as the editor does (its text defaults to the file's). */
  async open(file: string, text = this.files.get(file) ?? ''): Promise<string> {
    const uri = uriOf(file);
    const document = TextDocument.create(uri, file.endsWith('.yaml') ? 'yaml' : 'seed', 1, text);
    this.documents.set(uri, document);
    await this.service.didOpen(document);
    await this.service.didChange(document);
    return uri;
  }

  /** Replaces an open document's text with a new version. */
  async type(file: string, text: string): Promise<void> {
    const uri = uriOf(file);
    const old = this.documents.get(uri)!;
    const document = TextDocument.create(uri, old.languageId, old.version + 1, text);
    this.documents.set(uri, document);
    await this.service.didChange(document);
  }

  async close(file: string): Promise<void> {
    const uri = uriOf(file);
    const document = this.documents.get(uri)!;
    this.documents.delete(uri);
    await this.service.didClose(document);
  }

  /** Writes a file on "disk" and tells the service, as a file watcher would. */
  async write(file: string, text: string): Promise<void> {
    const created = !this.files.has(file);
    this.files.set(file, text);
    await this.service.didChangeWatchedFiles([{ uri: uriOf(file), type: created ? 1 : 2 }]);
  }

  async delete(file: string): Promise<void> {
    this.files.delete(file);
    await this.service.didChangeWatchedFiles([{ uri: uriOf(file), type: 3 }]);
  }

  /** Waits (a turn of the event loop at a time, up to 5 s) until `condition` holds. */
  async until(condition: () => boolean | Promise<boolean>): Promise<void> {
    for (const deadline = Date.now() + 5000; !(await condition()); ) {
      if (Date.now() > deadline) throw new Error('gave up waiting');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** The codes last published for a file. */
  codes(file: string): string[] | undefined {
    return this.published.get(uriOf(file))?.diagnostics.map((d) => String(d.code));
  }
}

/** The LSP position of the n-th occurrence of `word` in `text` (plus `offset` characters). */
export function positionOf(text: string, word: string, nth = 0, offset = 1) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(word, at + 1);
  if (at < 0) throw new Error(`${word} not in text`);
  const before = text.slice(0, at);
  const line = before.split('\n').length - 1;
  return { line, character: at - (before.lastIndexOf('\n') + 1) + offset };
}

export const NO_PROGRESS = { begin: () => undefined, report: () => undefined, done: () => undefined };
export const NOT_CANCELLED = { isCancellationRequested: false };
