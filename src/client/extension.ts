// The VS Code side: starts the language server and wires the palette commands. All analysis
// happens in the server; this file only connects VS Code to it.

import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import {
  type ExtensionContext,
  Location,
  Position,
  Range,
  ProgressLocation,
  type QuickPickItem,
  QuickPickItemKind,
  type TextDocument,
  Uri,
  commands,
  languages,
  window,
  workspace,
} from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
  WorkDoneProgress,
  type Location as LspLocation,
  type Position as LspPosition,
} from 'vscode-languageclient/node';
import { looksLikeSeedArticle } from '../core/seedFiles';
import { BUILT_IN_ENTITY_TYPES } from '../core/knowledgeBase/entityTypes';
import { exportAnnotations } from './exportAnnotations';
import { showIndexProgress } from './indexStatus';
import { MeetingsView } from './meetingsView';
import { Timeline } from './timeline';
import {
  type AddToKnowledgeBase,
  type AddToKnowledgeBaseResult,
  Commands,
  type EntityChoice,
  LANGUAGE_ID,
  ServerCommands,
  ServerNotifications,
  type WorkspaceCheckSummary,
} from '../shared/protocol';

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
      // Knowledge bases: the server checks them as they are typed and applies unsaved edits at once.
      { scheme: 'file', pattern: '**/entities.yaml' },
    ],
    // The workspace check re-reads checked files when they change on disk; KB files edited
    // outside the editor take effect too.
    synchronize: {
      fileEvents: [workspace.createFileSystemWatcher('**/*.{txt,seed}'), workspace.createFileSystemWatcher('**/*.{yaml,yml}')],
    },
    // Analyses persist here between sessions, keyed by content: a restart re-analyses nothing unchanged.
    // The status bar item draws the index's progress (indexStatus.ts): no second, standard one.
    initializationOptions: { cacheFolder: Uri.joinPath(context.globalStorageUri, 'analyses').fsPath, indexProgress: true },
  };
  client = new LanguageClient('seedAnnotator', 'Seed Annotator', serverOptions, clientOptions);
  const languageClient = client;
  const meetingsView = new MeetingsView(languageClient);
  const timeline = new Timeline(context, () => meetingsView.all());
  const tree = window.createTreeView('seedAnnotator.meetings', { treeDataProvider: meetingsView, showCollapseAll: true });
  context.subscriptions.push(
    tree,
    showIndexProgress(languageClient),
    commands.registerCommand(Commands.refreshMeetings, () => meetingsView.refresh()),
    commands.registerCommand(Commands.filterMeetingsByPerson, () => meetingsView.filterByPerson()),
    commands.registerCommand(Commands.toggleBackgroundMeetings, () => meetingsView.toggleBackground()),
    commands.registerCommand(Commands.exportAnnotations, () => exportAnnotations(context)),
    commands.registerCommand(Commands.showMeetingsTimeline, async () => {
      await meetingsView.refresh();
      timeline.show();
    }),
  );
  context.subscriptions.push(commands.registerCommand(Commands.checkAllArticles, () => checkAllArticles(client!)));
  context.subscriptions.push(commands.registerCommand(Commands.annotateSelection, () => annotateSelection(client!)));
  // A meeting's CodeLens: its reports in the peek view, as "Find All References" shows them.
  context.subscriptions.push(
    commands.registerCommand(Commands.showMeetingReports, (uri: string, position: LspPosition, locations: LspLocation[]) =>
      commands.executeCommand(
        'editor.action.showReferences',
        Uri.parse(uri),
        new Position(position.line, position.character),
        locations.map(
          (l) =>
            new Location(Uri.parse(l.uri), new Range(l.range.start.line, l.range.start.character, l.range.end.line, l.range.end.character)),
        ),
      ),
    ),
  );
  workspace.textDocuments.forEach(adoptSeedArticle);
  context.subscriptions.push(workspace.onDidOpenTextDocument(adoptSeedArticle));
  await client.start();
  // The server says when the meetings change (as it indexes, as articles are edited): the view and timeline follow.
  client.onNotification(ServerNotifications.meetingsChanged, async () => {
    if (tree.visible || timeline.isOpen) await meetingsView.refresh();
    timeline.refresh();
  });
  context.subscriptions.push(tree.onDidChangeVisibility(({ visible }) => visible && void meetingsView.refresh()));
  if (tree.visible) await meetingsView.refresh();
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

interface TypeItem extends QuickPickItem {
  readonly type?: string;
  readonly alias?: boolean;
}

/** "Annotate Selection as Entity…": a new entity of a chosen type, or an alias of an existing one. */
async function annotateSelection(languageClient: LanguageClient): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor || editor.document.languageId !== LANGUAGE_ID) {
    void window.showWarningMessage('Seed Annotator: open a seed article and select a name to annotate.');
    return;
  }
  const name = editor.document.getText(editor.selection).replace(/\s+/g, ' ').trim();
  if (!name || name.length > 200) {
    void window.showWarningMessage('Seed Annotator: select a name (a few words on one line) to annotate.');
    return;
  }
  const uri = editor.document.uri.toString();
  const execute = <T>(command: string, args: unknown[]) =>
    languageClient.sendRequest(ExecuteCommandRequest.type, { command, arguments: args }) as Promise<T>;
  const entities = (await execute<EntityChoice[] | null>(ServerCommands.listEntities, [uri])) ?? [];
  const types = [...new Set<string>([...BUILT_IN_ENTITY_TYPES, ...entities.map((e) => e.type)])];
  const items: TypeItem[] = [
    ...types.map((type) => ({ label: `New ${type}`, type })),
    { label: '', kind: QuickPickItemKind.Separator },
    { label: 'Alias of an existing entity…', alias: true, detail: `Another spelling of one of ${entities.length} known entities` },
  ];
  const picked = await window.showQuickPick(items, { title: `Annotate "${name}" as…`, placeHolder: 'Entity type' });
  if (!picked) return;
  let request: AddToKnowledgeBase = { uri, name, type: picked.type! };
  if (picked.alias) {
    const aliasOf = await pickEntity(entities, name);
    if (!aliasOf) return;
    request = { uri, name, aliasOf };
  }
  const result = await execute<AddToKnowledgeBaseResult>(ServerCommands.addToKnowledgeBase, [request]);
  if (!result.applied) {
    void window.showErrorMessage(`Seed Annotator: ${result.message ?? 'could not edit the knowledge base.'}`);
    return;
  }
  const where = result.file ? path.basename(result.file) : 'the knowledge base';
  const open = await window.showInformationMessage(`Added "${name}" to ${where} (not saved yet).`, 'Open');
  if (open && result.file) await window.showTextDocument(Uri.file(result.file));
}

async function pickEntity(entities: readonly EntityChoice[], name: string): Promise<string | undefined> {
  const picked = await window.showQuickPick(
    entities.map((e) => ({ label: e.name, description: e.type, detail: e.description, id: e.id })),
    { title: `"${name}" is another name for…`, matchOnDescription: true, matchOnDetail: true },
  );
  return picked?.id;
}
