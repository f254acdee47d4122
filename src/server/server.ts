// The Seed Annotator language server: `node dist/server.js --stdio` (or IPC from the VS Code client).
// It maps the core's analysis to LSP and owns the workspace-wide state; the analysis itself is in src/core.

import * as path from 'node:path';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  ErrorCodes,
  FileChangeType,
  MessageType,
  ShowMessageNotification,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  WorkDoneProgressReporter,
  type InitializeResult,
  type CodeAction,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeArticle, describeProblemCounts, plural, type Range } from '../core';
import { readTextSync } from '../node/findFiles';
import { KNOWLEDGE_BASE_FILE_NAME } from '../node/knowledgeBaseFiles';
import {
  type AddToKnowledgeBase,
  type AddToKnowledgeBaseResult,
  DEFAULT_SETTINGS,
  type EntityChoice,
  ServerCommands,
  type WorkspaceCheckSummary,
} from '../shared/protocol';
import { codeActionsFor, overlaps } from './codeActions';
import {
  definitionOf,
  fileUri,
  hoverFor,
  mentionAt,
  referencesTo,
  semanticTokens,
  TOKEN_MODIFIERS,
  TOKEN_TYPES,
  workspaceSymbols,
} from './entityFeatures';
import { KnowledgeBaseEditor } from './knowledgeBaseEdits';
import { KnowledgeBases } from './knowledgeBases';
import { MentionIndex } from './mentionIndex';
import { DocumentSettings } from './settings';
import { toDiagnostic } from './toLsp';
import { type Analyzed, Validator } from './validation';
import { uriToPath, WorkspaceCheck } from './workspaceCheck';

declare const PACKAGE_VERSION: string;

/** The bundled domain KB, next to the bundle: `dist/server.js` → `seeds/entities.yaml`. */
const BUNDLED_KB = path.resolve(__dirname, '..', 'seeds', KNOWLEDGE_BASE_FILE_NAME);

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

const client = { configuration: false, snippets: false, configurationChanges: false, workspaceFolders: false, createFiles: false };
let workspaceFolders: string[] = [];

const settings = new DocumentSettings(connection, () => client.configuration);
/** A KB file's text: what the editor shows if it is open (unsaved edits count), else the file. */
const readKbText = (file: string) => documents.get(fileUri(file))?.getText() ?? readTextSync(file);
const knowledgeBases = new KnowledgeBases(readKbText, BUNDLED_KB, () => workspaceFolders);
const kbSettings = async (uri: string) => settings.get(uri);
const openPaths = () => new Set(documents.all().map((d) => uriToPath(d.uri)));

const mentions = new MentionIndex(
  () => workspaceFolders,
  async (file) => {
    const open = documents.get(fileUri(file));
    if (open) return (await validator.analyzedOf(open)).analysis.entities;
    try {
      return (await analyzeFromDisk(file, readTextSync(file))).entities;
    } catch {
      return undefined;
    }
  },
);

const validator = new Validator(
  connection,
  settings,
  {
    get generation() {
      return knowledgeBases.generation;
    },
    forDocument: async (uri) => knowledgeBases.forArticle(uriToPath(uri), await kbSettings(uri)),
  },
  (document, analyzed) => {
    const file = uriToPath(document.uri);
    if (file) mentions.update(file, analyzed.analysis.entities, document.uri);
    publishKnowledgeBaseProblemsOnce(analyzed);
    reportUnreadableKnowledgeBases(analyzed);
  },
);

async function analyzeFromDisk(file: string, text: string) {
  const kb = knowledgeBases.forArticle(file, await kbSettings(fileUri(file)));
  return analyzeArticle(text, { now: new Date(), entities: kb.index });
}

const workspaceCheck = new WorkspaceCheck(connection, (file) => openPaths().has(file), analyzeFromDisk);

const kbEditor = new KnowledgeBaseEditor({
  isBundledOutsideWorkspace: (file) => knowledgeBases.isBundledOutsideWorkspace(file),
  workspaceFolders: () => workspaceFolders,
  openDocument: (file) => documents.get(fileUri(file)),
  canCreateFiles: () => client.createFiles,
});

// ---- knowledge base files -------------------------------------------------------------------

/** The client sends KB files to the server only as `entities.yaml` (its document selector). */
function isKnowledgeBaseDocument(uri: string): boolean {
  return path.basename(uriToPath(uri) ?? '') === KNOWLEDGE_BASE_FILE_NAME;
}

/** KB files whose problems are shown, and the KB generation they were last published for. */
const publishedKb = new Map<string, number>();

async function publishKnowledgeBaseProblems(file: string): Promise<void> {
  const uri = fileUri(file);
  const inForce = knowledgeBases.forKnowledgeBaseFile(file, await kbSettings(uri));
  const problems = inForce.problems.get(path.resolve(file)) ?? [];
  publishedKb.set(path.resolve(file), knowledgeBases.generation);
  void connection.sendDiagnostics({ uri, diagnostics: problems.map(toDiagnostic) });
}

/** A KB in force for an article shows its problems even when nobody opened it. */
function publishKnowledgeBaseProblemsOnce(analyzed: Analyzed): void {
  for (const file of analyzed.knowledgeBase.files) {
    if (knowledgeBases.isBundledOutsideWorkspace(file)) continue;
    if (publishedKb.get(file) === knowledgeBases.generation) continue;
    publishedKb.set(file, knowledgeBases.generation);
    const problems = analyzed.knowledgeBase.problems.get(file) ?? [];
    void connection.sendDiagnostics({ uri: fileUri(file), diagnostics: problems.map(toDiagnostic) });
  }
}

/** KB files already said to be unreadable, with the reason said (said again only if it changes). */
const reportedUnreadable = new Map<string, string>();

/** A KB file named in settings that cannot be read is said once, not silently ignored. */
function reportUnreadableKnowledgeBases(analyzed: Analyzed): void {
  for (const [file, reason] of analyzed.knowledgeBase.unreadable) {
    if (reportedUnreadable.get(file) === reason) continue;
    reportedUnreadable.set(file, reason);
    const message = `Seed Annotator: the knowledge base ${file} cannot be read (${reason}); articles are checked without it. See the setting seedAnnotator.knowledgeBase.`;
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
  }
}

/** A KB changed: re-check every open article against it, soon. */
function knowledgeBaseChanged(file: string): void {
  knowledgeBases.changed(file);
  mentions.invalidate();
  for (const document of documents.all()) {
    if (!isKnowledgeBaseDocument(document.uri)) validator.schedule(document);
  }
}

// ---- lifecycle ------------------------------------------------------------------------------

connection.onInitialize((params): InitializeResult => {
  const caps = params.capabilities;
  client.configuration = caps.workspace?.configuration === true;
  client.configurationChanges = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  client.workspaceFolders = caps.workspace?.workspaceFolders === true;
  client.snippets =
    (caps.workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport === true &&
    caps.workspace?.workspaceEdit?.documentChanges === true;
  client.createFiles = caps.workspace?.workspaceEdit?.resourceOperations?.includes('create') === true;
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  workspaceFolders = folders.map(uriToPath).filter((p): p is string => p !== undefined);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      executeCommandProvider: {
        commands: [ServerCommands.checkAllArticles, ServerCommands.listEntities, ServerCommands.addToKnowledgeBase],
      },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      workspaceSymbolProvider: true,
      renameProvider: { prepareProvider: true },
      semanticTokensProvider: { legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] }, full: true },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'seed-annotator', version: typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : 'dev' },
  };
});

connection.onInitialized(() => {
  if (client.configurationChanges) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'seedAnnotator' });
  }
  if (client.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(event.removed.map((f) => uriToPath(f.uri)));
      workspaceFolders = workspaceFolders.filter((f) => !removed.has(f));
      workspaceFolders.push(...event.added.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== undefined));
      knowledgeBases.reset();
      mentions.invalidate();
    });
  }
  // Index the workspace's mentions in the background: references and hover counts need it.
  void mentions.ready();
});

connection.onDidChangeConfiguration((change) => {
  settings.changed(change.settings);
  knowledgeBases.reset();
  mentions.invalidate();
  // A switch between onType and onSave, or another KB, changes what is published; re-check what is open.
  for (const document of documents.all()) void validateDocument(document);
});

function validateDocument(document: TextDocument): Promise<void> {
  if (isKnowledgeBaseDocument(document.uri)) return publishKnowledgeBaseProblems(uriToPath(document.uri)!);
  return validator.validateNow(document);
}

documents.onDidOpen(({ document }) => void validateDocument(document));
documents.onDidChangeContent(async ({ document }) => {
  if (isKnowledgeBaseDocument(document.uri)) {
    const file = uriToPath(document.uri)!;
    knowledgeBaseChanged(file);
    await publishKnowledgeBaseProblems(file);
  } else {
    await validator.changed(document);
  }
});
documents.onDidSave(({ document }) => void validateDocument(document));
documents.onDidClose(async ({ document }) => {
  if (isKnowledgeBaseDocument(document.uri)) {
    // From now on the file on disk is what counts.
    knowledgeBaseChanged(uriToPath(document.uri)!);
    return;
  }
  validator.closed(document.uri);
  settings.forget(document.uri);
  const file = uriToPath(document.uri);
  if (file) void mentions.refresh(file);
  const stillReported = await workspaceCheck.documentClosed(document.uri);
  if (!stillReported) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

connection.onDidChangeWatchedFiles(async ({ changes }) => {
  for (const change of changes) {
    const file = uriToPath(change.uri);
    if (!file) continue;
    if (isKnowledgeBaseDocument(change.uri) || knowledgeBases.isConfiguredKnowledgeBase(file)) {
      if (!documents.get(change.uri)) knowledgeBaseChanged(file);
      continue;
    }
    await workspaceCheck.fileChanged(change.uri, change.type === FileChangeType.Deleted);
    if (!documents.get(change.uri)) {
      if (change.type === FileChangeType.Deleted) mentions.remove(file);
      else await mentions.refresh(file);
    }
  }
});

// ---- article features -----------------------------------------------------------------------

/** The analysis of an open article (not of a KB file), or undefined. */
async function articleAt(uri: string): Promise<Analyzed | undefined> {
  const document = documents.get(uri);
  if (!document || isKnowledgeBaseDocument(uri)) return undefined;
  return validator.analyzedOf(document);
}

connection.onCodeAction(async (params) => {
  const document = documents.get(params.textDocument.uri);
  const analyzed = await articleAt(params.textDocument.uri);
  if (!document || !analyzed) return [];
  const actions: CodeAction[] = codeActionsFor(document, analyzed.analysis, params, client.snippets);
  const only = params.context.only;
  if (only && !only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return actions;
  for (const problem of analyzed.analysis.problems) {
    if (problem.code !== 'unknown-entity') continue;
    if (!overlaps(problem.range, params.range)) continue;
    const mention = analyzed.analysis.entities.find((m) => m.kind === 'unknown' && sameRange(m.range, problem.range));
    if (!mention) continue;
    const edit = kbEditor.add(uriToPath(document.uri), analyzed.knowledgeBase, {
      uri: document.uri,
      name: mention.text,
      type: mention.type,
    });
    if (typeof edit === 'string') continue;
    actions.push({
      title: `Add "${mention.text}" to the knowledge base as ${mention.type}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [toDiagnostic(problem)],
      edit,
    });
  }
  return actions;
});

connection.onHover(async ({ textDocument, position }) => {
  const analyzed = await articleAt(textDocument.uri);
  const mention = analyzed && mentionAt(analyzed.analysis, position);
  if (!mention) return null;
  // The article counts come from the workspace index: wait a moment for it (a small workspace is
  // indexed in well under that), but never hold a hover up for a large one still being indexed.
  if (mention.entity && !mentions.isReady)
    await Promise.race([mentions.ready(), new Promise((resolve) => setTimeout(resolve, HOVER_INDEX_WAIT_MS))]);
  return hoverFor(mention, analyzed.analysis, mentions);
});

/** How long a hover waits for the workspace index before it goes without article counts. */
const HOVER_INDEX_WAIT_MS = 300;

connection.onDefinition(async ({ textDocument, position }) => {
  const analyzed = await articleAt(textDocument.uri);
  const entity = analyzed && mentionAt(analyzed.analysis, position)?.entity;
  return entity ? definitionOf(entity) : null;
});

connection.onReferences(async ({ textDocument, position, context }) => {
  const analyzed = await articleAt(textDocument.uri);
  const entity = analyzed && mentionAt(analyzed.analysis, position)?.entity;
  if (!entity) return null;
  await mentions.ready();
  return referencesTo(entity, mentions, context.includeDeclaration);
});

connection.onWorkspaceSymbol(async ({ query }) => {
  const folderSettings = workspaceFolders.length ? await kbSettings(fileUri(workspaceFolders[0])) : DEFAULT_SETTINGS;
  const inForce = knowledgeBases.loaded(folderSettings);
  const open = await Promise.all(documents.all().map((d) => articleAt(d.uri)));
  const indexes = [...inForce.map((k) => k.index), ...open.flatMap((a) => (a ? [a.knowledgeBase.index] : []))];
  return workspaceSymbols(query, indexes);
});

connection.onPrepareRename(async ({ textDocument, position }) => {
  const analyzed = await articleAt(textDocument.uri);
  const mention = analyzed && mentionAt(analyzed.analysis, position);
  if (!mention?.entity) throw new ResponseError(ErrorCodes.InvalidRequest, 'Only a name the knowledge base knows can be renamed.');
  if (!kbEditor.editableSource(mention.entity)) {
    throw new ResponseError(
      ErrorCodes.InvalidRequest,
      `${mention.entity.name} comes from the bundled knowledge base; add an entities.yaml to your folder (use "Add to knowledge base") to rename it.`,
    );
  }
  return { range: mention.range, placeholder: mention.entity.name };
});

connection.onRenameRequest(async ({ textDocument, position, newName }) => {
  const analyzed = await articleAt(textDocument.uri);
  const entity = analyzed && mentionAt(analyzed.analysis, position)?.entity;
  if (!entity) return null;
  if (!newName.trim()) throw new ResponseError(ErrorCodes.InvalidParams, 'A name cannot be empty.');
  const edit = kbEditor.rename(entity, newName.trim());
  if (typeof edit === 'string') throw new ResponseError(ErrorCodes.InvalidRequest, edit);
  return edit ?? null;
});

connection.languages.semanticTokens.on(async ({ textDocument }) => {
  const analyzed = await articleAt(textDocument.uri);
  return analyzed ? semanticTokens(analyzed.analysis, analyzed.knowledgeBase.index) : { data: [] };
});

// ---- commands -------------------------------------------------------------------------------

connection.onExecuteCommand(async (params, token, workDone): Promise<unknown> => {
  if (params.command === ServerCommands.listEntities) {
    const uri = String(params.arguments?.[0] ?? '');
    const document = documents.get(uri);
    const inForce = document
      ? (await validator.analyzedOf(document)).knowledgeBase
      : knowledgeBases.forArticle(uriToPath(uri), await kbSettings(uri));
    return inForce.index.knowledgeBase.entities.map(
      (e): EntityChoice => ({ id: e.id, name: e.name, type: e.type, ...(e.description ? { description: e.description } : {}) }),
    );
  }
  if (params.command === ServerCommands.addToKnowledgeBase) {
    const request = params.arguments?.[0] as AddToKnowledgeBase | undefined;
    const document = request && documents.get(request.uri);
    if (!request || !document || !request.name?.trim())
      return { applied: false, message: 'Select a name in an open seed article first.' } satisfies AddToKnowledgeBaseResult;
    const analyzed = await validator.analyzedOf(document);
    const edit = kbEditor.add(uriToPath(request.uri), analyzed.knowledgeBase, { ...request, name: request.name.trim() });
    if (typeof edit === 'string') return { applied: false, message: edit } satisfies AddToKnowledgeBaseResult;
    const result = await connection.workspace.applyEdit({ label: `Add "${request.name.trim()}" to the knowledge base`, edit });
    const change = edit.documentChanges?.find((c) => 'textDocument' in c);
    const file = change && 'textDocument' in change ? uriToPath(change.textDocument.uri) : undefined;
    return {
      applied: result.applied,
      ...(file ? { file } : {}),
      ...(result.applied ? {} : { message: result.failureReason ?? 'The editor did not apply the edit.' }),
    } satisfies AddToKnowledgeBaseResult;
  }
  if (params.command !== ServerCommands.checkAllArticles) return undefined;
  // A client that passed a workDoneToken shows progress its own way; others get a server-made one.
  const progress = WorkDoneProgressReporter.isNullInstance(workDone) ? await connection.window.createWorkDoneProgress() : workDone;
  const summary: WorkspaceCheckSummary = await workspaceCheck.run(workspaceFolders, progress, token);
  const unreadable = summary.unreadable ? `, ${plural(summary.unreadable, 'unreadable path')}` : '';
  const message =
    workspaceFolders.length === 0
      ? 'Seed Annotator: open a folder to check the seed articles in it.'
      : `Seed Annotator checked ${plural(summary.files, 'article')}: ${describeProblemCounts({ ...summary, notes: 0 })}${unreadable}.`;
  // A notification, not window/showMessageRequest: nothing to answer, and every client shows it.
  void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message });
  return summary;
});

function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

// A bug in one request must not take the server down with the user's diagnostics: log it instead.
process.on('unhandledRejection', (reason) => {
  connection.console.error(
    `Seed Annotator: unexpected failure: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`,
  );
});

documents.listen(connection);
connection.listen();
