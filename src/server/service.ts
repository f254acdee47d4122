// The Seed Annotator language service: every editor feature behind one facade, over a workspace
// host (folders, open documents, files, settings). It speaks LSP's data types but not the protocol:
// server.ts connects it to a client over stdio or IPC, and the in-memory test tier calls it directly.

import * as path from 'node:path';
import type {
  CodeAction,
  CodeLens,
  CodeActionParams,
  DocumentSymbol,
  FileEvent,
  Hover,
  InlayHint,
  Location,
  Position,
  PublishDiagnosticsParams,
  Range,
  SemanticTokens,
  WorkspaceEdit,
  WorkspaceSymbol,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { KNOWLEDGE_BASE_FILE_NAME } from '../node/knowledgeBaseFiles';
import { type AddToKnowledgeBase, ServerCommands } from '../shared/protocol';
import { getCodeActions } from './features/codeActions';
import { getDefinition } from './features/definition';
import { Diagnostics } from './features/diagnostics';
import { getDocumentSymbols } from './features/documentSymbols';
import { getHover } from './features/hover';
import { getInlayHints } from './features/inlayHints';
import { listMeetings } from './features/meetingList';
import { meetingLenses, resolveMeetingLens } from './features/meetings';
import { type ApplyEdit, addToKnowledgeBase, listEntities } from './features/knowledgeBaseCommands';
import { KnowledgeBaseProblems } from './features/knowledgeBaseProblems';
import { getReferences } from './features/references';
import { prepareRename, rename } from './features/rename';
import { getSemanticTokens } from './features/semanticTokens';
import { type Cancellation, checkAllArticles, describeCheck, type Progress } from './features/workspaceCheck';
import { getWorkspaceSymbols } from './features/workspaceSymbols';
import { KnowledgeBaseEditor } from './knowledgeBaseEditor';
import { uriToPath } from './uris';
import { KnowledgeBases } from './workspace/knowledgeBases';
import type { CompileKnowledgeBase } from '../node/knowledgeBaseCompiler';
import { MeetingIndex } from './workspace/meetingIndex';
import { MentionIndex } from './workspace/mentionIndex';
import type { WorkspaceHost } from './workspace/workspaceHost';
import { WorkspaceStore } from './workspace/workspaceStore';
import type { AnalysisPool } from '../node/analysisPool';

export interface SeedServiceOptions {
  readonly workspace: WorkspaceHost;
  readonly knowledgeBases: {
    readonly bundledFile: string;
    /** Compiles an edited large KB on a worker thread (none: on the server's thread when next needed). */
    readonly compileOffThread?: CompileKnowledgeBase;
  };
  /** The current instant (tests fix it). */
  readonly now?: () => Date;
  /** What the client can do. */
  readonly client?: { readonly snippets?: boolean; readonly documentChanges?: boolean; readonly createFiles?: boolean };
  /** How the service talks back to the editor. */
  readonly output: ServiceOutput;
  /** Analyses the workspace's files (worker threads, persistent cache); default: inline, no cache. */
  readonly pool?: AnalysisPool;
}

export interface ServiceOutput {
  publishDiagnostics(params: PublishDiagnosticsParams): void;
  showMessage(kind: 'info' | 'warning', message: string): void;
  applyEdit: ApplyEdit;
  /** Asks the client to ask again for inlay hints (a setting changed); optional, as not every client can. */
  refreshInlayHints?(): void;
  /** The workspace's meetings changed (debounced): the Meetings view and the timeline ask again. */
  meetingsChanged?(): void;
  /** …and the client asks again for CodeLenses, which count the articles reporting each meeting. */
  refreshCodeLenses?(): void;
  /** Progress of the background index, for a status bar item. */
  indexProgress?(done: number, total: number): void;
}

export interface SeedService {
  readonly store: WorkspaceStore;
  /** Starts indexing the workspace in the background. */
  initialized(): void;
  /** The client asked the server to shut down: what is being saved is finished first (briefly). */
  shutdown(): Promise<void>;
  didOpen(document: TextDocument): Promise<void>;
  didChange(document: TextDocument): Promise<void>;
  didSave(document: TextDocument): Promise<void>;
  didClose(document: TextDocument): Promise<void>;
  didChangeWatchedFiles(changes: readonly FileEvent[]): Promise<void>;
  /** Settings or workspace folders changed (the host already answers with the new ones). */
  didChangeConfiguration(): Promise<void>;
  didChangeWorkspaceFolders(): void;

  getHover(uri: string, position: Position): Promise<Hover | null>;
  getDefinition(uri: string, position: Position): Promise<Location | null>;
  getReferences(uri: string, position: Position, includeDeclaration: boolean, token?: Cancellation): Promise<Location[] | null>;
  getDocumentSymbols(uri: string): Promise<DocumentSymbol[]>;
  getCodeActions(params: CodeActionParams): Promise<CodeAction[]>;
  getSemanticTokens(uri: string): Promise<SemanticTokens>;
  getInlayHints(uri: string, range: Range): Promise<InlayHint[]>;
  getCodeLenses(uri: string): Promise<CodeLens[]>;
  resolveCodeLens(lens: CodeLens): Promise<CodeLens>;
  getWorkspaceSymbols(query: string): Promise<WorkspaceSymbol[]>;
  prepareRename(uri: string, position: Position): Promise<{ range: Range; placeholder: string }>;
  rename(uri: string, position: Position, newName: string): Promise<WorkspaceEdit | null>;
  executeCommand(command: string, args: readonly unknown[], progress: Progress, token: Cancellation): Promise<unknown>;
}

/** The LSP commands the service executes (announced by the server). */
export const SERVICE_COMMANDS = [
  ServerCommands.checkAllArticles,
  ServerCommands.listEntities,
  ServerCommands.addToKnowledgeBase,
  ServerCommands.listMeetings,
];

/** How long typing in an entities.yaml pauses before the KB is recompiled (a 20k-entity KB takes a while). */
export const KB_TYPING_PAUSE_MS = 300;

/** How long the meetings may keep changing before the client is told (indexing changes them thousands of times). */
export const MEETINGS_CHANGED_DELAY_MS = 500;
/** How long a shutdown waits for the index snapshot being written (10k articles: well under a second). */
const SHUTDOWN_WAIT_MS = 3000;

/** The client sends KB files to the server only as `entities.yaml` (its document selector). */
export function isKnowledgeBaseDocument(uri: string): boolean {
  return path.basename(uriToPath(uri) ?? '') === KNOWLEDGE_BASE_FILE_NAME;
}

export function createSeedService(options: SeedServiceOptions): SeedService {
  const { workspace, output } = options;
  // Read at each use: the server learns the client's capabilities only once it initializes.
  const client = {
    get snippets() {
      return options.client?.snippets ?? false;
    },
    get documentChanges() {
      return options.client?.documentChanges ?? false;
    },
    get createFiles() {
      return options.client?.createFiles ?? false;
    },
  };
  const knowledgeBases = new KnowledgeBases({
    // A KB file's text: what the editor shows if it is open (unsaved edits count), else the file.
    readText: (file) =>
      workspace
        .documents()
        .find((d) => uriToPath(d.uri) === file)
        ?.getText() ?? workspace.readTextSync(file),
    exists: (file) => workspace.exists(file),
    bundledFile: options.knowledgeBases.bundledFile,
    compileOffThread: options.knowledgeBases.compileOffThread,
    // Compiled KBs are kept beside the analyses (the pool learns the folder when the client initializes).
    cacheFolder: () => options.pool?.cacheFolder,
    workspaceFolders: () => workspace.folders(),
  });
  const store = new WorkspaceStore(workspace, knowledgeBases, options.now ?? (() => new Date()), options.pool);
  const mentions = new MentionIndex(store);
  const meetings = new MeetingIndex(store);
  let meetingsTimer: ReturnType<typeof setTimeout> | undefined;
  let shuttingDown = false;
  // CodeLenses count the articles reporting each meeting: they are asked for again only when an article's
  // meeting ids changed, not at every analysis of an open article (a lens redrawn under the pointer drops a click).
  let countsChanged = false;
  meetings.onDidChange((counts) => {
    countsChanged ||= counts;
    if ((!output.meetingsChanged && !output.refreshCodeLenses) || meetingsTimer || shuttingDown) return;
    meetingsTimer = setTimeout(() => {
      meetingsTimer = undefined;
      output.meetingsChanged?.();
      if (countsChanged) output.refreshCodeLenses?.();
      countsChanged = false;
    }, MEETINGS_CHANGED_DELAY_MS);
  });
  store.onIndexProgress((done, total) => output.indexProgress?.(done, total));
  const kbProblems = new KnowledgeBaseProblems(store, output.publishDiagnostics, (message) => output.showMessage('warning', message));
  const diagnostics = new Diagnostics(store, output.publishDiagnostics, (article) => kbProblems.articleChecked(article));
  const kbEditor = new KnowledgeBaseEditor({
    isBundledOutsideWorkspace: (file) => knowledgeBases.isBundledOutsideWorkspace(file),
    workspaceFolders: () => workspace.folders(),
    openDocument: (file) => workspace.documents().find((d) => uriToPath(d.uri) === file),
    canCreateFiles: () => client.createFiles,
    exists: (file) => workspace.exists(file),
    readText: (file) => workspace.readTextSync(file),
  });

  const kbTyping = new Map<string, ReturnType<typeof setTimeout>>();

  /** A KB changed: every article's analysis is stale (a large KB: once compiled anew); open ones are re-checked soon. */
  async function knowledgeBaseChanged(file: string): Promise<void> {
    await store.knowledgeBaseChanged(file);
    for (const document of workspace.documents()) if (store.isOpen(document.uri)) diagnostics.schedule(document.uri);
  }

  return {
    store,
    initialized: () => void store.indexed(),
    shutdown: () => {
      // (Nothing is said to a client going away: the connection closes after the shutdown.)
      shuttingDown = true;
      clearTimeout(meetingsTimer);
      return Promise.race([store.snapshotSaved(), new Promise<void>((resolve) => setTimeout(resolve, SHUTDOWN_WAIT_MS).unref())]);
    },

    async didOpen(document) {
      if (isKnowledgeBaseDocument(document.uri)) return kbProblems.publishFor(uriToPath(document.uri)!);
      store.documentOpened(document.uri);
      await diagnostics.checkNow(document.uri);
    },
    async didChange(document) {
      if (!isKnowledgeBaseDocument(document.uri)) return diagnostics.changed(document.uri, document.version);
      // Typing in a large entities.yaml must not re-parse and recompile it on every keystroke: after a pause.
      const file = uriToPath(document.uri)!;
      clearTimeout(kbTyping.get(file));
      kbTyping.set(
        file,
        setTimeout(() => {
          kbTyping.delete(file);
          void knowledgeBaseChanged(file).then(() => kbProblems.publishFor(file));
        }, KB_TYPING_PAUSE_MS),
      );
    },
    async didSave(document) {
      if (isKnowledgeBaseDocument(document.uri)) return kbProblems.publishFor(uriToPath(document.uri)!);
      await diagnostics.checkNow(document.uri);
    },
    async didClose(document) {
      // From now on the file on disk is what counts.
      if (isKnowledgeBaseDocument(document.uri)) return knowledgeBaseChanged(uriToPath(document.uri)!);
      await diagnostics.closed(document.uri);
    },
    async didChangeWatchedFiles(changes) {
      for (const change of changes) {
        const file = uriToPath(change.uri);
        if (!file) continue;
        if (isKnowledgeBaseDocument(change.uri) || knowledgeBases.isConfiguredKnowledgeBase(file)) {
          if (!workspace.document(change.uri)) await knowledgeBaseChanged(file);
          continue;
        }
        await store.fileChanged(change.uri, change.type === 3 /* FileChangeType.Deleted */);
      }
    },
    async didChangeConfiguration() {
      store.reset();
      output.refreshInlayHints?.();
      // A switch between onType and onSave, or another KB, changes what is published; re-check what is open.
      await Promise.all(
        workspace
          .documents()
          .map((d) => (isKnowledgeBaseDocument(d.uri) ? kbProblems.publishFor(uriToPath(d.uri)!) : diagnostics.checkNow(d.uri))),
      );
    },
    didChangeWorkspaceFolders: () => store.reset(),

    getHover: (uri, position) => getHover(store, mentions, meetings, uri, position),
    getDefinition: (uri, position) => getDefinition(store, uri, position),
    getReferences: (uri, position, includeDeclaration, token) =>
      getReferences(store, mentions, uri, position, includeDeclaration, token, (indexed, total) =>
        output.showMessage(
          'info',
          `Seed Annotator is still indexing the workspace (${indexed} of ${total} articles): references found so far.`,
        ),
      ),
    getDocumentSymbols: (uri) => getDocumentSymbols(store, uri),
    getCodeActions: (params) => getCodeActions(store, kbEditor, params, client),
    getSemanticTokens: (uri) => getSemanticTokens(store, uri),
    getInlayHints: (uri, range) => getInlayHints(store, uri, range),
    getCodeLenses: (uri) => meetingLenses(store, uri),
    resolveCodeLens: (lens) => resolveMeetingLens(store, meetings, lens),
    getWorkspaceSymbols: (query) => getWorkspaceSymbols(store, workspace, meetings, query),
    prepareRename: (uri, position) => prepareRename(store, kbEditor, uri, position),
    rename: (uri, position, newName) => rename(store, kbEditor, uri, position, newName),

    async executeCommand(command, args, progress, token) {
      switch (command) {
        case ServerCommands.listMeetings:
          return listMeetings(meetings);
        case ServerCommands.listEntities:
          return listEntities(store, String(args[0] ?? ''));
        case ServerCommands.addToKnowledgeBase:
          return addToKnowledgeBase(store, kbEditor, output.applyEdit, args[0] as AddToKnowledgeBase | undefined);
        case ServerCommands.checkAllArticles: {
          const summary = await checkAllArticles(store, diagnostics, progress, token);
          // A notification, not a request: nothing to answer, and every client shows it.
          output.showMessage('info', describeCheck(summary, workspace.folders().length));
          return summary;
        }
        default:
          return undefined;
      }
    },
  };
}
