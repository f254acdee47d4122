// Analysis on every core: a pool of worker threads (analysisWorker.ts, analysisWorkerLoop.ts) that read, analyse and cache
// articles, used by the CLI and by the language server's index. Each worker compiles a knowledge base
// once, the first time a job needs it. Without the worker script (tests run the sources), or with one
// job at a time, the same jobs run inline, on the calling thread.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { EntityIndex } from '../core';
import { AnalysisCache } from './analysisCache';
import { type AnalysisJob, type AnalysisOutcome, type Finisher, runAnalysisJob } from './analysisJob';
import { type SerializedKnowledgeBase, serializeKnowledgeBase } from './knowledgeBaseTransfer';

export interface WorkerOptions {
  /** Where analyses are cached between runs; none when undefined. */
  readonly cacheFolder?: string;
}

export type ToWorker =
  | { readonly type: 'knowledgeBase'; readonly fingerprint: string; readonly knowledgeBase: SerializedKnowledgeBase }
  | { readonly type: 'jobs'; readonly jobs: readonly { readonly id: number; readonly job: AnalysisJob }[] };

export type Answer = { readonly id: number; readonly outcome: AnalysisOutcome } | { readonly id: number; readonly error: string };

/** Jobs and answers travel in batches: each message costs tens of microseconds whatever its size. */
export interface FromWorker {
  readonly answers: readonly Answer[];
}

export interface PoolOptions extends WorkerOptions {
  /** Worker threads to start; 1 or less runs every job inline. Default: one per core. */
  readonly jobs?: number;
  /** The bundled worker script; default: analysisWorker.js next to this bundle. */
  readonly workerScript?: string;
  /** What inline jobs are finished with: the same function the worker script serves jobs with. */
  readonly finisher?: Finisher;
  /** Workers with nothing to do for this long are stopped, and the next job starts them again (default 60 s). */
  readonly idleMs?: number;
}

/** A large record crosses threads as UTF-8 bytes (analysisWorkerLoop.ts): back to JSON text. */
function fromBytes(outcome: AnalysisOutcome): AnalysisOutcome {
  const bytes = (outcome as { jsonBytes?: Uint8Array }).jsonBytes;
  if (!bytes) return outcome;
  const { jsonBytes: _bytes, ...rest } = outcome as AnalysisOutcome & { jsonBytes?: Uint8Array };
  return { ...rest, json: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') } as AnalysisOutcome;
}

/** The bundled worker's default place: next to the bundle that starts it (dist/). */
export const DEFAULT_WORKER_SCRIPT = path.join(__dirname, 'analysisWorker.js');

/** Jobs given to one worker and not answered yet: enough to keep it busy while answers travel. */
const IN_FLIGHT_PER_WORKER = 64;
/**
 * A worker's young generation: 8 MB instead of V8's default (up to 3 × 16 MB). An analysis makes short-lived
 * garbage in small pieces, so the smaller nursery costs no time (10k articles indexed in 6.4–6.7 s either
 * way) and takes ~30 MB off the server's peak while indexing (10k: 321–328 → 290–300 MB).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

/**
 * How long workers may idle before they are stopped: an indexed 10k workspace kept ~100 MB in two idle
 * workers (their heaps and compiled KBs), and starting them again for the next job costs ~0.1–0.2 s.
 */
const DEFAULT_IDLE_MS = 60_000;

/** Workers that may stop one after the other, with no answer in between, before the pool gives up. */
const MAX_STOPS_IN_A_ROW = 3;

/** Jobs per message to a worker (it answers each message with one message). */
const BATCH = 16;

/**
 * Compiled KBs a worker keeps: it forgets the oldest it was sent beyond these (the pool keeps count
 * alike), so editing a 20,000-entity KB does not pile up a copy per edit in every worker.
 */
export const KNOWLEDGE_BASES_PER_WORKER = 3;

/** Adds a KB fingerprint to a worker's list, forgetting the oldest beyond the limit (pool and worker alike). */
export function rememberKnowledgeBase<T>(kept: Map<string, T>, fingerprint: string, value: T): void {
  kept.set(fingerprint, value);
  for (const oldest of kept.keys()) {
    if (kept.size <= KNOWLEDGE_BASES_PER_WORKER) break;
    kept.delete(oldest);
  }
}

interface Slot {
  readonly worker: Worker;
  /** The fingerprints of the KBs the worker holds, oldest first. */
  readonly knowledgeBases: Map<string, true>;
  inFlight: number;
  /** Jobs given to the worker, to be posted together. */
  outbox: { readonly id: number; readonly job: AnalysisJob }[];
  /** Running a job that was on a worker when it stopped: alone, so that if it stops this one too, it is the cause. */
  alone: boolean;
  /** Why the worker failed, if it said ('error' comes before 'exit'). */
  failure?: string;
}

interface Pending {
  readonly job: AnalysisJob;
  readonly index: EntityIndex | undefined;
  readonly resolve: (outcome: AnalysisOutcome) => void;
  readonly reject: (error: Error) => void;
  /** Set once the job was on a worker that stopped. */
  readonly suspect?: boolean;
}

export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Pending[] = [];
  /** Jobs that were on a worker when it stopped (out of memory, a crash): each is run again, alone. */
  private readonly suspects: Pending[] = [];
  private readonly running = new Map<number, Pending & { slot: Slot }>();
  private cache: AnalysisCache | undefined;
  private nextId = 0;
  private failure: Error | undefined;

  constructor(private readonly options: PoolOptions = {}) {
    this.cacheFolder = options.cacheFolder;
  }

  /**
   * Where analyses are cached: may be set (the server learns it when the client initializes) until the
   * first job; the workers start then.
   */
  set cacheFolder(folder: string | undefined) {
    if (this.started) throw new Error('the analysis pool has started: its cache folder is set');
    this.cacheFolderInUse = folder;
  }

  get cacheFolder(): string | undefined {
    return this.cacheFolderInUse;
  }

  private cacheFolderInUse: string | undefined;
  private started = false;

  private start(): void {
    this.started = true;
    const folder = this.cacheFolderInUse;
    this.cache = folder ? new AnalysisCache(folder) : undefined;
    const script = this.options.workerScript ?? DEFAULT_WORKER_SCRIPT;
    const size = this.plannedThreads();
    if (size <= 1) return;
    for (let i = 0; i < size; i++) this.slots.push(this.startWorker(script, folder));
  }

  private startWorker(script: string, cacheFolder: string | undefined): Slot {
    const worker = new Worker(script, { workerData: { cacheFolder } satisfies WorkerOptions, resourceLimits: WORKER_LIMITS });
    const slot: Slot = { worker, knowledgeBases: new Map(), inFlight: 0, outbox: [], alone: false };
    worker.on('message', (message: FromWorker) => this.answered(slot, message));
    worker.on('error', (error) => {
      slot.failure = error.message;
    });
    worker.on('exit', (code) => this.stopped(slot, script, cacheFolder, code));
    // An idle pool must not keep the process alive.
    worker.unref();
    return slot;
  }

  /**
   * A worker stopped. Unless the pool is closing, another takes its place, and the jobs it held are run
   * again, each alone on a worker: one that stops that worker too is the cause, and fails with the reason;
   * the others are analysed as if nothing happened. Before, one crash failed every later job.
   */
  private stopped(slot: Slot, script: string, cacheFolder: string | undefined, code: number): void {
    const at = this.slots.indexOf(slot);
    if (at < 0 || this.closing || this.failure) return;
    const reason = slot.failure ?? `exit code ${code}`;
    // Workers that stop with nothing answered in between (a broken worker script): no end of restarts.
    if (++this.stopsInARow > MAX_STOPS_IN_A_ROW) {
      this.fail(new Error(`analysis worker threads keep stopping (${reason})`));
      return;
    }
    this.slots[at] = this.startWorker(script, cacheFolder);
    for (const [id, pending] of this.running) {
      if (pending.slot !== slot) continue;
      this.running.delete(id);
      if (pending.suspect) pending.reject(new Error(`the analysis stopped its worker thread (${reason})`));
      else this.suspects.push({ ...pending, suspect: true });
    }
    this.dispatch();
  }

  private closing = false;
  private stopsInARow = 0;

  /** How many threads analyse at once (1: inline), whether they are running now or not. */
  get size(): number {
    return this.slots.length > 0 ? this.slots.length : this.plannedThreads();
  }

  /** Worker threads running now (none before the first job, nor after an idle while). */
  get threads(): number {
    return this.slots.length;
  }

  /** The worker threads `start` starts: none (1, inline) without a worker script or with one job at a time. */
  private plannedThreads(): number {
    const size = Math.max(0, Math.floor(this.options.jobs ?? availableParallelism()));
    this.scriptExists ??= existsSync(this.options.workerScript ?? DEFAULT_WORKER_SCRIPT);
    return size <= 1 || !this.scriptExists ? 1 : size;
  }

  private scriptExists: boolean | undefined;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

  /** Stops the workers if nothing is running or waiting; the next job starts them again. */
  private retire(): void {
    this.idleTimer = undefined;
    if (this.closing || this.running.size > 0 || this.waiting.length > 0 || this.suspects.length > 0) return;
    const slots = this.slots.splice(0);
    // Their 'exit' is not a failure: `stopped` ignores workers no longer in `slots`.
    for (const slot of slots) void slot.worker.terminate();
    this.started = false;
  }

  /**
   * Analyses one article. `index` is the compiled knowledge base (sent to a worker the first time it
   * needs it) and `job.knowledgeBase` its fingerprint.
   */
  analyse(job: AnalysisJob, index: EntityIndex | undefined): Promise<AnalysisOutcome> {
    if (!this.started) this.start();
    if (this.slots.length === 0) {
      try {
        return Promise.resolve(runAnalysisJob(job, index, this.cache, this.options.finisher));
      } catch (error) {
        return Promise.reject(error);
      }
    }
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.push({ job, index, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops the workers (pending jobs fail). */
  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.started = true;
    this.closing = true;
    this.fail(new Error('the analysis pool was closed'));
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    // A job that was on a worker when it stopped runs alone, on a worker with nothing else to do.
    while (this.suspects.length > 0) {
      const idle = this.slots.find((s) => s.inFlight === 0);
      if (!idle) break;
      idle.alone = true;
      this.give(idle, this.suspects.shift()!);
      this.post(idle);
    }
    const open = this.slots.filter((s) => !s.alone);
    while (this.waiting.length > 0 && open.length > 0) {
      const slot = leastBusy(open);
      if (slot.inFlight >= IN_FLIGHT_PER_WORKER) break;
      this.give(slot, this.waiting.shift()!);
      if (slot.outbox.length >= BATCH) this.post(slot);
    }
    // What this turn of the event loop gave out goes at its end, in one message per worker.
    if (!this.flushing && this.slots.some((slot) => slot.outbox.length > 0)) {
      this.flushing = true;
      setImmediate(() => {
        this.flushing = false;
        for (const slot of this.slots) if (slot.outbox.length > 0) this.post(slot);
      });
    }
  }

  private give(slot: Slot, pending: Pending): void {
    const fingerprint = pending.job.knowledgeBase;
    if (fingerprint !== null && pending.index && !slot.knowledgeBases.has(fingerprint)) {
      // Before the batch holding the job: messages to a worker arrive in order. As bytes, serialized
      // once for every worker (or already by the thread that compiled it).
      const knowledgeBase = serializeKnowledgeBase(pending.index.knowledgeBase);
      slot.worker.postMessage({ type: 'knowledgeBase', fingerprint, knowledgeBase } satisfies ToWorker);
      rememberKnowledgeBase(slot.knowledgeBases, fingerprint, true);
    }
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    const id = this.nextId++;
    this.running.set(id, { ...pending, slot });
    slot.inFlight++;
    // Busy workers keep the process alive; idle ones do not (see unref in startWorker).
    if (slot.inFlight === 1) slot.worker.ref();
    slot.outbox.push({ id, job: pending.job });
  }

  private flushing = false;

  private post(slot: Slot): void {
    slot.worker.postMessage({ type: 'jobs', jobs: slot.outbox } satisfies ToWorker);
    slot.outbox = [];
  }

  private answered(slot: Slot, message: FromWorker): void {
    this.stopsInARow = 0;
    for (const answer of message.answers) {
      const pending = this.running.get(answer.id);
      if (!pending) continue;
      this.running.delete(answer.id);
      slot.inFlight--;
      if ('error' in answer) pending.reject(new Error(answer.error));
      else pending.resolve(fromBytes(answer.outcome));
    }
    if (slot.inFlight === 0) {
      slot.worker.unref();
      slot.alone = false;
    }
    this.dispatch();
    if (this.running.size === 0 && this.waiting.length === 0 && this.suspects.length === 0 && !this.idleTimer) {
      this.idleTimer = setTimeout(() => this.retire(), this.options.idleMs ?? DEFAULT_IDLE_MS);
      this.idleTimer.unref();
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const pending of [...this.waiting, ...this.suspects, ...this.running.values()]) pending.reject(this.failure);
    this.waiting.length = 0;
    this.suspects.length = 0;
    this.running.clear();
  }
}

function leastBusy(slots: readonly Slot[]): Slot {
  return slots.reduce((best, s) => (s.inFlight < best.inFlight ? s : best));
}
