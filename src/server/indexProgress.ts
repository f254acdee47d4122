// How the background index's progress reaches the client: the extension draws its own status bar item
// from `seedAnnotator/indexProgress` notifications (it says so in initializationOptions); any other
// client that can show LSP work-done progress (Neovim, Emacs, Helix…) gets a standard progress instead.

import type { Connection, WorkDoneProgressServerReporter } from 'vscode-languageserver';
import { ServerNotifications } from '../shared/protocol';

export interface IndexProgressClient {
  /** The client draws `seedAnnotator/indexProgress` itself. */
  readonly customIndexProgress: boolean;
  /** The client announced `window.workDoneProgress`. */
  readonly workDoneProgress: boolean;
}

export function indexProgressReporter(connection: Connection, client: IndexProgressClient): (done: number, total: number) => void {
  let progress: Promise<WorkDoneProgressServerReporter> | undefined;
  return (done, total) => {
    void connection.sendNotification(ServerNotifications.indexProgress, { done, total });
    if (client.customIndexProgress || !client.workDoneProgress) return;
    if (done < total) {
      progress ??= connection.window.createWorkDoneProgress().then((reporter) => {
        reporter.begin('Seed Annotator: indexing', 0, `${done} / ${total} articles`);
        return reporter;
      });
      void progress.then((reporter) => reporter.report(Math.floor((100 * done) / total), `${done} / ${total} articles`));
    } else if (progress) {
      void progress.then((reporter) => reporter.done());
      progress = undefined;
    }
  };
}
