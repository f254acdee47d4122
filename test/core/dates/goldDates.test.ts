// The samples' body dates against the hand-checked gold (`dates` in test/fixtures/seeds.gold.yaml):
// each gold expression found, with the gold value at the gold's precision.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { analyzeArticle } from '../../../src/core';

const ROOT = join(__dirname, '..', '..', '..');
const NOW = new Date('2026-11-21T12:00:00Z');

interface GoldDate {
  readonly text: string;
  /** `2024-11-21`, `2024-08`, `2005`, a range `2025/2035`; `~` marks a value the text does not fix. */
  readonly value: string;
}
interface GoldFile {
  readonly file: string;
  readonly dates?: readonly GoldDate[];
}

const gold: readonly GoldFile[] = parse(readFileSync(join(ROOT, 'test', 'fixtures', 'seeds.gold.yaml'), 'utf8')).files;

describe('body dates of the samples against the gold', () => {
  for (const file of gold) {
    const expected = (file.dates ?? []).filter((d) => !String(d.value).startsWith('~'));
    if (expected.length === 0) continue;
    test(`${file.file}: ${expected.map((d) => d.text).join(', ')}`, () => {
      const { dates } = analyzeArticle(readFileSync(join(ROOT, 'seeds', file.file), 'utf8'), { now: NOW });
      for (const want of expected) {
        const found = dates.find((d) => d.text.includes(want.text) || want.text.includes(d.text));
        assert.ok(found, `${want.text} not found among ${dates.map((d) => d.text).join(', ')}`);
        assert.equal(found.readings.length, 1, `${want.text}: one reading`);
        const [from, to] = String(want.value).split('/');
        assert.equal(found.readings[0].value, from, want.text);
        if (to) assert.equal(found.readings[0].end, to, want.text);
      }
    });
  }
});
