// The VS Code side: starts the language server and wires the palette commands. All analysis
// happens in the server; this file only connects VS Code to it.

import { randomUUID } from 'node:crypto';
import { type ExtensionContext, ProgressLocation, type TextDocument, commands, languages, window, workspace } from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
  WorkDoneProgress,
} from 'vscode-languageclient/node';
import { looksLikeSeedArticle } from '../core/seedFiles';
import { Commands, LANGUAGE_ID, ServerCommands, type WorkspaceCheckSummary } from '../shared/protocol';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
    ],
    // The workspace check re-reads checked files when they change on disk.
    synchronize: { fileEvents: workspace.createFileSystemWatcher('**/*.{txt,seed}') },
  };
  client = new LanguageClient('seedAnnotator', 'Seed Annotator', serverOptions, clientOptions);
  context.subscriptions.push(commands.registerCommand(Commands.checkAllArticles, () => checkAllArticles(client!)));
  workspace.textDocuments.forEach(adoptSeedArticle);
  context.subscriptions.push(workspace.onDidOpenTextDocument(adoptSeedArticle));
  await client.start();
}

/** Documents already considered, so that a user who picks Plain Text for one keeps that choice. */
const considered = new Set<string>();

/**
 * VS Code gives `*.txt` to Plain Text before it looks at `firstLine`, so a seed article outside a
 * `seeds/` folder opens as Plain Text. Once the extension runs, such documents become seed articles.
 */
function adoptSeedArticle(document: TextDocument): void {
  const key = document.uri.toString();
  if (considered.has(key)) return;
  considered.add(key);
  if (document.languageId === 'plaintext' && document.uri.scheme === 'file' && looksLikeSeedArticle(document.lineAt(0).text)) {
    void languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/** Runs the server's workspace check behind a cancellable progress notification. */
function checkAllArticles(languageClient: LanguageClient): Thenable<WorkspaceCheckSummary | undefined> {
  return window.withProgress(
    { location: ProgressLocation.Notification, title: 'Seed Annotator: checking all articles', cancellable: true },
    async (progress, cancellation) => {
      const workDoneToken = randomUUID();
      let reported = 0;
      const listening = languageClient.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
        if (value.kind === 'end') return;
        const percentage = value.percentage ?? reported;
        progress.report({ message: value.message, increment: percentage - reported });
        reported = percentage;
      });
      try {
        return await languageClient.sendRequest(
          ExecuteCommandRequest.type,
          { command: ServerCommands.checkAllArticles, arguments: [], workDoneToken },
          cancellation,
        );
      } finally {
        listening.dispose();
      }
    },
  );
}
