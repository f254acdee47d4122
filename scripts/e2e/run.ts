// `npm run test:e2e [-- name-filter...]`: the real-VS Code tier. Sets up (idempotent), packages the
// extension with `npm run package`, installs the .vsix into a throw-away extensions folder, and runs
// test/e2e/*.e2e.test.ts with node's test runner; each test starts its own code-server and Chromium
// through test/e2e/harness.ts. Screenshots and logs go to test-results/e2e/<test>/.
// Whatever is started is stopped by process group, also on failure, timeout and Ctrl+C.

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
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

async function runTests(files: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const args = ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files];
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
    const status = await runTests(files, {
      ...process.env,
      SEED_E2E_RUN_DIR: runDir,
      SEED_E2E_EXTENSIONS_DIR: shared.extensionsDir,
      SEED_E2E_RESULTS: resultsDir,
    });
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
