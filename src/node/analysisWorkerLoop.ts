// The loop of an analysis worker thread (analysisPool.ts): compiles each knowledge base it is sent once,
// then runs analysis jobs (analysisJob.ts) and posts the results back. Entry points call it:
// analysisWorker.ts (the server's workers), src/cli/checkWorker.ts (the CLI's, which format the report).

import { parentPort, workerData } from 'node:worker_threads';
import { buildEntityIndex, type EntityIndex } from '../core';
import { AnalysisCache } from './analysisCache';
import { type AnalysisOutcome, type Finisher, runAnalysisJob } from './analysisJob';
import { type Answer, type FromWorker, rememberKnowledgeBase, type ToWorker, type WorkerOptions } from './analysisPool';
import { deserializeKnowledgeBase } from './knowledgeBaseTransfer';

/** Records longer than this (in UTF-16 units) cross threads as bytes. */
const LARGE_JSON = 1 << 20;

export function serveAnalysisJobs(finisher?: Finisher): void {
  const options = workerData as WorkerOptions;
  const cache = options.cacheFolder ? new AnalysisCache(options.cacheFolder) : undefined;
  const indexes = new Map<string, EntityIndex>();
  parentPort!.on('message', (message: ToWorker) => {
    if (message.type === 'knowledgeBase') {
      rememberKnowledgeBase(indexes, message.fingerprint, buildEntityIndex(deserializeKnowledgeBase(message.knowledgeBase)));
      return;
    }
    const answers = message.jobs.map(({ id, job }): Answer => {
      try {
        const index = job.knowledgeBase === null ? undefined : indexes.get(job.knowledgeBase);
        return { id, outcome: runAnalysisJob(job, index, cache, finisher) };
      } catch (error) {
        return { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
      }
    });
    // A large article's record is tens of megabytes of JSON: cloning such a string costs seconds, while
    // its UTF-8 bytes move to the other thread without a copy.
    const transfer: ArrayBuffer[] = [];
    const sent = answers.map((answer): Answer => {
      if (!('outcome' in answer) || !('json' in answer.outcome) || (answer.outcome.json?.length ?? 0) < LARGE_JSON) return answer;
      const bytes = Buffer.from(answer.outcome.json!, 'utf8');
      transfer.push(bytes.buffer as ArrayBuffer);
      return { id: answer.id, outcome: { ...answer.outcome, json: undefined, jsonBytes: bytes } as unknown as AnalysisOutcome };
    });
    parentPort!.postMessage({ answers: sent } satisfies FromWorker, transfer);
  });
}
