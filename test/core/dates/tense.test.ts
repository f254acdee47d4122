// Which way a sentence points (`directionAt`): what decides whether a meeting is held or planned and which Thursday a bare `Thursday` is.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { directionAt } from '../../../src/core/dates/tense';

/** The direction at the first occurrence of `word` in `text`. */
function direction(text: string, word: string) {
  const at = text.indexOf(word);
  assert.ok(at >= 0, `${word} in ${text}`);
  return directionAt(text, at, at + word.length);
}

describe('which way a sentence points from a word in it', () => {
  test('auxiliaries of the future and of the past decide', () => {
    assert.equal(direction('Singh will meet Austin on Thursday.', 'Thursday'), 'future');
    assert.equal(direction('Singh met Austin on Thursday.', 'Thursday'), 'past');
    assert.equal(direction('Singh and Austin on Thursday.', 'Thursday'), 'open');
  });

  test("a headline's `X to meet Y` is the future, after a label too", () => {
    assert.equal(direction('Modi to meet Trump today', 'meet'), 'future');
    assert.equal(direction('Rajnath Singh, Lloyd Austin to hold talks on Friday', 'Friday'), 'future');
    assert.equal(direction('PM Modi US visit LIVE updates: Modi to meet Trump today', 'visit'), 'future');
    assert.equal(direction('Defence | Jaishankar to visit Washington next week', 'visit'), 'future');
    assert.equal(direction('In a first, Modi to meet Trump at the White House', 'meet'), 'future');
  });

  test('a schedule in the present is to come: `is to be hosted by … on Friday`, `the meeting is on Friday`', () => {
    assert.equal(direction('Singh is to be hosted by Hegseth on Friday.', 'Friday'), 'future');
    assert.equal(direction('The meeting with Hegseth is on Friday.', 'Friday'), 'future');
    assert.equal(direction('The talks were to be held on Friday.', 'Friday'), 'future');
  });

  test('`to meet` after a verb or a pleasure is no headline', () => {
    assert.equal(direction('Jaishankar flew to Washington to meet Rubio on Tuesday.', 'Tuesday'), 'past');
    assert.equal(direction('MINISTER SINGH: Good to meet you, Secretary Austin.', 'meet'), 'open');
    assert.equal(direction('It was an honour for Singh to meet Austin on Friday.', 'Friday'), 'past');
  });
});
