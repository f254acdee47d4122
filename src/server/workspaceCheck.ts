// "Check All Articles": finds every seed article in the workspace folders, checks it from disk and
// publishes its diagnostics, so problems in files nobody has opened show up too.

import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CancellationToken, Connection, WorkDoneProgressReporter } from 'vscode-languageserver';
import { type ArticleAnalysis, countFile, emptyTally, firstLine, isSeedArticlePath, looksLikeSeedArticle, type Problem } from '../core';
import { findFiles, readText } from '../node/findFiles';
import type { WorkspaceCheckSummary } from '../shared/protocol';
import { toDiagnostic } from './toLsp';

export function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? path.normalize(fileURLToPath(uri)) : undefined;
  } catch {
    return undefined;
  }
}

export class WorkspaceCheck {
  /** Files published by the last check, by path: re-checked when they change on disk. */
  private readonly checked = new Map<string, string>();

  constructor(
    private readonly connection: Connection,
    private readonly isOpen: (filePath: string) => boolean,
    /** Analyses an article's text from disk (with the knowledge base in force for it). */
    private readonly analyze: (filePath: string, text: string) => Promise<ArticleAnalysis>,
  ) {}

  async run(folders: readonly string[], progress: WorkDoneProgressReporter, token: CancellationToken): Promise<WorkspaceCheckSummary> {
    progress.begin('Seed Annotator: checking articles', 0, 'finding seed articles…', true);
    const tally = emptyTally();
    const reading = { unreadable: 0 };
    try {
      const candidates: string[] = [];
      for (const folder of folders) {
        candidates.push(
          ...(await findFiles(
            folder,
            (rel) => /\.(txt|seed)$/i.test(rel),
            () => reading.unreadable++,
          )),
        );
      }
      for (const [i, file] of candidates.entries()) {
        if (token.isCancellationRequested) break;
        if (i % 50 === 0) progress.report(Math.round((100 * i) / candidates.length), `${i} of ${candidates.length} files`);
        const problems = await this.checkFile(file, reading);
        if (problems) countFile(tally, problems);
      }
    } finally {
      progress.done();
    }
    return { files: tally.files, errors: tally.errors, warnings: tally.warnings, unreadable: reading.unreadable };
  }

  /** A file changed or was deleted on disk. */
  async fileChanged(uri: string, deleted: boolean): Promise<void> {
    const file = uriToPath(uri);
    if (!file || !this.checked.has(file) || this.isOpen(file)) return;
    if (deleted) {
      this.forget(file);
      return;
    }
    await this.checkFile(file, { unreadable: 0 });
  }

  /** A document closed in the editor falls back to what its file on disk says, if it was checked. */
  async documentClosed(uri: string): Promise<boolean> {
    const file = uriToPath(uri);
    if (!file || !this.checked.has(file)) return false;
    await this.checkFile(file, { unreadable: 0 });
    return true;
  }

  /** Checks one file; undefined when it is not a seed article or cannot be read. */
  private async checkFile(file: string, counts: { unreadable: number }): Promise<readonly Problem[] | undefined> {
    let text: string;
    try {
      text = await readText(file);
    } catch {
      counts.unreadable++;
      this.forget(file);
      return undefined;
    }
    if (!isSeedArticlePath(file) && !looksLikeSeedArticle(firstLine(text))) return undefined;
    const { problems } = await this.analyze(file, text);
    if (!this.isOpen(file)) {
      const uri = pathToFileURL(file).toString();
      this.checked.set(file, uri);
      void this.connection.sendDiagnostics({ uri, diagnostics: problems.map(toDiagnostic) });
    }
    return problems;
  }

  private forget(file: string): void {
    const uri = this.checked.get(file);
    if (!uri) return;
    this.checked.delete(file);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}
