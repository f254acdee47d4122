// The Seed Annotator language server: `node dist/server.js --stdio` (or IPC from the VS Code client).
// It only declares capabilities, routes the protocol to the language service (service.ts) and maps
// the service's refusals to ResponseErrors; every feature lives in features/.

import * as path from 'node:path';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  ErrorCodes,
  type InitializeResult,
  LSPErrorCodes,
  MessageType,
  ProposedFeatures,
  ResponseError,
  ShowMessageNotification,
  StreamMessageReader,
  TextDocumentSyncKind,
  TextDocuments,
  WorkDoneProgressReporter,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { KNOWLEDGE_BASE_FILE_NAME } from '../node/knowledgeBaseFiles';
import { ServerCommands, ServerNotifications } from '../shared/protocol';
import { SEMANTIC_TOKENS_LEGEND } from './features/semanticTokens';
import { AnalysisPool } from '../node/analysisPool';
import { finishForIndex } from '../node/indexRecord';
import { compileKnowledgeBaseOffThread } from '../node/knowledgeBaseCompiler';
import { readRefreshSupport, refreshers } from './clientRefresh';
import { indexProgressReporter } from './indexProgress';
import { readInitializationOptions } from './initializationOptions';
import { createLspWorkspaceHost } from './lspWorkspaceHost';
import { type FailureKind, RequestFailure } from './requestFailure';
import { sentAsWrittenBefore } from './serializedAnswers';
import { jsonWriter } from './stdioWriter';
import { createSeedService, SERVICE_COMMANDS } from './service';
import { DocumentSettings } from './settings';
import { uriToPath } from './uris';

declare const PACKAGE_VERSION: string;
/** The bundled domain KB, next to the bundle: `dist/server.js` → `seeds/entities.yaml`. */
const BUNDLED_KB = path.resolve(__dirname, '..', 'seeds', KNOWLEDGE_BASE_FILE_NAME);

// Over stdio the reader is ours, to hear of malformed framing (a bad or missing Content-Length, a body that is
// not JSON): the stream cannot be trusted after it, so the server says why on stderr and exits — the client
// sees it go and can restart it — instead of staying alive and deaf.
const reader = process.argv.includes('--stdio') ? new StreamMessageReader(process.stdin) : undefined;
const connection = reader
  ? createConnection(ProposedFeatures.all, reader, jsonWriter(process.stdout))
  : createConnection(ProposedFeatures.all);
reader?.onError((error) => {
  process.stderr.write(`seed-annotator server: malformed message from the client (${error.message}); exiting.\n`);
  process.exit(1);
});
const documents = new TextDocuments(TextDocument);

const client = {
  configuration: false,
  snippets: false,
  documentChanges: false,
  configurationChanges: false,
  workspaceFolders: false,
  createFiles: false,
  inlayHintRefresh: false,
  codeLensRefresh: false,
  workDoneProgress: false,
  customIndexProgress: false,
};
let workspaceFolders: string[] = [];

const settings = new DocumentSettings(connection, () => client.configuration);
// Worker threads index the workspace (their cache folder comes with initialize) and compile edited large KBs.
const pool = new AnalysisPool({ finisher: finishForIndex });
const service = createSeedService({
  pool,
  workspace: createLspWorkspaceHost(documents, settings, () => workspaceFolders),
  knowledgeBases: { bundledFile: BUNDLED_KB, compileOffThread: compileKnowledgeBaseOffThread() },
  client,
  output: {
    publishDiagnostics: (params) => void connection.sendDiagnostics(params),
    showMessage: (kind, message) =>
      void connection.sendNotification(ShowMessageNotification.type, {
        type: kind === 'info' ? MessageType.Info : MessageType.Warning,
        message,
      }),
    applyEdit: (label, edit) => connection.workspace.applyEdit({ label, edit }),
    ...refreshers(connection, client),
    meetingsChanged: () => void connection.sendNotification(ServerNotifications.meetingsChanged),
    indexProgress: indexProgressReporter(connection, client),
  },
});
const toPaths = (uris: readonly string[]) => uris.map(uriToPath).filter((p): p is string => p !== undefined);

connection.onInitialize((params): InitializeResult => {
  const caps = params.capabilities;
  client.configuration = caps.workspace?.configuration === true;
  client.configurationChanges = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  client.workspaceFolders = caps.workspace?.workspaceFolders === true;
  client.documentChanges = caps.workspace?.workspaceEdit?.documentChanges === true;
  client.snippets =
    (caps.workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport === true && client.documentChanges;
  client.createFiles = caps.workspace?.workspaceEdit?.resourceOperations?.includes('create') === true;
  readRefreshSupport(client, caps);
  workspaceFolders = toPaths(params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []));
  client.workDoneProgress = caps.window?.workDoneProgress === true;
  const options = readInitializationOptions(params.initializationOptions);
  client.customIndexProgress = options.indexProgress;
  pool.cacheFolder = options.cacheFolder;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      executeCommandProvider: { commands: [...SERVICE_COMMANDS] },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentSymbolProvider: { label: 'Seed Annotator' },
      workspaceSymbolProvider: true,
      renameProvider: { prepareProvider: true },
      semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
      inlayHintProvider: true,
      codeLensProvider: { resolveProvider: true },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'seed-annotator', version: typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : 'dev' },
  };
});

connection.onInitialized(() => {
  if (client.configurationChanges) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'seedAnnotator' });
  if (client.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(toPaths(event.removed.map((f) => f.uri)));
      workspaceFolders = [...workspaceFolders.filter((f) => !removed.has(f)), ...toPaths(event.added.map((f) => f.uri))];
      service.didChangeWorkspaceFolders();
    });
  }
  service.initialized();
});

connection.onDidChangeConfiguration((change) => {
  settings.changed(change.settings);
  void service.didChangeConfiguration();
});

connection.onShutdown(() => service.shutdown());
documents.onDidOpen(({ document }) => void service.didOpen(document));
documents.onDidChangeContent(({ document }) => void service.didChange(document));
documents.onDidSave(({ document }) => void service.didSave(document));
documents.onDidClose(({ document }) => void service.didClose(document));
connection.onDidChangeWatchedFiles(({ changes }) => void service.didChangeWatchedFiles(changes));

const RESPONSE_CODES: Record<FailureKind, number> = {
  cancelled: LSPErrorCodes.RequestCancelled,
  invalidParams: ErrorCodes.InvalidParams,
  invalidRequest: ErrorCodes.InvalidRequest,
};
/** The service's refusals are answers for the user, not failures of the server. */
async function answer<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (error instanceof RequestFailure) throw new ResponseError(RESPONSE_CODES[error.kind], error.message);
    throw error;
  }
}

connection.onHover(({ textDocument, position }) => answer(() => service.getHover(textDocument.uri, position)));
connection.onDefinition(({ textDocument, position }) => answer(() => service.getDefinition(textDocument.uri, position)));
connection.onReferences(({ textDocument, position, context }, token) =>
  answer(() => service.getReferences(textDocument.uri, position, context?.includeDeclaration ?? false, token)).then(sentAsWrittenBefore),
);
connection.onDocumentSymbol(({ textDocument }) => answer(() => service.getDocumentSymbols(textDocument.uri)));
connection.onCodeAction((params) => answer(() => service.getCodeActions(params)));
connection.onWorkspaceSymbol(({ query }) => answer(() => service.getWorkspaceSymbols(query)));
connection.onPrepareRename(({ textDocument, position }) => answer(() => service.prepareRename(textDocument.uri, position)));
connection.onRenameRequest(({ textDocument, position, newName }) => answer(() => service.rename(textDocument.uri, position, newName)));
connection.languages.semanticTokens.on(({ textDocument }) => answer(() => service.getSemanticTokens(textDocument.uri)));
connection.onCodeLens(({ textDocument }) => answer(() => service.getCodeLenses(textDocument.uri)));
connection.onCodeLensResolve((lens) => answer(() => service.resolveCodeLens(lens)));
connection.languages.inlayHint.on(({ textDocument, range }) => answer(() => service.getInlayHints(textDocument.uri, range)));

connection.onExecuteCommand(async (params, token, workDone) => {
  // A client that passed a workDoneToken shows progress its own way; others get a server-made one.
  const progress =
    params.command === ServerCommands.checkAllArticles && WorkDoneProgressReporter.isNullInstance(workDone)
      ? await connection.window.createWorkDoneProgress()
      : workDone;
  return answer(() => service.executeCommand(params.command, params.arguments ?? [], progress, token));
});

// A bug in one request must not take the server down with the user's diagnostics: log it instead.
process.on('unhandledRejection', (reason) => {
  connection.console.error(
    `Seed Annotator: unexpected failure: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`,
  );
});

documents.listen(connection);
connection.listen();
