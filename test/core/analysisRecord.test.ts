// An analysis leaves a worker thread, or goes into the cache, as a record of plain data, and comes back
// the same analysis, linked to the knowledge base's own entities.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeArticle, buildEntityIndex, combineKnowledgeBases, parseKnowledgeBase } from '../../src/core';
import { AnalysisForms, dependsOnToday, fromAnalysisRecord, toAnalysisRecord } from '../../src/core/analysisRecord';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const kbText = readFileSync(join(SEEDS, 'entities.yaml'), 'utf8');
const index = buildEntityIndex(combineKnowledgeBases([parseKnowledgeBase(kbText, 'entities.yaml')]).knowledgeBase);
const now = new Date('2026-01-01T00:00:00Z');
const samples = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(SEEDS, f), 'utf8'));

test('an analysis written as JSON and read back is the same analysis, its mentions linked to the same entities', () => {
  for (const text of samples) {
    const analysis = analyzeArticle(text, { now, entities: index });
    const back = fromAnalysisRecord(JSON.parse(JSON.stringify(toAnalysisRecord(analysis))), index.knowledgeBase);
    assert.deepEqual(back, analysis);
    const entity = back!.entities.find((m) => m.entity)?.entity;
    assert.ok(entity);
    assert.equal(entity, index.knowledgeBase.byId.get(entity.id), 'the very entity object of the knowledge base');
  }
});

test('a record names entities by id only: no copy of the knowledge base travels with it', () => {
  const record = toAnalysisRecord(analyzeArticle(samples[0], { now, entities: index }));
  const json = JSON.stringify(record);
  assert.doesNotMatch(json, /"description"/);
  assert.match(json, /"entityId":"lloyd-austin"/);
});

test('a record read under a knowledge base without one of its entities is stale: undefined, not half linked', () => {
  const record = toAnalysisRecord(analyzeArticle(samples[0], { now, entities: index }));
  const smaller = buildEntityIndex(
    combineKnowledgeBases([parseKnowledgeBase('entities:\n  - id: india\n    name: India\n    type: country\n', 'small.yaml')])
      .knowledgeBase,
  );
  assert.equal(fromAnalysisRecord(record, smaller.knowledgeBase), undefined);
});

test('an analysis that flags a header date in the future depends on the day: it is never cached', () => {
  const future = analyzeArticle(' date 2026-06-01 Tomorrow\nText.\n', { now });
  const past = analyzeArticle(' date 2025-06-01 Yesterday\nText.\n', { now });
  assert.equal(dependsOnToday(future), true);
  assert.equal(dependsOnToday(past), false);
});

test('a fix offered by many problems ("fix all") is written once, and comes back shared: the record grows with the problems, not their square', () => {
  const line = 'Defence Minister Rajanth Singh met Llyod Austin.';
  const text = [' date 2024-11-22 Wire', ...Array.from({ length: 200 }, () => line)].join('\n');
  const analysis = analyzeArticle(text, { now, entities: index });
  const misspelt = analysis.problems.filter((p) => p.code === 'misspelled-entity');
  assert.ok(misspelt.length >= 200);
  const json = JSON.stringify(toAnalysisRecord(analysis));
  assert.equal(json.split('"title":"Fix all').length - 1, 1, 'the fix-all fix is written once');
  const back = fromAnalysisRecord(JSON.parse(json), index.knowledgeBase)!;
  assert.deepEqual(back, analysis);
  const fixAll = back.problems.filter((p) => p.code === 'misspelled-entity').map((p) => p.fixes[1]);
  assert.ok(
    fixAll.every((fix) => fix === fixAll[0]),
    'one object, as the analysis had it',
  );
});

test('an analysis and its record, each made when first asked for: either form gives the other', () => {
  const analysis = analyzeArticle(samples[0], { now, entities: index });
  const fresh = AnalysisForms.ofAnalysis(analysis);
  assert.equal(fresh.analysis, analysis, 'the analysis itself, not a copy');
  assert.deepEqual(fresh.record, toAnalysisRecord(analysis));
  assert.equal(fresh.record, fresh.record, 'made once');

  const json = JSON.stringify(toAnalysisRecord(analysis));
  assert.deepEqual(AnalysisForms.ofRecord(JSON.parse(json), index.knowledgeBase).analysis, analysis);
  assert.deepEqual(AnalysisForms.ofRecord(JSON.parse(json), index.knowledgeBase).record, JSON.parse(json));
  const stale = AnalysisForms.ofRecord(JSON.parse(json), undefined);
  assert.equal(stale.analysis, undefined, 'a record naming entities without a KB is stale');
  assert.throws(() => stale.record, /stale/);
});
