// When documents are checked: at once on open and save, after a pause in typing when
// `seedAnnotator.validate` is `onType`. Diagnostics are pushed so that every LSP client gets them.

import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type ArticleAnalysis, analyzeArticle } from '../core';
import type { DocumentSettings } from './settings';
import { toDiagnostic } from './toLsp';

/** Long enough to skip the keystrokes of a word, short enough to feel immediate. */
export const TYPING_PAUSE_MS = 200;

interface Analyzed {
  readonly version: number;
  readonly analysis: ArticleAnalysis;
}

export class Validator {
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly latest = new Map<string, Analyzed>();

  constructor(
    private readonly connection: Connection,
    private readonly settings: DocumentSettings,
  ) {}

  /** The analysis of exactly this version of the document, computed now if need be. */
  analysisOf(document: TextDocument): ArticleAnalysis {
    const cached = this.latest.get(document.uri);
    if (cached && cached.version === document.version) return cached.analysis;
    const analysis = analyzeArticle(document.getText(), { now: new Date() });
    this.latest.set(document.uri, { version: document.version, analysis });
    return analysis;
  }

  validateNow(document: TextDocument): void {
    this.cancel(document.uri);
    const analysis = this.analysisOf(document);
    void this.connection.sendDiagnostics({
      uri: document.uri,
      version: document.version,
      diagnostics: analysis.problems.map(toDiagnostic),
    });
  }

  async changed(document: TextDocument): Promise<void> {
    // Opening a document also counts as a content change; that version is already checked.
    if (this.latest.get(document.uri)?.version === document.version) return;
    const { validate } = await this.settings.get(document.uri);
    if (validate !== 'onType') return;
    this.cancel(document.uri);
    this.pending.set(
      document.uri,
      setTimeout(() => {
        this.pending.delete(document.uri);
        this.validateNow(document);
      }, TYPING_PAUSE_MS),
    );
  }

  closed(uri: string): void {
    this.cancel(uri);
    this.latest.delete(uri);
  }

  private cancel(uri: string): void {
    const timer = this.pending.get(uri);
    if (timer) clearTimeout(timer);
    this.pending.delete(uri);
  }
}
