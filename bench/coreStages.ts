// Not a bench of its own (no `.bench.ts`): the core analysis over the bench corpus, in memory, stage by
// stage (header check, entity recognition, body dates, meetings), to see which one a change moved.
// `npx esbuild bench/coreStages.ts --bundle --platform=node --outfile=bench/.stages.js && node
// bench/.stages.js [articles]` prints each stage's time and MB/s with the bundled KB (averaged over 3 rounds
// after 2 rounds of warm-up).

import { buildEntityIndex, combineKnowledgeBases, parseKnowledgeBase } from '../src/core';
import { findBodyDates } from '../src/core/dates/findBodyDates';
import { recognizeEntities } from '../src/core/entities/recognizeEntities';
import { readHead } from '../src/core/analyzeArticle';
import { findMeetings } from '../src/core/meetings/findMeetings';
import { benchCorpus, bundledKnowledgeBase } from './corpus';

const count = Number(process.argv[2] ?? 3000);
const corpus = benchCorpus(count).map((a) => a.text);
const megabytes = corpus.reduce((n, t) => n + t.length, 0) / 1e6;
const entities = buildEntityIndex(combineKnowledgeBases([parseKnowledgeBase(bundledKnowledgeBase, 'entities.yaml')]).knowledgeBase);
const now = new Date('2026-01-01T00:00:00Z');
const ROUNDS = 3;
const spent = { 'header check': 0, recognition: 0, 'body dates': 0, meetings: 0 };

/** analyzeArticle's steps, timed one by one. */
function run(measure: boolean): void {
  for (const text of corpus) {
    let at = performance.now();
    const lap = (stage: keyof typeof spent) => {
      const now = performance.now();
      if (measure) spent[stage] += now - at;
      at = now;
    };
    const { reference, from, firstLineIsHeader } = readHead(text, { now, entities }).body;
    lap('header check');
    const mentions = recognizeEntities(text, entities, { firstLineIsHeader });
    lap('recognition');
    const dates = findBodyDates(text, reference, { from });
    lap('body dates');
    findMeetings({ text, entities: mentions, dates, reference, from, knowledgeBase: entities.knowledgeBase });
    lap('meetings');
  }
}

run(false);
run(false);
for (let i = 0; i < ROUNDS; i++) run(true);
const total = Object.values(spent).reduce((a, b) => a + b, 0) / ROUNDS;
for (const [stage, ms] of Object.entries(spent)) {
  const each = ms / ROUNDS;
  console.log(
    `${stage.padEnd(13)} ${each.toFixed(0).padStart(6)} ms ${(megabytes / (each / 1000)).toFixed(1).padStart(6)} MB/s ${((100 * each) / total).toFixed(0).padStart(3)}%`,
  );
}
console.log(
  `all          ${total.toFixed(0).padStart(6)} ms ${(megabytes / (total / 1000)).toFixed(1).padStart(6)} MB/s over ${megabytes.toFixed(1)} MB (${count} articles)`,
);
