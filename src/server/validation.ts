// When documents are checked: at once on open and save, after a pause in typing when
// `seedAnnotator.validate` is `onType`. Diagnostics are pushed so that every LSP client gets them.

import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type ArticleAnalysis, analyzeArticle } from '../core';
import type { KnowledgeBaseInForce } from '../node/knowledgeBaseFiles';
import type { DocumentSettings } from './settings';
import { toDiagnostic } from './toLsp';

/** Long enough to skip the keystrokes of a word, short enough to feel immediate. */
export const TYPING_PAUSE_MS = 200;

export interface Analyzed {
  readonly version: number;
  /** The knowledge base generation the analysis used. */
  readonly generation: number;
  readonly analysis: ArticleAnalysis;
  readonly knowledgeBase: KnowledgeBaseInForce;
}

export interface KnowledgeBaseSource {
  readonly generation: number;
  forDocument(uri: string): Promise<KnowledgeBaseInForce>;
}

export class Validator {
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  /** The latest analysis of each document, or the one in progress (so it is never started twice). */
  private readonly latest = new Map<string, { version: number; generation: number; analyzed: Promise<Analyzed> }>();

  constructor(
    private readonly connection: Connection,
    private readonly settings: DocumentSettings,
    private readonly knowledgeBases: KnowledgeBaseSource,
    private readonly onAnalyzed: (document: TextDocument, analyzed: Analyzed) => void = () => undefined,
  ) {}

  /** The analysis of exactly this version of the document under the current KB, computed now if need be. */
  analyzedOf(document: TextDocument): Promise<Analyzed> {
    const cached = this.latest.get(document.uri);
    const generation = this.knowledgeBases.generation;
    if (cached && cached.version === document.version && cached.generation === generation) return cached.analyzed;
    const { version } = document;
    const text = document.getText();
    const analyzed = this.knowledgeBases.forDocument(document.uri).then((knowledgeBase) => {
      const analysis = analyzeArticle(text, { now: new Date(), entities: knowledgeBase.index });
      const result = { version, generation, analysis, knowledgeBase };
      this.onAnalyzed(document, result);
      return result;
    });
    this.latest.set(document.uri, { version, generation, analyzed });
    return analyzed;
  }

  async analysisOf(document: TextDocument): Promise<ArticleAnalysis> {
    return (await this.analyzedOf(document)).analysis;
  }

  async validateNow(document: TextDocument): Promise<void> {
    this.cancel(document.uri);
    // The document object changes under us as the user types: label diagnostics with the version analysed.
    const { analysis, version } = await this.analyzedOf(document);
    void this.connection.sendDiagnostics({
      uri: document.uri,
      version,
      diagnostics: analysis.problems.map(toDiagnostic),
    });
  }

  async changed(document: TextDocument): Promise<void> {
    // Opening a document also counts as a content change; that version is already checked.
    const cached = this.latest.get(document.uri);
    if (cached?.version === document.version && cached.generation === this.knowledgeBases.generation) return;
    const { validate } = await this.settings.get(document.uri);
    if (validate !== 'onType') return;
    this.schedule(document);
  }

  /** Re-check after a pause (used when a knowledge base changes under open articles). */
  schedule(document: TextDocument): void {
    this.cancel(document.uri);
    this.pending.set(
      document.uri,
      setTimeout(() => {
        this.pending.delete(document.uri);
        void this.validateNow(document);
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
