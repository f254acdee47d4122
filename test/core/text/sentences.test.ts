// Where sentences end: a stop followed by white space, not after an abbreviation, an initial or a list item's number.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sentencesOf } from '../../../src/core/text/sentences';

const sentences = (text: string) => [...sentencesOf(text, 0)].map((s) => text.slice(s.start, s.end).trim());

describe('sentences', () => {
  test('a stop and white space end one; an abbreviation or an initial does not', () => {
    assert.deepEqual(sentences('Lloyd J. Austin met him on Nov. 22 in Laos. They talked.'), [
      'Lloyd J. Austin met him on Nov. 22 in Laos.',
      'They talked.',
    ]);
  });

  test('the number of a list item opening a line ends no sentence: the item is one', () => {
    assert.deepEqual(sentences('He held meetings with:\n1. President Vladimir Putin\n12. Minister Sergey Lavrov'), [
      'He held meetings with:',
      '1. President Vladimir Putin',
      '12. Minister Sergey Lavrov',
    ]);
    // …but a number ending a sentence does.
    assert.deepEqual(sentences('The talks lasted until 2. Then they left.'), ['The talks lasted until 2.', 'Then they left.']);
  });
});
