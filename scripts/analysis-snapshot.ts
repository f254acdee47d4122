// A guard for speed work on the core: prints the full analysis (header, problems, entities, dates,
// meetings) of many texts as JSON, one line per text, so that a faster analyser can be shown to give
// the same answers: `node --import tsx scripts/analysis-snapshot.ts > before.jsonl`, change the code,
// run it again, `cmp before.jsonl after.jsonl`. The texts: the samples, every template string in the
// tests that reads like an article, the bench corpus, and with `--recombine N` N more made of their
// sentences shuffled. Tests change too: `--save-texts FILE` writes
// the texts as JSON and `--texts FILE` reads them, so two versions of the analyser see the same texts.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle, buildEntityIndex, combineKnowledgeBases, parseKnowledgeBase } from '../src/core';
import { benchCorpus, bundledKnowledgeBase } from '../bench/corpus';

const ROOT = path.resolve(__dirname, '..');

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(file);
    return entry.name.endsWith('.test.ts') ? [file] : [];
  });
}

const texts: string[] = [];
for (const name of readdirSync(path.join(ROOT, 'seeds')).sort()) {
  if (name.endsWith('.txt')) texts.push(readFileSync(path.join(ROOT, 'seeds', name), 'utf8'));
}
for (const file of testFiles(path.join(ROOT, 'test')).sort()) {
  for (const match of readFileSync(file, 'utf8').matchAll(/`((?:[^`\\$]|\\.|\$(?!\{))*)`/g)) {
    const text = match[1].replace(/\\n/g, '\n').replace(/\\`/g, '`');
    if (text.length >= 60 && /\s/.test(text)) texts.push(text);
  }
}
for (const article of benchCorpus(300)) texts.push(article.text);

// `--recombine N` adds N articles made of the sentences above, shuffled: new neighbours for every rule that
// looks across sentences, headers valid, missing, malformed or off by a field, some CRLF, some in capitals.
const recombineAt = process.argv.indexOf('--recombine');
if (recombineAt > 0) texts.push(...recombined(texts, Number(process.argv[recombineAt + 1])));

function recombined(sources: readonly string[], count: number): string[] {
  const sentences = sources.flatMap((text) =>
    text
      .split(/\n/)
      .flatMap((line) => line.split(/(?<=[.!?])\s+/))
      .map((s) => s.trim())
      .filter((s) => s.length > 20),
  );
  // mulberry32: the same articles on every run, so that two versions of the analyser read the same texts.
  let seed = 12345;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = () => sentences[Math.floor(random() * sentences.length)];
  const made: string[] = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(1995, 0, 1) + Math.floor(random() * 12000) * 86_400_000).toISOString().slice(0, 10);
    const r = random();
    const [y, m, d] = day.split('-');
    const header =
      r < 0.6
        ? ` date ${day} ${pick()}`
        : r < 0.7
          ? ''
          : r < 0.8
            ? `date ${day}`
            : r < 0.85
              ? ` date ${d}/${m}/${y} x`
              : r < 0.9
                ? ` date 2024-13-45 ${pick()}`
                : ` date ${day}`;
    const paragraphs = Array.from({ length: 1 + Math.floor(random() * 10) }, () =>
      Array.from({ length: 1 + Math.floor(random() * 5) }, pick).join(' '),
    );
    let text = (header ? `${header}\n` : '') + paragraphs.join(random() < 0.5 ? '\n\n' : '\n');
    if (random() < 0.1) text = text.replace(/\n/g, '\r\n');
    if (random() < 0.05) text = text.toUpperCase();
    made.push(text);
  }
  return made;
}

const saveAt = process.argv.indexOf('--save-texts');
if (saveAt > 0) writeFileSync(process.argv[saveAt + 1], JSON.stringify(texts));
const readAt = process.argv.indexOf('--texts');
if (readAt > 0) texts.splice(0, texts.length, ...(JSON.parse(readFileSync(process.argv[readAt + 1], 'utf8')) as string[]));

const entities = buildEntityIndex(combineKnowledgeBases([parseKnowledgeBase(bundledKnowledgeBase, 'entities.yaml')]).knowledgeBase);
const now = new Date('2026-01-01T00:00:00Z');
for (const text of texts) {
  for (const kb of [entities, undefined]) {
    process.stdout.write(`${JSON.stringify(analyzeArticle(text, { now, entities: kb }))}\n`);
  }
}
console.error(`${texts.length} texts, each with and without the bundled KB`);
