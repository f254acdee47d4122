// `npm run bench`: how fast articles are checked, in memory (the core) and end to end (the CLI over a
// generated corpus on disk), with the bundled knowledge base (seeds/entities.yaml: the date header and
// the names) and without one (the date header only). Prints figures; compare them between commits on
// the same machine. Entity recognition against small and huge knowledge bases: entityRecognition.bench.ts.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { analyzeArticle, buildEntityIndex, combineKnowledgeBases, type EntityIndex, parseKnowledgeBase } from '../src/core';

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
  console.log(
    `${label.padEnd(52)} ${(bytes / 1e6 / best).toFixed(1).padStart(7)} MB/s ${Math.round(items / best)
      .toString()
      .padStart(8)} ${unit}/s  (best of ${rounds}: ${best.toFixed(3)} s)`,
  );
}

const now = new Date();
const corpus = generateCorpus(20_000);
const bytes = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0);
console.log(`corpus: ${corpus.length} articles, ${(bytes / 1e6).toFixed(1)} MB`);

const bundledFile = path.join(ROOT, 'seeds', 'entities.yaml');
let bundled: EntityIndex | undefined;
if (existsSync(bundledFile)) {
  const started = process.hrtime.bigint();
  const { knowledgeBase } = combineKnowledgeBases([parseKnowledgeBase(readFileSync(bundledFile, 'utf8'), bundledFile)]);
  bundled = buildEntityIndex(knowledgeBase);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(
    `bundled knowledge base: ${knowledgeBase.entities.length} entities, ${bundled.matcher.size} names, compiled in ${ms.toFixed(0)} ms (first run, cold)`,
  );
} else {
  console.log('bundled knowledge base: seeds/entities.yaml not found, rows with it are skipped');
}
const kbs: [string, EntityIndex | undefined][] = [
  ['no KB', undefined],
  ...(bundled ? [['bundled KB', bundled] as [string, EntityIndex]] : []),
];

for (const [name, entities] of kbs) {
  measure(
    `core analyzeArticle (in memory, ${name})`,
    () => {
      for (const text of corpus) analyzeArticle(text, { now, entities });
    },
    bytes,
    corpus.length,
    'articles',
  );
}
// One huge single-line article (scrapers do produce them). Names are looked for on every line, and the
// recogniser's cost grows faster than the line is long (6 MB took ~190 s here), so with a KB the
// article is 10x shorter for now; the two sizes with the KB show the growth.
const SENTENCE = 'Lorem ipsum dolor sit amet, Rajnath Singh met Lloyd Austin. ';
for (const [name, entities] of kbs) {
  for (const repeats of entities ? [5_000, 10_000] : [100_000]) {
    const long = ` date 2024-11-22 ${SENTENCE.repeat(repeats)}`;
    const mb = (Buffer.byteLength(long) / 1e6).toFixed(1);
    measure(
      `core analyzeArticle (one ${mb} MB line, ${name})`,
      () => analyzeArticle(long, { now, entities }),
      Buffer.byteLength(long),
      1,
      'articles',
    );
  }
}

const dir = mkdtempSync(path.join(tmpdir(), 'seed-bench-'));
try {
  corpus.forEach((text, i) => {
    const folder = path.join(dir, String(i % 100));
    if (i < 100) mkdirSync(folder);
    writeFileSync(path.join(folder, `${i}.txt`), text);
  });
  const cli = path.join(ROOT, 'dist/cli.js');
  // The corpus is in a temporary folder with no entities.yaml: the bundled KB applies unless turned off.
  const modes: [string, string[]][] = [['no KB', ['--no-bundled-kb']], ...(bundled ? [['bundled KB', []] as [string, string[]]] : [])];
  for (const [name, flags] of modes) {
    for (const format of ['text', 'json']) {
      let output = 0;
      measure(
        `cli check --format ${format} (${corpus.length} files, ${name})`,
        () => {
          const result = spawnSync(process.execPath, [cli, 'check', '--format', format, ...flags, dir], {
            encoding: 'utf8',
            maxBuffer: 1 << 30,
          });
          if (result.status !== 1) throw new Error(`unexpected exit status ${result.status}: ${result.stderr}`);
          output = Buffer.byteLength(result.stdout);
        },
        bytes,
        corpus.length,
        'files',
      );
      console.log(`${''.padEnd(52)} (output: ${(output / 1e6).toFixed(1)} MB)`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
