// code-server (VS Code's workbench and extension host, served to a browser) for the real-VS Code
// tier and the demo: where it is cached, a throw-away profile, installing the packaged extension,
// and starting and stopping it. Everything started here runs in its own process group and is
// stopped by that group's id, on success, failure and Ctrl+C alike.

import { spawn, spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const repoRoot = resolve(__dirname, '../..');

/** Where setup.sh installs code-server; SEED_E2E_CACHE overrides it. */
export const cacheDir = process.env.SEED_E2E_CACHE ?? join(homedir(), '.cache', 'seed-annotator-e2e');
const codeServerEntry = join(cacheDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** The extension's id as VS Code knows it (publisher.name). */
export const extensionId = (() => {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { publisher: string; name: string };
  return `${manifest.publisher}.${manifest.name}`;
})();

/**
 * User settings of every profile made here. code-server defaults `files.autoSave` to `afterDelay`
 * where a desktop VS Code has `off`; with auto-save, `seedAnnotator.validate: onSave` would behave
 * like `onType`.
 */
export const baseSettings: Record<string, unknown> = {
  'files.autoSave': 'off',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'editor.hover.delay': 300,
};

/** Runs scripts/e2e/setup.sh: Debian packages and code-server, installed once and then reused. */
export function runSetup(): void {
  const setup = spawnSync('bash', [join(repoRoot, 'scripts', 'e2e', 'setup.sh')], { stdio: 'inherit', timeout: 15 * 60_000 });
  if (setup.status !== 0) throw new Error(`scripts/e2e/setup.sh failed (exit status ${setup.status ?? setup.signal})`);
}

/** Builds seed-annotator.vsix with the project's own `npm run package` (vsce package). */
export function packageExtension(): string {
  const vsix = join(repoRoot, 'seed-annotator.vsix');
  rmSync(vsix, { force: true });
  const npm = spawnSync('npm', ['run', '-s', 'package'], { cwd: repoRoot, encoding: 'utf8', timeout: 5 * 60_000 });
  if (npm.status !== 0 || !existsSync(vsix)) {
    throw new Error(`npm run package failed (exit status ${npm.status ?? npm.signal}):\n${npm.stdout}${npm.stderr}`);
  }
  return vsix;
}

/** A throw-away VS Code profile: user data (settings, logs), extensions, and XDG folders. */
export interface Profile {
  readonly dir: string;
  readonly userDataDir: string;
  readonly extensionsDir: string;
}

export function createProfile(dir: string, settings: Record<string, unknown>, extensionsDir = join(dir, 'extensions')): Profile {
  const userDataDir = join(dir, 'user-data');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...baseSettings, ...settings }, null, 2));
  return { dir, userDataDir, extensionsDir };
}

/** code-server writes into ~/.config and ~/.local unless the XDG folders point elsewhere. */
function profileEnv(profile: Profile): NodeJS.ProcessEnv {
  return {
    ...process.env,
    XDG_CONFIG_HOME: join(profile.dir, 'xdg', 'config'),
    XDG_DATA_HOME: join(profile.dir, 'xdg', 'data'),
    XDG_CACHE_HOME: join(profile.dir, 'xdg', 'cache'),
  };
}

function codeServerArgs(profile: Profile): string[] {
  if (!existsSync(codeServerEntry)) {
    throw new Error(`code-server is not installed at ${codeServerEntry}: run scripts/e2e/setup.sh (npm run test:e2e does)`);
  }
  return [codeServerEntry, '--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir];
}

/** Installs a .vsix into the profile's extensions folder, as `code --install-extension` does. */
export function installExtension(profile: Profile, vsix: string): void {
  const install = spawnSync(process.execPath, [...codeServerArgs(profile), '--install-extension', vsix, '--force'], {
    env: profileEnv(profile),
    encoding: 'utf8',
    timeout: 120_000,
  });
  const installed = readdirSync(profile.extensionsDir).some((name) => name.startsWith(`${extensionId}-`));
  if (install.status !== 0 || !installed) {
    throw new Error(
      `installing ${vsix} into code-server failed (exit status ${install.status ?? install.signal}):\n${install.stdout}${install.stderr}`,
    );
  }
}

/** Copies the repository's seeds/ into `folder`/seeds: nothing run here ever writes to the repository's samples. */
export function copySeeds(folder: string): string {
  const seeds = join(folder, 'seeds');
  cpSync(join(repoRoot, 'seeds'), seeds, { recursive: true });
  return seeds;
}

// ---------------------------------------------------------------------------------------------
// Process groups. Each one started is remembered in memory and, when SEED_E2E_RUN_DIR is set (the
// test runner sets it), as a file there, so that the runner can stop what a crashed or timed-out
// test process left behind.

const liveGroups = new Set<number>();
const groupsFolder = process.env.SEED_E2E_RUN_DIR ? join(process.env.SEED_E2E_RUN_DIR, 'process-groups') : undefined;

function trackProcessGroup(pgid: number, what: string): void {
  liveGroups.add(pgid);
  if (groupsFolder) {
    mkdirSync(groupsFolder, { recursive: true });
    writeFileSync(join(groupsFolder, String(pgid)), what);
  }
}

function untrackProcessGroup(pgid: number): void {
  liveGroups.delete(pgid);
  if (groupsFolder) rmSync(join(groupsFolder, String(pgid)), { force: true });
}

function groupIsAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // already gone
  }
}

/** Stops a process group: SIGTERM, then SIGKILL for whatever is still there after `graceMs`. */
export async function stopProcessGroup(pgid: number, graceMs = 3000): Promise<void> {
  signalGroup(pgid, 'SIGTERM');
  for (const deadline = Date.now() + graceMs; Date.now() < deadline && groupIsAlive(pgid); ) await sleep(100);
  if (groupIsAlive(pgid)) signalGroup(pgid, 'SIGKILL');
  for (const deadline = Date.now() + 2000; Date.now() < deadline && groupIsAlive(pgid); ) await sleep(50);
  untrackProcessGroup(pgid);
}

/** SIGKILLs every process group this process started and has not stopped yet (for signal handlers). */
export function killTrackedProcessGroups(): void {
  for (const pgid of [...liveGroups]) {
    signalGroup(pgid, 'SIGKILL');
    untrackProcessGroup(pgid);
  }
}

/** SIGKILLs the process groups recorded under `runDir` by processes that did not stop them. */
export function killRecordedProcessGroups(runDir: string): string[] {
  const folder = join(runDir, 'process-groups');
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const pgid = Number(name);
    const what = readFileSync(join(folder, name), 'utf8');
    rmSync(join(folder, name), { force: true });
    if (!Number.isInteger(pgid) || pgid <= 1 || !groupIsAlive(pgid)) return [];
    signalGroup(pgid, 'SIGKILL');
    return [`${what} (process group ${pgid})`];
  });
}

let signalHandlersInstalled = false;

/** On Ctrl+C or SIGTERM, kill what was started, then exit as a process killed by that signal would. */
export function stopEverythingOnSignals(): void {
  if (signalHandlersInstalled) return;
  signalHandlersInstalled = true;
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    process.once(signal, () => {
      killTrackedProcessGroups();
      process.exit(code);
    });
  }
}

// ---------------------------------------------------------------------------------------------

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export interface CodeServer {
  /** The workbench's address, e.g. http://127.0.0.1:41197/ */
  readonly url: string;
  /** Process id of code-server, and of its process group. */
  readonly pid: number;
  /** Settles when code-server exits, for whatever reason. */
  readonly exited: Promise<void>;
  stop(): Promise<void>;
}

export interface StartOptions {
  profile: Profile;
  /** The folder the workbench opens. */
  folder: string;
  /** Where code-server's own output goes. */
  logFile: string;
  /** Fixed port; a free one otherwise. */
  port?: number;
}

/** Starts code-server on 127.0.0.1, in its own process group, and waits until it answers. */
export async function startCodeServer({ profile, folder, logFile, port }: StartOptions): Promise<CodeServer> {
  const listenPort = port ?? (await freePort());
  const args = [
    ...codeServerArgs(profile),
    '--bind-addr',
    `127.0.0.1:${listenPort}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    folder,
  ];
  const log = openSync(logFile, 'w');
  const child = spawn(process.execPath, args, { env: profileEnv(profile), detached: true, stdio: ['ignore', log, log] });
  closeSync(log);
  const pid = child.pid;
  if (pid === undefined) throw new Error('code-server did not start (no process id)');
  trackProcessGroup(pid, 'code-server');
  let exited = false;
  const server: CodeServer = {
    url: `http://127.0.0.1:${listenPort}/`,
    pid,
    exited: new Promise<void>((resolveExit) => child.once('exit', () => resolveExit())).then(() => void (exited = true)),
    stop: () => stopProcessGroup(pid),
  };

  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${server.url}healthz`, { signal: AbortSignal.timeout(2000) })).ok) return server;
    } catch {
      // not listening yet
    }
    if (exited || Date.now() > deadline) {
      await server.stop();
      const tail = readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n');
      throw new Error(`code-server ${exited ? 'exited' : 'did not answer /healthz within 30 s'}; the end of ${logFile}:\n${tail}`);
    }
    await sleep(200);
  }
}
