// The Seed Annotator language server: `node dist/server.js --stdio` (or IPC from the VS Code client).
// It maps the core's analysis to LSP and owns the workspace-wide state; the analysis itself is in src/core.

import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  FileChangeType,
  MessageType,
  ShowMessageNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  WorkDoneProgressReporter,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describeProblemCounts, plural } from '../core';
import { ServerCommands, type WorkspaceCheckSummary } from '../shared/protocol';
import { codeActionsFor } from './codeActions';
import { DocumentSettings } from './settings';
import { Validator } from './validation';
import { uriToPath, WorkspaceCheck } from './workspaceCheck';

declare const PACKAGE_VERSION: string;

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

const client = { configuration: false, snippets: false, configurationChanges: false, workspaceFolders: false };
let workspaceFolders: string[] = [];

const settings = new DocumentSettings(connection, () => client.configuration);
const validator = new Validator(connection, settings);
const openPaths = () => new Set(documents.all().map((d) => uriToPath(d.uri)));
const workspaceCheck = new WorkspaceCheck(connection, (file) => openPaths().has(file));

connection.onInitialize((params): InitializeResult => {
  const caps = params.capabilities;
  client.configuration = caps.workspace?.configuration === true;
  client.configurationChanges = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  client.workspaceFolders = caps.workspace?.workspaceFolders === true;
  client.snippets = (caps.workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport === true
    && caps.workspace?.workspaceEdit?.documentChanges === true;
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  workspaceFolders = folders.map(uriToPath).filter((p): p is string => p !== undefined);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      executeCommandProvider: { commands: [ServerCommands.checkAllArticles] },
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
    });
  }
});

connection.onDidChangeConfiguration((change) => {
  settings.changed(change.settings);
  // A switch between onType and onSave changes nothing already published; re-check what is open.
  for (const document of documents.all()) validator.validateNow(document);
});

documents.onDidOpen(({ document }) => validator.validateNow(document));
documents.onDidChangeContent(({ document }) => void validator.changed(document));
documents.onDidSave(({ document }) => validator.validateNow(document));
documents.onDidClose(async ({ document }) => {
  validator.closed(document.uri);
  settings.forget(document.uri);
  const stillReported = await workspaceCheck.documentClosed(document.uri);
  if (!stillReported) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

connection.onCodeAction((params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  return codeActionsFor(document, validator.analysisOf(document), params, client.snippets);
});

connection.onExecuteCommand(async (params, token, workDone): Promise<WorkspaceCheckSummary | undefined> => {
  if (params.command !== ServerCommands.checkAllArticles) return undefined;
  // A client that passed a workDoneToken shows progress its own way; others get a server-made one.
  const progress = WorkDoneProgressReporter.isNullInstance(workDone) ? await connection.window.createWorkDoneProgress() : workDone;
  const summary = await workspaceCheck.run(workspaceFolders, progress, token);
  const unreadable = summary.unreadable ? `, ${plural(summary.unreadable, 'unreadable path')}` : '';
  const message = workspaceFolders.length === 0
    ? 'Seed Annotator: open a folder to check the seed articles in it.'
    : `Seed Annotator checked ${plural(summary.files, 'article')}: ${describeProblemCounts({ ...summary, notes: 0 })}${unreadable}.`;
  // A notification, not window/showMessageRequest: nothing to answer, and every client shows it.
  void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message });
  return summary;
});

connection.onDidChangeWatchedFiles(async ({ changes }) => {
  for (const change of changes) await workspaceCheck.fileChanged(change.uri, change.type === FileChangeType.Deleted);
});

// A bug in one request must not take the server down with the user's diagnostics: log it instead.
process.on('unhandledRejection', (reason) => {
  connection.console.error(`Seed Annotator: unexpected failure: ${reason instanceof Error ? reason.stack ?? reason.message : String(reason)}`);
});

documents.listen(connection);
connection.listen();
