// The test helper that plays the editor's part: it must itself be right for the fix tests to mean anything.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { range } from '../../src/core';
import { applyEdits } from './applyEdits';

describe('applyEdits (test helper)', () => {
  test('inserts at the start of a text', () => {
    assert.equal(applyEdits('abc', [{ range: range(0, 0, 0), newText: 'X' }]), 'Xabc');
  });

  test('replaces on a later line, counting CRLF and lone CR as one line end', () => {
    assert.equal(applyEdits('a\r\nbc\rdef\n', [{ range: range(2, 1, 2), newText: '-' }]), 'a\r\nbc\rd-f\n');
  });

  test('applies several edits against the original positions', () => {
    assert.equal(
      applyEdits('0123456789', [
        { range: range(0, 6, 8), newText: 'six-seven' },
        { range: range(0, 1, 2), newText: 'one' },
      ]),
      '0one2345six-seven89',
    );
  });

  test('counts characters in UTF-16 code units, as the LSP does', () => {
    assert.equal(applyEdits('\uFEFF😀x', [{ range: range(0, 3, 4), newText: 'y' }]), '\uFEFF😀y');
  });

  test('refuses overlapping edits and positions past the end of a line', () => {
    assert.throws(
      () =>
        applyEdits('abcdef', [
          { range: range(0, 0, 3), newText: '' },
          { range: range(0, 2, 4), newText: '' },
        ]),
      /overlap/,
    );
    assert.throws(() => applyEdits('ab\ncd', [{ range: range(0, 3, 3), newText: '' }]), /past the end/);
    assert.throws(() => applyEdits('ab', [{ range: range(1, 0, 0), newText: '' }]), /past the end/);
  });
});
