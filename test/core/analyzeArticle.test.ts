// One article's analysis: the header summary and the problems the editor and the CLI report.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeArticle, range } from '../../src/core';
import { assertHasFields, assertHasKeys } from '../support/assertKeys';

const NOW = new Date('2026-11-21T12:00:00Z');
const analyze = (text: string) => analyzeArticle(text, { now: NOW });

describe('analyzeArticle', () => {
  test('summarises a valid header as its ISO date and where the date stands; has at least the fields header (date, range), problems, entities', () => {
    const analysis = analyze(' date 2024-11-22 Left Menu\n\nBody');
    assertHasKeys(analysis, ['header', 'problems', 'entities'], 'the analysis');
    assertHasFields(analysis.header, { date: '2024-11-22', range: range(0, 6, 16) }, 'the header');
    assert.deepEqual(analysis.problems, []);
    assert.deepEqual(analysis.entities, []);
  });

  test('counts a BOM in the position of the date; the header has at least the fields date, range', () => {
    assertHasFields(analyze('\uFEFF date 2024-11-22 Left Menu\r\nBody').header, { date: '2024-11-22', range: range(0, 7, 17) });
  });

  test('a header with a warning still has its date; the header has at least the fields date, range', () => {
    const analysis = analyze('Date: 2024-11-22 Left Menu');
    assertHasFields(analysis.header, { date: '2024-11-22', range: range(0, 6, 16) });
    assert.deepEqual(
      analysis.problems.map((p) => p.code),
      ['noncanonical-date-header'],
    );
    assert.equal(analyze(' date 2027-01-01').header?.date, '2027-01-01');
  });

  test('a header without a valid date, or no header, gives no header summary', () => {
    assert.equal(analyze(' date 2024-02-30 Left Menu').header, null);
    assert.equal(analyze(' date 22/11/2024 Left Menu').header, null);
    assert.equal(analyze('newshots banner').header, null);
    assert.equal(analyze('').header, null);
  });

  test('the current instant is an option, so results do not depend on the clock', () => {
    const text = ' date 2026-11-23 x';
    assert.deepEqual(
      analyzeArticle(text, { now: new Date('2026-11-21T12:00:00Z') }).problems.map((p) => p.code),
      ['future-date-header'],
    );
    assert.deepEqual(analyzeArticle(text, { now: new Date('2026-11-22T12:00:00Z') }).problems, []);
  });
});

describe('the day relative dates are resolved against (referenceDate)', () => {
  const resolved = (text: string) => {
    const analysis = analyze(text);
    return [analysis.referenceDate, ...analysis.dates.map((d) => `${d.text}=${d.readings.map((r) => r.value).join('|')}`)];
  };

  test('is the header date', () => {
    assert.deepEqual(resolved(' date 2025-04-05 BSS\nModi met Yunus here today.\n'), ['2025-04-05', 'today=2025-04-05']);
  });

  test('is the day of the lead’s dateline within 3 days of the header’s: the story’s own day', () => {
    assert.deepEqual(resolved(' date 2025-04-05 BSS\nBANGKOK, April 4, 2025 (BSS) - Modi met Yunus here today.\n'), [
      '2025-04-04',
      'April 4, 2025=2025-04-04',
      'today=2025-04-04',
    ]);
    assert.deepEqual(resolved(' date 2024-02-02 x\nNew Delhi, February 1: Singh received Garcetti today.\n'), [
      '2024-02-01',
      'February 1=2024-02-01',
      'today=2024-02-01',
    ]);
  });

  test('is the header date where the dateline is further off (a mismatch the header check reports), or a date is not a dateline', () => {
    assert.deepEqual(resolved(' date 2025-04-15 BSS\nBANGKOK, April 4, 2025 (BSS) - Modi met Yunus here today.\n').slice(0, 1), [
      '2025-04-15',
    ]);
    assert.deepEqual(resolved(' date 2025-04-05 x\nThe talks on April 4, 2025 went well today.\n').slice(0, 1), ['2025-04-05']);
  });
});

describe('an article larger than the limit', () => {
  test('is not analysed: one file-too-large note saying why, and nothing else', () => {
    const text = ` date 2024-11-22 x\n${'Rajnath Singh met Lloyd Austin on Thursday. '.repeat(30)}`;
    const analysis = analyzeArticle(text, { now: new Date('2026-01-01'), maxLength: 1000 });
    assert.deepEqual(
      analysis.problems.map((p) => [p.code, p.severity]),
      [['file-too-large', 'information']],
    );
    assert.match(analysis.problems[0].message, /not analysed/);
    assert.deepEqual([analysis.entities, analysis.dates, analysis.meetings], [[], [], []]);
    assert.equal(analyzeArticle(text, { now: new Date('2026-01-01'), maxLength: 10_000 }).problems.length, 0, 'under the limit: analysed');
  });
});
