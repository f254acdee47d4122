// Not a bench of its own (no `.bench.ts`): the core analysis over the bench corpus, in memory, for
// profiling. `npx esbuild bench/coreProfile.ts --bundle --platform=node --outfile=bench/.core.js &&
// node [--cpu-prof] bench/.core.js [articles]` prints MB/s with the bundled KB (the bundle must stay in
// bench/: it finds the samples from there).

import { analyzeArticle, buildEntityIndex, combineKnowledgeBases, parseKnowledgeBase } from '../src/core';
import { benchCorpus, bundledKnowledgeBase } from './corpus';

const count = Number(process.argv[2] ?? 5000);
const corpus = benchCorpus(count).map((a) => a.text);
const bytes = corpus.reduce((n, t) => n + t.length, 0);
const entities = buildEntityIndex(combineKnowledgeBases([parseKnowledgeBase(bundledKnowledgeBase, 'entities.yaml')]).knowledgeBase);
const now = new Date('2026-01-01T00:00:00Z');
for (const text of corpus.slice(0, 500)) analyzeArticle(text, { now, entities });
const rounds: number[] = [];
for (let round = 0; round < 3; round++) {
  const start = performance.now();
  for (const text of corpus) analyzeArticle(text, { now, entities });
  rounds.push(bytes / 1e6 / ((performance.now() - start) / 1000));
}
console.log(
  `core analysis, bundled KB: ${rounds.map((r) => r.toFixed(1)).join(' / ')} MB/s over ${(bytes / 1e6).toFixed(1)} MB (${count} articles)`,
);
