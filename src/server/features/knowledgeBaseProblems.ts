// Problems in knowledge base files: shown for an open entities.yaml as it is typed, and for every
// KB in force for a checked article even when nobody opened it; a KB named in settings that cannot
// be read is said once, in a warning.

import * as path from 'node:path';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import { toDiagnostic } from '../toLsp';
import { fileUri } from '../uris';
import type { Article, WorkspaceStore } from '../workspace/workspaceStore';

export class KnowledgeBaseProblems {
  /** KB files whose problems are shown, and the KB generation they were last published for. */
  private readonly published = new Map<string, number>();
  /** KB files already said to be unreadable, with the reason said (said again only if it changes). */
  private readonly reportedUnreadable = new Map<string, string>();

  constructor(
    private readonly store: WorkspaceStore,
    private readonly publish: (params: PublishDiagnosticsParams) => void,
    private readonly warn: (message: string) => void,
  ) {}

  /** An entities.yaml open in the editor: its problems as the KB in force next to it sees them. */
  async publishFor(file: string): Promise<void> {
    const uri = fileUri(file);
    const settings = await this.store.settingsFor(uri);
    const inForce = await this.store.knowledgeBases.readyForKnowledgeBaseFile(file, settings);
    const problems = inForce.problems.get(path.resolve(file)) ?? [];
    this.published.set(path.resolve(file), this.store.knowledgeBases.generation);
    this.publish({ uri, diagnostics: problems.map(toDiagnostic) });
  }

  /** A checked article: the problems of the KB files it uses, once per KB generation. */
  articleChecked(article: Article): void {
    const { knowledgeBases } = this.store;
    for (const file of article.knowledgeBase.files) {
      if (knowledgeBases.isBundledOutsideWorkspace(file)) continue;
      if (this.published.get(file) === knowledgeBases.generation) continue;
      this.published.set(file, knowledgeBases.generation);
      const problems = article.knowledgeBase.problems.get(file) ?? [];
      this.publish({ uri: fileUri(file), diagnostics: problems.map(toDiagnostic) });
    }
    for (const [file, reason] of article.knowledgeBase.unreadable) {
      if (this.reportedUnreadable.get(file) === reason) continue;
      this.reportedUnreadable.set(file, reason);
      this.warn(
        `Seed Annotator: the knowledge base ${file} cannot be read (${reason}); articles are checked without it. See the setting seedAnnotator.knowledgeBase.`,
      );
    }
  }
}
