// Which office a person held on an article's date, with dates that may be partial (`2019`, `2019-05`).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describeRole, rolesOn } from '../../../src/core';
import { heldOn } from '../../../src/core/entities/roles';
import { parseKnowledgeBase } from '../../../src/core';

const day = (iso: string) => {
  const [year, month, date] = iso.split('-').map(Number);
  return { year, month, day: date };
};

const person = parseKnowledgeBase(
  [
    'entities:',
    '  - id: lloyd-austin',
    '    name: Lloyd Austin',
    '    type: person',
    '    roles:',
    '      - {title: Commander of US Central Command, from: 2013-03-22, to: 2016-03-30}',
    '      - {title: US Secretary of Defense, from: 2021-01-22, to: 2025-01-20}',
    '      - {title: Board member, from: 2016}',
    '      - {title: Adviser}',
  ].join('\n'),
  'kb',
).entities[0];

describe('roles held on a date', () => {
  test('a role is held from its first day to its last, both included', () => {
    const role = { title: 'Minister', from: { year: 2021, month: 1, day: 22 }, to: { year: 2025, month: 1, day: 20 } };
    assert.equal(heldOn(role, day('2021-01-21')), false);
    assert.equal(heldOn(role, day('2021-01-22')), true);
    assert.equal(heldOn(role, day('2025-01-20')), true);
    assert.equal(heldOn(role, day('2025-01-21')), false);
  });

  test('a partial date covers every day it may mean: from 2019 is from 1 January, to 2024-02 is to 29 February', () => {
    const role = { title: 'Chief', from: { year: 2019 }, to: { year: 2024, month: 2 } };
    assert.equal(heldOn(role, day('2018-12-31')), false);
    assert.equal(heldOn(role, day('2019-01-01')), true);
    assert.equal(heldOn(role, day('2024-02-29')), true);
    assert.equal(heldOn(role, day('2024-03-01')), false);
  });

  test('a role without an end is still held; a role with no dates at all is never known to be held', () => {
    assert.equal(heldOn({ title: 'Board member', from: { year: 2016 } }, day('2030-06-01')), true);
    assert.equal(heldOn({ title: 'Adviser' }, day('2020-06-01')), false);
  });

  test('the roles held on a date, the most recently begun first', () => {
    assert.deepEqual(
      rolesOn(person, day('2024-11-22')).map((r) => r.title),
      ['US Secretary of Defense', 'Board member'],
    );
    assert.deepEqual(
      rolesOn(person, day('2014-06-01')).map((r) => r.title),
      ['Commander of US Central Command'],
    );
    assert.deepEqual(rolesOn(person, day('2010-06-01')), []);
  });

  test('a role reads as its title and years', () => {
    assert.deepEqual(person.roles.map(describeRole), [
      'Commander of US Central Command (2013–2016)',
      'US Secretary of Defense (2021–2025)',
      'Board member (2016–)',
      'Adviser',
    ]);
    assert.equal(describeRole({ title: 'Envoy', to: { year: 2016 } }), 'Envoy (–2016)');
  });
});
