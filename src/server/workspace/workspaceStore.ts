// The workspace model: the one owner of which files are articles, their current text (an open
// document wins over the disk) and their analysis under the knowledge bases in force. Every editor
// feature reads articles from here, and indexes (mentions today; meetings and dates next) derive
// from its change events, so no two features can disagree about an article.

import { type ArticleAnalysis, analyzeArticle, isArticleFileName, keepRecentWindows } from '../../core';
import { fromAnalysisRecord } from '../../core/analysisRecord';
import { type AnalysisOutcome, recordOf } from '../../node/analysisJob';
import { AnalysisPool } from '../../node/analysisPool';
import { type FileStamp, UNVOUCHED } from '../../node/fileStamp';
import { analysisOfRest, FOR_INDEX, finishForIndex, type IndexRecord, type RecordRest } from '../../node/indexRecord';
import { PackedMentions } from '../../node/packedMentions';
import { IndexSnapshot, SNAPSHOT_MAX_ARTICLES, type LazyText, type SnapshotArticle, type TakenArticle } from '../../node/indexSnapshot';
import type { KnowledgeBaseInForce } from '../../node/knowledgeBaseFiles';
import type { SeedAnnotatorSettings } from '../../shared/protocol';
import * as path from 'node:path';
import { setTimeout as delay, setImmediate as nextTurn } from 'node:timers/promises';
import { fileUri, folderOf, uriToPath } from '../uris';
import type { KnowledgeBases } from './knowledgeBases';
import { SectionMemo } from '../../core/sections/sectionedBody';
import { analyseInSections, readInSections } from './longDocuments';
import type { WorkspaceHost } from './workspaceHost';

/**
 * One article as last analysed. For a closed article (read from disk) the store keeps its header,
 * problems and meetings; its mentions live in the mention index, and its dates are not kept.
 */
export interface Article {
  /** The URI LSP names it by: the open document's, else the file's. */
  readonly uri: string;
  /** The file behind it; undefined for an untitled document. */
  readonly file: string | undefined;
  /** The open document's version analysed; null when the text came from the disk. */
  readonly version: number | null;
  /** The text analysed: an open document's; '' for a file on disk (not kept: the file has it). */
  readonly text: string;
  /** The knowledge base generation the analysis used. */
  readonly generation: number;
  readonly analysis: ArticleAnalysis;
  readonly knowledgeBase: KnowledgeBaseInForce;
  /**
   * For a closed article: its mentions of KB entities, packed by entity (packedMentions.ts; its
   * `analysis.entities` is empty). Open articles have their mentions in `analysis.entities`.
   */
  readonly mentions?: PackedMentions;
  /** For a closed article: the id of each of its meetings (`meetingIdentity`), as its index record brings them. */
  readonly meetingIds?: readonly string[];
}

export type StoreChange =
  /** An article has a new analysis (new text, or a new knowledge base). */
  | { readonly kind: 'analysed'; readonly key: string; readonly article: Article }
  /** A file is no longer an article: deleted, closed and not on disk, or outside every folder now. */
  | { readonly kind: 'removed'; readonly key: string; readonly uri: string }
  /** The knowledge bases, the settings or the folders changed: every analysis is stale. */
  | { readonly kind: 'reset' };

export interface ScanOptions {
  /** Called before each article with how many are done and how many there are. */
  readonly progress?: (done: number, total: number) => void;
  readonly isCancelled?: () => boolean;
}

export interface ScanResult {
  /** Every article in the workspace folders, analysed, in path order (open ones as the editor has them). */
  readonly articles: readonly Article[];
  /** Folders and files that could not be read. */
  readonly unreadable: number;
  /** How many article files the folders hold. */
  readonly total: number;
  /** Stopped before the end: `articles` holds those analysed until then. */
  readonly cancelled: boolean;
}

interface Entry {
  readonly source: 'open' | 'disk';
  readonly version: number | null;
  readonly generation: number;
  readonly article: Promise<Article | undefined>;
  /** Whether an open document's analysis runs on a worker thread (a large document or a large KB). */
  readonly onWorker?: boolean;
  /** Whether `article` has settled. */
  readonly done?: boolean;
  /** A file's analysis, once made, with what the index snapshot keeps it under. */
  readonly indexed?: {
    readonly article: Article;
    readonly stamp: FileStamp;
    readonly hash: string;
    readonly maxLength: number;
    /** The rest of its index record (JSON, read when wanted: from the snapshot's data file, or as the worker made it). */
    readonly rest: LazyText;
  };
}

type MutableEntry = { -readonly [K in keyof Entry]: Entry[K] };
const NOT_YET: Promise<undefined> = Promise.resolve(undefined);

/**
 * Open documents this long (in UTF-16 code units) or longer are analysed on a worker thread, and
 * requests about them answer from the latest finished analysis while a newer one runs.
 */
export const LARGE_DOCUMENT_LENGTH = 256 * 1024;

/**
 * Open documents are analysed on a worker thread too when their KB has this many entities: compiling its
 * name matcher takes the server's thread ~60 µs an entity (a second for 17,000), analysing with it more.
 */
export const LARGE_KNOWLEDGE_BASE_ENTITIES = 2000;

/** Articles analysed at once while indexing: enough to keep every worker thread busy. */
const INDEX_WINDOW_PER_THREAD = 32;
/** Articles analysed on the server's thread after the first index, so that V8 compiles the analysis for it. */
const WARM_UP_ARTICLES = 100;
/**
 * The warm-up waits until no request has asked about an open article for this long, but not longer than
 * `WARM_UP_MAX_WAIT_MS` an article: under a steady stream of requests it still warms up, an article a second.
 */
const WARM_UP_QUIET_MS = 200;
const WARM_UP_MAX_WAIT_MS = 1000;
/** Articles started between two turns of the event loop while indexing. */
const YIELD_EVERY = 200;

/** A knowledge base keystroke must not start a re-index of the whole workspace at once. */
export const REINDEX_DELAY_MS = 300;

export class WorkspaceStore {
  /** By key: the file path for `file:` URIs, else the URI. */
  private readonly entries = new Map<string, Entry>();
  /** The URI of each open article, by key (editors may spell a file's URI differently from Node). */
  private readonly open = new Map<string, string>();
  /** The latest finished analysis of each open document, by key. */
  private readonly lastFinished = new Map<string, Article>();
  /** The sections' readings of each open document read in sections (see longDocuments.ts), by key. */
  private readonly sectionMemos = new Map<string, SectionMemo>();
  /** The article files the last complete scan found. */
  private onDisk = new Set<string>();
  private readonly listeners = new Set<(change: StoreChange) => void>();
  private readonly progressListeners = new Set<(done: number, total: number) => void>();
  /** Bumped whenever every analysis becomes stale; the index is complete for one epoch. */
  private epoch = 0;
  private indexedEpoch = -1;
  private indexing: Promise<void> | undefined;
  private indexWanted = false;
  private reindexTimer: ReturnType<typeof setTimeout> | undefined;
  /** The index as the last session left it (read once, at the first scan), when there is a cache folder. */
  private snapshot: Promise<IndexSnapshot | undefined> | undefined;
  /** The URI of each settings scope (a workspace folder): asked for with each article. */
  private readonly scopeUris = new Map<string, string>();
  /** The warm-up of this thread's analysis, once the first index is complete. */
  private warmedUp: Promise<void> | undefined;
  /** When a request last asked about an open article (`current`): the warm-up gives way to requests. */
  private lastRequestAt = 0;
  /** The snapshot being written, if it is. */
  private saving: Promise<void> | undefined;
  /** Whether the index differs from the snapshot on disk. */
  private snapshotStale = false;
  /**
   * Whether analyses of files go to the per-article cache: only when the workspace has more articles than
   * its snapshot would hold. The snapshot alone serves a restart, and writing 10k cache entries was a fifth
   * of a cold index.
   */
  private cacheEachArticle = false;

  constructor(
    private readonly host: WorkspaceHost,
    readonly knowledgeBases: KnowledgeBases,
    private readonly now: () => Date,
    /** Analyses files on disk: on worker threads, through the persistent cache (inline without them). */
    private readonly pool: AnalysisPool = new AnalysisPool({ jobs: 1, finisher: finishForIndex }),
  ) {
    // The open articles are analysed on this thread at every keystroke: their leads' dates are worth keeping.
    keepRecentWindows(true);
  }

  onDidChange(listener: (change: StoreChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** How far the background index got. */
  indexProgress = { done: 0, total: 0 };

  /** Progress of the background index: `done` of `total` articles, `done === total` at the end. */
  onIndexProgress(listener: (done: number, total: number) => void): () => void {
    this.progressListeners.add(listener);
    return () => this.progressListeners.delete(listener);
  }

  keyOf(uri: string): string {
    return uriToPath(uri) ?? uri;
  }

  /** The current analysis of an article: the open document's text if open, else the file's. */
  article(uri: string): Promise<Article | undefined> {
    const key = this.keyOf(uri);
    const openUri = this.open.get(key);
    const document = openUri === undefined ? undefined : this.host.document(openUri);
    // A client that opened a document without its text (a broken didOpen) gets it analysed as empty, not a failure.
    if (document) return this.analysedOpen(key, document.uri, document.version, () => (document.getText() as string | undefined) ?? '');
    const file = uriToPath(uri);
    return file && this.isDiskArticle(file) ? this.analysedDisk(key, file, uri) : Promise.resolve(undefined);
  }

  /** `article` of a file found on disk (no URI to make and parse back, for each article indexed). */
  private articleOfFile(file: string): Promise<Article | undefined> {
    const key = path.normalize(file);
    if (this.open.has(key)) return this.article(fileUri(file));
    return this.isDiskArticle(key) ? this.analysedDisk(key, key, fileUri(key)) : Promise.resolve(undefined);
  }

  /**
   * What requests about an open article answer from: the analysis of its current text, or while a
   * large document's newer text is being analysed, the latest finished analysis (not a wait of seconds).
   */
  current(uri: string): Promise<Article | undefined> {
    this.lastRequestAt = performance.now();
    const pending = this.article(uri);
    const key = this.keyOf(uri);
    const entry = this.entries.get(key);
    const last = this.lastFinished.get(key);
    if (entry?.source === 'open' && !entry.done && last && entry.onWorker) return Promise.resolve(last);
    return pending;
  }

  /** Whether a file on disk is an article: an article file name in a workspace folder. */
  isDiskArticle(file: string): boolean {
    return isArticleFileName(file) && folderOf(file, this.host.folders()) !== undefined;
  }

  /**
   * The settings that apply to an article. Their scope is its workspace folder, so an article is
   * analysed the same open or not, and a folder of 10k articles asks the client once, not 10k times.
   */
  settingsFor(uri: string): Promise<SeedAnnotatorSettings> {
    const file = uriToPath(uri);
    const scope = (file && folderOf(file, this.host.folders())) ?? file;
    if (!scope) return this.host.settings(uri);
    let scopeUri = this.scopeUris.get(scope);
    if (scopeUri === undefined) {
      if (this.scopeUris.size > 1000) this.scopeUris.clear();
      this.scopeUris.set(scope, (scopeUri = fileUri(scope)));
    }
    return this.host.settings(scopeUri);
  }

  /** Whether this version of an open article is analysed, or being analysed, under the current knowledge bases. */
  isAnalysed(uri: string, version: number): boolean {
    const entry = this.entries.get(this.keyOf(uri));
    return entry?.source === 'open' && entry.version === version && entry.generation === this.knowledgeBases.generation;
  }

  /** The version of an open document the editor has now (undefined when not open). */
  openVersion(uri: string): number | undefined {
    const openUri = this.open.get(this.keyOf(uri));
    return openUri === undefined ? undefined : this.host.document(openUri)?.version;
  }

  isOpen(uri: string): boolean {
    return this.open.has(this.keyOf(uri));
  }

  /** Finds every article in the workspace folders and analyses each (cached analyses are reused). */
  async scan(options: ScanOptions = {}): Promise<ScanResult> {
    // The snapshot is read while the folders are walked.
    const snapshot = this.openSnapshot();
    let unreadable = 0;
    const files: string[] = [];
    for (const folder of this.host.folders()) {
      try {
        files.push(...(await this.host.findArticles(folder)));
      } catch {
        unreadable++;
      }
    }
    await snapshot;
    this.cacheEachArticle = files.length > SNAPSHOT_MAX_ARTICLES;
    const articles: (Article | undefined)[] = [];
    const found = new Set<string>();
    // Many articles in flight at once, so that the worker threads never wait; results keep path order.
    const window = this.pool.size * INDEX_WINDOW_PER_THREAD;
    const inFlight: Promise<void>[] = [];
    let cancelled = false;
    for (const [i, file] of files.entries()) {
      if (options.isCancelled?.()) {
        cancelled = true;
        break;
      }
      options.progress?.(i, files.length);
      found.add(file);
      inFlight.push(
        this.articleOfFile(file).then((article) => {
          articles[i] = article;
        }),
      );
      if (inFlight.length >= window) await inFlight.shift();
      // Articles from the snapshot are ready at once: without a turn of the event loop now and then, no
      // request would be answered (nor progress sent) until the whole workspace is indexed.
      if (i % YIELD_EVERY === YIELD_EVERY - 1) await nextTurn();
    }
    await Promise.all(inFlight);
    const analysed = articles.filter((a): a is Article => a !== undefined);
    // Every article started has its place in `articles`: an empty one could not be read.
    unreadable += articles.length - analysed.length;
    if (cancelled) return { articles: analysed, unreadable, total: files.length, cancelled: true };
    // Files gone since the last scan (deleted while no watcher looked) leave the indexes.
    for (const file of this.onDisk) if (!found.has(file) && !this.open.has(file)) this.forget(file, fileUri(file));
    this.onDisk = found;
    return { articles: analysed, unreadable, total: files.length, cancelled: false };
  }

  /** Resolves when every article in the workspace has been analysed under the current knowledge bases. */
  async indexed(): Promise<void> {
    this.indexWanted = true;
    while (this.indexedEpoch !== this.epoch) {
      const epoch = this.epoch;
      const report = (done: number, total: number) => {
        this.indexProgress = { done, total };
        for (const listener of this.progressListeners) listener(done, total);
      };
      this.indexing ??= this.scan({ progress: (done, total) => done % 100 === 0 && report(done, total) })
        .then(({ articles, cancelled }) => {
          report(articles.length, articles.length);
          if (epoch === this.epoch) this.indexedEpoch = epoch;
          if (epoch === this.epoch && !cancelled) this.saving = this.saveSnapshot();
          if (epoch === this.epoch && !cancelled && !this.warmedUp) this.warmedUp = this.warmUp();
        })
        .finally(() => (this.indexing = undefined));
      await this.indexing;
    }
  }

  /** Resolves once the index snapshot being written, if any, is (the server waits for it when shut down). */
  snapshotSaved(): Promise<void> {
    return this.saving ?? Promise.resolve();
  }

  /** Whether the index is complete and current (hovers count articles only then). */
  get isIndexed(): boolean {
    return this.indexedEpoch === this.epoch;
  }

  // ---- what changed -----------------------------------------------------------------------

  /** An article was opened in the editor: from now on its text is the editor's. */
  documentOpened(uri: string): void {
    this.open.set(this.keyOf(uri), uri);
  }

  /** An article was closed: the file on disk counts again (or it is no article at all). */
  async documentClosed(uri: string): Promise<Article | undefined> {
    const key = this.keyOf(uri);
    this.open.delete(key);
    this.entries.delete(key);
    this.lastFinished.delete(key);
    this.sectionMemos.delete(key);
    const article = await this.article(uri);
    if (!article) this.forget(key, uri);
    return article;
  }

  /** A file changed on disk (created, changed or deleted) outside the editor. */
  async fileChanged(uri: string, deleted: boolean): Promise<void> {
    const key = this.keyOf(uri);
    if (this.open.has(key)) return; // the editor's text wins
    const known = this.entries.has(key);
    this.entries.delete(key);
    if (deleted) {
      this.onDisk.delete(key);
      if (known) this.forget(key, uri);
      return;
    }
    if (known || this.indexWanted) await this.article(uri);
  }

  /**
   * A knowledge base file changed: every analysis is stale and the index is redone shortly, at once or,
   * for a large KB compiled on a worker thread, once it is (until then requests answer from the old one).
   */
  knowledgeBaseChanged(file: string): Promise<void> | undefined {
    const compiling = this.knowledgeBases.changed(file);
    if (!compiling) {
      this.staleAll();
      return undefined;
    }
    return compiling.then(() => this.staleAll());
  }

  /** Settings or workspace folders changed: everything may be different. */
  reset(): void {
    this.knowledgeBases.reset();
    this.staleAll();
  }

  // ---- internals --------------------------------------------------------------------------

  private staleAll(): void {
    this.epoch++;
    this.emit({ kind: 'reset' });
    if (!this.indexWanted) return;
    if (this.reindexTimer) clearTimeout(this.reindexTimer);
    this.reindexTimer = setTimeout(() => void this.indexed(), REINDEX_DELAY_MS);
  }

  private analysedOpen(key: string, uri: string, version: number, text: () => string): Promise<Article | undefined> {
    const generation = this.knowledgeBases.generation;
    const cached = this.entries.get(key);
    if (cached?.source === 'open' && cached.version === version && cached.generation === generation) return cached.article;
    const previous = cached?.source === 'open' ? cached : undefined;
    // Read now: the document object moves on to later versions.
    const content = text();
    const entry: MutableEntry = {
      source: 'open',
      version,
      generation,
      // Known now for a large text; else as it was for the previous version (analyse() tells, once it knows the KB).
      onWorker: content.length >= LARGE_DOCUMENT_LENGTH || previous?.onWorker === true,
      done: false,
      article: NOT_YET,
    };
    // In the map before the analysis starts: it checks that no newer version replaced it.
    this.entries.set(key, entry);
    entry.article = (async () => {
      // One analysis at a time per document; a version typed over while the one before is analysed is
      // skipped (its callers get the latest finished analysis), so typing never queues up analyses.
      if (previous && !previous.done) await previous.article.catch(() => undefined);
      if (this.entries.get(key) !== entry) return this.lastFinished.get(key);
      try {
        const article = await this.analyse(key, uri, content, version, entry);
        this.lastFinished.set(key, article);
        return article;
      } finally {
        entry.done = true;
      }
    })();
    return entry.article;
  }

  private analysedDisk(key: string, file: string, uri: string): Promise<Article | undefined> {
    const generation = this.knowledgeBases.generation;
    const cached = this.entries.get(key);
    if (cached?.source === 'disk' && cached.generation === generation) return cached.article;
    const entry: MutableEntry = {
      source: 'disk',
      version: null,
      generation,
      article: Promise.resolve(undefined),
    };
    entry.article = (async () => {
      const settings = await this.settingsFor(uri);
      const knowledgeBase = await this.knowledgeBases.readyForArticle(file, settings);
      const maxLength = settings.maxFileSize * 1e6;
      const snapshot = await this.snapshot;
      const taken = snapshot?.take(file, knowledgeBase.fingerprint, maxLength);
      if (taken?.current) return this.analysed(key, this.fromSnapshot(taken, entry, taken.stamp, file, uri, maxLength, knowledgeBase));
      this.snapshotStale = true;
      let outcome: AnalysisOutcome;
      try {
        // A host on the real disk lets the worker read the file: no text crosses threads.
        const source = this.host.readsDisk ? { file } : { text: await this.host.readText(file) };
        const job = {
          ...source,
          knowledgeBase: knowledgeBase.fingerprint,
          maxLength,
          now: this.now().getTime(),
          finish: FOR_INDEX,
          wantStamp: snapshot !== undefined,
          ...(taken ? { unlessHash: taken.hash } : {}),
          noCache: snapshot !== undefined && !this.cacheEachArticle,
        };
        outcome = await this.pool.analyse(job, knowledgeBase.index);
      } catch {
        outcome = { unreadable: 'cannot be read' };
      }
      // Touched, not changed: the snapshot's record is the file's, under its new stamp.
      // (A job with `wantStamp` always has a stamp back.)
      if (taken && 'same' in outcome)
        return this.analysed(key, this.fromSnapshot(taken, entry, outcome.stamp ?? UNVOUCHED, file, uri, maxLength, knowledgeBase));
      const record = 'finished' in outcome ? (outcome.finished as IndexRecord | undefined) : undefined;
      if (!record) {
        if (this.entries.get(key) === entry) this.forget(key, uri);
        return undefined;
      }
      // What the index keeps of a closed article (indexRecord.ts): its mentions go to the mention index
      // packed, the rest of its analysis stays JSON until asked for, its dates and text are not kept.
      const mentions = PackedMentions.of(record.mentions);
      const { meetingIds } = record;
      const rest = () => record.rest;
      const article = lazyArticle({ uri, file, version: null, text: '', generation, knowledgeBase, mentions, meetingIds }, rest);
      // An analysis that flags a header date in the future is right only until that day: not kept.
      if ('stamp' in outcome && outcome.stamp && outcome.hash && !record.ofToday)
        entry.indexed = { article, stamp: outcome.stamp, hash: outcome.hash, maxLength, rest };
      return this.analysed(key, article);
    })();
    this.entries.set(key, entry);
    return entry.article;
  }

  /**
   * The article as the snapshot has it (see IndexSnapshot.take), known to be the file's as it is now; kept
   * for the next snapshot under `stamp`.
   */
  private fromSnapshot(
    taken: TakenArticle,
    entry: MutableEntry,
    stamp: FileStamp,
    file: string,
    uri: string,
    maxLength: number,
    knowledgeBase: KnowledgeBaseInForce,
  ): Article {
    const { mentions, meetingIds } = taken.indexed;
    const { generation } = entry;
    const article = lazyArticle({ uri, file, version: null, text: '', generation, knowledgeBase, mentions, meetingIds }, taken.rest);
    entry.indexed = { article, stamp, hash: taken.hash, maxLength, rest: taken.rest };
    return article;
  }

  private async analyse(key: string, uri: string, text: string, version: number, entry: MutableEntry): Promise<Article> {
    const file = uriToPath(uri);
    const settings = await this.settingsFor(uri);
    const knowledgeBase = await this.knowledgeBases.readyForArticle(file, settings);
    const generation = this.knowledgeBases.generation;
    const options = { now: this.now(), entities: knowledgeBase.index, maxLength: settings.maxFileSize * 1e6 };
    let analysis: ArticleAnalysis | undefined;
    const largeKnowledgeBase = knowledgeBase.index.knowledgeBase.entities.length >= LARGE_KNOWLEDGE_BASE_ENTITIES;
    if (readInSections(text, options) && !largeKnowledgeBase) {
      let memo = this.sectionMemos.get(key);
      if (!memo) this.sectionMemos.set(key, (memo = new SectionMemo()));
      analysis = await analyseInSections(text, options, memo);
    } else {
      // Cut below a megabyte (or over the size limit): its sections' readings are of no more use.
      this.sectionMemos.delete(key);
    }
    entry.onWorker ||= largeKnowledgeBase;
    if (!analysis && entry.onWorker) {
      // Seconds of work on the server's thread would hold every request up: a worker thread does it.
      const job = {
        text,
        knowledgeBase: knowledgeBase.fingerprint,
        maxLength: options.maxLength,
        now: options.now.getTime(),
        noCache: true,
      };
      const outcome = await this.pool.analyse(job, knowledgeBase.index).catch(() => undefined);
      if (outcome && 'json' in outcome) analysis = fromAnalysisRecord(recordOf(outcome), knowledgeBase.index.knowledgeBase);
    }
    analysis ??= analyzeArticle(text, options);
    return this.analysed(key, { uri, file, version, text, generation, analysis, knowledgeBase });
  }

  /** Tells the indexes about a new analysis, unless a newer text or knowledge base replaced it meanwhile. */
  private analysed(key: string, article: Article): Article {
    const current = this.entries.get(key);
    if (current && current.version === article.version && current.generation === article.generation) {
      this.emit({ kind: 'analysed', key, article });
    }
    return article;
  }

  private forget(key: string, uri: string): void {
    this.snapshotStale = true;
    this.entries.delete(key);
    this.emit({ kind: 'removed', key, uri });
  }

  private openSnapshot(): Promise<IndexSnapshot | undefined> {
    const folder = this.pool.cacheFolder;
    // Only where the worker threads read the files themselves: their stamps are what the snapshot trusts.
    this.snapshot ??= folder && this.host.readsDisk ? IndexSnapshot.open(folder, this.host.folders()) : Promise.resolve(undefined);
    return this.snapshot;
  }

  /**
   * Analyses a few of the workspace's articles on this thread, one per turn of the event loop, and forgets
   * them. The index ran on worker threads, so the first edits of a session ran the analysis before V8 had
   * compiled it for this thread: 4–12 ms a keystroke in a 3 KB article for the first dozens, 1.3–2 ms after
   * (the LSP plumbing around the analysis warms up with the edits themselves). Not while requests come in:
   * an analysis not yet compiled holds the thread 5–10 ms, which a hover arriving meanwhile waited out
   * (hover p99 after a restart and Check All: 5–9 ms with the warm-up, 2.5–3 ms without).
   */
  private async warmUp(): Promise<void> {
    let done = 0;
    for (const [key, entry] of this.entries) {
      if (done >= WARM_UP_ARTICLES) break;
      if (entry.source !== 'disk' || this.open.has(key)) continue;
      try {
        await nextTurn();
        const waitUntil = performance.now() + WARM_UP_MAX_WAIT_MS;
        while (performance.now() - this.lastRequestAt < WARM_UP_QUIET_MS && performance.now() < waitUntil) await delay(WARM_UP_QUIET_MS);
        const settings = await this.settingsFor(fileUri(key));
        const knowledgeBase = await this.knowledgeBases.readyForArticle(key, settings);
        // A large KB's articles are analysed on the pool when open: nothing to warm up here.
        if (knowledgeBase.index.knowledgeBase.entities.length >= LARGE_KNOWLEDGE_BASE_ENTITIES) return;
        const text = await this.host.readText(key);
        if (text.length >= LARGE_DOCUMENT_LENGTH) continue;
        analyzeArticle(text, { now: this.now(), entities: knowledgeBase.index, maxLength: settings.maxFileSize * 1e6 });
        done++;
      } catch {
        // a file gone meanwhile: the next one will do
      }
    }
  }

  /** Writes the index to the snapshot when it changed since it was read or written. */
  private async saveSnapshot(): Promise<void> {
    const snapshot = await this.snapshot;
    // Entries the scan did not take are of files gone, or of other folders: stale too.
    if (!snapshot || !(this.snapshotStale || snapshot.size > 0)) return;
    this.snapshotStale = false;
    if (!(await snapshot.save(this.snapshotArticles(this.knowledgeBases.generation)))) this.snapshotStale = true;
  }

  /** The articles of the index as the snapshot keeps them, made as they are written (not 10k records at once). */
  private *snapshotArticles(generation: number): Generator<SnapshotArticle> {
    for (const entry of this.entries.values()) {
      const indexed = entry.source === 'disk' ? entry.indexed : undefined;
      const article = indexed?.article;
      if (!indexed || !article?.file || !article.mentions || article.generation !== generation) continue;
      const { rest } = indexed;
      const { knowledgeBase, mentions, meetingIds = [] } = article;
      yield {
        file: article.file,
        stamp: indexed.stamp,
        hash: indexed.hash,
        knowledgeBase: knowledgeBase.fingerprint,
        maxLength: indexed.maxLength,
        indexed: { mentions, meetingIds },
        rest,
      };
    }
  }

  private emit(change: StoreChange): void {
    for (const listener of this.listeners) listener(change);
  }
}

/**
 * An article from the index snapshot: its analysis (header, problems, meetings) is parsed when first
 * read — most closed articles are never asked about, and parsing them all was most of a restart.
 */
function lazyArticle(known: Omit<Article, 'analysis'>, rest: LazyText): Article {
  let analysis: ArticleAnalysis | undefined;
  return {
    ...known,
    get analysis(): ArticleAnalysis {
      analysis ??= parseRest(rest);
      return analysis;
    },
  };
}

function parseRest(rest: LazyText): ArticleAnalysis {
  try {
    return analysisOfRest(JSON.parse(rest()) as RecordRest);
  } catch {
    // A snapshot edited by hand or cut short: the article's header, problems and meetings are lost, not the server.
    return { header: null, referenceDate: null, problems: [], meetings: [], entities: [], dates: [] };
  }
}
