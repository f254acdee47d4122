// Links to other articles on a scraped page: what they are, and where their list ends.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { linkBlocks } from '../../../src/core/text/linkBlocks';

const blocksOf = (text: string) => linkBlocks(text).map((b) => text.slice(b.start, b.end));

describe('links to other articles', () => {
  test('a label with a link after it on its line is that line', () => {
    assert.deepEqual(blocksOf('Singh met Austin.\nAlso Read: Jaishankar holds talks with Wang Yi\nThe two discussed ties.'), [
      'Also Read: Jaishankar holds talks with Wang Yi',
    ]);
    assert.deepEqual(blocksOf('ALSO READ | Modi meets Biden\nWATCH — Doval in Moscow'), [
      'ALSO READ | Modi meets Biden',
      'WATCH — Doval in Moscow',
    ]);
  });

  test('a label alone on its line is the headlines listed under it, up to the first line of prose', () => {
    const text =
      'Related Stories\nModi, Biden hold talks at White House\n\nDoval meets Sullivan in New Delhi\nSingh later met Marles in Canberra on Friday, officials said.';
    assert.deepEqual(blocksOf(text), ['Related Stories\nModi, Biden hold talks at White House\n\nDoval meets Sullivan in New Delhi']);
    assert.deepEqual(blocksOf('READ MORE:\nThe ministers met on Friday and agreed to meet again.'), ['READ MORE:']);
  });

  test('prose that opens with such a word is no label', () => {
    assert.deepEqual(
      blocksOf('Watch the press conference of the two ministers.\nLatest figures show growth.\nRelated talks were held in May.'),
      [],
    );
  });
});
