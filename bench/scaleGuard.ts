// `npm run bench:guard`: a CI guard on the CLI's speed, relative to the machine it runs on. On a 1k-article
// bench corpus it times a plain Node script that only reads every article (the read floor) and
// `dist/cli.js check --format json` (with --jobs 1 and with the default jobs), best of 3 each, all in the
// same run, and compares the ratio CLI / floor with the one recorded in bench/scale-reference.json. It fails
// only when a ratio is more than 2x the recorded one (a real regression, not noise); otherwise it prints the
// figures and exits 0. `npm run bench:guard -- --record` rewrites the reference from this run.
//
// Also the process-timing helpers of bench/scale.bench.ts (the full scale bench: `npm run bench -- scale`).

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { benchCorpus, ROOT, writeCorpus } from './corpus';

export const CLI = path.join(ROOT, 'dist', 'cli.js');
export const REFERENCE_FILE = path.join(ROOT, 'bench', 'scale-reference.json');
/** GNU time (Debian package `time`): peak RSS of a process and its threads, read when it exits. */
const TIME_BIN = '/usr/bin/time';
export const hasTimeBin = existsSync(TIME_BIN);

export interface ProcessRun {
  /** Wall clock, spawn to exit. */
  readonly seconds: number;
  /** Peak resident set size (MB); undefined if it could not be read. */
  readonly peakRssMB: number | undefined;
  readonly status: number | null;
  readonly timedOut: boolean;
  readonly stdoutBytes: number;
  readonly stdoutLines: number;
  /** The standard output, when asked for (`captureStdout`). */
  readonly stdout: string;
  /** The last few KB of the standard error. */
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd?: string;
  readonly timeoutMs: number;
  readonly captureStdout?: boolean;
}

/** Process groups still running, killed if this process is interrupted. */
export const liveGroups = new Set<number>();

export function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
  liveGroups.delete(pid);
}

let cleanupInstalled = false;
/** Kills every child process group (and runs `also`) on exit or on Ctrl-C. */
export function installCleanup(also: () => void): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  const cleanup = () => {
    for (const pid of [...liveGroups]) killGroup(pid);
    also();
  };
  process.on('exit', cleanup);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      cleanup();
      process.exit(130);
    });
  }
}

/** Reads a field of /proc/<pid>/status in MB (VmRSS, VmHWM), or undefined. */
export function procStatusMB(pid: number, field: 'VmRSS' | 'VmHWM'): number | undefined {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs `command args` as its own process group, timed by the wall clock, its standard output counted (not
 * kept, unless `captureStdout`), killed after `timeoutMs`. Peak RSS from GNU time when installed, else by
 * polling VmHWM (which can miss the last moments).
 */
export function timeProcess(command: string, args: readonly string[], options: RunOptions): Promise<ProcessRun> {
  const rssFile = hasTimeBin ? path.join(os.tmpdir(), `seed-scale-rss-${process.pid}-${Math.random().toString(36).slice(2)}`) : '';
  const [bin, argv] = hasTimeBin ? [TIME_BIN, ['-f', '%M', '-o', rssFile, command, ...args]] : [command, [...args]];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(bin, argv, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    if (child.pid !== undefined) liveGroups.add(child.pid);
    let stdoutBytes = 0;
    let stdoutLines = 0;
    const decoder = new StringDecoder('utf8');
    let kept = '';
    let stderr = '';
    let polledPeak: number | undefined;
    let timedOut = false;
    child.stdout!.on('data', (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) stdoutLines++;
      if (options.captureStdout) kept += decoder.write(chunk);
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4000);
    });
    const poll = hasTimeBin
      ? undefined
      : setInterval(() => {
          const hwm = child.pid === undefined ? undefined : procStatusMB(child.pid, 'VmHWM');
          if (hwm !== undefined) polledPeak = Math.max(polledPeak ?? 0, hwm);
        }, 20);
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      reject(error);
    });
    child.on('close', (status) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      if (child.pid !== undefined) liveGroups.delete(child.pid);
      let peakRssMB = polledPeak;
      if (hasTimeBin) {
        try {
          // GNU time writes "Command exited with non-zero status N" first when the status is not 0.
          const lines = readFileSync(rssFile, 'utf8').trim().split('\n');
          const kb = Number(lines[lines.length - 1]);
          peakRssMB = Number.isFinite(kb) && kb > 0 ? kb / 1024 : undefined;
        } catch {
          peakRssMB = undefined;
        }
        rmSync(rssFile, { force: true });
      }
      resolve({
        seconds,
        peakRssMB,
        status,
        timedOut,
        stdoutBytes,
        stdoutLines,
        stdout: kept + decoder.end(),
        stderr,
      });
    });
  });
}

/** The read floor: a plain Node script that walks a folder and reads (and decodes) every `.txt`. */
const READ_FLOOR_SCRIPT = `
const fs = require('node:fs');
const path = require('node:path');
let files = 0;
let bytes = 0;
(function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(file);
    else if (entry.name.endsWith('.txt')) {
      const buffer = fs.readFileSync(file);
      buffer.toString('utf8');
      bytes += buffer.length;
      files++;
    }
  }
})(process.argv[2]);
console.log(JSON.stringify({ files, bytes }));
`;

/** Writes the read-floor script into `dir` and returns its path. */
export function writeReadFloorScript(dir: string): string {
  const file = path.join(dir, 'read-floor.cjs');
  writeFileSync(file, READ_FLOOR_SCRIPT);
  return file;
}

/** One run of the read floor over `corpus`; checks that it read `expectedFiles` files. */
export async function readFloor(script: string, corpus: string, expectedFiles: number, timeoutMs = 300_000): Promise<ProcessRun> {
  const run = await timeProcess(process.execPath, [script, corpus], { timeoutMs, captureStdout: true });
  if (run.timedOut) return run;
  if (run.status !== 0) throw new Error(`read floor failed (${run.status}): ${run.stderr}`);
  const { files } = JSON.parse(run.stdout) as { files: number };
  if (files !== expectedFiles) throw new Error(`read floor read ${files} files, expected ${expectedFiles}`);
  return run;
}

/** One run of `dist/cli.js check` (exit status 0 or 1: problems found is fine). */
export async function cliCheck(corpus: string, flags: readonly string[], timeoutMs: number): Promise<ProcessRun> {
  const run = await timeProcess(process.execPath, [CLI, 'check', ...flags, corpus], { timeoutMs });
  if (!run.timedOut && run.status !== 0 && run.status !== 1)
    throw new Error(`cli check ${flags.join(' ')} exited ${run.status}: ${run.stderr}`);
  return run;
}

export const best = (runs: readonly ProcessRun[]) => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));

export interface GuardReference {
  readonly comment: string;
  readonly measuredAt: string;
  readonly machine: { readonly cores: number; readonly cpu: string; readonly node: string };
  readonly articles: number;
  readonly bytes: number;
  readonly floorSeconds: number;
  readonly cliJobs1Seconds: number;
  readonly cliDefaultJobsSeconds: number;
  /** CLI (--jobs 1) seconds / read floor seconds. */
  readonly ratioJobs1: number;
  /** CLI (default jobs: one per core) seconds / read floor seconds. */
  readonly ratioDefaultJobs: number;
}

const GUARD_ARTICLES = 1_000;
const GUARD_FACTOR = 2;

async function guard(): Promise<number> {
  const record = process.argv.includes('--record');
  if (!existsSync(CLI)) {
    console.error(`bench:guard: ${path.relative(ROOT, CLI)} is missing; run npm run build first`);
    return 2;
  }
  const started = Date.now();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'seed-scale-guard-'));
  installCleanup(() => rmSync(dir, { recursive: true, force: true }));
  try {
    const corpus = path.join(dir, 'corpus');
    const bytes = writeCorpus(corpus, benchCorpus(GUARD_ARTICLES));
    const script = writeReadFloorScript(dir);
    const timeoutMs = 120_000;
    const floorRuns: ProcessRun[] = [];
    const jobs1Runs: ProcessRun[] = [];
    const defaultRuns: ProcessRun[] = [];
    // Interleaved, so that a burst of load on a shared machine hits all three alike.
    for (let i = 0; i < 3; i++) {
      floorRuns.push(await readFloor(script, corpus, GUARD_ARTICLES, timeoutMs));
      jobs1Runs.push(await cliCheck(corpus, ['--format', 'json', '--no-progress', '--jobs', '1'], timeoutMs));
      defaultRuns.push(await cliCheck(corpus, ['--format', 'json', '--no-progress'], timeoutMs));
    }
    const timedOut = [...floorRuns, ...jobs1Runs, ...defaultRuns].some((r) => r.timedOut);
    if (timedOut) {
      console.error(`bench:guard: a run timed out after ${timeoutMs / 1000} s`);
      return 1;
    }
    const floor = best(floorRuns).seconds;
    const jobs1 = best(jobs1Runs).seconds;
    const defaultJobs = best(defaultRuns).seconds;
    const cores = os.availableParallelism();
    const measured: GuardReference = {
      comment: `Measured by \`npm run bench:guard -- --record\` on ${new Date().toISOString().slice(0, 10)}: ${GUARD_ARTICLES} bench-corpus articles (bench/corpus.ts), best of 3 wall-clock runs each, interleaved, on a shared ${cores}-core machine (noisy). bench:guard fails when a ratio CLI/floor exceeds ${GUARD_FACTOR}x the one here; the default-jobs ratio is enforced only on a machine with the same number of cores.`,
      measuredAt: new Date().toISOString(),
      machine: { cores, cpu: os.cpus()[0]?.model ?? 'unknown', node: process.version },
      articles: GUARD_ARTICLES,
      bytes,
      floorSeconds: round(floor),
      cliJobs1Seconds: round(jobs1),
      cliDefaultJobsSeconds: round(defaultJobs),
      ratioJobs1: round(jobs1 / floor, 2),
      ratioDefaultJobs: round(defaultJobs / floor, 2),
    };
    console.log(`bench:guard: ${GUARD_ARTICLES} articles, ${(bytes / 1e6).toFixed(1)} MB, ${cores} cores (best of 3 each)`);
    console.log(`  read floor                      ${floor.toFixed(3)} s`);
    console.log(`  cli check --format json --jobs 1 ${jobs1.toFixed(3)} s   ratio to floor ${measured.ratioJobs1}`);
    console.log(`  cli check --format json         ${defaultJobs.toFixed(3)} s   ratio to floor ${measured.ratioDefaultJobs}`);
    if (record) {
      writeFileSync(REFERENCE_FILE, `${JSON.stringify(measured, null, 2)}\n`);
      console.log(`bench:guard: recorded ${path.relative(ROOT, REFERENCE_FILE)}`);
      return 0;
    }
    if (!existsSync(REFERENCE_FILE)) {
      console.error(`bench:guard: ${path.relative(ROOT, REFERENCE_FILE)} is missing (npm run bench:guard -- --record writes it)`);
      return 1;
    }
    const reference = JSON.parse(readFileSync(REFERENCE_FILE, 'utf8')) as GuardReference;
    const checks: [string, number, number, boolean][] = [
      ['--jobs 1', measured.ratioJobs1, reference.ratioJobs1, true],
      ['default jobs', measured.ratioDefaultJobs, reference.ratioDefaultJobs, reference.machine.cores === cores],
    ];
    let failed = false;
    for (const [label, ratio, recorded, enforced] of checks) {
      const limit = recorded * GUARD_FACTOR;
      const verdict = ratio > limit ? (enforced ? 'FAIL' : 'over the limit, not enforced') : 'ok';
      const why = enforced ? '' : ` (reference measured with ${reference.machine.cores} cores, this machine has ${cores})`;
      console.log(
        `  ${label.padEnd(13)} ratio ${ratio} vs recorded ${recorded} (limit ${GUARD_FACTOR}x = ${round(limit, 2)}): ${verdict}${why}`,
      );
      if (ratio > limit && enforced) {
        failed = true;
        console.error(
          `bench:guard: cli check ${label} is ${ratio}x the read floor (${label === '--jobs 1' ? jobs1.toFixed(3) : defaultJobs.toFixed(3)} s vs ${floor.toFixed(3)} s), more than ${GUARD_FACTOR}x the recorded ${recorded}x (${reference.measuredAt.slice(0, 10)}): the CLI got slower`,
        );
      }
    }
    console.log(`bench:guard: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return failed ? 1 : 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

// Run as a script (node --import tsx bench/scaleGuard.ts), not when scale.bench.ts imports the helpers.
if (path.basename(process.argv[1] ?? '') === 'scaleGuard.ts') {
  guard().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`bench:guard: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(2);
    },
  );
}
