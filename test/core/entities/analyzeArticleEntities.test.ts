// analyzeArticle with a knowledge base: the entity mentions of the article and the problems they
// raise, after the header's own problems.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeArticle } from '../../../src/core';
import { indexOf } from './entityFixture';

const NOW = new Date('2026-11-21T12:00:00Z');
const entities = indexOf();

describe('analyzeArticle with a knowledge base', () => {
  test('lists every mention in text order, and the header problems come before the entity problems', () => {
    const text = 'Date: 2024-11-22 Left Menu\n\nLlyod Austin met Rajnath Singh and Elbridge Colby.';
    const analysis = analyzeArticle(text, { now: NOW, entities });
    assert.deepEqual(
      analysis.entities.map((m) => [m.text, m.kind]),
      [
        ['Llyod Austin', 'misspelled'],
        ['Rajnath Singh', 'name'],
        ['Elbridge Colby', 'unknown'],
      ],
    );
    assert.deepEqual(
      analysis.problems.map((p) => p.code),
      ['noncanonical-date-header', 'misspelled-entity', 'unknown-entity'],
    );
  });

  test('the header’s scraper text gets no hints; without a header the first line is body text', () => {
    const withHeader = analyzeArticle(' date 2023-11-11 Elbridge Colby By\n\nBody.', { now: NOW, entities });
    assert.deepEqual(withHeader.problems, []);
    const withoutHeader = analyzeArticle('Elbridge Colby spoke in Washington\n\nBody.', { now: NOW, entities });
    assert.deepEqual(
      withoutHeader.problems.map((p) => p.code),
      ['missing-date-header', 'unknown-entity'],
    );
  });

  test('without a knowledge base no entity is looked for', () => {
    assert.deepEqual(analyzeArticle(' date 2024-11-22 x\n\nRajnath Singh', { now: NOW }).entities, []);
  });
});
