// The cues a sentence's meeting words are read with: the two guarded ones (video and phone calls) run
// only where CALL_OR_VIRTUAL_WORD finds a word, so every text either matches must hold one of its words.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CALL_OR_VIRTUAL_WORD, CUES, meetingTrigger } from '../../../src/core/meetings/meetingCues';
import { textsOfPieces } from '../../support/pieceTexts';

test('every match of a guarded cue holds a word of its guard', () => {
  const guarded = CUES.filter((cue) => cue.guarded);
  assert.equal(guarded.length, 2);
  // Texts made of the words the cue patterns spell, run together or apart, in any case.
  const pieces = (
    'video|Video|conference|conferencing|tele-|tele|teleconference|call|calls|virtual|virtually|meeting|talks|summit|' +
    'met|held|online|phone|telephone|telephonic|conversation|talk|spoke|speaks|speak|speaking|talked|spoken|to|with|' +
    'by|over the|on the|phoned|telephoned|dialled|an|a|the|his|her|their|introductory|first|maiden|courtesy|today|' +
    'yesterday|again|separately|on Monday|between|on|for|Austin|Singh|.|,'
  ).split('|');
  const matched = new Map<string, number>();
  for (const text of textsOfPieces(pieces, 8, 20000, 11)) {
    for (const cue of guarded) {
      if (!cue.pattern.test(text)) continue;
      matched.set(cue.kind, (matched.get(cue.kind) ?? 0) + 1);
      assert.ok(CALL_OR_VIRTUAL_WORD.test(text), `the ${cue.kind} cue matches ${JSON.stringify(text)}`);
    }
  }
  // The texts reach both patterns.
  for (const cue of guarded) assert.ok((matched.get(cue.kind) ?? 0) > 50, `${cue.kind}: ${matched.get(cue.kind)}`);
});

test('a video or phone call is read as one, a meeting in person as one', () => {
  assert.equal(meetingTrigger('Singh held a video conference with Austin on Friday.')?.kind, 'virtual');
  assert.equal(meetingTrigger('Singh spoke with Austin over the phone.')?.kind, 'call');
  assert.equal(meetingTrigger('Singh dialled Austin.')?.kind, 'call');
  assert.equal(meetingTrigger('Singh met Austin in Vientiane.')?.kind, 'in-person');
});
