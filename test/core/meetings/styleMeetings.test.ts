// Meetings in the articles of other styles that people recognition is scored on
// (test/core/entities/peopleArticles.ts: releases of seven countries, readouts, transcripts, wire copy,
// Hindi releases): most of their participants are people the KB does not know. Printed and held to a
// floor, as their expectations were written with the articles, before the meeting rules saw them (first
// run: precision 0.77, recall 0.71; then questions, quoted sources, stand-ins (`Singh's envoy`) and
// `bilateral talks with A, B and C` became rules. FRESH_3 was written after those rules: its first run
// found 2 of its 5 meetings, both right (precision 1.00, recall 0.40); `spoke with` as a call, a
// courtesy call as a visit, `held the … Meeting with`, `He also met` / `the COAS called on` as the
// person the article follows, and `said on Monday` not being the meeting's day then became rules).
// FRESH_4, written after those: 4 of 7 meetings found, 4 of 6 right (precision 0.67, recall 0.57); then
// two meetings in one sentence's clauses, a video teleconference, `hosted by` an institution, and a
// joint action needing a country known became rules. FRESH_5 (longer articles), written after those: 3 of
// its 10 meetings found, 3 of 6 right (precision 0.50, recall 0.30); then `he called on A and also met B`
// (the person followed, two meetings, the same day), `the Deputy Prime Minister held meetings with:` (the
// one KB holder of that office then), titled people in a list, an office in apposition, and an attribution
// after a comma not deciding a date's tense became rules. FRESH_6: 3 of 6 found, 3 of 4 right (0.75 / 0.50,
// counting as wrong a meeting the sentence denies); then negation (`did not meet`), `would meet` as a
// future, and `co-chaired by A and B` became rules. FRESH_7: 5 of 6 found, 5 of 6 right (0.83 / 0.83); then
// a speaker named in full in a long label (`SECRETARY OF DEFENSE LLOYD J. AUSTIN III:`) became a rule.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeArticle, buildEntityIndex, combineKnowledgeBases, parseKnowledgeBase } from '../../../src/core';
import { FRESH, FRESH_2, FRESH_3, FRESH_4, FRESH_5, FRESH_6, FRESH_7, HELD_OUT, TUNING } from '../entities/peopleArticles';

const KB_FILE = join(__dirname, '..', '..', '..', 'seeds', 'entities.yaml');
const entities = buildEntityIndex(combineKnowledgeBases([parseKnowledgeBase(readFileSync(KB_FILE, 'utf8'), KB_FILE)]).knowledgeBase);

test('meetings in articles of other styles: precision and recall at least 0.9', () => {
  let found = 0;
  let right = 0;
  let expected = 0;
  const wrong: string[] = [];
  for (const article of [...TUNING, ...HELD_OUT, ...FRESH, ...FRESH_2, ...FRESH_3, ...FRESH_4, ...FRESH_5, ...FRESH_6, ...FRESH_7]) {
    const { meetings } = analyzeArticle(article.text, { entities, now: new Date('2026-01-01') });
    const left = [...article.meetings];
    expected += left.length;
    for (const meeting of meetings) {
      found++;
      const names = meeting.participants.map((p) => p.name.toLowerCase());
      const at = left.findIndex(
        (words) => words.length === names.length && words.every((w) => names.some((n) => n.includes(w.toLowerCase()))),
      );
      if (at >= 0) {
        right++;
        left.splice(at, 1);
      } else wrong.push(`${article.style}: found ${names.join(' + ')}`);
    }
    for (const words of left) wrong.push(`${article.style}: missed ${words.join(' + ')}`);
  }
  const precision = right / Math.max(1, found);
  const recall = right / Math.max(1, expected);
  console.log(
    `meetings in other styles: precision ${precision.toFixed(2)} (${right}/${found}), recall ${recall.toFixed(2)} (${right}/${expected})`,
  );
  for (const line of wrong) console.log(`  ${line}`);
  assert.ok(expected >= 20);
  assert.ok(precision >= 0.9 && recall >= 0.9, wrong.join('\n'));
});
