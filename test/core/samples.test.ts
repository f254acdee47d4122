// The five sample articles in seeds/ against the hand-checked gold annotations.

import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { analyzeArticle } from '../../src/core';
import { applyEdits } from './applyEdits';

const NOW = new Date('2026-11-21T12:00:00Z');
const ROOT = join(__dirname, '..', '..');
const SEEDS = join(ROOT, 'seeds');

interface GoldFile {
  readonly file: string;
  /** The yaml package reads an unquoted 2024-11-22 as a string (YAML 1.2 core schema). */
  readonly header_date: string | null;
  readonly problems: readonly { readonly code: string; readonly inferred_date?: string }[];
}

const gold: readonly GoldFile[] = parse(readFileSync(join(ROOT, 'test', 'fixtures', 'seeds.gold.yaml'), 'utf8')).files;
const seedFiles = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .sort();

describe('the sample articles in seeds/', () => {
  test('every sample has a gold annotation and every gold annotation a sample', () => {
    assert.ok(seedFiles.length >= 5);
    assert.deepEqual(seedFiles, gold.map((g) => g.file).sort());
  });

  for (const name of seedFiles) {
    const expected = gold.find((g) => g.file === name);
    const text = readFileSync(join(SEEDS, name), 'utf8');

    test(`${name}: the header date and the problem codes are the gold ones`, () => {
      assert.ok(expected, `no gold annotation for ${name}`);
      const analysis = analyzeArticle(text, { now: NOW });
      assert.equal(analysis.header?.date ?? null, expected.header_date);
      assert.deepEqual(
        analysis.problems.map((p) => p.code),
        expected.problems.map((p) => p.code),
      );
    });

    for (const goldProblem of expected?.problems ?? []) {
      if (!goldProblem.inferred_date) continue;
      test(`${name}: the missing-header fix inserts a header dated ${goldProblem.inferred_date}, and the result is clean`, () => {
        const problem = analyzeArticle(text, { now: NOW }).problems.find((p) => p.code === goldProblem.code);
        assert.ok(problem);
        const preferred = problem.fixes.filter((f) => f.preferred);
        assert.equal(preferred.length, 1);
        const fixed = applyEdits(text, preferred[0].edits);
        const analysis = analyzeArticle(fixed, { now: NOW });
        assert.equal(analysis.header?.date, goldProblem.inferred_date);
        assert.deepEqual(analysis.problems, []);
        assert.equal(fixed.split('\n').length, text.split('\n').length, 'the body keeps its line numbers');
      });
    }
  }
});
