// `npm run demo [-- FOLDER]`: try the extension without installing VS Code. Sets up as the
// real-VS Code tests do, packages the extension, installs it into a throw-away profile, and serves
// VS Code (code-server) on 127.0.0.1 with a copy of seeds/ open (or FOLDER, in place), until Ctrl+C.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { copySeeds, createProfile, installExtension, packageExtension, runSetup, startCodeServer } from './codeServer';

async function main(): Promise<void> {
  const folderArgument = process.argv[2];
  runSetup();
  const vsix = packageExtension();
  const scratch = mkdtempSync(join(tmpdir(), 'seed-annotator-demo-'));
  try {
    const profile = createProfile(join(scratch, 'profile'), {});
    installExtension(profile, vsix);
    const folder = folderArgument ? resolve(folderArgument) : copySeeds(scratch);
    const port = process.env.SEED_DEMO_PORT ? Number(process.env.SEED_DEMO_PORT) : undefined;
    const logFile = join(scratch, 'code-server.log');
    const server = await startCodeServer({ profile, folder, logFile, port });
    console.log(`
Seed Annotator in VS Code (code-server), with ${folderArgument ? folder : `a copy of seeds/ (${folder}): edits there leave the repository alone`}.

    Open ${server.url} in a browser.

It listens on 127.0.0.1 only; from another machine, forward the port first (ssh -L ${new URL(server.url).port}:127.0.0.1:${new URL(server.url).port} …).
code-server's log: ${logFile}. Stop with Ctrl+C.`);
    const stopped = await new Promise<string>((resolveStop) => {
      for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => resolveStop(signal));
      void server.exited.then(() => resolveStop('exit'));
    });
    if (stopped === 'exit')
      console.error(
        `code-server exited by itself; the end of its log:\n${readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n')}`,
      );
    await server.stop();
    console.log('Stopped code-server.');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`[demo] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
