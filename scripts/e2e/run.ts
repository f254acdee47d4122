// `npm run test:e2e [-- name-filter...]`: the real-VS Code tier. Sets up (idempotent), packages the
// extension with `npm run package`, installs the .vsix into a throw-away extensions folder, and runs
// test/e2e/*.e2e.test.ts with node's test runner; each test starts its own code-server and Chromium
// through test/e2e/harness.ts. Screenshots and logs go to test-results/e2e/<test>/.
// Whatever is started is stopped by process group, also on failure, timeout and Ctrl+C.

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import {
  createProfile,
  installExtension,
  killRecordedProcessGroups,
  packageExtension,
  repoRoot,
  runSetup,
  stopProcessGroup,
} from './codeServer';

/** The whole test run (not the set-up) is stopped after this long. */
const runTimeoutMs = Number(process.env.SEED_E2E_TIMEOUT_S ?? 600) * 1000;
const resultsDir = join(repoRoot, 'test-results', 'e2e');

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

function testFiles(filters: string[]): string[] {
  const folder = join(repoRoot, 'test', 'e2e');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.e2e.test.ts'))
    .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
    .sort()
    .map((name) => relative(repoRoot, join(folder, name)));
}

/** Runs the test files; `tap` receives a TAP report beside the spec one (for the files that failed). */
async function runTests(files: string[], env: NodeJS.ProcessEnv, tap: string): Promise<number> {
  const reporters = [
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
  ];
  const args = ['--import', 'tsx', '--test', '--test-concurrency=1', ...reporters, ...files];
  // Its own process group, so that a timeout can stop the test runner and its test processes at once.
  const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: 'inherit', detached: true });
  const pid = child.pid!;
  const stop = (why: string) => {
    console.error(`\n[e2e] ${why}; stopping the tests`);
    void stopProcessGroup(pid);
  };
  const onSignal = (signal: NodeJS.Signals) => stop(`interrupted by ${signal}`);
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  const timer = setTimeout(() => stop(`the tests did not finish within ${runTimeoutMs / 1000} s (SEED_E2E_TIMEOUT_S)`), runTimeoutMs);
  try {
    return await new Promise<number>((resolveStatus) => child.once('exit', (code, signal) => resolveStatus(code ?? (signal ? 1 : 0))));
  } finally {
    clearTimeout(timer);
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
  }
}

/** More failed files than this is no flake: they are not run again. */
const MAX_RETRIED_FILES = 2;

/** The test files with a failed test in a TAP report (each failure's `location:`); all of them if it cannot tell. */
function failedFiles(tap: string, files: readonly string[]): string[] {
  let report: string;
  try {
    report = readFileSync(tap, 'utf8');
  } catch {
    return [...files];
  }
  const failed = new Set<string>();
  let failing = false;
  for (const line of report.split('\n')) {
    if (/^\s*not ok /.test(line)) failing = true;
    else if (/^\s*ok /.test(line)) failing = false;
    const location = failing ? /^\s*location: '(.+):\d+:\d+'$/.exec(line) : null;
    if (location) failed.add(relative(repoRoot, location[1]));
  }
  const known = files.filter((file) => failed.has(file));
  return known.length > 0 ? known : [...files];
}

async function main(): Promise<number> {
  const files = testFiles(process.argv.slice(2));
  if (files.length === 0) {
    console.error(`[e2e] no test/e2e/*.e2e.test.ts matches ${process.argv.slice(2).join(' ')}`);
    return 2;
  }

  let since = Date.now();
  runSetup();
  console.log(`[e2e] set-up done in ${seconds(since)}`);

  since = Date.now();
  const vsix = packageExtension();
  const runDir = mkdtempSync(join(tmpdir(), 'seed-annotator-e2e-'));
  try {
    // One extensions folder for every test; each test has its own user data, workspace and browser.
    const shared = createProfile(join(runDir, 'install'), {});
    installExtension(shared, vsix);
    console.log(`[e2e] packaged ${relative(repoRoot, vsix)} and installed it in ${seconds(since)}`);

    rmSync(resultsDir, { recursive: true, force: true });
    mkdirSync(resultsDir, { recursive: true });
    since = Date.now();
    const env = { ...process.env, SEED_E2E_RUN_DIR: runDir, SEED_E2E_EXTENSIONS_DIR: shared.extensionsDir, SEED_E2E_RESULTS: resultsDir };
    let status = await runTests(files, env, join(runDir, 'first.tap'));
    // A scenario that failed runs once more, alone: on a loaded 2-core machine a real VS Code now and then
    // misses a click (a CodeLens redrawn under the pointer, an editor scrolled as the panel opened). A broken
    // feature fails twice; a scenario that passes the second time is named, so its flakiness stays visible.
    const failed = status === 0 ? [] : failedFiles(join(runDir, 'first.tap'), files);
    if (failed.length > 0 && failed.length <= MAX_RETRIED_FILES) {
      console.log(`[e2e] running once more what failed: ${failed.join(', ')}`);
      status = await runTests(failed, env, join(runDir, 'again.tap'));
      if (status === 0) console.log(`[e2e] passed the second time (flaky): ${failed.join(', ')}`);
    }
    console.log(
      `[e2e] tests ${status === 0 ? 'passed' : 'FAILED'} in ${seconds(since)}; screenshots and logs in ${relative(repoRoot, resultsDir)}/`,
    );
    return status;
  } finally {
    const leftOver = killRecordedProcessGroups(runDir);
    if (leftOver.length > 0) console.error(`[e2e] stopped what the tests left running: ${leftOver.join(', ')}`);
    rmSync(runDir, { recursive: true, force: true });
  }
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    console.error(`[e2e] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
