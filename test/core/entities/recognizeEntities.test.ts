// Mentions of knowledge base entities in an article: names and aliases, names inside longer names,
// and the surnames, given names and titled names of people named in full earlier in the article.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { range } from '../../../src/core';
import { entity, found, foundOfKind, indexOf, recognize, SMALL_KB } from './entityFixture';

describe('names and aliases from the knowledge base', () => {
  test('each mention has its exact range, text, entity, type and kind', () => {
    const [mention] = recognize('Talks\n\nDefence Minister Rajnath Singh met');
    assert.deepEqual(mention.range, range(2, 17, 30));
    assert.equal(mention.text, 'Rajnath Singh');
    assert.equal(mention.entity?.id, 'rajnath-singh');
    assert.equal(mention.type, 'person');
    assert.equal(mention.kind, 'name');
  });

  test('aliases, acronyms and handles name their entity', () => {
    assert.deepEqual(found('Lloyd J. Austin (@SecDef) and @rajnathsingh signed SOSA with MoD officials in the U.S.'), [
      'Lloyd J. Austin = lloyd-austin',
      '@SecDef = lloyd-austin',
      '@rajnathsingh = rajnath-singh',
      'SOSA = sosa',
      'MoD = ministry-of-defence-india',
      'U.S. = united-states',
    ]);
  });

  test('the longest name wins: `Mayank Singh` is not `Rajnath Singh`, and a programme is not the country it starts with', () => {
    assert.deepEqual(found('Rajnath Singh met Mayank Singh.'), ['Rajnath Singh = rajnath-singh', 'Mayank Singh ? person']);
    assert.deepEqual(found('They praised the India-US Defence Acceleration Ecosystem.').slice(0, 1), [
      'India-US Defence Acceleration Ecosystem = indus-x',
    ]);
  });

  test('names match in any case, acronyms only in capitals', () => {
    assert.deepEqual(found('rajnath singh\nNEW DELHI: us and US'), [
      'rajnath singh = rajnath-singh',
      'NEW DELHI = new-delhi',
      'US = united-states',
    ]);
  });

  test('a KB name written in lower case is ordinary words, unless the article also writes it as a name', () => {
    const index = indexOf(
      [SMALL_KB, ...entity('red-flag', 'Red Flag', 'exercise'), ...entity('defence-ministry', 'Defence Ministry', 'organisation')].join(
        '\n',
      ),
    );
    assert.deepEqual(found('The deal raised a red flag, the defence ministry said.', index), []);
    assert.deepEqual(found('Exercise Red Flag ended. After red flag, the Defence Ministry spoke.', index), [
      'Red Flag = red-flag',
      'red flag = red-flag',
      'Defence Ministry = defence-ministry',
    ]);
  });

  test('a longer name written as ordinary words still holds a shorter name written as one: `the Indian Ocean region`', () => {
    const index = indexOf([SMALL_KB, ...entity('indian-ocean', 'Indian Ocean', 'place', ['Indian Ocean Region'])].join('\n'));
    assert.deepEqual(found('Ships patrol the Indian Ocean region.', index), ['Indian Ocean = indian-ocean']);
    assert.deepEqual(found('Ships patrol the Indian Ocean Region.', index), ['Indian Ocean Region = indian-ocean']);
  });

  test('a person’s full name in lower case is the person, and capitals are always a name', () => {
    assert.deepEqual(found('newshots banner\nrajnath singh\nNEW DELHI: talks'), ['rajnath singh = rajnath-singh', 'NEW DELHI = new-delhi']);
  });

  test('possessives and hyphenated compounds: `India’s`, `Singh’s`, `India-US`, `US-India`', () => {
    assert.deepEqual(found("India’s ties; Rajnath Singh's visit; India-US and US-India talks"), [
      'India = india',
      'Rajnath Singh = rajnath-singh',
      'India = india',
      'US = united-states',
      'US = united-states',
      'India = india',
    ]);
  });

  test('no-break spaces and runs of spaces inside a name are fine', () => {
    assert.deepEqual(found('Minister Rajnath\u00a0Singh and Lloyd  Austin'), [
      'Rajnath\u00a0Singh = rajnath-singh',
      'Lloyd  Austin = lloyd-austin',
    ]);
  });

  test('mentions come in text order and never overlap', () => {
    const mentions = recognize("US Navy ships joined the 11th ASEAN Defence Ministers' Meeting; Rajnath Singh and Lloyd Austin spoke.");
    for (let i = 1; i < mentions.length; i++) assert.ok(mentions[i - 1].end <= mentions[i].start);
    assert.deepEqual(
      mentions.map((m) => m.text),
      ['US Navy', "11th ASEAN Defence Ministers' Meeting", 'Rajnath Singh', 'Lloyd Austin'],
    );
  });

  test('names written inside a longer name are listed with it', () => {
    const [meeting, ecosystem, summit] = recognize(
      "At the 11th ASEAN Defence Ministers' Meeting they hailed the India-US Defence Acceleration Ecosystem and the QUAD Summit.",
    );
    assert.deepEqual(
      meeting.inner?.map((m) => `${m.text} = ${m.entity?.id}`),
      ['ASEAN = asean'],
    );
    assert.deepEqual(
      ecosystem.inner?.map((m) => `${m.text} = ${m.entity?.id}`),
      ['India = india', 'US = united-states'],
    );
    assert.deepEqual(
      summit.inner?.map((m) => `${m.text} = ${m.entity?.id}`),
      ['QUAD = quad'],
    );
    assert.deepEqual(meeting.inner?.[0].range, range(0, 12, 17));
  });

  test('a name that a longer one ends with is that name’s head, not another mention; after a preposition it is', () => {
    const index = indexOf(
      [
        'entities:',
        ...entity('admm', "ASEAN Defence Ministers' Meeting", 'organisation'),
        ...entity('admm-11', "11th ASEAN Defence Ministers' Meeting", 'event'),
        ...entity('asean', 'ASEAN', 'organisation'),
        ...entity('maitri', 'Maritime Initiative for Training in the Indo-Pacific', 'initiative'),
        ...entity('indo-pacific', 'Indo-Pacific', 'place'),
      ].join('\n'),
    );
    const [meeting, maitri] = recognize(
      "the 11th ASEAN Defence Ministers' Meeting and the Maritime Initiative for Training in the Indo-Pacific",
      index,
    );
    assert.deepEqual(
      meeting.inner?.map((m) => m.text),
      ['ASEAN'],
    );
    assert.deepEqual(
      maitri.inner?.map((m) => m.text),
      ['Indo-Pacific'],
    );
  });

  test('a name that is only its entity’s own other spelling inside is not listed as inner', () => {
    const [summit] = recognize(
      'the Quad Summit',
      indexOf([SMALL_KB, ...entity('summit-of-quad', 'Quad Summit Series', 'event')].join('\n')),
    );
    assert.deepEqual(
      summit.inner?.map((m) => m.text),
      ['Quad'],
    );
  });
});

describe('surnames, given names and titles of people named earlier', () => {
  test('a surname or a given name alone is the person named in full earlier in the article', () => {
    assert.deepEqual(found('Rajnath Singh arrived.\n\nSingh said Rajnath would stay.'), [
      'Rajnath Singh = rajnath-singh',
      'Singh ~ rajnath-singh',
      'Rajnath ~ rajnath-singh',
    ]);
  });

  test('after titles: `Secretary Austin`, `Defence Minister Singh`, `Indian Defense Minister Singh`; the mention is the name alone', () => {
    const text = 'Lloyd J Austin met Rajnath Singh. Secretary Austin thanked Defence Minister Singh and Indian Defense Minister Singh.';
    assert.deepEqual(foundOfKind('short', text), ['Austin ~ lloyd-austin', 'Singh ~ rajnath-singh', 'Singh ~ rajnath-singh']);
    const secretary = recognize(text).find((m) => m.kind === 'short')!;
    assert.equal(text.slice(secretary.start, secretary.end), 'Austin');
    assert.equal(text.slice(secretary.start - 'Secretary '.length, secretary.start), 'Secretary ');
  });

  test('possessive surnames: `Austin’s role`', () => {
    assert.deepEqual(foundOfKind('short', 'Lloyd Austin spoke. Singh praised Austin’s role.'), ['Austin ~ lloyd-austin']);
  });

  test('a handle followed by the surname: `@SecDef Austin`', () => {
    assert.deepEqual(found('Lloyd Austin visited. "Delighted to meet my friend, @SecDef Austin," Rajnath tweeted.').slice(1), [
      '@SecDef = lloyd-austin',
      'Austin ~ lloyd-austin',
    ]);
  });

  test('a surname several KB people share is the one of them the article names in full, before the full name too', () => {
    assert.deepEqual(found('Austin, Singh hold talks\nSingh said. Later Rajnath Singh agreed, and Singh signed.'), [
      'Austin ~ lloyd-austin',
      'Singh ~ rajnath-singh',
      'Singh ~ rajnath-singh',
      'Rajnath Singh = rajnath-singh',
      'Singh ~ rajnath-singh',
    ]);
    // …with a title too (`Minister Singh`, which alone could be either).
    assert.deepEqual(foundOfKind('short', 'Minister Singh arrived. Rajnath Singh spoke.'), ['Singh ~ rajnath-singh']);
    // Not when the article names two of them in full, nor when it names none, nor as a longer name's last word.
    assert.deepEqual(foundOfKind('short', 'Singh said. Rajnath Singh and Manmohan Singh agreed.'), []);
    assert.deepEqual(found('Singh said.'), []);
    assert.deepEqual(foundOfKind('short', 'By Mayank Singh\nRajnath Singh spoke.'), []);
    // A given name alone is no one before the full name.
    assert.deepEqual(found('Lloyd arrived in Delhi.'), []);
  });

  test('a KB person named with a middle name (`Narendra Damodardas Modi`) is that person, named in full', () => {
    assert.deepEqual(found('Prime Minister Narendra Damodardas Modi met him.'), ['Narendra Damodardas Modi = narendra-modi']);
    // …and a given name alone after it is theirs.
    assert.deepEqual(foundOfKind('short', 'Secretary Pete Brian Hegseth spoke. Later Pete left.'), ['Pete ~ pete-hegseth']);
  });

  test("a given name alone in the article's first lines is the KB person the article then names in full", () => {
    assert.deepEqual(foundOfKind('short', 'Austin, Rajnath to hold talks\nDefence Minister Rajnath Singh will meet Lloyd Austin.'), [
      'Austin ~ lloyd-austin',
      'Rajnath ~ rajnath-singh',
    ]);
    // Not the first word of a longer name, nor below the first lines (a long text's later sections have none).
    assert.deepEqual(foundOfKind('short', 'Rajnath Kumar wrote.\nRajnath Singh spoke.'), []);
    const below = `${'A line.\n'.repeat(6)}Rajnath spoke.\nRajnath Singh agreed.`;
    assert.deepEqual(foundOfKind('short', below), []);
  });

  test('a title and the surname of the one KB person who has it is that person, even before the full name', () => {
    assert.deepEqual(found('Secretary Austin arrived in Delhi.'), ['Austin ~ lloyd-austin']);
    // Two people share `Singh`: a title alone does not say which.
    assert.deepEqual(foundOfKind('short', 'Minister Singh arrived.'), []);
  });

  test("the surname alone of the one KB person whose name ends with it is that person (`Austin met …`, a headline's `Modi`)", () => {
    assert.deepEqual(found('Austin arrived.'), ['Austin ~ lloyd-austin']);
    // At someone's invitation is that someone.
    assert.deepEqual(found("Singh came at Austin's invitation."), ['Austin ~ lloyd-austin']);
    // Not a word the article writes in lower case, nor a town after `in`.
    assert.deepEqual(found('Austin arrived. The austin tyre.'), []);
    assert.deepEqual(
      found('The mayor flew in Austin, Texas.').filter((m) => m.includes('lloyd')),
      [],
    );
  });

  test("an unknown person named in full again is that person, not a given name and then someone else's surname", () => {
    const mentions = found('Mayank Singh reports. Rajnath Singh spoke. Reporting by Mayank Singh.');
    assert.deepEqual(mentions, ['Mayank Singh ? person', 'Rajnath Singh = rajnath-singh', 'Mayank Singh ? person (quiet)']);
  });

  test('an unknown `Mayank Singh` named last takes `Singh` away from Rajnath Singh', () => {
    const mentions = found('Rajnath Singh spoke. Mayank Singh reports. Singh said Rajnath agreed.');
    assert.deepEqual(mentions, [
      'Rajnath Singh = rajnath-singh',
      'Mayank Singh ? person',
      'Singh ? person (quiet)',
      'Rajnath ~ rajnath-singh',
    ]);
  });

  test('of two known people with one surname, the one named last is meant', () => {
    assert.deepEqual(foundOfKind('short', 'Manmohan Singh and then Rajnath Singh spoke. Singh said.'), ['Singh ~ rajnath-singh']);
    assert.deepEqual(foundOfKind('short', 'Rajnath Singh and then Manmohan Singh spoke. Singh said.'), ['Singh ~ manmohan-singh']);
  });

  test('a person named in the header line counts as named earlier', () => {
    const text = ' date 2024-11-22 Defence Minister Rajnath Singh met Lloyd Austin\n\nSingh and Austin spoke.';
    assert.deepEqual(foundOfKind('short', text, undefined, { firstLineIsHeader: true }), [
      'Singh ~ rajnath-singh',
      'Austin ~ lloyd-austin',
    ]);
  });

  test('a person first named with a misspelling is still the one a later surname means', () => {
    assert.deepEqual(found('Rajanth Singh spoke. Singh said.'), ['Rajanth Singh ! rajnath-singh → Rajnath Singh', 'Singh ~ rajnath-singh']);
  });

  test('the surname of an unknown person named in full is listed as that unknown person, quietly', () => {
    assert.deepEqual(found('Elbridge Colby spoke. Colby said more.'), ['Elbridge Colby ? person', 'Colby ? person (quiet)']);
  });

  test('lower-case words are not surnames: `singh` alone is not resolved', () => {
    assert.deepEqual(foundOfKind('short', 'Rajnath Singh spoke; singh is a common name.'), []);
  });

  test('a surname that starts a name with more words is that person in front of a noun (`the Austin visit`)', () => {
    assert.deepEqual(foundOfKind('short', 'Lloyd Austin came. The Austin Visit was brief.'), ['Austin ~ lloyd-austin']);
  });

  test('both people in a hyphenated pair are resolved: `the Singh-Austin talks`', () => {
    assert.deepEqual(foundOfKind('short', 'Rajnath Singh met Lloyd Austin. The Singh-Austin talks went well.'), [
      'Singh ~ rajnath-singh',
      'Austin ~ lloyd-austin',
    ]);
  });
});
