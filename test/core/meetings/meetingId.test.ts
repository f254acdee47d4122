// One identity per real meeting across articles: the same people, the same kind, the same week.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { analyzeArticle, buildEntityIndex, combineKnowledgeBases, meetingIdentity, parseKnowledgeBase } from '../../../src/core';

const KB_FILE = join(__dirname, '..', '..', '..', 'seeds', 'entities.yaml');
const entities = buildEntityIndex(combineKnowledgeBases([parseKnowledgeBase(readFileSync(KB_FILE, 'utf8'), KB_FILE)]).knowledgeBase);

/** The id of each meeting an article of `date` reports. */
function ids(date: string, body: string): string[] {
  const analysis = analyzeArticle(` date ${date} x\n${body}\n`, { entities, now: new Date('2026-01-01T00:00:00Z') });
  return analysis.meetings.map((m) => meetingIdentity(m, analysis.referenceDate).id);
}

describe('a meeting’s identity', () => {
  test('two reports of one meeting share it: the same day, or a report the next day that gives no day', () => {
    const [a] = ids('2024-11-22', 'Rajnath Singh met Lloyd Austin in Vientiane on Thursday.');
    const [b] = ids('2024-11-21', 'Lloyd Austin held talks with Rajnath Singh in Vientiane today.');
    const [c] = ids('2024-11-22', 'Rajnath Singh and Lloyd Austin held talks in Vientiane.');
    assert.equal(a, b);
    assert.equal(a, c);
  });

  test('talks and the dialogue they were are one meeting; a call the same week is another', () => {
    const [talks] = ids('2023-11-10', 'Rajnath Singh held talks with Lloyd Austin in New Delhi today.');
    const [dialogue] = ids('2023-11-10', 'Rajnath Singh and Lloyd Austin held the 2+2 Ministerial Dialogue in New Delhi today.');
    const [call] = ids('2023-11-10', 'Rajnath Singh spoke with Lloyd Austin by phone today.');
    assert.equal(talks, dialogue);
    assert.notEqual(talks, call);
  });

  test('a person the KB does not know is known by family name: outlets spell the rest differently', () => {
    const [a] = ids('2024-03-27', 'Gilberto C. Teodoro Jr. met S. Jaishankar in Manila on Tuesday.');
    const [b] = ids('2024-03-27', 'Defense Secretary Gilberto Teodoro met S. Jaishankar in Manila on Tuesday.');
    const [c] = ids('2024-07-30', 'Minister of Defense KIHARA Minoru held a meeting with Rajnath Singh in Tokyo on July 29, 2024.');
    const [d] = ids('2024-07-30', 'Japanese Defense Minister Minoru Kihara met Rajnath Singh in Tokyo on Monday.');
    assert.equal(a, b);
    assert.equal(c, d);
  });

  test('a planned meeting has an id of its own and announces the one it will have', () => {
    const analysis = analyzeArticle(' date 2024-08-20 x\nRajnath Singh will meet Lloyd Austin in Washington on Friday.\n', {
      entities,
      now: new Date('2026-01-01T00:00:00Z'),
    });
    const identity = meetingIdentity(analysis.meetings[0], analysis.referenceDate);
    const [held] = ids('2024-08-24', 'Rajnath Singh met Lloyd Austin in Washington on Friday.');
    assert.ok(identity.id.startsWith('planned-'));
    assert.equal(identity.announces, held);
  });
});
