// The .vsix users install: it must package (as `npm run package` does) and hold only what runs.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';

const ROOT = path.resolve(__dirname, '../..');
const VSCE = path.join(ROOT, 'node_modules/@vscode/vsce/vsce');
const manifest = require(path.join(ROOT, 'package.json')) as { scripts: Record<string, string> };
const out = mkdtempSync(path.join(tmpdir(), 'seed-vsix-'));
after(() => rmSync(out, { recursive: true, force: true }));

function vsce(args: string[]) {
  return spawnSync(process.execPath, [VSCE, ...args], { cwd: ROOT, encoding: 'utf8' });
}

/** The options `npm run package` passes to vsce, so this test packages exactly as users do. */
const packageOptions = manifest.scripts.package.split('vsce package')[1].split(' --out')[0].trim().split(/\s+/);

test('packages with the options of npm run package, into a small .vsix', () => {
  const file = path.join(out, 'seed-annotator.vsix');
  const result = vsce(['package', ...packageOptions, '--out', file]);
  assert.equal(result.status, 0, result.stderr + result.stdout);
  // ~1.0 MB: the bundles keep their identifiers (scripts/build.mjs: 5% faster than esbuild's keepNames, and
  // readable stack traces); the bound catches what would make it many megabytes (node_modules, sources).
  assert.ok(statSync(file).size < 1_250_000, `${statSync(file).size} bytes`);
});

test('ships the bundles, grammar, bundled knowledge base with its schema and manifest, and no sources, tests, samples or node_modules', () => {
  const result = vsce(['ls', '--no-dependencies']);
  assert.equal(result.status, 0, result.stderr);
  const files = result.stdout.trim().split('\n').sort();
  const required = [
    'dist/extension.js',
    'dist/server.js',
    'syntaxes/seed.tmLanguage.json',
    'language-configuration.json',
    'package.json',
    'README.md',
  ];
  // The server finds the bundled KB next to its bundle (dist/server.js → seeds/entities.yaml); the timeline's
  // page script; the CLI, which Export Annotations… runs.
  required.push('seeds/entities.yaml', 'schemas/entities.schema.json', 'dist/timeline.js', 'dist/cli.js');
  // The server's worker threads (without them it indexes on one thread). The CLI's own workers stay out:
  // Export Annotations… runs it inline, and the .vsix must stay small.
  required.push('dist/analysisWorker.js');
  for (const needed of required) {
    assert.ok(files.includes(needed), `${needed} is missing from ${files.join(', ')}`);
  }
  const unwanted = files.filter((f) => /^(src|test|node_modules|scripts|bench)\/|^seeds\/(?!entities\.yaml$)|\.ts$/.test(f));
  assert.deepEqual(unwanted, []);
});
