// Several knowledge base files in force at once: one knowledge base, with each clash between entries
// reported in the file (and at the place) where it is written second.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { combineKnowledgeBases, parseKnowledgeBase } from '../../../src/core';
import { where, yamlLines } from './kbText';

const entity = (id: string, name: string, type: string, aliases: string[] = []) => [
  `  - id: ${id}`,
  `    name: ${name}`,
  `    type: ${type}`,
  ...(aliases.length ? [`    aliases: [${aliases.map((a) => JSON.stringify(a)).join(', ')}]`] : []),
];

function combine(files: Record<string, string>) {
  return combineKnowledgeBases(Object.entries(files).map(([source, text]) => parseKnowledgeBase(text, source)));
}

describe('combining knowledge base files', () => {
  test('entities of every file are in force, in file order, and every file has a problem list', () => {
    const { knowledgeBase, problems } = combine({
      'corpus/entities.yaml': yamlLines('entities:', ...entity('india', 'India', 'place')),
      'team.yaml': yamlLines('entities:', ...entity('laos', 'Laos', 'place')),
    });
    assert.deepEqual(
      knowledgeBase.entities.map((e) => e.id),
      ['india', 'laos'],
    );
    assert.equal(knowledgeBase.byId.get('laos')?.location.source, 'team.yaml');
    assert.deepEqual(
      [...problems.entries()],
      [
        ['corpus/entities.yaml', []],
        ['team.yaml', []],
      ],
    );
  });

  test('a type declared in one file may be used in another', () => {
    const { knowledgeBase, problems } = combine({
      'a.yaml': yamlLines('entities:', ...entity('ins-vikrant', 'INS Vikrant', 'platform')),
      'b.yaml': yamlLines('types:', '  platform: {like: organisation}'),
    });
    assert.deepEqual([...problems.values()].flat(), []);
    assert.equal(knowledgeBase.types.get('platform')?.like, 'organisation');
  });

  test('an id used again is reported at the second id, naming the first file and line; the first entity wins', () => {
    const { knowledgeBase, problems } = combine({
      'a.yaml': yamlLines('entities:', ...entity('india', 'India', 'place')),
      'b.yaml': yamlLines('entities:', ...entity('laos', 'Laos', 'place'), ...entity('india', 'Republic of India', 'place')),
    });
    assert.deepEqual(problems.get('a.yaml'), []);
    const [problem, ...rest] = problems.get('b.yaml')!;
    assert.deepEqual(rest, []);
    assert.equal(where(problem), 'kb-duplicate-id @4:8-13');
    assert.equal(problem.severity, 'error');
    assert.match(problem.message, /"india" is already used by India \(a\.yaml, line 2\)/);
    assert.deepEqual(
      knowledgeBase.entities.map((e) => e.name),
      ['India', 'Laos'],
    );
  });

  test('within one file, the message gives the line of the first use', () => {
    const { problems } = combine({
      'a.yaml': yamlLines('entities:', ...entity('india', 'India', 'place'), ...entity('india', 'Bharat', 'place')),
    });
    assert.deepEqual(problems.get('a.yaml')!.map(where), ['kb-duplicate-id @4:8-13']);
    assert.match(problems.get('a.yaml')![0].message, /India \(line 2\)/);
  });

  test('two entities claiming one name are reported at the second claim; the first keeps the name', () => {
    const { knowledgeBase, problems } = combine({
      'a.yaml': yamlLines('entities:', ...entity('rajnath-singh', 'Rajnath Singh', 'person')),
      'b.yaml': yamlLines('entities:', ...entity('mayank-singh', 'Mayank Singh', 'person', ['Mayank', 'Rajnath Singh'])),
    });
    assert.deepEqual(problems.get('b.yaml')!.map(where), ['kb-duplicate-name @4:24-39']);
    assert.match(problems.get('b.yaml')![0].message, /"Rajnath Singh" already names Rajnath Singh \(rajnath-singh\)/);
    assert.equal(knowledgeBase.entities.length, 2, 'the second entity stays, without the name');
  });

  test('names clash as the matcher compares them: any case, any run of spaces, curly or straight apostrophes, any dash', () => {
    const clashes: [string, string][] = [
      ['Lloyd Austin', 'lloyd  austin'],
      ["Defence Ministers' Meeting", 'Defence Ministers’ Meeting'],
      ['Indo-Pacific', 'Indo–Pacific'],
      ['US', 'Us'],
    ];
    for (const [first, second] of clashes) {
      const { problems } = combine({
        'a.yaml': yamlLines('entities:', ...entity('a', 'A a', 'place', [first]), ...entity('b', 'B b', 'place', [second])),
      });
      assert.deepEqual(
        problems.get('a.yaml')!.map((p) => p.code),
        ['kb-duplicate-name'],
        `${first} / ${second}`,
      );
    }
  });

  test('one entity may spell its own name several ways', () => {
    const { problems } = combine({ 'a.yaml': yamlLines('entities:', ...entity('quad', 'Quad', 'organisation', ['QUAD', 'quad'])) });
    assert.deepEqual(problems.get('a.yaml'), []);
  });

  test('an unknown type is reported even when the knowledge base is a single file', () => {
    const { problems } = combine({ 'a.yaml': yamlLines('entities:', ...entity('quad', 'Quad', 'group')) });
    assert.deepEqual(problems.get('a.yaml')!.map(where), ['kb-unknown-type @3:10-15']);
  });
});
