// An office standing for its holder: which KB titles an office names.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseKnowledgeBase } from '../../../src/core';
import { countryBefore } from '../../../src/core/meetings/meetingPeople';
import { soleHolder } from '../../../src/core/meetings/officeHolders';

const kb = parseKnowledgeBase(
  `entities:
  - id: rubio
    name: Marco Rubio
    type: person
    country: United States
    roles:
      - title: US Secretary of State
        from: 2025-01-21
  - id: misri
    name: Vikram Misri
    type: person
    country: India
    roles:
      - title: Foreign Secretary of India
        from: 2024-07-15
  - id: landau
    name: Christopher Landau
    type: person
    country: United States
    roles:
      - title: US Deputy Secretary of State
        from: 2025-03-25
  - id: vance
    name: JD Vance
    type: person
    country: United States
    roles:
      - title: Vice President of the United States
        from: 2025-01-20
  - id: trump
    name: Donald Trump
    type: person
    country: United States
    roles:
      - title: President of the United States
        from: 2025-01-20
`,
  'kb.yaml',
).entities;
const day = { year: 2025, month: 6, day: 1 };
const holderOf = (office: string, home?: string) => soleHolder(kb, office, day, () => new Map(home ? [[home, 1]] : []))?.name;

describe('the holder of an office', () => {
  test('a bare office is a title’s head: `the Secretary` is no Foreign or Deputy Secretary, `the President` no Vice President', () => {
    assert.equal(holderOf('secretary'), 'Marco Rubio');
    assert.equal(holderOf('president'), 'Donald Trump');
  });

  test('an office of several words is any title containing it', () => {
    assert.equal(holderOf('foreign secretary'), 'Vikram Misri');
    assert.equal(holderOf('deputy secretary'), 'Christopher Landau');
  });

  test('several holders: the one of the country the article names most people of among theirs, else no one', () => {
    assert.equal(holderOf('secretary of state', 'United States'), undefined);
    assert.equal(holderOf('secretary', 'India'), 'Marco Rubio');
    assert.equal(holderOf('minister'), undefined);
    const counts = new Map([
      ['United States', 4],
      ['India', 1],
    ]);
    assert.equal(soleHolder(kb, 'secretary of', day, () => counts)?.name, undefined);
    assert.equal(soleHolder(kb, 'foreign secretary', day, () => counts)?.name, 'Vikram Misri');
  });
});

describe('the country of someone the KB does not know', () => {
  test('is said by an Indian honorific, or by a country’s adjective before their titles', () => {
    const at = (text: string, name: string) => countryBefore(text, text.indexOf(name));
    assert.equal(at('Shri Randhir Jaiswal, Official Spokesperson:', 'Randhir'), 'India');
    assert.equal(at('Indian Defence Secretary Rajesh Kumar Singh met', 'Rajesh'), 'India');
    assert.equal(at('talks with US Under Secretary of Defense Elbridge Colby', 'Elbridge'), 'United States');
    assert.equal(at('Minister Rajesh Kumar Singh met', 'Rajesh'), undefined);
    // (An adjective of something else before the titles is not theirs: `Indian Ocean talks with Minister …`.)
    assert.equal(at('Indian Ocean talks with Minister Kumar', 'Kumar'), undefined);
  });
});
