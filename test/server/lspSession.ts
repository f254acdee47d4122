// A minimal LSP client for tests: spawns the real bundled server over stdio and speaks the
// protocol to it the way an editor does.

import { type ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ApplyWorkspaceEditRequest,
  type ClientCapabilities,
  CodeLensRefreshRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  type InitializeResult,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  type Range,
  RegistrationRequest,
  ShowMessageNotification,
  type ShowMessageParams,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';

export const ROOT = path.resolve(__dirname, '../..');
export const SERVER = path.join(ROOT, 'dist/server.js');

export const uriOf = (file: string) => pathToFileURL(file).toString();

export interface SessionOptions {
  /** The `seedAnnotator` settings section the client answers `workspace/configuration` with. */
  settings?: Record<string, unknown>;
  snippets?: boolean;
  /** The workspace folder; null for a client that starts without one. */
  workspaceFolder?: string | null;
  /** What the extension sends with initialize (e.g. `cacheFolder`). */
  initializationOptions?: Record<string, unknown>;
  /** More environment for the server process. */
  env?: Record<string, string>;
  /** The client says the server may ask it to ask again for CodeLenses (`workspace/codeLens/refresh`), as VS Code does. */
  codeLensRefresh?: boolean;
}

export class LspSession {
  readonly connection: ProtocolConnection;
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** How many times diagnostics were published, by URI. */
  readonly publications = new Map<string, number>();
  readonly messages: ShowMessageParams[] = [];
  readonly progress: unknown[] = [];
  /** Edits the server asked this client to apply (workspace/applyEdit). */
  readonly appliedEdits: WorkspaceEdit[] = [];
  /** How many times the server asked the client to ask again for CodeLenses. */
  codeLensRefreshes = 0;
  private readonly process: ChildProcess;
  private waiters: Array<() => void> = [];
  private versions = new Map<string, number>();
  settings: Record<string, unknown>;

  private constructor(options: SessionOptions) {
    this.settings = options.settings ?? {};
    const env = options.env ? { ...process.env, ...options.env } : process.env;
    this.process = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env });
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(params.uri, params);
      this.publications.set(params.uri, (this.publications.get(params.uri) ?? 0) + 1);
      this.notify();
    });
    this.connection.onNotification(ShowMessageNotification.type, (params) => {
      this.messages.push(params);
      this.notify();
    });
    this.connection.onNotification('$/progress', (params: unknown) => {
      this.progress.push(params);
      this.notify();
    });
    this.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => this.settings));
    this.connection.onRequest(RegistrationRequest.type, () => undefined);
    this.connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    this.connection.onRequest(CodeLensRefreshRequest.type, () => {
      this.codeLensRefreshes++;
      this.notify();
    });
    this.connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
      this.appliedEdits.push(params.edit);
      return { applied: true };
    });
    this.connection.listen();
  }

  static async start(options: SessionOptions = {}): Promise<{ session: LspSession; initialized: InitializeResult }> {
    const session = new LspSession(options);
    const capabilities = {
      workspace: {
        configuration: true,
        didChangeConfiguration: { dynamicRegistration: true },
        // snippetEditSupport (LSP 3.18) is what VS Code's client announces.
        workspaceEdit: {
          documentChanges: true,
          resourceOperations: ['create'],
          ...(options.snippets ? { snippetEditSupport: true } : {}),
        },
        workspaceFolders: true,
        ...(options.codeLensRefresh ? { codeLens: { refreshSupport: true } } : {}),
      },
      window: { workDoneProgress: true },
      textDocument: {
        synchronization: { didSave: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
      },
    } as ClientCapabilities;
    const folder = options.workspaceFolder === undefined ? ROOT : options.workspaceFolder;
    const initialized = await session.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folder === null ? null : uriOf(folder),
      workspaceFolders: folder === null ? null : [{ uri: uriOf(folder), name: path.basename(folder) }],
      capabilities,
      initializationOptions: options.initializationOptions,
    });
    await session.connection.sendNotification(InitializedNotification.type, {});
    return { session, initialized };
  }

  async open(uri: string, text: string, languageId = 'seed'): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version: 1, text },
    });
  }

  /** Replaces the whole text, as a full-document change. */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
    return version;
  }

  /** Replaces the text in `range`, as VS Code sends a keystroke to a server that syncs incrementally. */
  async changeRange(uri: string, range: Range, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range, text }],
    });
    return version;
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { seedAnnotator: settings } });
  }

  /** Resolves when `predicate` holds, rejects after `ms`. */
  async waitFor<T>(predicate: () => T | undefined | false, what: string, ms = 5000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = predicate();
      if (value) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The diagnostics published for `uri` (for `version`, when given). */
  diagnosticsFor(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
    return this.waitFor(
      () => {
        const published = this.diagnostics.get(uri);
        return published && (version === undefined || published.version === version) ? published : undefined;
      },
      `diagnostics for ${path.basename(uri)}${version === undefined ? '' : ` version ${version}`}`,
    );
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } finally {
      this.connection.dispose();
      await new Promise<void>((resolve) => {
        if (this.process.exitCode !== null) return resolve();
        const timer = setTimeout(() => this.process.kill(), 2000);
        this.process.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}
