// Edits to a user's `entities.yaml`: adding an entity or an alias and renaming keep every other byte
// (comments, blank lines, quoting, order, line ends), and the result reads back without problems.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  addAliasEdits,
  addEntityEdits,
  applyOffsetEdits,
  KnowledgeBaseEditError,
  newKnowledgeBaseText,
  parseKnowledgeBase,
  renameEntityEdits,
  uniqueId,
} from '../../../src/core';
import { problemsOf, yamlLines } from './kbText';

const KB = yamlLines(
  '# Our corpus KB',
  'version: 1',
  '',
  'entities:',
  '  # ── People ──',
  '  - id: lloyd-austin   # the secretary',
  '    name: Lloyd Austin',
  '    type: person',
  '    aliases:',
  '      - Lloyd J Austin # with initial',
  '',
  '  - id: india',
  "    name: 'India'",
  '    type: place',
  '# trailing comment',
);

/** Applies the edits, checks the result reads back without problems, and returns it. */
function edited(text: string, edits: ReturnType<typeof addEntityEdits>): string {
  const result = applyOffsetEdits(text, edits);
  assert.deepEqual(problemsOf(result), [], result);
  return result;
}

/** The lines of `after` that are not in `before`, in order: what an edit added. */
function addedLines(before: string, after: string): string[] {
  const old = before.split('\n');
  const out: string[] = [];
  let i = 0;
  for (const line of after.split('\n')) {
    if (line === old[i]) i++;
    else out.push(line);
  }
  assert.equal(i, old.length, 'every line of the original is kept, in order');
  return out;
}

const entitiesOf = (text: string) => parseKnowledgeBase(text, 'kb').entities;

describe('adding an entity', () => {
  test('appends it after the last entity, with an id from its name, keeping comments and blank lines', () => {
    const result = edited(KB, addEntityEdits(KB, { name: 'Pete Hegseth', type: 'person' }));
    assert.deepEqual(addedLines(KB, result), ['  - id: pete-hegseth', '    name: Pete Hegseth', '    type: person']);
    assert.ok(result.endsWith('    type: place\n  - id: pete-hegseth\n    name: Pete Hegseth\n    type: person\n# trailing comment\n'));
  });

  test('with aliases and a description, quoted when YAML needs it', () => {
    const result = edited(
      KB,
      addEntityEdits(KB, {
        name: 'Washington, D.C.',
        type: 'place',
        aliases: ['DC', '@DCGov', 'yes'],
        description: 'Capital: of the US # not a comment',
      }),
    );
    const added = entitiesOf(result).at(-1)!;
    assert.equal(added.id, 'washington-d-c');
    assert.deepEqual(added.aliases, ['DC', '@DCGov', 'yes']);
    assert.equal(added.description, 'Capital: of the US # not a comment');
  });

  test('an id already taken gets a number', () => {
    const result = edited(KB, addEntityEdits(KB, { name: 'India!', type: 'organisation' }));
    assert.equal(entitiesOf(result).at(-1)!.id, 'india-2');
    assert.equal(uniqueId('Lloyd Austin', new Set(['lloyd-austin', 'lloyd-austin-2'])), 'lloyd-austin-3');
    assert.equal(uniqueId('Émile Zola', new Set()), 'emile-zola');
    assert.equal(uniqueId('国防部', new Set()), 'entity');
  });

  test('follows the file’s indentation and line ends', () => {
    const flush = yamlLines('entities:', '- id: a', '  name: A a', '  type: place');
    assert.deepEqual(addedLines(flush, edited(flush, addEntityEdits(flush, { name: 'B b', type: 'place' }))), [
      '- id: b-b',
      '  name: B b',
      '  type: place',
    ]);
    const crlf = 'entities:\r\n  - id: a\r\n    name: A a\r\n    type: place\r\n';
    const result = edited(crlf, addEntityEdits(crlf, { name: 'B b', type: 'place' }));
    assert.equal(
      result,
      'entities:\r\n  - id: a\r\n    name: A a\r\n    type: place\r\n  - id: b-b\r\n    name: B b\r\n    type: place\r\n',
    );
  });

  test('to a file whose last line has no line end', () => {
    const text = 'entities:\n  - id: a\n    name: A a\n    type: place';
    assert.equal(
      edited(text, addEntityEdits(text, { name: 'B b', type: 'place' })),
      `${text}\n  - id: b-b\n    name: B b\n    type: place`,
    );
  });

  test('to an empty `entities:`, `entities: []`, or a file without `entities:`', () => {
    for (const text of ['version: 1\nentities:\n', 'version: 1\nentities: []\n', 'version: 1\n', 'version: 1']) {
      const result = edited(text, addEntityEdits(text, { name: 'B b', type: 'place' }));
      assert.deepEqual(
        entitiesOf(result).map((e) => e.id),
        ['b-b'],
        JSON.stringify(text),
      );
      assert.ok(result.startsWith('version: 1'));
    }
  });

  test('a new file holds just the entity and a pointer to the format', () => {
    const text = newKnowledgeBaseText({ name: 'Pete Hegseth', type: 'person' });
    assert.deepEqual(problemsOf(text), []);
    assert.deepEqual(
      entitiesOf(text).map((e) => [e.id, e.name, e.type]),
      [['pete-hegseth', 'Pete Hegseth', 'person']],
    );
    assert.match(text, /^# .*docs\/knowledge-base\.md/);
  });

  test('a file with YAML errors or no entity list is not edited', () => {
    assert.throws(() => addEntityEdits('entities:\n  - id: [\n', { name: 'B', type: 'place' }), KnowledgeBaseEditError);
    assert.throws(() => addEntityEdits('entities: India\n', { name: 'B', type: 'place' }), KnowledgeBaseEditError);
  });
});

describe('adding an alias', () => {
  test('to a block list of aliases: a new item after the last, comments kept', () => {
    const result = edited(KB, addAliasEdits(KB, 'lloyd-austin', '@SecDef'));
    assert.deepEqual(addedLines(KB, result), ['      - "@SecDef"']);
    assert.deepEqual(entitiesOf(result)[0].aliases, ['Lloyd J Austin', '@SecDef']);
  });

  test('to an entity without aliases: an `aliases:` line under its name', () => {
    const result = edited(KB, addAliasEdits(KB, 'india', 'Bharat'));
    assert.deepEqual(addedLines(KB, result), ['    aliases: [Bharat]']);
    assert.deepEqual(entitiesOf(result)[1].aliases, ['Bharat']);
  });

  test('to a flow list, to an empty list, and to `aliases:` with nothing after it', () => {
    const text = yamlLines(
      'entities:',
      '  - id: a',
      '    name: A a',
      '    type: place',
      '    aliases: [B b]',
      '  - id: c',
      '    name: C c',
      '    type: place',
      '    aliases: []',
      '  - id: d',
      '    name: D d',
      '    type: place',
      '    aliases:   # none yet',
    );
    let result = edited(text, addAliasEdits(text, 'a', 'E, e'));
    result = edited(result, addAliasEdits(result, 'c', 'F f'));
    result = edited(result, addAliasEdits(result, 'd', 'G g'));
    assert.deepEqual(
      entitiesOf(result).map((e) => e.aliases),
      [['B b', 'E, e'], ['F f'], ['G g']],
    );
    assert.match(result, /# none yet/);
  });

  test('to an entity written as a flow mapping', () => {
    const text = yamlLines('entities:', '  - {id: a, name: A a, type: place}');
    const result = edited(text, addAliasEdits(text, 'a', 'B b'));
    assert.deepEqual(entitiesOf(result)[0].aliases, ['B b']);
  });

  test('keeps CRLF line ends', () => {
    const crlf =
      'entities:\r\n  - id: a\r\n    name: A a\r\n    type: place\r\n    aliases:\r\n      - B b\r\n  - id: c\r\n    name: C c\r\n    type: place\r\n';
    const once = edited(crlf, addAliasEdits(crlf, 'a', 'D d'));
    const twice = edited(once, addAliasEdits(once, 'c', 'E e'));
    assert.deepEqual(
      entitiesOf(twice).map((e) => e.aliases),
      [['B b', 'D d'], ['E e']],
    );
    assert.ok(!/[^\r]\n/.test(twice), JSON.stringify(twice));
  });

  test('an alias the entity already has is not added again', () => {
    assert.deepEqual(addAliasEdits(KB, 'lloyd-austin', 'Lloyd J Austin'), []);
    assert.deepEqual(addAliasEdits(KB, 'lloyd-austin', 'lloyd austin'), []);
  });

  test('an unknown id is an error', () => {
    assert.throws(() => addAliasEdits(KB, 'nobody', 'X'), KnowledgeBaseEditError);
  });
});

describe('renaming an entity', () => {
  test('the new name replaces the old one, which is kept as an alias', () => {
    const result = edited(KB, renameEntityEdits(KB, 'lloyd-austin', 'Lloyd James Austin'));
    const [austin] = entitiesOf(result);
    assert.equal(austin.name, 'Lloyd James Austin');
    assert.deepEqual(austin.aliases, ['Lloyd J Austin', 'Lloyd Austin']);
    assert.equal(
      result,
      KB.replace('    name: Lloyd Austin\n', '    name: Lloyd James Austin\n').replace(
        '      - Lloyd J Austin # with initial\n',
        '      - Lloyd J Austin # with initial\n      - Lloyd Austin\n',
      ),
    );
  });

  test('a quoted name is replaced whole, and an entity without aliases gets the old name as one', () => {
    const result = edited(KB, renameEntityEdits(KB, 'india', 'Republic of India'));
    assert.deepEqual(
      entitiesOf(result).map((e) => [e.name, e.aliases]),
      [
        ['Lloyd Austin', ['Lloyd J Austin']],
        ['Republic of India', ['India']],
      ],
    );
  });

  test('renaming to one of its aliases swaps them: no alias equal to the name is left', () => {
    const result = edited(KB, renameEntityEdits(KB, 'lloyd-austin', 'Lloyd J Austin'));
    const [austin] = entitiesOf(result);
    assert.equal(austin.name, 'Lloyd J Austin');
    assert.deepEqual(austin.aliases, ['Lloyd Austin']);
  });
});
