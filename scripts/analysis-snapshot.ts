// A guard for speed work on the core: prints the full analysis (header, problems, entities, dates,
// meetings) of many texts as JSON, one line per text, so that a faster analyser can be shown to give
// the same answers: `node --import tsx scripts/analysis-snapshot.ts > before.jsonl`, change the code,
// run it again, `cmp before.jsonl after.jsonl`. The texts: the samples, every template string in the
// tests that reads like an article, and the bench corpus. Tests change too: `--save-texts FILE` writes
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
