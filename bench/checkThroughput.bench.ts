// `npm run bench`: how fast the date-header check runs, in memory (the core) and end to end (the CLI
// over a generated corpus on disk). Prints figures; compare them between commits on the same machine.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { analyzeArticle } from '../src/core';

const ROOT = path.resolve(__dirname, '..');
const samples = readdirSync(path.join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(path.join(ROOT, 'seeds', f), 'utf8'));

/** A corpus of `count` articles made from the samples, with varied headers (valid, broken, missing). */
function generateCorpus(count: number): string[] {
  const headers = [' date 2024-11-22 ', ' date 22/11/2024 ', 'date 2023-06-05 ', '', ' date 2024-02-30 '];
  return Array.from({ length: count }, (_, i) => {
    const body = samples[i % samples.length].replace(/^ date \S+ /, '');
    return headers[i % headers.length] + body;
  });
}

function measure(label: string, run: () => void, bytes: number, items: number, unit: string): void {
  run(); // warm-up
  const rounds = 3;
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  const best = Math.min(...times);
  console.log(`${label.padEnd(44)} ${(bytes / 1e6 / best).toFixed(1).padStart(7)} MB/s ${Math.round(items / best).toString().padStart(8)} ${unit}/s  (best of ${rounds}: ${best.toFixed(3)} s)`);
}

const now = new Date();
const corpus = generateCorpus(20_000);
const bytes = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0);
console.log(`corpus: ${corpus.length} articles, ${(bytes / 1e6).toFixed(1)} MB`);
measure('core analyzeArticle (in memory)', () => corpus.forEach((text) => analyzeArticle(text, { now })), bytes, corpus.length, 'articles');

const long = ' date 2024-11-22 ' + 'Lorem ipsum dolor sit amet, Rajnath Singh met Lloyd Austin. '.repeat(100_000);
measure('core analyzeArticle (one 6 MB article)', () => analyzeArticle(long, { now }), Buffer.byteLength(long), 1, 'articles');

const dir = mkdtempSync(path.join(tmpdir(), 'seed-bench-'));
try {
  corpus.forEach((text, i) => {
    const folder = path.join(dir, String(i % 100));
    if (i < 100) mkdirSync(folder);
    writeFileSync(path.join(folder, `${i}.txt`), text);
  });
  const cli = path.join(ROOT, 'dist/cli.js');
  for (const format of ['text', 'json']) {
    measure(`cli check --format ${format} (${corpus.length} files)`, () => {
      const result = spawnSync(process.execPath, [cli, 'check', '--format', format, dir], { encoding: 'utf8', maxBuffer: 1 << 28 });
      if (result.status !== 1) throw new Error(`unexpected exit status ${result.status}: ${result.stderr}`);
    }, bytes, corpus.length, 'files');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
