// A worker thread of the analysis pool (analysisPool.ts): compiles each knowledge base it is sent once,
// then runs analysis jobs (analysisJob.ts) and posts the results back. Bundled as dist/analysisWorker.js.

import { parentPort, workerData } from 'node:worker_threads';
import { buildEntityIndex, type EntityIndex, type KnowledgeBase } from '../core';
import { AnalysisCache } from './analysisCache';
import { type AnalysisJob, runAnalysisJob } from './analysisJob';
import type { FromWorker, ToWorker, WorkerOptions } from './analysisPool';

const options = workerData as WorkerOptions;
const cache = options.cacheFolder ? new AnalysisCache(options.cacheFolder) : undefined;
const indexes = new Map<string, EntityIndex>();

parentPort!.on('message', (message: ToWorker) => {
  if (message.type === 'knowledgeBase') {
    indexes.set(message.fingerprint, buildEntityIndex(message.knowledgeBase as KnowledgeBase));
    return;
  }
  const job: AnalysisJob = message.job;
  let reply: FromWorker;
  try {
    const index = job.knowledgeBase === null ? undefined : indexes.get(job.knowledgeBase);
    reply = { id: message.id, outcome: runAnalysisJob(job, index, cache) };
  } catch (error) {
    reply = { id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply);
});
