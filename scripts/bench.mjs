// `npm run bench`: bundles each bench/*.bench.ts with esbuild, as dist/ is built, and runs it, so
// the figures are those of the code that ships (tsx's on-the-fly transform is 2-3x slower).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, '.cache', 'bench');
mkdirSync(out, { recursive: true });
const only = process.argv[2];
const benches = readdirSync(path.join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
for (const file of benches) {
  const outfile = path.join(out, file.replace(/\.ts$/, '.js'));
  await build({
    entryPoints: [path.join(root, 'bench', file)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    // Drives a browser; loaded from node_modules as it is (it does not bundle).
    external: ['playwright-core'],
    // The benches find the repo from their own folder.
    define: { __dirname: JSON.stringify(path.join(root, 'bench')) },
  });
  console.log(`\n== ${file}`);
  const run = spawnSync(process.execPath, [outfile], { stdio: 'inherit', cwd: root });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
