// The knowledge base compiled for recognition: one matcher for every name, the person name parts
// that surnames resolve through, and the colour type of custom types.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildEntityIndex, combineKnowledgeBases, parseKnowledgeBase } from '../../../src/core';
import { nameParts } from '../../../src/core/entities/entityIndex';
import { entity } from './entityFixture';

function index(...lines: string[]) {
  return buildEntityIndex(combineKnowledgeBases([parseKnowledgeBase(['entities:', ...lines].join('\n'), 'kb')]).knowledgeBase);
}

describe('the compiled knowledge base', () => {
  test('the words of a person’s name that can stand for them: capitalised, not initials, not handles', () => {
    assert.deepEqual(nameParts('Lloyd J. Austin'), ['Lloyd', 'Austin']);
    assert.deepEqual(nameParts('Dr. Manmohan Singh'), ['Manmohan', 'Singh']);
    assert.deepEqual(nameParts('Gen. Anil Chauhan'), ['Anil', 'Chauhan']);
    assert.deepEqual(nameParts('Shri Rajnath Singh'), ['Rajnath', 'Singh']);
    assert.deepEqual(nameParts('General Manoj Pande'), ['Manoj', 'Pande']);
    assert.deepEqual(nameParts('@rajnathsingh'), []);
    assert.deepEqual(nameParts('Ng Eng Hen'), ['Eng', 'Hen']);
  });

  test('person name parts come from people only', () => {
    const built = index(...entity('rajnath-singh', 'Rajnath Singh', 'person', ['Rajnath']), ...entity('india', 'India Gate', 'place'));
    assert.deepEqual([...built.personNameParts].sort(), ['Rajnath', 'Singh']);
  });

  test('a name two entities claim matches the first one only', () => {
    const built = index(...entity('a', 'Quad', 'organisation'), ...entity('b', 'Quad Group', 'organisation', ['quad']));
    assert.deepEqual(
      built.matcher.findAll('the Quad and the quad').map((m) => m.pattern.value.id),
      ['a', 'a'],
    );
  });

  test('custom types are coloured as the built-in type they are like', () => {
    const kb = combineKnowledgeBases([
      parseKnowledgeBase(
        [
          'types:',
          '  platform: {like: organisation}',
          'entities:',
          ...entity('f-35', 'F-35', 'platform'),
          ...entity('laos', 'Laos', 'place'),
        ].join('\n'),
        'kb',
      ),
    ]).knowledgeBase;
    const built = buildEntityIndex(kb);
    assert.deepEqual(
      kb.entities.map((e) => built.baseTypeOf(e)),
      ['organisation', 'place'],
    );
  });
});
