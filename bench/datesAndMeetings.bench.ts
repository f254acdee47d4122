// `npm run bench`: what finding and resolving body dates, and finding meetings, cost. Per article on a corpus made from the
// samples (against the whole analyzeArticle, which includes it: the budget is 25% of it), and on one
// 5 MB line of prose with dates every few words (must stay linear: 10× the text, ~10× the time); and every meeting
// probe article repeated to a long text, with its line breaks and without (a long transcript or timeline must stay
// linear too: twice the text, about twice the time).

import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  analyzeArticle,
  buildEntityIndex,
  combineKnowledgeBases,
  findBodyDates,
  findMeetings,
  meetingIdentity,
  parseKnowledgeBase,
} from '../src/core';
import { MEETING_PROBES } from '../test/core/meetings/meetingProbes';

const ROOT = path.resolve(__dirname, '..');
const samples = readdirSync(path.join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(path.join(ROOT, 'seeds', f), 'utf8'));
const corpus = Array.from({ length: 10_000 }, (_, i) => samples[i % samples.length]);
const bytes = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0);
const reference = { year: 2024, month: 11, day: 22 };
const now = new Date();
const kbFile = path.join(ROOT, 'seeds', 'entities.yaml');
const entities = buildEntityIndex(combineKnowledgeBases([parseKnowledgeBase(readFileSync(kbFile, 'utf8'), kbFile)]).knowledgeBase);

function best(run: () => void, rounds = 5): number {
  run();
  let fastest = Infinity;
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    run();
    fastest = Math.min(fastest, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return fastest;
}

console.log(`\nbody dates: corpus of ${corpus.length} articles from the samples, ${(bytes / 1e6).toFixed(1)} MB, best of 5`);
const dates = best(() => {
  for (const text of corpus) findBodyDates(text, reference);
});
const analysis = best(() => {
  for (const text of corpus) analyzeArticle(text, { now, entities });
});
console.log(
  `  findBodyDates          ${((dates / corpus.length) * 1e6).toFixed(1).padStart(7)} µs/article  ${(bytes / 1e6 / dates).toFixed(1)} MB/s`,
);
console.log(
  `  analyzeArticle (all)   ${((analysis / corpus.length) * 1e6).toFixed(1).padStart(7)} µs/article  dates are ${((100 * dates) / analysis).toFixed(0)}% of it: they add ${((100 * dates) / (analysis - dates)).toFixed(0)}% to the rest (budget 25%)`,
);

const sentence = 'The ministers met on Thursday, 22 November 2024, and will meet again next month in Delhi. ';
for (const mb of [0.5, 5]) {
  const line = sentence.repeat(Math.round((mb * 1e6) / sentence.length));
  const seconds = best(() => findBodyDates(line, reference), 1);
  console.log(`  one line of ${mb} MB     ${(seconds * 1000).toFixed(0).padStart(7)} ms  ${(line.length / 1e6 / seconds).toFixed(1)} MB/s`);
}

// Meetings: extraction on top of the analysis it reads (entities, dates), and linking by id over a corpus.
const analyses = corpus.map((text) => analyzeArticle(text, { now, entities }));
const meetingsTime = best(() => {
  for (let i = 0; i < corpus.length; i++) {
    const a = analyses[i];
    findMeetings({
      text: corpus[i],
      entities: a.entities,
      dates: a.dates,
      reference: undefined,
      from: 0,
      knowledgeBase: entities.knowledgeBase,
    });
  }
});
console.log(
  `\nmeetings: findMeetings ${((meetingsTime / corpus.length) * 1e6).toFixed(1)} µs/article, ${((100 * meetingsTime) / (analysis - meetingsTime)).toFixed(0)}% on top of the rest of analyzeArticle (budget 30%)`,
);
for (const n of [10_000, 100_000]) {
  const reports = Array.from({ length: n }, (_, i) => ({
    meeting: analyses[i % analyses.length].meetings[0],
    publication: `2024-${String((i % 12) + 1).padStart(2, '0')}-15`,
  })).filter((r) => r.meeting);
  const seconds = best(() => {
    const byId = new Map<string, number>();
    for (const r of reports) {
      const { id } = meetingIdentity(r.meeting, r.publication);
      byId.set(id, (byId.get(id) ?? 0) + 1);
    }
  }, 3);
  console.log(
    `  linking ${reports.length} reports by id: ${(seconds * 1000).toFixed(0)} ms (${((seconds / reports.length) * 1e6).toFixed(2)} µs/report)`,
  );
}

// Long texts of one style: each probe article repeated to 400 KB, with its line breaks and on one line, timed once;
// the eight slowest again at 200 and 400 KB, best of 3, to see that they stay linear (~2 minutes in all).
console.log('\nprobe articles repeated to 400 KB (the slowest; ×: the time at 400 KB over that at 200 KB, best of 3):');
const longText = (probe: (typeof MEETING_PROBES)[number], flat: boolean, kb: number) => {
  const newline = probe.text.indexOf('\n') + 1;
  const body = probe.text.slice(newline);
  const unit = flat ? body.replace(/\n/g, ' ') : body;
  return probe.text.slice(0, newline) + unit.repeat(Math.ceil((kb * 1000) / unit.length));
};
const timedOnce = (text: string) => {
  const start = process.hrtime.bigint();
  analyzeArticle(text, { now, entities });
  return Number(process.hrtime.bigint() - start) / 1e6;
};
const once = MEETING_PROBES.filter((probe) => probe.text.slice(probe.text.indexOf('\n') + 1).trim() !== '').flatMap((probe) =>
  [false, true].map((flat) => ({ probe, flat, ms: timedOnce(longText(probe, flat, 400)) })),
);
once.sort((a, b) => b.ms - a.ms);
for (const { probe, flat } of once.slice(0, 8)) {
  const [small, large] = [200, 400].map((kb) => {
    const text = longText(probe, flat, kb);
    return Math.min(timedOnce(text), timedOnce(text), timedOnce(text));
  });
  console.log(
    `  ${large.toFixed(0).padStart(6)} ms ×${(large / small).toFixed(1)}  ${flat ? 'one line' : 'lines   '} ${probe.name.slice(0, 70)}`,
  );
}
console.log(
  `  (${once.length} texts; the slowest once ${once[0].ms.toFixed(0)} ms, the median ${once[once.length >> 1].ms.toFixed(0)} ms)`,
);
