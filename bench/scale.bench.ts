// `npm run bench -- scale`: Seed Annotator at scale, against references measured in the same run (so that
// the noise of a shared machine hits both): bench corpora of 1k, 10k and 100k articles on disk
// (bench/corpus.ts; `SCALE_MAX=10000` skips 100k), timed against a plain Node script that only reads every
// article (the read floor); the CLI (json, jsonl, with a cold and a warm --cache), cspell on the same 1k
// files, and the language server over stdio on the 10k corpus (indexing cold and from its cache, request
// latencies, re-analysis after an edit, memory). Prints one table of figures (never pass/fail) and writes
// the raw figures to .cache/bench/scale.json. The CI guard on the CLI's speed is bench/scaleGuard.ts.

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ApplyWorkspaceEditRequest,
  type ClientCapabilities,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ExecuteCommandRequest,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  type Position,
  type Range,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  ReferencesRequest,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
} from 'vscode-languageserver-protocol/node';
import { benchCorpus, ROOT, writeCorpus } from './corpus';
import {
  cliCheck,
  hasTimeBin,
  installCleanup,
  killGroup,
  liveGroups,
  type ProcessRun,
  procStatusMB,
  readFloor,
  timeProcess,
  writeReadFloorScript,
} from './scaleGuard';

const SERVER = path.join(ROOT, 'dist', 'server.js');
const CSPELL = path.join(ROOT, 'node_modules', 'cspell', 'bin.mjs');
/** cspell checking files as the bench asks it, without progress or summary lines. */
const CSPELL_LINT = [CSPELL, 'lint', '--no-progress', '--no-summary'];
const OUT = path.join(ROOT, '.cache', 'bench', 'scale.json');
const MAX = Number(process.env.SCALE_MAX ?? 100_000);
const SIZES = [1_000, 10_000, 100_000].filter((n) => n <= MAX);
/** `SCALE_PARTS=server` (or `cli,cspell`): only those parts of the bench. */
const PARTS = new Set((process.env.SCALE_PARTS ?? 'cli,cspell,server').split(','));
/** A hung process must not hang the bench; a CLI run on n articles gets 2 min plus 20 ms an article. */
const cliTimeout = (n: number) => 120_000 + n * 20;
/** The server: killed when no index progress comes for this long, or a request or edit takes this long. */
const SERVER_TIMEOUT_MS = 120_000;

// ---- the table -------------------------------------------------------------------------------

interface Row {
  readonly what: string;
  readonly figure: string;
  readonly reference: string;
  readonly ratio: string;
}
const rows: Row[] = [];
const raw: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { cores: os.availableParallelism(), cpu: os.cpus()[0]?.model ?? 'unknown', node: process.version, loadavg: os.loadavg() },
  peakRss: hasTimeBin ? '/usr/bin/time -f %M' : 'VmHWM polled from /proc/<pid>/status',
};
const row = (what: string, figure: string, reference = '', ratio = '') => {
  rows.push({ what, figure, reference, ratio });
  console.log(`  ${what}: ${figure}${reference ? `  (reference: ${reference}${ratio ? `, ratio ${ratio}` : ''})` : ''}`);
};
const section = (title: string) => rows.push({ what: `-- ${title}`, figure: '', reference: '', ratio: '' });

const s = (seconds: number) => `${seconds < 10 ? seconds.toFixed(2) : seconds.toFixed(1)} s`;
const mb = (value: number | undefined) => (value === undefined ? 'n/a' : `${Math.round(value)} MB`);
const msf = (value: number) => (value >= 10_000 ? s(value / 1000) : `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`);
const x = (ratio: number) => `${ratio < 10 ? ratio.toFixed(2) : ratio.toFixed(1)}x`;
const k = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function percentile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** `count` runs of `run` (stopping at the first that times out); the median run by seconds. */
async function medianRun(count: number, run: () => Promise<ProcessRun>): Promise<{ median: ProcessRun; runs: ProcessRun[] }> {
  const runs: ProcessRun[] = [];
  for (let i = 0; i < count; i++) {
    const result = await run();
    runs.push(result);
    if (result.timedOut) return { median: result, runs };
  }
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  return { median: sorted[(sorted.length - 1) >> 1], runs };
}

const runFigures = (r: ProcessRun) => ({
  seconds: r.seconds,
  peakRssMB: r.peakRssMB,
  status: r.status,
  timedOut: r.timedOut,
  stdoutBytes: r.stdoutBytes,
  stdoutLines: r.stdoutLines,
});

// ---- a minimal LSP client (as test/server/lspSession.ts, with timeouts and its own process group) --------

const uriOf = (file: string) => pathToFileURL(file).toString();

class TimedOut extends Error {}

class ServerSession {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  private readonly diagnostics = new Map<string, number | undefined>();
  private progress: { done: number; total: number } | undefined;
  private lastProgressAt = Date.now();
  private waiters: Array<() => void> = [];
  private stderr = '';
  private exited = false;

  constructor(readonly settings: Record<string, unknown>) {
    this.process = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    if (this.process.pid !== undefined) liveGroups.add(this.process.pid);
    this.process.stderr!.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString('utf8')).slice(-4000);
    });
    this.process.on('exit', () => {
      this.exited = true;
      this.notify();
    });
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(params.uri, params.version);
      this.notify();
    });
    this.connection.onNotification('seedAnnotator/indexProgress', (params: { done: number; total: number }) => {
      this.progress = params;
      this.lastProgressAt = Date.now();
      this.notify();
    });
    this.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => this.settings));
    this.connection.onRequest(RegistrationRequest.type, () => undefined);
    this.connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    this.connection.onRequest(ApplyWorkspaceEditRequest.type, () => ({ applied: false }));
    this.connection.listen();
  }

  get pid(): number {
    return this.process.pid!;
  }

  async initialize(folder: string, initializationOptions: Record<string, unknown>): Promise<void> {
    const capabilities: ClientCapabilities = {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
      window: { workDoneProgress: true },
      textDocument: { synchronization: { didSave: true }, publishDiagnostics: { versionSupport: true } },
    };
    await this.within(
      this.connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: uriOf(folder),
        workspaceFolders: [{ uri: uriOf(folder), name: path.basename(folder) }],
        capabilities,
        initializationOptions,
      }),
      'initialize',
    );
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  /** Resolves when the index is complete (`done === total && total > 0`); rejects if progress stalls. */
  indexed(): Promise<{ done: number; total: number }> {
    this.lastProgressAt = Date.now();
    return this.waitFor(
      () => (this.progress && this.progress.done === this.progress.total && this.progress.total > 0 ? this.progress : undefined),
      'the index',
      () => Date.now() - this.lastProgressAt > SERVER_TIMEOUT_MS,
    );
  }

  /** Resolves when diagnostics for `uri` at `version` are published. */
  diagnosticsFor(uri: string, version: number): Promise<true> {
    const deadline = Date.now() + SERVER_TIMEOUT_MS;
    return this.waitFor(
      () => this.diagnostics.get(uri) === version || undefined,
      `diagnostics of version ${version}`,
      () => Date.now() > deadline,
    );
  }

  /** A request or other promise, rejected with TimedOut after SERVER_TIMEOUT_MS. */
  async within<T>(promise: Promise<T>, what: string): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      return await Promise.race([
        promise,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new TimedOut(`${what}: timed out after ${SERVER_TIMEOUT_MS / 1000} s`)), SERVER_TIMEOUT_MS);
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  async open(uri: string, text: string): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'seed', version: 1, text },
    });
  }

  /** A change of the text in `range`, as VS Code sends it to a server that syncs incrementally (ours does). */
  async change(uri: string, version: number, range: Range, text: string): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range, text }],
    });
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  async stop(): Promise<void> {
    try {
      if (!this.exited) {
        await this.within(this.connection.sendRequest(ShutdownRequest.type), 'shutdown');
        await this.connection.sendNotification(ExitNotification.type);
        await this.waitFor(
          () => this.exited || undefined,
          'exit',
          (() => {
            const deadline = Date.now() + 5000;
            return () => Date.now() > deadline;
          })(),
        );
      }
    } catch {
      // killed below
    } finally {
      this.connection.dispose();
      killGroup(this.process.pid);
    }
  }

  private async waitFor<T>(predicate: () => T | undefined, what: string, expired: () => boolean): Promise<T> {
    for (;;) {
      const value = predicate();
      if (value !== undefined) return value;
      if (this.exited) throw new Error(`the server exited while waiting for ${what}: ${this.stderr.trim().slice(-500)}`);
      if (expired()) throw new TimedOut(`${what}: timed out after ${SERVER_TIMEOUT_MS / 1000} s`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 1000);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}

// ---- the parts -------------------------------------------------------------------------------

interface Corpus {
  readonly n: number;
  readonly dir: string;
  readonly bytes: number;
}

const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;

/** The CLI's median seconds by corpus size: the JSON report and the text report. */
interface CliSeconds {
  readonly json: Map<number, number>;
  readonly text: Map<number, number>;
}

async function partReadFloorAndCli(corpora: readonly Corpus[], floorScript: string, tmp: string): Promise<CliSeconds> {
  const floors = new Map<number, number>();
  section('Node read floor (walk + readFileSync every .txt, own process)');
  const floorRaw: Record<string, unknown> = {};
  for (const { n, dir, bytes } of corpora) {
    const { median: run, runs } = await medianRun(n <= 10_000 ? 3 : 1, () => readFloor(floorScript, dir, n, cliTimeout(n)));
    floorRaw[n] = runs.map(runFigures);
    if (run.timedOut) {
      row(`read floor, ${k(n)} articles`, 'timed out');
      continue;
    }
    floors.set(n, run.seconds);
    row(
      `read floor, ${k(n)} articles (${(bytes / 1e6).toFixed(0)} MB)`,
      `${s(run.seconds)}, ${(bytes / 1e6 / run.seconds).toFixed(0)} MB/s`,
    );
  }
  raw.readFloor = floorRaw;

  const vsFloor = (n: number, secs: number) => {
    const floor = floors.get(n);
    return floor === undefined ? ['', ''] : [`floor ${s(floor)}`, x(secs / floor)];
  };

  section('CLI check --format json --no-progress (default jobs)');
  const cliRaw: Record<string, unknown> = {};
  const json = new Map<number, ProcessRun>();
  for (const { n, dir, bytes } of corpora) {
    const { median: run, runs } = await medianRun(n <= 10_000 ? 3 : 1, () =>
      cliCheck(dir, ['--format', 'json', '--no-progress'], cliTimeout(n)),
    );
    cliRaw[n] = runs.map(runFigures);
    if (run.timedOut) {
      row(`cli json, ${k(n)}`, `timed out after ${s(cliTimeout(n) / 1000)}`);
      continue;
    }
    json.set(n, run);
    const [reference, ratio] = vsFloor(n, run.seconds);
    row(`cli json, ${k(n)}: time (median of ${runs.length})`, s(run.seconds), reference, ratio);
    row(`cli json, ${k(n)}: throughput`, `${(bytes / 1e6 / run.seconds).toFixed(2)} MB/s, ${Math.round(n / run.seconds)} articles/s`);
    row(`cli json, ${k(n)}: peak RSS (output ${(run.stdoutBytes / 1e6).toFixed(0)} MB)`, mb(run.peakRssMB));
  }
  raw.cliJson = cliRaw;

  // The default report: problems only, so articles are read without dates and meetings (problemsOnly).
  section('CLI check --no-progress (text report; default jobs)');
  const textRaw: Record<string, unknown> = {};
  const text = new Map<number, number>();
  for (const { n, dir } of corpora.filter((c) => c.n <= 10_000)) {
    const { median: run, runs } = await medianRun(3, () => cliCheck(dir, ['--no-progress'], cliTimeout(n)));
    textRaw[n] = runs.map(runFigures);
    if (run.timedOut) {
      row(`cli text, ${k(n)}`, `timed out after ${s(cliTimeout(n) / 1000)}`);
      continue;
    }
    text.set(n, run.seconds);
    const [reference, ratio] = vsFloor(n, run.seconds);
    row(`cli text, ${k(n)}: time (median of ${runs.length})`, s(run.seconds), reference, ratio);
  }
  raw.cliText = textRaw;

  section('CLI check --cache DIR (json)');
  const cacheRaw: Record<string, unknown> = {};
  for (const { n, dir } of corpora.filter((c) => c.n >= 10_000)) {
    const cache = mkdtempSync(path.join(tmp, `cache-${n}-`));
    const flags = ['--format', 'json', '--no-progress', '--cache', cache];
    const cold = await cliCheck(dir, flags, cliTimeout(n));
    const entry: Record<string, unknown> = { cold: runFigures(cold) };
    cacheRaw[n] = entry;
    if (cold.timedOut) {
      row(`cli --cache cold, ${k(n)}`, 'timed out');
      continue;
    }
    const plain = json.get(n);
    row(
      `cli --cache cold (fills it), ${k(n)}`,
      s(cold.seconds),
      plain ? `no cache ${s(plain.seconds)}` : '',
      plain ? x(cold.seconds / plain.seconds) : '',
    );
    const { median: warm, runs } = await medianRun(n <= 10_000 ? 3 : 1, () => cliCheck(dir, flags, cliTimeout(n)));
    entry.warm = runs.map(runFigures);
    if (warm.timedOut) {
      row(`cli --cache warm, ${k(n)}`, 'timed out');
      continue;
    }
    const [reference, ratio] = vsFloor(n, warm.seconds);
    row(`cli --cache warm (unchanged), ${k(n)} (median of ${runs.length})`, s(warm.seconds), reference, ratio);
    if (plain)
      row(`cli --cache warm vs no cache, ${k(n)}`, s(warm.seconds), `no cache ${s(plain.seconds)}`, x(warm.seconds / plain.seconds));
    row(`cli --cache cold ratio to floor, ${k(n)}`, s(cold.seconds), ...vsFloor(n, cold.seconds));
    rmSync(cache, { recursive: true, force: true });
  }
  raw.cliCache = cacheRaw;

  section('CLI check --format jsonl (streamed): memory');
  const jsonlRaw: Record<string, unknown> = {};
  const smallest = corpora[0];
  const largest = corpora[corpora.length - 1];
  const jsonlSmall = await cliCheck(smallest.dir, ['--format', 'jsonl', '--no-progress'], cliTimeout(smallest.n));
  jsonlRaw[smallest.n] = runFigures(jsonlSmall);
  const jsonlLarge =
    largest === smallest ? jsonlSmall : await cliCheck(largest.dir, ['--format', 'jsonl', '--no-progress'], cliTimeout(largest.n));
  jsonlRaw[largest.n] = runFigures(jsonlLarge);
  raw.cliJsonl = jsonlRaw;
  if (jsonlLarge.timedOut) row(`cli jsonl, ${k(largest.n)}`, 'timed out');
  else {
    const [reference, ratio] = vsFloor(largest.n, jsonlLarge.seconds);
    row(`cli jsonl, ${k(largest.n)}: time (${jsonlLarge.stdoutLines} lines)`, s(jsonlLarge.seconds), reference, ratio);
    const rss = jsonlLarge.peakRssMB;
    const small = jsonlSmall.peakRssMB;
    row(
      `cli jsonl, ${k(largest.n)}: peak RSS`,
      mb(rss),
      `jsonl ${k(smallest.n)} ${mb(small)}`,
      rss !== undefined && small !== undefined ? x(rss / small) : '',
    );
    const jsonRss = json.get(largest.n)?.peakRssMB;
    if (jsonRss !== undefined && rss !== undefined)
      row(`cli jsonl vs json peak RSS, ${k(largest.n)}`, mb(rss), `json ${mb(jsonRss)}`, x(rss / jsonRss));
  }
  return { json: new Map([...json].map(([n, run]) => [n, run.seconds])), text };
}

async function partCspell(corpus: Corpus, cli: CliSeconds | undefined): Promise<void> {
  section(`cspell ${cspellVersion()} vs the CLI, same ${k(corpus.n)} files`);
  // cspell skips files outside its working folder: it runs in the corpus folder, with a relative glob.
  const args = [...CSPELL_LINT, '**/*.txt'];
  let filesWithIssues = 0;
  const { median: run, runs } = await medianRun(3, async () => {
    const result = await timeProcess(process.execPath, args, { cwd: corpus.dir, timeoutMs: cliTimeout(corpus.n), captureStdout: true });
    // Its issues are `file:line:col - Unknown word (…)`: every article has some, so every file checked shows.
    const files = new Set(result.stdout.split('\n').map((line) => /^(.+?\.txt):\d+:\d+/.exec(line)?.[1]));
    files.delete(undefined);
    filesWithIssues = files.size;
    return { ...result, stdout: '' };
  });
  raw.cspell = { command: `cspell ${args.slice(1).join(' ')} (cwd: the corpus)`, filesWithIssues, runs: runs.map(runFigures) };
  if (run.timedOut) return row(`cspell, ${k(corpus.n)}`, 'timed out');
  row(`cspell, ${k(corpus.n)} files (median of ${runs.length}; ${filesWithIssues} files with issues)`, s(run.seconds));
  row(`cspell peak RSS, ${k(corpus.n)}`, mb(run.peakRssMB));
  // cspell prints problems as lines, as the text report does; the JSON report writes every mention, date and meeting besides.
  for (const [format, cliSeconds] of [
    ['json', cli?.json.get(corpus.n)],
    ['text', cli?.text.get(corpus.n)],
  ] as const) {
    if (cliSeconds === undefined) continue;
    const ratio = run.seconds / cliSeconds;
    row(
      `cli ${format}, ${k(corpus.n)} vs cspell: CLI is ${ratio >= 1 ? `${ratio.toFixed(1)}x faster` : `${(1 / ratio).toFixed(1)}x slower`}`,
      s(cliSeconds),
      `cspell ${s(run.seconds)}`,
      x(cliSeconds / run.seconds),
    );
  }
  await cspellAndCliCached(corpus);
}

/**
 * Both tools re-checking the same unchanged files with their caches (cspell `--cache`, content strategy; the CLI
 * `--cache DIR`, text report), each filled by one run first: what a second check of a corpus costs.
 */
async function cspellAndCliCached(corpus: Corpus): Promise<void> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'cached-'));
  try {
    const cspell = () =>
      timeProcess(
        process.execPath,
        [...CSPELL_LINT, '--cache', '--cache-strategy', 'content', '--cache-location', path.join(folder, 'cspell'), '**/*.txt'],
        {
          cwd: corpus.dir,
          timeoutMs: cliTimeout(corpus.n),
        },
      );
    const cli = () => cliCheck(corpus.dir, ['--no-progress', '--cache', path.join(folder, 'cli')], cliTimeout(corpus.n));
    await cspell();
    await cli();
    const { median: warmCspell, runs: cspellRuns } = await medianRun(3, cspell);
    const { median: warmCli, runs: cliRuns } = await medianRun(3, cli);
    raw.cachedWarm = { cspell: cspellRuns.map(runFigures), cliText: cliRuns.map(runFigures) };
    if (warmCspell.timedOut || warmCli.timedOut) return row(`cached re-check, ${k(corpus.n)}`, 'timed out');
    const ratio = warmCspell.seconds / warmCli.seconds;
    row(
      `cli text --cache vs cspell --cache, ${k(corpus.n)} unchanged (warm): CLI is ${ratio.toFixed(1)}x faster`,
      s(warmCli.seconds),
      `cspell ${s(warmCspell.seconds)}`,
      x(warmCli.seconds / warmCspell.seconds),
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function cspellVersion(): string {
  try {
    return (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', 'cspell', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

/** The positions of every whole-word `word` in `text` (inside the word). */
function positionsOf(text: string, word: string): Position[] {
  return [...text.matchAll(new RegExp(`\\b${word}\\b`, 'g'))].map((match) => {
    const before = text.slice(0, match.index).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length + 1 };
  });
}

/** The text with the character at `at` changed (alternately, so that every edit is a real change). */
/** What the character at `at` becomes in an edit round: another letter, then itself again. */
function edited(text: string, at: number, round: number): string {
  return round % 2 ? (text[at] === 'x' ? 'y' : 'x') : text[at];
}

async function latency(
  label: string,
  request: () => Promise<unknown>,
  describe: (answer: unknown) => string,
  session: ServerSession,
): Promise<Record<string, unknown>> {
  const times: number[] = [];
  let answer: unknown;
  for (let i = 0; i < 5; i++) answer = await session.within(request(), label); // warm-up
  // 200 requests, one at a time; a slow request stops after 3 minutes (and at least 20).
  const budget = Date.now() + 180_000;
  while (times.length < 200 && (times.length < 20 || Date.now() < budget)) {
    const started = process.hrtime.bigint();
    answer = await session.within(request(), label);
    times.push(seconds(started) * 1000);
  }
  const p50 = percentile(times, 0.5);
  const p99 = percentile(times, 0.99);
  row(`server ${label}: p50 / p99 (${times.length} requests; ${describe(answer)})`, `${msf(p50)} / ${msf(p99)}`);
  return { requests: times.length, p50, p99, max: Math.max(...times), answer: describe(answer) };
}

/**
 * What any JSON-RPC peer pays for an answer this size, whatever the server does: the answer written as
 * JSON and encoded (the server's side), decoded and parsed (the client's), here in one process, median of 20.
 * The references row is compared with it: the rest is the server's lookup and the pipe.
 */
function jsonFloor(answer: unknown): Record<string, unknown> {
  const message = { jsonrpc: '2.0', id: 1, result: answer };
  const write: number[] = [];
  const read: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 25; i++) {
    let started = process.hrtime.bigint();
    const encoded = Buffer.from(JSON.stringify(message), 'utf8');
    const wrote = seconds(started) * 1000;
    started = process.hrtime.bigint();
    JSON.parse(encoded.toString('utf8'));
    const parsed = seconds(started) * 1000;
    bytes = encoded.length;
    if (i >= 5) {
      write.push(wrote);
      read.push(parsed);
    }
  }
  const writeMs = percentile(write, 0.5);
  const readMs = percentile(read, 0.5);
  row(
    `  the same answer as JSON (${(bytes / 1e6).toFixed(1)} MB): write + encode / decode + parse, in-process`,
    `${msf(writeMs)} + ${msf(readMs)} = ${msf(writeMs + readMs)}`,
  );
  return { bytes, writeMs, readMs };
}

async function editLatency(
  session: ServerSession,
  uri: string,
  text: string,
  edits: number,
  label: string,
  warmUp: number,
): Promise<Record<string, unknown>> {
  const at = text.length >> 1;
  const lines = text.slice(0, at).split(/\r\n|\r|\n/);
  const start = { line: lines.length - 1, character: lines[lines.length - 1].length };
  const range: Range = { start, end: { line: start.line, character: start.character + 1 } };
  const times: number[] = [];
  // Typing is steady work: the first edits, while the server's thread compiles the analysis (the index ran on
  // worker threads), are warm-up, reported apart as the requests' are left out of their figures.
  for (let i = 1; i <= warmUp + edits; i++) {
    const version = i + 1;
    const started = process.hrtime.bigint();
    // A save checks at once (no typing pause): the time is the re-analysis and the round trip.
    await session.change(uri, version, range, edited(text, at, i));
    await session.save(uri);
    await session.diagnosticsFor(uri, version);
    times.push(seconds(started) * 1000);
  }
  const steady = times.slice(warmUp);
  row(
    `server didChange + didSave → publishDiagnostics, ${label} (median of ${steady.length} after ${warmUp} warm-up: ${times
      .slice(0, warmUp)
      .map((t) => t.toFixed(0))
      .join(', ')} ms)`,
    msf(median(steady)),
  );
  return { edits: steady.length, warmUp, medianMs: median(steady), timesMs: times };
}

/** Sets every article's modification time to a minute ago (its change time becomes now), as a checkout does. */
function touchEveryArticle(dir: string): void {
  const past = new Date(Date.now() - 60_000);
  const corpus = path.join(dir, 'corpus');
  for (const file of readdirSync(corpus, { recursive: true, encoding: 'utf8' })) {
    if (file.endsWith('.txt')) utimesSync(path.join(corpus, file), past, past);
  }
}

async function partServer(corpus: Corpus, tmp: string): Promise<void> {
  section(`language server over stdio, workspace = the ${k(corpus.n)} corpus`);
  const cacheFolder = mkdtempSync(path.join(tmp, 'server-cache-'));
  // maxFileSize is part of the cache key: both sessions answer the same (10 MB, for the 5 MB article).
  const settings = { maxFileSize: 10 };
  const serverRaw: Record<string, unknown> = { settings };
  raw.server = serverRaw;

  interface Indexed {
    readonly session: ServerSession;
    readonly seconds: number;
    readonly total: number;
    readonly rss: number | undefined;
    readonly hwm: number | undefined;
  }
  const index = async (label: string): Promise<Indexed | undefined> => {
    const session = new ServerSession(settings);
    const started = process.hrtime.bigint();
    try {
      await session.initialize(corpus.dir, { cacheFolder });
      const done = await session.indexed();
      const secs = seconds(started);
      const rss = procStatusMB(session.pid, 'VmRSS');
      const hwm = procStatusMB(session.pid, 'VmHWM');
      serverRaw[label] = { seconds: secs, articles: done.total, rssAfterIndexMB: rss, peakRssAfterIndexMB: hwm };
      return { session, seconds: secs, total: done.total, rss, hwm };
    } catch (error) {
      serverRaw[label] = { error: String(error) };
      row(`server index ${label}`, error instanceof TimedOut ? 'timed out' : `failed: ${String(error).slice(0, 200)}`);
      await session.stop();
      return undefined;
    }
  };

  const cold = await index('cold');
  if (cold) {
    row(`server initialize → index complete, cold (${cold.total} articles)`, s(cold.seconds));
    row('server RSS after cold index / peak so far', `${mb(cold.rss)} / ${mb(cold.hwm)}`);
    await cold.session.stop();
  }
  // A checkout touches every file and changes none: each is read and hashed, none analysed. (Its stamps
  // are trusted 2 s after the touch, so the next session restarts from a snapshot as a user's would.)
  touchEveryArticle(corpus.dir);
  await new Promise((resolve) => setTimeout(resolve, 2100));
  const touched = await index('touched');
  if (touched) {
    row(
      `server initialize → index complete, every file touched, none changed (${touched.total} articles)`,
      s(touched.seconds),
      cold ? `cold ${s(cold.seconds)}` : '',
      cold ? x(touched.seconds / cold.seconds) : '',
    );
    await touched.session.stop();
  }
  const cached = await index('cached');
  if (!cached) return;
  const session = cached.session;
  try {
    row(
      `server initialize → index complete, from its cache (${cached.total} articles)`,
      s(cached.seconds),
      cold ? `cold ${s(cold.seconds)}` : '',
      cold ? x(cached.seconds / cold.seconds) : '',
    );
    row('server RSS after cached index / peak so far', `${mb(cached.rss)} / ${mb(cached.hwm)}`);

    // Check All Articles once the index is complete: from the store, nothing analysed again.
    const checkStarted = process.hrtime.bigint();
    const summary = await session.within(
      session.connection.sendRequest(ExecuteCommandRequest.type, { command: 'seedAnnotator.server.checkAllArticles', arguments: [] }),
      'Check All Articles',
    );
    const checkSeconds = seconds(checkStarted);
    serverRaw.checkAll = { seconds: checkSeconds, summary };
    row(`server Check All Articles after indexing (${(summary as { files?: number } | null)?.files ?? '?'} articles)`, s(checkSeconds));

    // One article of the corpus: sample 003 (2.9 KB), copy number 3.
    const file = path.join(corpus.dir, 'corpus', '0000', '000003.txt');
    const text = readFileSync(file, 'utf8');
    const uri = uriOf(file);
    let started = process.hrtime.bigint();
    await session.open(uri, text);
    await session.diagnosticsFor(uri, 1);
    row(`server didOpen → publishDiagnostics, ${(text.length / 1000).toFixed(1)} KB article`, msf(seconds(started) * 1000));
    const textDocument = { uri };
    // A mention of the country (the first "India" may be part of a longer name, e.g. U.S.-India Major Defense Partnership).
    let india: Position | undefined;
    for (const position of positionsOf(text, 'India')) {
      const hover = await session.within(session.connection.sendRequest(HoverRequest.type, { textDocument, position }), 'hover');
      const contents = hover?.contents;
      if (contents && typeof contents === 'object' && 'value' in contents && contents.value.startsWith('**India**')) {
        india = position;
        break;
      }
    }
    serverRaw.indiaAt = india;
    if (india) {
      serverRaw.hover = await latency(
        'hover on "India"',
        () => session.connection.sendRequest(HoverRequest.type, { textDocument, position: india }),
        (answer) => (answer ? 'answered' : 'null'),
        session,
      );
    } else row('server hover', 'no mention of the country India in the article');
    serverRaw.documentSymbol = await latency(
      'documentSymbol',
      () => session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument }),
      (answer) => `${Array.isArray(answer) ? answer.length : 0} symbols`,
      session,
    );
    if (india) {
      serverRaw.references = await latency(
        'references to "India"',
        () =>
          session.connection.sendRequest(ReferencesRequest.type, { textDocument, position: india, context: { includeDeclaration: false } }),
        (answer) => `${Array.isArray(answer) ? answer.length : 0} locations`,
        session,
      );
      serverRaw.referencesJsonFloor = jsonFloor(
        await session.connection.sendRequest(ReferencesRequest.type, {
          textDocument,
          position: india,
          context: { includeDeclaration: false },
        }),
      );
    }
    serverRaw.edit3KB = await editLatency(session, uri, text, 50, `${(text.length / 1000).toFixed(1)} KB article`, 5);

    serverRaw.peakRssBefore5MBMB = procStatusMB(session.pid, 'VmHWM');
    row('server peak RSS (VmHWM) before the 5 MB article', mb(serverRaw.peakRssBefore5MBMB as number | undefined));
    // A 5 MB article: the samples' paragraphs repeated, written beside the corpus after indexing.
    const paragraphs = [0, 1, 2, 3, 4]
      .flatMap((i) => readFileSync(path.join(corpus.dir, 'corpus', '0000', `00000${i}.txt`), 'utf8').split(/\n\s*\n/))
      .filter((p) => p.trim().length > 40 && !/^\s*date /.test(p));
    const parts = [' date 2024-11-22 Big article'];
    let length = parts[0].length;
    for (let i = 0; length < 5e6; i++) {
      const paragraph = paragraphs[i % paragraphs.length];
      parts.push(paragraph);
      length += paragraph.length + 2;
    }
    const big = parts.join('\n\n');
    const bigFile = path.join(corpus.dir, 'big', 'big.txt');
    mkdirSync(path.dirname(bigFile), { recursive: true });
    writeFileSync(bigFile, big);
    const bigUri = uriOf(bigFile);
    started = process.hrtime.bigint();
    await session.open(bigUri, big);
    await session.diagnosticsFor(bigUri, 1);
    const bigOpenMs = seconds(started) * 1000;
    row(`server didOpen → publishDiagnostics, ${(big.length / 1e6).toFixed(1)} MB article`, msf(bigOpenMs));
    serverRaw.open5MBms = bigOpenMs;
    serverRaw.edit5MB = await editLatency(session, bigUri, big, 3, `${(big.length / 1e6).toFixed(1)} MB article`, 1);
  } catch (error) {
    serverRaw.error = String(error);
    row('server', error instanceof TimedOut ? `timed out (${error.message})` : `failed: ${String(error).slice(0, 300)}`);
  } finally {
    const rss = procStatusMB(session.pid, 'VmRSS');
    const hwm = procStatusMB(session.pid, 'VmHWM');
    serverRaw.endRssMB = rss;
    serverRaw.peakRssMB = hwm;
    row('server RSS / peak RSS (VmHWM) at the end', `${mb(rss)} / ${mb(hwm)}`);
    await session.stop();
  }
}

// ---- main ------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const benchStarted = process.hrtime.bigint();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'seed-scale-'));
  installCleanup(() => rmSync(tmp, { recursive: true, force: true }));
  try {
    console.log(
      `scale bench: ${SIZES.map(k).join(', ')} articles (SCALE_MAX=${MAX}), ${os.availableParallelism()} cores, load ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}, peak RSS by ${raw.peakRss}`,
    );
    const corpora: Corpus[] = [];
    for (const n of SIZES) {
      const started = process.hrtime.bigint();
      const dir = path.join(tmp, `corpus-${k(n)}`);
      const bytes = writeCorpus(dir, benchCorpus(n));
      corpora.push({ n, dir, bytes });
      console.log(`  generated ${k(n)} articles, ${(bytes / 1e6).toFixed(1)} MB, in ${s(seconds(started))}`);
    }
    raw.corpora = corpora.map(({ n, bytes }) => ({ articles: n, bytes }));
    const generatedAt = Date.now();
    const floorScript = writeReadFloorScript(tmp);

    // A part that fails says so in the table, and the others still run.
    const attempt = async <T>(part: string, run: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await run();
      } catch (error) {
        raw[`${part}Error`] = String(error);
        row(part, `failed: ${(error instanceof Error ? error.message : String(error)).slice(0, 200)}`);
        return undefined;
      }
    };
    const cli = PARTS.has('cli') ? await attempt('read floor and cli', () => partReadFloorAndCli(corpora, floorScript, tmp)) : undefined;
    if (PARTS.has('cspell')) await attempt('cspell', () => partCspell(corpora[0], cli));
    if (PARTS.has('server')) {
      // Files written less than 2 s before the server reads them are not trusted by its index snapshot (they
      // could change unseen: src/node/fileStamp.ts); after the CLI parts they are minutes old, alone not yet.
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, generatedAt + 2100 - Date.now())));
      await attempt('server', () => partServer(corpora.find((c) => c.n === 10_000) ?? corpora[corpora.length - 1], tmp));
    }

    const total = seconds(benchStarted);
    raw.benchSeconds = total;
    raw.rows = rows;
    mkdirSync(path.dirname(OUT), { recursive: true });
    writeFileSync(OUT, `${JSON.stringify(raw, null, 2)}\n`);
    printTable();
    console.log(
      `\n(${s(total)} in all; load average now ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}; raw figures: ${path.relative(ROOT, OUT)})`,
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function printTable(): void {
  const header: Row = { what: 'what', figure: 'figure', reference: 'reference (same run)', ratio: 'ratio (figure / reference)' };
  const all = [header, ...rows];
  const width = (key: keyof Row) => Math.max(...all.filter((r) => !r.what.startsWith('-- ')).map((r) => r[key].length));
  const [w, f, r, q] = [width('what'), width('figure'), width('reference'), width('ratio')];
  const line = (row: Row) => `${row.what.padEnd(w)} | ${row.figure.padStart(f)} | ${row.reference.padEnd(r)} | ${row.ratio.padStart(q)}`;
  console.log(`\n${line(header)}\n${'-'.repeat(w + f + r + q + 9)}`);
  for (const row of rows) console.log(row.what.startsWith('-- ') ? row.what : line(row));
}

if (!SIZES.length) {
  console.error(`scale bench: SCALE_MAX=${MAX} leaves no corpus size (1000, 10000, 100000)`);
  process.exit(2);
}
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`scale bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
