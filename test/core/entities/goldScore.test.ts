// Entity recognition on the five sample articles with the bundled knowledge base, scored against
// the hand-checked gold annotations (people, organisations, places and misspellings). The scoring
// rules are in goldScoring.ts; `node --import tsx scripts/score-entities.ts` prints the full table.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CATEGORIES, formatScore, precision, recall, scoreSamples } from './goldScoring';

const TARGET = 0.95;

describe('recognition against the gold annotations of the samples', () => {
  const score = scoreSamples();
  console.log(formatScore(score));

  test(`precision and recall over people, organisations and places are both at least ${TARGET}`, () => {
    const { overall } = score;
    assert.ok(overall.truePositives > 50, 'the gold has enough items to score');
    assert.ok(precision(overall) >= TARGET, `precision ${precision(overall).toFixed(3)}`);
    assert.ok(recall(overall) >= TARGET, `recall ${recall(overall).toFixed(3)}`);
  });

  test('no category is left far behind', () => {
    for (const category of CATEGORIES) {
      const counts = score.byCategory[category];
      assert.ok(precision(counts) >= 0.9 && recall(counts) >= 0.9, `${category}: ${JSON.stringify(counts)}`);
    }
  });

  test('every gold misspelling is a warning on its line with the right fix, and there are no false alarms', () => {
    const { misspellings } = score;
    assert.ok(misspellings.expected >= 2);
    assert.deepEqual(misspellings.missed, []);
    assert.deepEqual(misspellings.falseAlarms, []);
  });
});
