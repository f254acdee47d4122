// The samples' meetings against the hand-checked gold (`meetings` in test/fixtures/seeds.gold.yaml):
// the same participants, kind and date; nothing else reported as the article's news.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { analyzeArticle, buildEntityIndex, combineKnowledgeBases, parseKnowledgeBase } from '../../../src/core';

const ROOT = join(__dirname, '..', '..', '..');
const KB_FILE = join(ROOT, 'seeds', 'entities.yaml');
const entities = buildEntityIndex(combineKnowledgeBases([parseKnowledgeBase(readFileSync(KB_FILE, 'utf8'), KB_FILE)]).knowledgeBase);

interface GoldMeeting {
  readonly participants: readonly string[];
  readonly kind: string;
  readonly date: string | null;
  readonly place: string;
}
const gold: readonly { file: string; meetings?: readonly GoldMeeting[] }[] = parse(
  readFileSync(join(ROOT, 'test', 'fixtures', 'seeds.gold.yaml'), 'utf8'),
).files;

describe('meetings of the samples against the gold', () => {
  for (const file of gold) {
    test(`${file.file}: ${(file.meetings ?? []).map((m) => m.participants.join(' – ')).join('; ') || 'none'}`, () => {
      const { meetings } = analyzeArticle(readFileSync(join(ROOT, 'seeds', file.file), 'utf8'), { now: new Date('2026-11-21'), entities });
      const news = meetings.filter((m) => !m.background);
      assert.equal(news.length, (file.meetings ?? []).length, JSON.stringify(news.map((m) => m.participants.map((p) => p.name))));
      for (const [i, want] of (file.meetings ?? []).entries()) {
        const got = news[i];
        assert.deepEqual(got.participants.map((p) => p.name).sort(), [...want.participants].sort());
        assert.equal(got.kind, want.kind);
        assert.equal(got.date?.value ?? null, want.date === null ? null : String(want.date));
        assert.equal(got.status, 'held');
      }
    });
  }
});
