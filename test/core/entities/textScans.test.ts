// The hand-written scans the recogniser uses in place of regular expressions give the answers of
// the expressions they replace: checked on random text over an alphabet of the characters that make
// the difference (capitals, lower case, digits, apostrophes, hyphens, spaces, non-ASCII and astral
// letters, lone surrogates).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { countCapitals, isLowerCaseWordOf } from '../../../src/core/entities/nameText';

const ALPHABET = [
  'a',
  'b',
  'x',
  'A',
  'B',
  'X',
  '1',
  "'",
  '’',
  '-',
  ' ',
  ' ',
  '.',
  '@',
  'é',
  'É',
  'ß',
  'ǅ',
  '中',
  '𝐚',
  '𝐀',
  '\ud835',
  '\udc1a',
  '\u00a0',
];

function randomTexts(count: number, length: number, seed = 7): string[] {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state >>> 8;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + (next() % length) }, () => ALPHABET[next() % ALPHABET.length]).join(''),
  );
}

describe('text scans', () => {
  test('isLowerCaseWordOf answers as the set of words the lower-case pattern finds', () => {
    for (const text of randomTexts(2000, 24)) {
      const found = new Set([...text.matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}'’-]*/gu)].map((m) => m[0]));
      // Every piece of the text is asked about, so words inside others and at its ends are too.
      const pieces = new Set<string>();
      for (let i = 0; i < text.length; i++) for (let j = i + 1; j <= Math.min(text.length, i + 6); j++) pieces.add(text.slice(i, j));
      for (const word of [...found, ...pieces])
        assert.equal(isLowerCaseWordOf(text, word), found.has(word), `${JSON.stringify(text)} ${word}`);
    }
  });

  test('a word inside a longer lower-case word is not one of the words (x-ray holds no ray)', () => {
    assert.equal(isLowerCaseWordOf('an x-ray', 'ray'), false);
    assert.equal(isLowerCaseWordOf('an X-ray', 'ray'), true);
    assert.equal(isLowerCaseWordOf("the army's", 'army'), false);
    assert.equal(isLowerCaseWordOf('the army, the navy', 'army'), true);
  });

  test('countCapitals counts what the capitalised-word pattern finds in the slice', () => {
    for (const text of randomTexts(1000, 16, 3)) {
      for (let start = 0; start <= text.length; start++) {
        for (let end = start; end <= text.length; end++) {
          const expected = (text.slice(start, end).match(/(?<![\p{L}\p{N}'’])\p{Lu}/gu) ?? []).length;
          assert.equal(countCapitals(text, start, end), expected, JSON.stringify([text, start, end]));
        }
      }
    }
  });
});
