// `seed-annotator check`: finds the files and the knowledge bases they use, analyses each article with
// the core, streams the report.

import { existsSync, promises as fs, type Stats } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { countFile, emptyTally, type Tally } from '../core';
import { fromAnalysisRecord } from '../core/analysisRecord';
import { type AnalysisJob, type AnalysisOutcome, recordOf } from '../node/analysisJob';
import { type CheckFinish, type FinishedCheck, finishCheck } from './checkReport';
import { prepareCacheFolder } from '../node/analysisCache';
import { AnalysisPool } from '../node/analysisPool';
import { KnowledgeBaseCache } from '../node/knowledgeBaseCache';
import { findArticleFiles } from '../node/articleFiles';
import { describeFsError, readTextSync } from '../node/findFiles';
import type { CheckArgs, CorpusArgs } from './args';
import { type KnowledgeBasePlan, planKnowledgeBases } from './knowledgeBases';
import { type FileReport, knowledgeBaseTextLines, summaryLine, toJsonKnowledgeBase, toJsonKnowledgeBaseFile } from './report';

export const EXIT_CLEAN = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

export interface Output {
  out(text: string): void;
  err(text: string): void;
  /** Replaces the progress line on the terminal ('' clears it); never part of the report. */
  progress?(line: string): void;
  /** Resolves once the report written so far has been taken by its reader (a pipe may be slow). */
  drained?(): Promise<void>;
}

/** The files to check, in order; a PATH that does not exist is reported and skipped. */
async function collectFiles(args: CorpusArgs, output: Output): Promise<{ files: string[]; unreadable: number }> {
  const included = args.include.length ? picomatch(args.include as string[], { dot: true }) : () => true;
  const excluded = args.exclude.length ? picomatch(args.exclude as string[], { dot: true }) : () => false;
  const files: string[] = [];
  let unreadable = 0;
  for (const given of args.paths) {
    let stat: Stats;
    try {
      stat = await fs.stat(given);
    } catch (error) {
      output.err(`seed-annotator: ${given}: ${describeFsError(error)}`);
      unreadable++;
      continue;
    }
    if (!stat.isDirectory()) {
      files.push(given); // named explicitly: checked whatever its name
      continue;
    }
    const found = await findArticleFiles(given, {
      accept: (rel) => included(rel) && !excluded(rel),
      onProblem: (problem) => {
        output.err(`seed-annotator: ${problem.path}: ${problem.message}`);
        unreadable++;
      },
    });
    files.push(...found);
  }
  // `check seeds seeds/` or a file inside a folder also given: each article once, where first named.
  const seen = new Set<string>();
  const once = files.filter((file) => {
    const key = path.resolve(file);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { files: once, unreadable };
}

/** The CLI's worker threads: they also format the report (checkWorker.ts, next to dist/cli.js). */
const CHECK_WORKER = path.join(__dirname, 'checkWorker.js');

function addTally(into: Tally, more: Tally): void {
  into.files += more.files;
  into.errors += more.errors;
  into.warnings += more.warnings;
  into.notes += more.notes;
}

/**
 * Below this many articles, unless `--jobs` says otherwise, analysing inline is faster than starting worker
 * threads: each loads the bundle, compiles the KB and warms up on its own. Measured on 2 cores (bench
 * corpus, 2026-12-01, `--jobs 1` vs two workers): 1k articles 1.87–2.00 vs 2.23–2.38 s; 2k 2.65–2.83 vs
 * 3.07–3.22 s; 3k 3.57–3.59 vs 3.76–3.79 s; 5k 4.52–4.65 vs 4.24–4.33 s; 10k 7.7–8.3 vs 5.7–6.1 s.
 */
const MIN_FILES_FOR_WORKERS = 4000;

/** `1,234/10,000 articles` on one line of the standard error, redrawn at most ten times a second. */
function progressLine(output: Output): (done: number, total: number) => void {
  let shown = 0;
  return (done, total) => {
    const now = Date.now();
    if (done < total && now - shown < 100) return;
    shown = now;
    const line = `${done.toLocaleString('en')}/${total.toLocaleString('en')} articles`;
    output.progress?.(done < total ? line : '');
  };
}

export interface CheckOptions {
  /** The current instant (injected so that results are reproducible). */
  readonly now?: Date;
  /** The bundled knowledge base, used where no entities.yaml is found (unless --no-bundled-kb). */
  readonly bundledKnowledgeBase?: string;
  /** The worker threads' script (default: dist/analysisWorker.js next to the CLI). */
  readonly workerScript?: string;
  /** Whether the standard error is a terminal (a progress line is shown there unless --no-progress). */
  readonly isTerminal?: () => boolean;
}

/** Reads every `--kb` file up front: one that cannot be read is bad usage, reported before any work. */
function readExtraKnowledgeBases(args: CorpusArgs, output: Output): Map<string, string> | undefined {
  const texts = new Map<string, string>();
  let ok = true;
  for (const file of args.knowledgeBases) {
    try {
      texts.set(path.resolve(file), readTextSync(file));
    } catch (error) {
      output.err(`seed-annotator: --kb ${file}: ${describeFsError(error)}`);
      ok = false;
    }
  }
  return ok ? texts : undefined;
}

/** The articles to analyse with the knowledge base of each, ready to read: what `check` and `meetings` share. */
export interface Corpus {
  readonly files: readonly string[];
  /** Longer articles are not analysed (`--max-file-size`). */
  readonly maxLength: number;
  readonly kb: KnowledgeBasePlan;
  readonly now: Date;
  /** Reads and analyses the articles, on worker threads unless `--jobs 1`. */
  readonly pool: AnalysisPool;
  /** Paths that could not be read so far (grows as articles are read). */
  unreadable: number;
  /** Told after each article (the progress line). */
  readonly progress?: (done: number, total: number) => void;
}

/** Finds the files and plans their knowledge bases; undefined (after saying why) on bad usage. */
export async function openCorpus(args: CorpusArgs, output: Output, options: CheckOptions = {}): Promise<Corpus | undefined> {
  const now = options.now ?? new Date();
  const extraTexts = readExtraKnowledgeBases(args, output);
  if (!extraTexts) return undefined;
  const { files, unreadable } = await collectFiles(args, output);
  // Every knowledge base is found and compiled before the first article: once per set of files, with
  // each file's problems reported once, first (they explain what follows).
  const bundled =
    args.bundledKnowledgeBase && options.bundledKnowledgeBase && existsSync(options.bundledKnowledgeBase)
      ? path.resolve(options.bundledKnowledgeBase)
      : undefined;
  let cacheFolder = args.cache;
  const cacheProblem = cacheFolder === undefined ? undefined : prepareCacheFolder(cacheFolder);
  if (cacheProblem) {
    output.err(`seed-annotator: warning: --cache ${cacheFolder}: ${cacheProblem}; analyses are not cached`);
    cacheFolder = undefined;
  }
  const kb = planKnowledgeBases(files, {
    extraFiles: args.knowledgeBases,
    bundledFile: bundled,
    readText: (file) => extraTexts.get(file) ?? readTextSync(file),
    // The compiled KBs are cached too: parsing one is most of a short run.
    cache: cacheFolder === undefined ? undefined : new KnowledgeBaseCache(cacheFolder),
  });
  // A few articles are analysed sooner than worker threads start (each compiles the knowledge base).
  const jobs = args.jobs ?? (files.length < MIN_FILES_FOR_WORKERS ? 1 : undefined);
  const pool = new AnalysisPool({ jobs, cacheFolder, workerScript: options.workerScript ?? CHECK_WORKER, finisher: finishCheck });
  const progress = (args.progress ?? options.isTerminal?.() ?? false) ? progressLine(output) : undefined;
  const corpus: Corpus = { files, kb, now, unreadable, maxLength: args.maxFileSize * 1e6, pool, progress };
  for (const { path: file, reason } of kb.unreadable) {
    output.err(`seed-annotator: ${file}: ${reason}`);
    corpus.unreadable++;
  }
  return corpus;
}

/** An article with the text its analysis is of (without the BOM: offsets count from after it). */
export interface AnalysedArticle extends FileReport {
  /** The text, when asked for (`withText`); otherwise empty. */
  readonly text: string;
}

/**
 * Each article of the corpus, read and analysed (on the pool's threads, or found in the cache), in
 * order; one that cannot be read is said and skipped. Only a window of articles is in flight at once,
 * so memory stays flat on any corpus.
 */
/**
 * Each article's outcome, in order (analysed on the pool's threads, or found in the cache): only a
 * window of articles is in flight at once, so memory stays flat on any corpus. One that cannot be read
 * is said and skipped.
 */
async function* outcomes(
  corpus: Corpus,
  output: Output,
  job: (i: number) => Pick<AnalysisJob, 'wantText' | 'finish' | 'problemsOnly'>,
): AsyncGenerator<{ readonly i: number; readonly outcome: Exclude<AnalysisOutcome, { unreadable: string } | { same: true }> }> {
  const { files, pool, kb } = corpus;
  const window = pool.size * 64;
  const started: Promise<AnalysisOutcome>[] = [];
  const start = (i: number): Promise<AnalysisOutcome> =>
    pool
      .analyse(
        { file: files[i], knowledgeBase: kb.fingerprints[i], maxLength: corpus.maxLength, now: corpus.now.getTime(), ...job(i) },
        kb.indexes[i],
      )
      // An article that stopped its worker thread twice (see AnalysisPool) is said and skipped, as an unreadable one.
      .catch((error: Error) => ({ unreadable: `could not be analysed: ${error.message}` }));
  for (let i = 0; i < Math.min(window, files.length); i++) started.push(start(i));
  for (let i = 0; i < files.length; i++) {
    const outcome = await started[i];
    // Let go of what was read, and keep the window full.
    started[i] = undefined as never;
    if (i + window < files.length) started.push(start(i + window));
    corpus.progress?.(i + 1, files.length);
    if ('unreadable' in outcome) {
      output.err(`seed-annotator: ${files[i]}: ${outcome.unreadable}`);
      corpus.unreadable++;
      continue;
    }
    if ('same' in outcome) throw new Error('an analysis job without `unlessHash` was answered `same`');
    // A slow reader of the report (a pipe) holds the analysis up rather than the report piling up in memory.
    await output.drained?.();
    yield { i, outcome };
  }
}

/** Each article of the corpus, read and analysed, in order, with its analysis (export needs it whole). */
export async function* analysedArticles(
  corpus: Corpus,
  output: Output,
  options: { withText?: boolean } = {},
): AsyncGenerator<AnalysedArticle> {
  for await (const { i, outcome } of outcomes(corpus, output, () => ({ wantText: options.withText }))) {
    const analysis = fromAnalysisRecord(recordOf(outcome), corpus.kb.indexes[i]?.knowledgeBase);
    if (!analysis) throw new Error(`${corpus.files[i]}: the analysis names an entity its knowledge base does not have`);
    yield { path: path.normalize(corpus.files[i]), text: outcome.text ?? '', analysis };
  }
}

/** What the worker threads made of each article (checkReport.ts): report text and counts, or meetings. */
export async function* finishedArticles(
  corpus: Corpus,
  output: Output,
  format: CheckFinish['format'],
): AsyncGenerator<FinishedCheck & { path: string }> {
  const finish = (i: number): CheckFinish => ({ path: path.normalize(corpus.files[i]), format });
  // The text report is the problems alone: dates and meetings need not be looked for.
  const problemsOnly = format === 'text';
  for await (const { i, outcome } of outcomes(corpus, output, (i) => ({ finish: finish(i), problemsOnly }))) {
    yield { ...(outcome.finished as FinishedCheck), path: path.normalize(corpus.files[i]) };
  }
}

export async function runCheck(args: CheckArgs, output: Output, options: CheckOptions = {}): Promise<number> {
  const corpus = await openCorpus(args, output, options);
  if (!corpus) return EXIT_USAGE;
  try {
    return await check(corpus, args.format, output);
  } finally {
    await corpus.pool.close();
  }
}

async function check(corpus: Corpus, format: CheckArgs['format'], output: Output): Promise<number> {
  const { kb } = corpus;
  const tally = emptyTally();
  const kbTally = emptyTally();
  // json: one document, its `files` streamed; jsonl: one line per file, nothing else.
  const json = format === 'json';
  const jsonl = format === 'jsonl';
  if (json) output.out('{"files":[');
  let first = true;
  const entry = (value: object) => {
    if (jsonl) output.out(`${JSON.stringify(value)}\n`);
    else output.out(`${first ? '' : ','}\n${JSON.stringify(value)}`);
    first = false;
  };
  for (const report of kb.reports) {
    countFile(kbTally, report.problems);
    // In JSON, a knowledge base file is a `files` entry only when it has problems (consumers that
    // count or map `files` keep seeing articles); every file in force is listed under `knowledgeBases`.
    if (json || jsonl) {
      if (report.problems.length > 0) entry(toJsonKnowledgeBaseFile(report));
    } else {
      for (const line of knowledgeBaseTextLines(report)) output.out(`${line}\n`);
    }
  }
  for await (const finished of finishedArticles(corpus, output, json || jsonl ? 'json' : 'text')) {
    if (finished.kind !== 'report') continue;
    addTally(tally, finished.tally);
    if (json) output.out(`${first ? '' : ','}\n${finished.output}`);
    else if (jsonl) output.out(`${finished.output}\n`);
    else output.out(finished.output);
    first = false;
  }
  if (json) output.out(`\n],"knowledgeBases":${JSON.stringify(kb.reports.map(toJsonKnowledgeBase))}}\n`);
  else if (!jsonl) output.out(`${summaryLine(tally, kbTally)}\n`);
  if (corpus.unreadable > 0) return EXIT_USAGE;
  return tally.errors + kbTally.errors > 0 ? EXIT_ERRORS : EXIT_CLEAN;
}
