// Compiling a knowledge base on a worker thread. A 7 MB entities.yaml takes seconds to parse; the
// language server compiles an edited KB here while it goes on answering from the previous one
// (src/server/workspace/knowledgeBases.ts). The worker is started for one compile and then ends, so the
// memory a large parse takes is given back at once.

import { existsSync } from 'node:fs';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { DEFAULT_WORKER_SCRIPT } from './analysisPool';
import { type CompiledKnowledgeBase, compileKnowledgeBaseTexts, type KnowledgeBaseSourceText } from './knowledgeBaseFiles';
import { deserializeKnowledgeBaseInSteps, type SerializedKnowledgeBase, serializeKnowledgeBase } from './knowledgeBaseTransfer';

/** What the compiling worker is started with (`workerData`). */
export interface CompileRequest {
  readonly compileKnowledgeBase: readonly KnowledgeBaseSourceText[];
}

interface CompileAnswer {
  readonly compiled: Omit<CompiledKnowledgeBase, 'knowledgeBase'>;
  readonly knowledgeBase: SerializedKnowledgeBase;
}

export type CompileKnowledgeBase = (sources: readonly KnowledgeBaseSourceText[]) => Promise<CompiledKnowledgeBase>;

/** Whether this worker thread was started to compile a KB (see `serveKnowledgeBaseCompile`). */
export function isCompileWorker(): boolean {
  return Boolean((workerData as Partial<CompileRequest> | undefined)?.compileKnowledgeBase);
}

/** The worker's side: compiles the KB it was started with, sends it back as bytes, and ends. */
export function serveKnowledgeBaseCompile(): void {
  const { knowledgeBase, ...compiled } = compileKnowledgeBaseTexts((workerData as CompileRequest).compileKnowledgeBase);
  const form = serializeKnowledgeBase(knowledgeBase);
  const transfer = [form.types, ...form.entities].map((bytes) => bytes.buffer as ArrayBuffer);
  parentPort!.postMessage({ compiled, knowledgeBase: form } satisfies CompileAnswer, transfer);
}

/**
 * Compiles on a worker thread (the bundled worker script); where there is none (tests run the
 * sources), on this thread after the current turn of the event loop.
 */
export function compileKnowledgeBaseOffThread(workerScript = DEFAULT_WORKER_SCRIPT): CompileKnowledgeBase {
  return (sources) => {
    if (!existsSync(workerScript)) {
      return new Promise((resolve) => setImmediate(resolve)).then(() => compileKnowledgeBaseTexts(sources));
    }
    return new Promise<CompileAnswer>((resolve, reject) => {
      const worker = new Worker(workerScript, { workerData: { compileKnowledgeBase: sources } satisfies CompileRequest });
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the knowledge base compiler stopped (exit code ${code})`)));
    }).then(async ({ compiled, knowledgeBase }) => ({ ...compiled, knowledgeBase: await deserializeKnowledgeBaseInSteps(knowledgeBase) }));
  };
}
