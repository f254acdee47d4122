// Lines and positions counted as the LSP counts them.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { firstLine, positionAt, range, splitLines } from '../../src/core/textPosition';

describe('lines', () => {
  test('LF, CRLF and a lone CR each end a line', () => {
    assert.deepEqual(splitLines('a\nb\r\nc\rd'), [
      { text: 'a', line: 0, offset: 0 },
      { text: 'b', line: 1, offset: 2 },
      { text: 'c', line: 2, offset: 5 },
      { text: 'd', line: 3, offset: 7 },
    ]);
  });

  test('a text ending with a line end has an empty last line, and an empty text one empty line', () => {
    assert.deepEqual(
      splitLines('a\n').map((l) => l.text),
      ['a', ''],
    );
    assert.deepEqual(splitLines(''), [{ text: '', line: 0, offset: 0 }]);
  });

  test('can stop after a number of lines', () => {
    assert.deepEqual(
      splitLines('a\nb\nc\nd', 2).map((l) => l.text),
      ['a', 'b'],
    );
    assert.deepEqual(
      splitLines('a\nb', 5).map((l) => l.text),
      ['a', 'b'],
    );
  });

  test('the first line excludes its line end, whichever it is', () => {
    assert.equal(firstLine(' date 2024-11-22 x\r\nbody'), ' date 2024-11-22 x');
    assert.equal(firstLine('a\rb'), 'a');
    assert.equal(firstLine('only'), 'only');
    assert.equal(firstLine(''), '');
  });
});

describe('positions', () => {
  test('an offset becomes a 0-based line and UTF-16 character', () => {
    const text = 'ab\r\n😀cd\nef';
    const lines = splitLines(text);
    assert.deepEqual(positionAt(lines, 0), { line: 0, character: 0 });
    assert.deepEqual(positionAt(lines, 4), { line: 1, character: 0 });
    assert.deepEqual(positionAt(lines, text.indexOf('c')), { line: 1, character: 2 });
    assert.deepEqual(positionAt(lines, text.indexOf('f')), { line: 2, character: 1 });
  });

  test('an offset inside a line end is at the end of its line', () => {
    assert.deepEqual(positionAt(splitLines('ab\r\ncd'), 3), { line: 0, character: 2 });
  });

  test('a range on one line', () => {
    assert.deepEqual(range(2, 3, 7), { start: { line: 2, character: 3 }, end: { line: 2, character: 7 } });
  });
});
