// LineIndex gives every offset the position `positionAt` over `splitLines` gives it, in any order.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { positionAt, splitLines } from '../../../src/core';
import { LineIndex } from '../../../src/core/text/lineIndex';

const text = fc
  .array(fc.constantFrom('a', 'bc', ' ', '\n', '\r', '\r\n', '\n\r', 'é', '😀'), { maxLength: 40 })
  .map((parts) => parts.join(''));

test('any offsets, in any order, on any mix of line breaks: the positions of splitLines + positionAt', () => {
  fc.assert(
    fc.property(text, fc.array(fc.nat(60), { maxLength: 12 }), (t, offsets) => {
      const lines = splitLines(t);
      const index = new LineIndex(t);
      for (const offset of offsets)
        assert.deepEqual(index.positionAt(offset), positionAt(lines, offset), `offset ${offset} in ${JSON.stringify(t)}`);
    }),
    { numRuns: 2000, seed: 20261130 },
  );
});

test('a position in a text of one line, and after the last line break', () => {
  assert.deepEqual(new LineIndex('abc').positionAt(2), { line: 0, character: 2 });
  assert.deepEqual(new LineIndex('ab\r\ncd\n').positionAt(7), { line: 2, character: 0 });
  assert.deepEqual(new LineIndex('ab\r\ncd').positionAt(3), { line: 0, character: 2 });
});
