// The scan for meeting words that gates the cue patterns: it must find a word wherever `\b` would,
// including at the very start of the body, right after a sentence's first character, and in a text
// with `+` or Hindi (read by another pattern), and answer for spans asked in text order.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { meetingWordsIn } from '../../../src/core/meetings/meetingCues';

/** For each span of `text` (whole sentences, in order), whether it holds a meeting word. */
function gate(text: string, from: number, spans: readonly (readonly [number, number])[]): boolean[] {
  const hasWord = meetingWordsIn(text, from);
  return spans.map(([start, end]) => hasWord(start, end));
}

test('a word at the start of the body, of a span, or after punctuation is found', () => {
  const text = 'Met today. Nothing here. (Talks) went on. Quiet.';
  assert.deepEqual(
    gate(text, 0, [
      [0, 10],
      [11, 24],
      [25, 41],
      [42, 48],
    ]),
    [true, false, true, false],
  );
});

test('the body is read as a text of its own from `from`: a word starting there counts, whatever is before it', () => {
  const header = 'xx';
  assert.deepEqual(gate(`${header}met him`, 2, [[2, 9]]), [true]);
  assert.deepEqual(gate('ametrine stone', 1, [[1, 14]]), [true]);
  assert.deepEqual(gate('submet zone', 0, [[0, 11]]), [false]);
});

test('a word inside another word is not one; case does not matter', () => {
  assert.deepEqual(
    gate('Something submitted. TALKS WITH HIM.', 0, [
      [0, 20],
      [21, 36],
    ]),
    [false, true],
  );
});

test('`+` and Hindi words are found, alone or next to English ones', () => {
  const text = 'A 2+2 dialogue. Plain words. सिंह ने बैठक की। Again plain.';
  const first = text.indexOf('Plain');
  const hindi = text.indexOf('सिंह');
  const last = text.indexOf('Again');
  assert.deepEqual(
    gate(text, 0, [
      [0, 15],
      [first, first + 12],
      [hindi, last - 1],
      [last, text.length],
    ]),
    [true, false, true, false],
  );
  assert.deepEqual(gate('x +met y', 0, [[0, 8]]), [true]);
});

test('in a text without Hindi, a `+` is found apart from the English words, in text order with them', () => {
  // The `+` before a sentence, inside one, and between two English words; spans asked after passing a `+`.
  const text = 'A+ rating. Plain words. They met + later. Quiet, + then. Quiet again.';
  const spans = ['A+ rating.', 'Plain words.', 'They met + later.', 'Quiet, + then.', 'Quiet again.'].map((s) => {
    const start = text.indexOf(s);
    return [start, start + s.length] as const;
  });
  assert.deepEqual(gate(text, 0, spans), [true, false, true, true, false]);
  // A `+` right before an English word is matched with it (the word starts after it), as by one pattern.
  assert.deepEqual(gate('x +met y', 0, [[3, 8]]), [true]);
  assert.deepEqual(gate('2+2', 0, [[1, 2]]), [true]);
  assert.deepEqual(gate('2+2', 0, [[2, 3]]), [false]);
});
