// Bundles the three entry points with esbuild: the extension (VS Code loads it), the language
// server (runs standalone: node dist/server.js --stdio) and the CLI. Usage: node scripts/build.mjs [--watch]
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: watch ? 'inline' : false,
  minify: !watch,
  keepNames: true,
  logLevel: 'warning',
  define: { PACKAGE_VERSION: JSON.stringify(version) },
};

const builds = [
  { entryPoints: ['src/client/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['src/server/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['src/cli/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The timeline's page script: runs in the webview (a browser), not in Node.
  { entryPoints: ['src/client/webview/timeline.ts'], outfile: 'dist/timeline.js', platform: 'browser', format: 'iife', target: 'es2022' },
];

if (watch) {
  for (const build of builds) await (await esbuild.context({ ...common, ...build })).watch();
  console.log('watching src/ …');
} else {
  await Promise.all(builds.map((build) => esbuild.build({ ...common, ...build })));
}
