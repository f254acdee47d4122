// One article's analysis as a job: read the file (unless the text is given), look the result up in the
// cache, else analyse and store it. The same function runs inline and in the worker threads
// (analysisWorker.ts), so both give the same answers.

import { analyzeArticle, type EntityIndex } from '../core';
import { AnalysisForms, type AnalysisRecord, toAnalysisRecord } from '../core/analysisRecord';
import { type AnalysisCache, cacheKey } from './analysisCache';
import { contentHash, type FileStamp, isRacy, UNVOUCHED } from './fileStamp';
import { describeFsError, readStampedTextSync } from './findFiles';

export interface AnalysisJob {
  /** The file to read, when `text` is not given. */
  readonly file?: string;
  readonly text?: string;
  /** The knowledge base's fingerprint; null: no knowledge base. */
  readonly knowledgeBase: string | null;
  readonly maxLength: number;
  /** The current instant, in ms since the epoch. */
  readonly now: number;
  /** Send the text back (export writes it; check does not need it). */
  readonly wantText?: boolean;
  /** Send the file's stamp and content hash back (the server's index snapshot keeps them). */
  readonly wantStamp?: boolean;
  /**
   * The content hash of the text the caller already has a record of (its index snapshot's): when the file
   * read hashes the same, nothing is analysed and the outcome says so (`same`).
   */
  readonly unlessHash?: string;
  /**
   * Only the problems are wanted (see AnalysisOptions.problemsOnly). Not with a cache, whose entries are whole
   * analyses: then the article is analysed whole, and stored.
   */
  readonly problemsOnly?: boolean;
  /** Neither read nor write the cache (an open document's text changes with every keystroke). */
  readonly noCache?: boolean;
  /**
   * For the finisher (see `Finisher`): e.g. the CLI's report format and the path as reported. With it,
   * the record itself is not sent back, only what the finisher made of it.
   */
  readonly finish?: unknown;
}

/**
 * Turns an analysis into what the caller will print, on the thread that made it: the CLI formats its
 * report in the worker threads, so the main thread only writes strings in order. Runs where the job
 * runs (worker or inline), so it must be the same function in both: a module, not a closure.
 */
export type Finisher = (job: AnalysisJob, analysed: AnalysisForms) => unknown;

/**
 * Of a job that read its file with `wantStamp`: the file's stamp (`UNVOUCHED` when the file had changed too
 * shortly before to vouch for the text read: see `isRacy`) and the text's hash. The server's index snapshot
 * keeps both.
 */
interface Stamped {
  readonly stamp?: FileStamp;
  /** `contentHash` of the text read (with `wantStamp`). */
  readonly hash?: string;
}

export type AnalysisOutcome =
  /**
   * The record as JSON: what crosses from a worker thread (a string is copied faster than the object
   * graph is cloned) and what the cache holds, so a cached analysis is never parsed twice.
   */
  | ({ readonly json: string; readonly text?: string; readonly cached: boolean; readonly finished?: undefined } & Stamped)
  /** A job with `finish`: what the finisher made of the analysis (the record stays where it was made). */
  | ({ readonly finished: unknown; readonly json?: undefined; readonly text?: string; readonly cached: boolean } & Stamped)
  /** The file read is the text whose hash was `unlessHash`: not analysed. */
  | ({ readonly same: true } & Stamped)
  /** The file could not be read: a one-line reason. */
  | { readonly unreadable: string };

export function runAnalysisJob(
  job: AnalysisJob,
  index: EntityIndex | undefined,
  sharedCache: AnalysisCache | undefined,
  finisher?: Finisher,
): AnalysisOutcome {
  const cache = job.noCache ? undefined : sharedCache;
  let text = job.text;
  let stamped: Stamped = {};
  if (text === undefined) {
    try {
      const readAt = Date.now();
      const read = readStampedTextSync(job.file!);
      text = read.text;
      if (job.wantStamp || job.unlessHash !== undefined) {
        const hash = contentHash(text);
        stamped = job.wantStamp ? { stamp: isRacy(read.stamp, readAt) ? UNVOUCHED : read.stamp, hash } : { hash };
      }
    } catch (error) {
      return { unreadable: describeFsError(error) };
    }
    if (job.unlessHash !== undefined && stamped.hash === job.unlessHash) return { same: true, ...stamped };
  }
  const extras = job.wantText ? { text, ...stamped } : stamped;
  const key = cache ? cacheKey({ text, knowledgeBase: job.knowledgeBase ?? '', maxLength: job.maxLength }) : '';
  const hit = cache?.get(key);
  if (hit !== undefined) {
    if (job.finish !== undefined && finisher) {
      const analysed = AnalysisForms.ofRecord(JSON.parse(hit) as AnalysisRecord, index?.knowledgeBase);
      return { finished: finisher(job, analysed), cached: true, ...extras };
    }
    return { json: hit, cached: true, ...extras };
  }
  const problemsOnly = job.problemsOnly === true && !cache;
  const analysis = analyzeArticle(text, { now: new Date(job.now), entities: index, maxLength: job.maxLength, problemsOnly });
  if (job.finish !== undefined && finisher) {
    const analysed = AnalysisForms.ofAnalysis(analysis);
    if (cache) cache.put(key, analysed.record);
    return { finished: finisher(job, analysed), cached: false, ...extras };
  }
  const record = toAnalysisRecord(analysis);
  const json = JSON.stringify(record);
  cache?.put(key, record, json);
  return { json, cached: false, ...extras };
}

/** The record of a successful outcome. */
export function recordOf(outcome: AnalysisOutcome): AnalysisRecord {
  if (!('json' in outcome) || outcome.json === undefined)
    throw new Error('the analysis was finished where it was made: no record came back');
  return JSON.parse(outcome.json) as AnalysisRecord;
}
