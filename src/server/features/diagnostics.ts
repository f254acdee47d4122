// When articles' problems are published: an open article at once on open and save, and after a
// pause in typing when `seedAnnotator.validate` is `onType`; an article Check All Articles showed
// from disk, again whenever its file changes. Diagnostics are pushed so that every LSP client gets them.

import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import { toDiagnostic } from '../toLsp';
import type { Article, WorkspaceStore } from '../workspace/workspaceStore';

/** Long enough to skip the keystrokes of a word, short enough to feel immediate. */
export const TYPING_PAUSE_MS = 200;

export type Publish = (params: PublishDiagnosticsParams) => void;

export class Diagnostics {
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  /** Articles not open whose problems Check All Articles published, by key, with the URI used. */
  private readonly shownFromDisk = new Map<string, string>();

  constructor(
    private readonly store: WorkspaceStore,
    private readonly publish: Publish,
    /** Called with every open article analysed for publication (its KB's problems are shown once). */
    private readonly onChecked: (article: Article) => void = () => undefined,
  ) {
    store.onDidChange((change) => {
      if (change.kind === 'analysed' && change.article.version === null && this.shownFromDisk.has(change.key)) {
        this.show(change.article);
      } else if (change.kind === 'removed' && this.shownFromDisk.has(change.key)) {
        this.shownFromDisk.delete(change.key);
        this.publish({ uri: change.uri, diagnostics: [] });
      }
    });
  }

  /** Checks an open article now and publishes its problems, labelled with the version analysed. */
  async checkNow(uri: string): Promise<void> {
    this.cancel(uri);
    const article = await this.store.article(uri);
    if (!article || !this.store.isOpen(uri)) return;
    // Typed over while it waited for an analysis still running: the check of the newer text publishes.
    if (article.version !== null && article.version !== this.store.openVersion(uri)) return;
    this.onChecked(article);
    this.publish({
      uri,
      ...(article.version === null ? {} : { version: article.version }),
      diagnostics: article.analysis.problems.map(toDiagnostic),
    });
  }

  /** The text of an open article changed. */
  async changed(uri: string, version: number): Promise<void> {
    // Opening a document also counts as a content change; that version is already checked.
    if (this.store.isAnalysed(uri, version)) return;
    if ((await this.validateMode(uri)) !== 'onType') return;
    this.schedule(uri);
  }

  /** Re-check after a pause (also when a knowledge base changes under open articles). */
  schedule(uri: string): void {
    this.cancel(uri);
    this.pending.set(
      uri,
      setTimeout(() => {
        this.pending.delete(uri);
        void this.checkNow(uri);
      }, TYPING_PAUSE_MS),
    );
  }

  /** An open article was closed: what its file on disk says counts if Check All showed it, else nothing. */
  async closed(uri: string): Promise<void> {
    this.cancel(uri);
    const key = this.store.keyOf(uri);
    const article = await this.store.documentClosed(uri);
    if (article && this.shownFromDisk.has(key)) this.show(article);
    else this.publish({ uri, diagnostics: [] });
  }

  /** Publishes the problems of an article that is not open (Check All Articles). */
  show(article: Article): void {
    if (this.store.isOpen(article.uri)) return;
    this.shownFromDisk.set(this.store.keyOf(article.uri), article.uri);
    this.publish({ uri: article.uri, diagnostics: article.analysis.problems.map(toDiagnostic) });
  }

  private async validateMode(uri: string) {
    return (await this.store.settingsFor(uri)).validate;
  }

  private cancel(uri: string): void {
    const timer = this.pending.get(uri);
    if (timer) clearTimeout(timer);
    this.pending.delete(uri);
  }
}
