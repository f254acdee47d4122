// `problemsOnly`: the analysis for a reader of problems alone (the CLI's text report) skips dates and
// meetings, and must report exactly the problems, mentions and header of the whole analysis.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { analyzeArticle, buildEntityIndex, combineKnowledgeBases, parseKnowledgeBase } from '../../src/core';
import { SECTIONED_FROM } from '../../src/core/sections/cutSections';

const NOW = new Date('2026-11-21T12:00:00Z');
const SEEDS = join(__dirname, '..', '..', 'seeds');
const entities = buildEntityIndex(
  combineKnowledgeBases([parseKnowledgeBase(readFileSync(join(SEEDS, 'entities.yaml'), 'utf8'), 'entities.yaml')]).knowledgeBase,
);
const samples = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(SEEDS, name), 'utf8'));

/** Each sample as written, and as scrapers also leave it: headerless, with a broken date, CRLF, in capitals. */
const variants = samples.flatMap((text) => [
  text,
  text.replace(/^[^\n]*\n/, ''),
  text.replace(/^ date \d{4}-\d\d-\d\d/, ' date 2024-13-45'),
  text.replace(/\n/g, '\r\n'),
  text.toUpperCase(),
]);

const whole = (text: string) => analyzeArticle(text, { now: NOW, entities });
const problemsOnly = (text: string) => analyzeArticle(text, { now: NOW, entities, problemsOnly: true });

describe('analyzeArticle with problemsOnly', () => {
  test('reports the problems, mentions, header and reference date of the whole analysis, for every sample and variant', () => {
    for (const text of variants) {
      const { dates: _d, meetings: _m, ...expected } = whole(text);
      const { dates, meetings, ...actual } = problemsOnly(text);
      assert.deepEqual(actual, expected, text.slice(0, 80));
      assert.deepEqual([dates, meetings], [[], []]);
    }
  });

  test('leaves out what the whole analysis finds besides: the samples have dates and meetings', () => {
    assert.ok(variants.some((text) => whole(text).meetings.length > 0));
    assert.ok(variants.some((text) => whole(text).dates.length > 0));
  });

  test('a text long enough to be read in sections gives the same problems too', () => {
    let text = samples[0];
    while (text.length < SECTIONED_FROM) text += `\n\n${samples[text.length % samples.length].replace(/^[^\n]*\n/, '')}`;
    const { dates: _d, meetings: _m, ...expected } = whole(text);
    const { dates, meetings, ...actual } = problemsOnly(text);
    assert.ok(expected.problems.length > 0);
    assert.deepEqual(actual, expected);
    assert.deepEqual([dates, meetings], [[], []]);
  });
});
