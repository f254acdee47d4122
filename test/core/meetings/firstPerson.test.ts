// Who `I` and `we` are outside a transcript's turns: a quotation's speaker, or the article's author.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { firstPersonSpeaker } from '../../../src/core/meetings/firstPerson';
import type { Person } from '../../../src/core/meetings/meetingPeople';

/** The people of `text` named in `names`, where each first occurs (in text order). */
function peopleIn(text: string, names: readonly string[]): Person[] {
  return names
    .map((name) => ({ key: name, name, id: null, start: text.indexOf(name), end: text.indexOf(name) + name.length }))
    .sort((a, b) => a.start - b.start);
}

/** The name `I` (its first occurrence after `marker`) stands for, following `followed`. */
function speakerOf(text: string, names: readonly string[], marker = 'I ', followed?: string): string | undefined {
  const people = peopleIn(text, names);
  const at = text.indexOf(marker);
  return firstPersonSpeaker(
    { text, from: 0, people },
    at,
    people.find((p) => p.name === followed),
  )?.name;
}

describe('first person in a quotation', () => {
  test('is the speaker attributed after it: `," Singh said`, `," said Singh`, `," Defence Minister Singh said in a post`', () => {
    assert.equal(speakerOf('"I met Austin today," Rajnath Singh said.', ['Austin', 'Rajnath Singh']), 'Rajnath Singh');
    assert.equal(speakerOf('“I met Austin today,” said Rajnath Singh.', ['Austin', 'Rajnath Singh']), 'Rajnath Singh');
    assert.equal(
      speakerOf('"I met Austin today. It went well," Defence Minister Rajnath Singh said in a post on X.', ['Austin', 'Rajnath Singh']),
      'Rajnath Singh',
    );
  });

  test('is the speaker named before it: `Marles wrote on X: "…"`, `Singh tweeted, "…"`', () => {
    assert.equal(
      speakerOf('Richard Marles wrote on X: "Great to meet my friend Singh."', ['Richard Marles', 'Singh'], 'my'),
      'Richard Marles',
    );
    assert.equal(speakerOf('Rajnath Singh tweeted, "I held talks with Hegseth."', ['Rajnath Singh', 'Hegseth']), 'Rajnath Singh');
  });

  test('`he said` is the person followed; a quotation continuing another is the same speaker’s', () => {
    assert.equal(speakerOf('"When I met Biden, we agreed," he said.', ['Biden'], 'I ', 'Modi'), undefined);
    const text = 'Modi spoke. "When I met Biden, we agreed," he said.';
    assert.equal(speakerOf(text, ['Modi', 'Biden'], 'I ', 'Modi'), 'Modi');
    const two = 'Penny Wong spoke. "We discussed the Quad," she told reporters. "I also met Singh."';
    assert.equal(speakerOf(two, ['Penny Wong', 'Singh'], 'I ', 'Penny Wong'), 'Penny Wong');
  });

  test('is no one where the quotation is unattributed or its speaker a commentator', () => {
    assert.equal(speakerOf('"I met Singh in 2019," said Tanvi Madan, a senior fellow at Brookings.', ['Singh', 'Tanvi Madan']), undefined);
    assert.equal(speakerOf('"We had a good meeting," a senior official said.', [], 'We'), undefined);
    assert.equal(speakerOf('Singh spoke. "I met Austin."', ['Singh', 'Austin']), undefined);
  });

  test('looks no further than its paragraph: a quotation of another paragraph is not this one’s', () => {
    assert.equal(speakerOf('"It went well," Rajnath Singh said.\nI met Austin.', ['Rajnath Singh', 'Austin'], 'I met'), undefined);
  });
});

describe('first person outside quotations', () => {
  test('is the byline’s person (`By Rajnath Singh`) or a post’s author line over its handle', () => {
    assert.equal(
      speakerOf('By Rajnath Singh\nThe writer is Defence Minister.\nI met Austin.', ['Rajnath Singh', 'Austin'], 'I met'),
      'Rajnath Singh',
    );
    assert.equal(
      speakerOf('Rajnath Singh\n@rajnathsingh\nHad a meeting with my friend Marles.', ['Rajnath Singh', 'Marles'], 'my'),
      'Rajnath Singh',
    );
  });

  test('is the speaker named over a speech: `Remarks by Deputy Prime Minister Richard Marles`', () => {
    assert.equal(
      speakerOf(
        'Remarks by Deputy Prime Minister Richard Marles at the Lowy Institute\nI met Kihara.',
        ['Richard Marles', 'Kihara'],
        'I met',
      ),
      'Richard Marles',
    );
  });

  test('is the signatory of a release signed at its end: `Richard Marles, Deputy Prime Minister`', () => {
    const signed = 'Today I met the Hon Rajnath Singh in Canberra.\nRichard Marles, Deputy Prime Minister\n';
    assert.equal(speakerOf(signed, ['Rajnath Singh', 'Richard Marles'], 'I met'), 'Richard Marles');
    // (Not a last line that is a sentence: `Rajnath Singh, who arrived on Monday, left.`)
    const sentence = 'Today I met the Hon Rajnath Singh in Canberra.\nRajnath Singh, who arrived on Monday, left.\n';
    assert.equal(speakerOf(sentence, ['Rajnath Singh'], 'I met'), undefined);
  });

  test('is no one in an article without an author named so', () => {
    assert.equal(speakerOf('NEW DELHI: Rajnath Singh spoke.\nI met Austin.', ['Rajnath Singh', 'Austin'], 'I met'), undefined);
    assert.equal(speakerOf('Rajnath Singh\nI met Austin.', ['Rajnath Singh', 'Austin'], 'I met'), undefined);
  });
});
