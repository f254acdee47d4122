// Properties of the analysis on random and mutated articles (fast-check): it never throws, every range lies
// inside the document on UTF-16 boundaries, the result is deterministic, and every offered fix removes the
// problem it fixes. A fixed seed in `npm test`; `npm run fuzz` runs many more cases (FUZZ_RUNS, FUZZ_SEED).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { analyzeArticle, buildEntityIndex, combineKnowledgeBases, parseKnowledgeBase, type Range } from '../../src/core';
import { applyEdits } from './applyEdits';

const ROOT = join(__dirname, '..', '..');
const KB_FILE = join(ROOT, 'seeds', 'entities.yaml');
const entities = buildEntityIndex(combineKnowledgeBases([parseKnowledgeBase(readFileSync(KB_FILE, 'utf8'), KB_FILE)]).knowledgeBase);
const SAMPLE = readFileSync(join(ROOT, 'seeds', '001_147d61cd0fcbe092.txt'), 'utf8');
const NOW = new Date('2026-01-01T00:00:00Z');
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);

/** Pieces articles are made of, so random texts hit the rules (not only noise). */
const PIECES = [
  ' date 2024-11-22 ',
  'date 2024-02-30 ',
  ' date 22/11/2024 ',
  'Rajnath Singh',
  'Llyod Austin',
  ' met ',
  ' on Thursday',
  ' will meet ',
  'November 22, 2024',
  '05/06/2024',
  ' 2025-2035 ',
  ' the two ministers ',
  'SECRETARY AUSTIN: ',
  'राजनाथ सिंह',
  '😀',
  '\r\n',
  '\n\n',
  '\t',
  '\u2028',
  '\uFEFF',
  '(',
  '[x](command:y)',
  ':',
  '.',
  ' ',
];

const article = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  // The sample with a random slice replaced by random text: realistic, then broken somewhere.
  fc
    .tuple(fc.nat(SAMPLE.length), fc.nat(200), fc.string({ maxLength: 40 }))
    .map(([at, cut, insert]) => SAMPLE.slice(0, at) + insert + SAMPLE.slice(at + cut)),
);

function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

function checkRange(text: string, lines: number[], range: Range, what: string): void {
  for (const p of [range.start, range.end]) {
    assert.ok(p.line >= 0 && p.line < lines.length, `${what}: line ${p.line} of ${lines.length}`);
    assert.ok(p.character >= 0 && p.character <= lines[p.line], `${what}: character ${p.character} of ${lines[p.line]}`);
  }
  assert.ok(
    range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character),
    what,
  );
  void text;
}

describe('the analysis on random and mutated articles', () => {
  test(`never throws, keeps every range inside the text, and answers the same twice (${RUNS} cases, seed ${SEED})`, () => {
    fc.assert(
      fc.property(article, (text) => {
        const first = analyzeArticle(text, { now: NOW, entities });
        const again = analyzeArticle(text, { now: NOW, entities });
        assert.deepEqual(JSON.parse(JSON.stringify(again)), JSON.parse(JSON.stringify(first)), 'deterministic');
        const lines = lineLengths(text);
        for (const p of first.problems) checkRange(text, lines, p.range, p.code);
        for (const m of first.entities) {
          checkRange(text, lines, m.range, m.text);
          assert.equal(text.slice(m.start, m.end), m.text, 'a mention is the text at its offsets');
          // Never half a surrogate pair.
          for (const at of [m.start, m.end])
            assert.ok(!/[\uDC00-\uDFFF]/.test(text[at] ?? '') || !/[\uD800-\uDBFF]/.test(text[at - 1] ?? ''), `${m.text} splits a pair`);
        }
        for (const d of first.dates) assert.equal(text.slice(d.start, d.end), d.text);
        for (const meeting of first.meetings) checkRange(text, lines, meeting.range, 'meeting');
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  test('every header fix removes the problem it fixes', () => {
    fc.assert(
      fc.property(article, (text) => {
        const { problems } = analyzeArticle(text, { now: NOW, entities });
        for (const problem of problems.filter((p) => p.code === 'missing-date-header' || p.code === 'invalid-date-header')) {
          for (const fix of problem.fixes) {
            const fixed = applyEdits(text, fix.edits);
            const after = analyzeArticle(fixed, { now: NOW, entities }).problems.map((p) => p.code);
            // A placeholder (YYYY-MM-DD) leaves an invalid header on purpose: the user types the date over it.
            if (fix.edits.some((e) => e.placeholder)) continue;
            assert.ok(!after.includes(problem.code), `${fix.title}: ${JSON.stringify(fixed.slice(0, 80))} still has ${problem.code}`);
          }
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
