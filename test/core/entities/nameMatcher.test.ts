// The one-pass name matcher: every known name in a text, longest match first, at word boundaries,
// with the case rules of the knowledge base format.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NameMatcher } from '../../../src/core/entities/nameMatcher';
import { isCaseSensitiveName } from '../../../src/core/entities/nameText';

/** A matcher over names whose value is the name itself, with the KB's case rule. */
function matcherOf(...names: string[]): NameMatcher<string> {
  return new NameMatcher(names.map((name) => ({ name, caseSensitive: isCaseSensitiveName(name), value: name })));
}

/** `text matched → name` for every match. */
function matches(matcher: NameMatcher<string>, text: string): string[] {
  return matcher.findAll(text).map((m) => `${text.slice(m.start, m.end)} → ${m.pattern.value}`);
}

describe('matching known names in text', () => {
  test('finds every name, left to right, with its offsets', () => {
    const matcher = matcherOf('India', 'Laos', 'Rajnath Singh');
    const text = 'Rajnath Singh left India for Laos.';
    assert.deepEqual(
      matcher.findAll(text).map((m) => [m.start, m.end, m.pattern.value]),
      [
        [0, 13, 'Rajnath Singh'],
        [19, 24, 'India'],
        [29, 33, 'Laos'],
      ],
    );
  });

  test('the longest name wins over a name it starts with', () => {
    const matcher = matcherOf('India', 'India-US Defence Acceleration Ecosystem', 'Rajnath', 'Rajnath Singh');
    assert.deepEqual(matches(matcher, 'the India-US Defence Acceleration Ecosystem and India'), [
      'India-US Defence Acceleration Ecosystem → India-US Defence Acceleration Ecosystem',
      'India → India',
    ]);
    assert.deepEqual(matches(matcher, 'Rajnath Singh, or Rajnath'), ['Rajnath Singh → Rajnath Singh', 'Rajnath → Rajnath']);
  });

  test('a longer name that breaks off part way leaves the shorter one', () => {
    const matcher = matcherOf('Quad', 'Quad Indo-Pacific Logistics Network');
    assert.deepEqual(matches(matcher, 'the Quad Indo-Pacific region'), ['Quad → Quad']);
  });

  test('a name only matches whole words: not inside a longer word, at either end', () => {
    const matcher = matcherOf('India', 'US', 'Singh');
    assert.deepEqual(matches(matcher, 'Indian Indiana BUS USA Singhal Indias'), []);
    assert.deepEqual(matches(matcher, 'INDUS-X and MUSE'), []);
  });

  test('punctuation is a word boundary: brackets, commas, hyphens, slashes, quotes', () => {
    const matcher = matcherOf('India', 'US');
    assert.deepEqual(matches(matcher, '(US), "India", India/US, US-India, India-US'), [
      'US → US',
      'India → India',
      'India → India',
      'US → US',
      'US → US',
      'India → India',
      'India → India',
      'US → US',
    ]);
  });

  test('possessives: the name is matched without the apostrophe, straight or curly', () => {
    const matcher = matcherOf('India', 'Rajnath Singh');
    assert.deepEqual(matches(matcher, "India's ties, Rajnath Singh’s visit, Indias'"), ['India → India', 'Rajnath Singh → Rajnath Singh']);
  });

  test('a curly apostrophe in the text matches a straight one in the name, and the other way round', () => {
    assert.deepEqual(matches(matcherOf("Defence Ministers' Meeting"), 'the Defence Ministers’ Meeting'), [
      "Defence Ministers’ Meeting → Defence Ministers' Meeting",
    ]);
    assert.deepEqual(matches(matcherOf('Defence Ministers’ Meeting'), "the Defence Ministers' Meeting"), [
      "Defence Ministers' Meeting → Defence Ministers’ Meeting",
    ]);
  });

  test('en and em dashes match a hyphen', () => {
    assert.deepEqual(matches(matcherOf('Indo-Pacific'), 'the Indo–Pacific and the Indo—Pacific'), [
      'Indo–Pacific → Indo-Pacific',
      'Indo—Pacific → Indo-Pacific',
    ]);
  });

  test('any run of spaces, tabs and no-break spaces matches the space between words', () => {
    const matcher = matcherOf('Rajnath Singh');
    for (const gap of ['  ', '\t', '\u00a0', ' \u00a0 ', '\u2009', '\u202f']) {
      assert.deepEqual(matches(matcher, `Minister Rajnath${gap}Singh said`), [`Rajnath${gap}Singh → Rajnath Singh`], JSON.stringify(gap));
    }
  });

  test('a name never spans a line break', () => {
    assert.deepEqual(matches(matcherOf('Rajnath Singh'), 'Rajnath\nSingh, Rajnath\r\nSingh'), []);
  });

  test('names match in any case: `rajnath singh`, `RAJNATH SINGH`, `NEW DELHI`', () => {
    const matcher = matcherOf('Rajnath Singh', 'New Delhi');
    assert.deepEqual(matches(matcher, 'rajnath singh in NEW DELHI; RAJNATH SINGH'), [
      'rajnath singh → Rajnath Singh',
      'NEW DELHI → New Delhi',
      'RAJNATH SINGH → Rajnath Singh',
    ]);
  });

  test('acronyms and names with a capital inside a word match only with their exact capitals', () => {
    const matcher = matcherOf('US', 'SOSA', 'INDUS-X', 'MoD', 'iCET', 'U.S.');
    assert.deepEqual(matches(matcher, 'US SOSA INDUS-X MoD iCET U.S.'), [
      'US → US',
      'SOSA → SOSA',
      'INDUS-X → INDUS-X',
      'MoD → MoD',
      'iCET → iCET',
      'U.S. → U.S.',
    ]);
    assert.deepEqual(matches(matcher, 'us Us sosa Indus-X indus-x mod MOD Mod ICET icet u.s.'), []);
  });

  test('a name and an acronym spelled alike each match their own way', () => {
    const matcher = new NameMatcher([
      { name: 'Quad', caseSensitive: false, value: 'the Quad' },
      { name: 'QUAD', caseSensitive: true, value: 'an acronym' },
    ]);
    assert.deepEqual(
      matcher.findAll('QUAD quad').map((m) => m.pattern.value),
      ['an acronym', 'the Quad'],
    );
  });

  test('handles match whole, in any case, and not inside an e-mail address', () => {
    const matcher = matcherOf('@rajnathsingh', '@SecDef', 'India');
    assert.deepEqual(matches(matcher, 'thanks @rajnathsingh and @secdef, @RajnathSingh!'), [
      '@rajnathsingh → @rajnathsingh',
      '@secdef → @SecDef',
      '@RajnathSingh → @rajnathsingh',
    ]);
    assert.deepEqual(matches(matcher, '@rajnathsingh2 mail@rajnathsingh.in'), []);
  });

  test('a word right after @ belongs to a handle or an address: no other name matches there', () => {
    assert.deepEqual(matches(matcherOf('India', 'MoD'), '@India_Embassy info@india.gov.in @MoD_GoI'), []);
  });

  test('a name may end in punctuation (`U.S.`) and still be followed by more text', () => {
    const matcher = matcherOf('U.S.', 'U.S. Navy');
    assert.deepEqual(matches(matcher, 'The U.S. Navy and the U.S.-India partnership'), ['U.S. Navy → U.S. Navy', 'U.S. → U.S.']);
  });

  test('many names give the same matches as a few (the cost does not depend on the KB size)', () => {
    const few = ['India', 'Rajnath Singh', 'US', 'Indo-Pacific'];
    const many = [...few];
    for (let i = 0; i < 20000; i++)
      many.push(`Person${i} Surname${i % 97}`, `Indi${String.fromCharCode(97 + (i % 26))}${i}`, `Rajnath Singh ${i}`);
    const text = 'Rajnath Singh and the US discussed the Indo-Pacific; India welcomed it. Rajnath Singh 12b.';
    assert.deepEqual(matches(matcherOf(...many), text), matches(matcherOf(...few), text));
    assert.equal(matcherOf(...many).size, many.length);
  });

  test('a letter that reads as an apostrophe ends the first word of a name (U+02BC)', () => {
    const matcher = matcherOf("People's Liberation Army", 'People');
    assert.deepEqual(matches(matcher, 'the People\u02bcs Liberation Army said'), [
      "People\u02bcs Liberation Army → People's Liberation Army",
    ]);
    assert.deepEqual(matches(matcher, 'Peoples and People'), ['People → People']);
  });

  test('a name that can hold no other is not searched inside, one that can is', () => {
    const matcher = matcherOf('Rajnath Singh', 'India', 'India-US Defence Ecosystem', 'Indian Ocean', 'Indian Ocean Region');
    const text = 'Rajnath Singh; India-US Defence Ecosystem; Indian Ocean Region';
    const [singh, ecosystem, region] = matcher.findAll(text);
    assert.deepEqual(matcher.findInside(text, singh), []);
    assert.deepEqual(
      matcher.findInside(text, ecosystem).map((m) => m.pattern.value),
      ['India'],
    );
    assert.deepEqual(
      matcher.findInside(text, region).map((m) => m.pattern.value),
      ['Indian Ocean'],
    );
  });

  test('a range of the text can be searched alone', () => {
    const matcher = matcherOf('India', 'US');
    const text = 'India and US';
    assert.deepEqual(
      matcher.findAll(text, 5, text.length).map((m) => m.pattern.value),
      ['US'],
    );
  });
});

describe('names inside a longer name', () => {
  test('lists the names written inside a match, without the match itself', () => {
    const matcher = matcherOf('ASEAN', "11th ASEAN Defence Ministers' Meeting", 'India', 'US', 'India-US Defence Acceleration Ecosystem');
    const text = "the 11th ASEAN Defence Ministers' Meeting and the India-US Defence Acceleration Ecosystem";
    const [meeting, ecosystem] = matcher.findAll(text);
    assert.deepEqual(
      matcher.findInside(text, meeting).map((m) => m.pattern.value),
      ['ASEAN'],
    );
    assert.deepEqual(
      matcher.findInside(text, ecosystem).map((m) => m.pattern.value),
      ['India', 'US'],
    );
  });

  test('a name ending with the longer one is left out unless the caller allows it there', () => {
    const matcher = matcherOf('Quad', 'Quad Summit', 'Summit', 'Indo-Pacific', 'Training in the Indo-Pacific');
    const text = 'Quad Summit; Training in the Indo-Pacific';
    const [summit, training] = matcher.findAll(text);
    assert.deepEqual(
      matcher.findInside(text, summit, () => false).map((m) => m.pattern.value),
      ['Quad'],
    );
    assert.deepEqual(
      matcher.findInside(text, summit).map((m) => m.pattern.value),
      ['Quad', 'Summit'],
    );
    assert.deepEqual(
      matcher.findInside(text, training, () => false).map((m) => m.pattern.value),
      [],
    );
    assert.deepEqual(
      matcher.findInside(text, training, () => true).map((m) => m.pattern.value),
      ['Indo-Pacific'],
    );
  });
});
