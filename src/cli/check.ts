// `seed-annotator check`: finds the files and the knowledge bases they use, analyses each article with
// the core, streams the report.

import { existsSync, promises as fs, type Stats } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { analyzeArticle, countFile, emptyTally } from '../core';
import { findArticleFiles } from '../node/articleFiles';
import { describeFsError, readTextSync } from '../node/findFiles';
import type { CheckArgs, CorpusArgs } from './args';
import { type KnowledgeBasePlan, planKnowledgeBases } from './knowledgeBases';
import {
  type FileReport,
  knowledgeBaseTextLines,
  summaryLine,
  toJsonFile,
  toJsonKnowledgeBase,
  toJsonKnowledgeBaseFile,
  toTextLines,
} from './report';

export const EXIT_CLEAN = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

export interface Output {
  out(text: string): void;
  err(text: string): void;
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

export interface CheckOptions {
  /** The current instant (injected so that results are reproducible). */
  readonly now?: Date;
  /** The bundled knowledge base, used where no entities.yaml is found (unless --no-bundled-kb). */
  readonly bundledKnowledgeBase?: string;
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
  /** Paths that could not be read so far (grows as articles are read). */
  unreadable: number;
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
  const kb = planKnowledgeBases(files, {
    extraFiles: args.knowledgeBases,
    bundledFile: bundled,
    readText: (file) => extraTexts.get(file) ?? readTextSync(file),
  });
  const corpus: Corpus = { files, kb, now, unreadable, maxLength: args.maxFileSize * 1e6 };
  for (const { path: file, reason } of kb.unreadable) {
    output.err(`seed-annotator: ${file}: ${reason}`);
    corpus.unreadable++;
  }
  return corpus;
}

/** An article with the text its analysis is of (without the BOM: offsets count from after it). */
export interface AnalysedArticle extends FileReport {
  readonly text: string;
}

/** Each article of the corpus, read and analysed, in order; one that cannot be read is said and skipped. */
export function* analysedArticles(corpus: Corpus, output: Output): Generator<AnalysedArticle> {
  for (let i = 0; i < corpus.files.length; i++) {
    const file = corpus.files[i];
    let text: string;
    try {
      // Synchronous on purpose: for many small files it is ~5-15x faster than fs.promises
      // (one call instead of open/stat/read/close hops through the thread pool), and the CLI has
      // nothing else to do meanwhile.
      text = readTextSync(file);
    } catch (error) {
      output.err(`seed-annotator: ${file}: ${describeFsError(error)}`);
      corpus.unreadable++;
      continue;
    }
    yield {
      path: path.normalize(file),
      text,
      analysis: analyzeArticle(text, { now: corpus.now, entities: corpus.kb.indexes[i], maxLength: corpus.maxLength }),
    };
  }
}

export async function runCheck(args: CheckArgs, output: Output, options: CheckOptions = {}): Promise<number> {
  const corpus = await openCorpus(args, output, options);
  if (!corpus) return EXIT_USAGE;
  const { kb } = corpus;
  const tally = emptyTally();
  const kbTally = emptyTally();
  const json = args.format === 'json';
  if (json) output.out('{"files":[');
  let first = true;
  for (const report of kb.reports) {
    countFile(kbTally, report.problems);
    // In JSON, a knowledge base file is a `files` entry only when it has problems (consumers that
    // count or map `files` keep seeing articles); every file in force is listed under `knowledgeBases`.
    if (json && report.problems.length > 0) {
      output.out(`${first ? '' : ','}\n${JSON.stringify(toJsonKnowledgeBaseFile(report))}`);
      first = false;
    } else if (!json) {
      for (const line of knowledgeBaseTextLines(report)) output.out(`${line}\n`);
    }
  }
  for (const report of analysedArticles(corpus, output)) {
    countFile(tally, report.analysis.problems);
    if (json) {
      output.out(`${first ? '' : ','}\n${JSON.stringify(toJsonFile(report))}`);
      first = false;
    } else {
      for (const line of toTextLines(report)) output.out(`${line}\n`);
    }
  }
  if (json) output.out(`\n],"knowledgeBases":${JSON.stringify(kb.reports.map(toJsonKnowledgeBase))}}\n`);
  else output.out(`${summaryLine(tally, kbTally)}\n`);
  if (corpus.unreadable > 0) return EXIT_USAGE;
  return tally.errors + kbTally.errors > 0 ? EXIT_ERRORS : EXIT_CLEAN;
}
