// "Seed Annotator: Export Annotations…": runs `seed-annotator export` (the same code as the CLI, in a child
// process) on the workspace folders, with a progress notification.

import { spawn } from 'node:child_process';
import { type ExtensionContext, ProgressLocation, Uri, window, workspace } from 'vscode';

const FORMATS = [
  { label: 'brat', description: 'a .txt and an .ann per article, annotation.conf, visual.conf and tools.conf: opens in brat as it is' },
  { label: 'jsonl', description: 'articles.jsonl: one object per article (entities, dates, meetings)' },
  { label: 'csv', description: 'meetings.csv: one row per real meeting, for spreadsheets' },
];

export async function exportAnnotations(context: ExtensionContext): Promise<void> {
  const folders = workspace.workspaceFolders?.map((f) => f.uri.fsPath) ?? [];
  if (folders.length === 0) {
    void window.showWarningMessage('Seed Annotator: open a folder to export its annotations.');
    return;
  }
  const format = await window.showQuickPick(FORMATS, { placeHolder: 'Export the annotations as…' });
  if (!format) return;
  const [out] =
    (await window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: 'Export here' })) ?? [];
  if (!out) return;
  const cli = context.asAbsolutePath('dist/cli.js');
  const result = await window.withProgress(
    { location: ProgressLocation.Notification, title: `Seed Annotator: exporting as ${format.label}…`, cancellable: true },
    (_progress, token) =>
      new Promise<{ code: number | null; errors: string }>((resolve) => {
        // The extension host's own Node (Electron's, in desktop VS Code: told to behave as plain Node).
        const child = spawn(process.execPath, [cli, 'export', '--format', format.label, '--out', out.fsPath, ...folders], {
          env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        let errors = '';
        child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
        token.onCancellationRequested(() => child.kill());
        child.on('close', (code) => resolve({ code, errors }));
        child.on('error', (error) => resolve({ code: -1, errors: error.message }));
      }),
  );
  if (result.code === 0) {
    const open = await window.showInformationMessage(`Seed Annotator: annotations exported to ${out.fsPath}.`, 'Reveal');
    if (open)
      void window.showTextDocument(
        Uri.joinPath(out, format.label === 'csv' ? 'meetings.csv' : format.label === 'jsonl' ? 'articles.jsonl' : 'annotation.conf'),
      );
  } else {
    void window.showErrorMessage(`Seed Annotator: the export failed${result.errors ? `: ${result.errors.trim().split('\n')[0]}` : '.'}`);
  }
}
