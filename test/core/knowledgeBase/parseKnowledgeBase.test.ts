// Reading one `entities.yaml`: the entities it defines, and every problem at its exact place in the
// file (0-based line, UTF-16 character), so the editor can underline exactly what is wrong.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseKnowledgeBase, range } from '../../../src/core';
import { problemsOf, textAt, where, yamlLines } from './kbText';

const parse = (text: string) => parseKnowledgeBase(text, 'entities.yaml');

describe('reading a knowledge base file', () => {
  test('reads every field of an entity, and where the entity and its name are written', () => {
    const text = yamlLines(
      '# Comments are fine anywhere.',
      'version: 1',
      'entities:',
      '  - id: lloyd-austin',
      '    name: Lloyd Austin',
      '    type: person',
      '    aliases:',
      '      - Lloyd J Austin',
      '      - "@SecDef"',
      '    country: United States',
      '    description: 28th US Secretary of Defense.',
      '    url: https://en.wikipedia.org/wiki/Lloyd_Austin',
      '    roles:',
      '      - title: US Secretary of Defense',
      '        from: 2021-01-22',
      '        to: 2025-01-20',
      '      - title: Commander, US Central Command',
      '        from: 2013-03',
      '        to: 2016',
    );
    const kb = parse(text);
    assert.deepEqual(kb.problems, []);
    assert.equal(kb.entities.length, 1);
    const [austin] = kb.entities;
    assert.equal(austin.id, 'lloyd-austin');
    assert.equal(austin.name, 'Lloyd Austin');
    assert.equal(austin.type, 'person');
    assert.deepEqual(austin.aliases, ['Lloyd J Austin', '@SecDef']);
    assert.equal(austin.country, 'United States');
    assert.equal(austin.description, '28th US Secretary of Defense.');
    assert.equal(austin.url, 'https://en.wikipedia.org/wiki/Lloyd_Austin');
    assert.deepEqual(austin.roles, [
      { title: 'US Secretary of Defense', from: { year: 2021, month: 1, day: 22 }, to: { year: 2025, month: 1, day: 20 } },
      { title: 'Commander, US Central Command', from: { year: 2013, month: 3 }, to: { year: 2016 } },
    ]);
    assert.deepEqual(austin.nameLocation, { source: 'entities.yaml', range: range(4, 10, 22) });
    assert.equal(austin.location.source, 'entities.yaml');
    assert.deepEqual(austin.location.range.start, { line: 3, character: 4 });
    assert.ok(austin.location.range.end.line >= 18);
  });

  test('an empty file, or one with only comments or `entities:` with nothing under it, is an empty knowledge base', () => {
    for (const text of ['', '# nothing yet\n', 'version: 1\nentities:\n', 'entities: []\n']) {
      const kb = parse(text);
      assert.deepEqual(kb.entities, [], JSON.stringify(text));
      assert.deepEqual(kb.problems, [], JSON.stringify(text));
    }
  });

  test('the name and aliases are trimmed, an alias equal to the name is dropped, and a repeated alias kept once', () => {
    const kb = parse(
      yamlLines('entities:', '  - id: india', '    name: " India "', '    type: place', '    aliases: [India, Bharat, Bharat]'),
    );
    assert.equal(kb.entities[0].name, 'India');
    assert.deepEqual(kb.entities[0].aliases, ['Bharat']);
  });

  test('years and dates written without quotes read as the text written', () => {
    const kb = parse(
      yamlLines(
        'entities:',
        '  - id: x',
        '    name: X Y',
        '    type: person',
        '    roles:',
        '      - {title: Chief, from: 2019, to: 2021-06}',
      ),
    );
    assert.deepEqual(kb.problems, []);
    assert.deepEqual(kb.entities[0].roles, [{ title: 'Chief', from: { year: 2019 }, to: { year: 2021, month: 6 } }]);
  });

  test('positions are right in a file with CRLF line ends', () => {
    const text = 'entities:\r\n  - id: a\r\n    name: A\r\n    type: persn\r\n';
    const problems = problemsOf(text);
    assert.deepEqual(problems.map(where), ['kb-unknown-type @3:10-15']);
  });
});

describe('kb-syntax-error', () => {
  test('is reported where the YAML goes wrong, as an error', () => {
    const text = yamlLines('entities:', '  - id: a', '    name: A', '  type: place');
    const problems = problemsOf(text);
    assert.deepEqual(
      problems.map((p) => [p.code, p.severity, p.range.start.line]),
      [['kb-syntax-error', 'error', 3]],
    );
    assert.match(problems[0].message, /^Not valid YAML: /);
  });

  test('an unclosed quote is reported on the line where the quote opens', () => {
    const text = yamlLines('entities:', '  - id: a', '    name: "A', '    type: place');
    const problems = problemsOf(text);
    assert.deepEqual(
      problems.map((p) => p.code),
      ['kb-syntax-error'],
    );
    assert.equal(problems[0].range.start.line, 2);
  });

  test('a key written twice in one entry is reported at the second one, and the other entries still load', () => {
    const text = yamlLines(
      'entities:',
      '  - id: india',
      '    name: India',
      '    type: place',
      '    type: organisation',
      '  - id: laos',
      '    name: Laos',
      '    type: place',
    );
    const kb = parse(text);
    assert.deepEqual(problemsOf(text).map(where), ['kb-syntax-error @4:4-8']);
    assert.deepEqual(
      kb.entities.map((e) => e.id),
      ['india', 'laos'],
    );
  });

  test('a broken entry does not blind the whole file: the entries around it still load', () => {
    const text = yamlLines(
      'entities:',
      '  - id: india',
      '    name: India',
      '    type: place',
      '  - id: bad',
      '    name: [unclosed',
      '    type: place',
      '  - id: laos',
      '    name: Laos',
      '    type: place',
    );
    const kb = parse(text);
    assert.ok(kb.problems.some((p) => p.code === 'kb-syntax-error'));
    assert.deepEqual(
      kb.entities.map((e) => e.id).filter((id) => id !== 'bad'),
      ['india'],
    );
    assert.ok(
      kb.problems.every((p) => p.code === 'kb-syntax-error'),
      'no follow-up problems from a half-read entry',
    );
  });
});

describe('kb-invalid-entry', () => {
  test('the file must be a mapping with an `entities:` list (a problem with a block is underlined on its first line)', () => {
    assert.deepEqual(problemsOf('- a\n- b\n').map(where), ['kb-invalid-entry @0:0-3']);
    assert.deepEqual(problemsOf('entities: India\n').map(where), ['kb-invalid-entry @0:10-15']);
    assert.deepEqual(problemsOf('entities:\n  india: place\n  laos: place\n').map(where), ['kb-invalid-entry @1:2-14']);
  });

  test('each entity is a mapping', () => {
    const text = yamlLines('entities:', '  - India', '  - id: laos', '    name: Laos', '    type: place');
    assert.deepEqual(problemsOf(text).map(where), ['kb-invalid-entry @1:4-9']);
    assert.deepEqual(
      parse(text).entities.map((e) => e.id),
      ['laos'],
    );
  });

  test('a missing id, name or type is reported on the first line of the entry, which is then skipped', () => {
    const text = yamlLines(
      'entities:',
      '  - id: india',
      '    name: India',
      '  - id: laos',
      '    type: place',
      '  - name: Vientiane',
      '    type: place',
    );
    const problems = problemsOf(text);
    assert.deepEqual(problems.map(where), ['kb-invalid-entry @1:4-13', 'kb-invalid-entry @3:4-12', 'kb-invalid-entry @5:4-19']);
    assert.match(problems[0].message, /`type:`/);
    assert.match(problems[1].message, /`name:`/);
    assert.match(problems[2].message, /`id:`/);
    assert.deepEqual(parse(text).entities, []);
  });

  test('an empty or non-text name is reported at its value', () => {
    const text = yamlLines(
      'entities:',
      '  - id: india',
      '    name: ""',
      '    type: place',
      '  - id: laos',
      '    name: [Laos]',
      '    type: place',
    );
    assert.deepEqual(problemsOf(text).map(where), ['kb-invalid-entry @2:10-12', 'kb-invalid-entry @5:10-16']);
  });

  test('an id that is not lowercase words joined by hyphens is reported, and the entity still loads', () => {
    const text = yamlLines('entities:', '  - id: Lloyd Austin', '    name: Lloyd Austin', '    type: person');
    const problems = problemsOf(text);
    assert.deepEqual(problems.map(where), ['kb-invalid-entry @1:8-20']);
    assert.match(problems[0].message, /lloyd-austin/);
    assert.equal(parse(text).entities.length, 1);
  });

  test('aliases must be a list of non-empty names; roles a list of mappings with a title', () => {
    const text = yamlLines(
      'entities:',
      '  - id: a',
      '    name: A a',
      '    type: person',
      '    aliases: A',
      '  - id: b',
      '    name: B b',
      '    type: person',
      '    aliases: [B, ""]',
      '    roles:',
      '      - Minister',
      '      - from: 2020',
      '  - id: c',
      '    name: C c',
      '    type: person',
      '    roles: Minister',
      '    description: {text: x}',
    );
    assert.deepEqual(problemsOf(text).map(where), [
      'kb-invalid-entry @4:13-14',
      'kb-invalid-entry @8:17-19',
      'kb-invalid-entry @10:8-16',
      'kb-invalid-entry @11:8-18',
      'kb-invalid-entry @15:11-19',
      'kb-invalid-entry @16:17-26',
    ]);
  });
});

describe('kb-unknown-type', () => {
  test('a type that is neither built in nor declared is reported at the type, and lists the known ones', () => {
    const text = yamlLines('entities:', '  - id: india', '    name: India', '    type: country');
    const problems = problemsOf(text);
    assert.deepEqual(problems.map(where), ['kb-unknown-type @3:10-17']);
    assert.equal(problems[0].severity, 'error');
    assert.match(problems[0].message, /"country".*person, organisation, place, agreement, initiative, exercise, event/);
  });

  test('a type declared under `types:` with a built-in `like:` is known', () => {
    const text = yamlLines(
      'types:',
      '  platform:',
      '    like: organisation',
      '    description: Ships, aircraft and weapon systems.',
      'entities:',
      '  - id: ins-vikrant',
      '    name: INS Vikrant',
      '    type: platform',
    );
    const kb = parse(text);
    assert.deepEqual(problemsOf(text), []);
    assert.deepEqual(kb.types, [{ name: 'platform', like: 'organisation', description: 'Ships, aircraft and weapon systems.' }]);
  });

  test('a declared type without a built-in `like:` is reported there, and entities of that type are unknown', () => {
    const text = yamlLines('types:', '  platform:', '    like: vehicle', 'entities:', '  - id: x', '    name: X', '    type: platform');
    assert.deepEqual(problemsOf(text).map(where), ['kb-unknown-type @2:10-17', 'kb-unknown-type @6:10-18']);
  });
});

describe('kb-invalid-date', () => {
  const roleWith = (...lines: string[]) =>
    yamlLines(
      'entities:',
      '  - id: x',
      '    name: X',
      '    type: person',
      '    roles:',
      '      - title: Minister',
      ...lines.map((l) => `        ${l}`),
    );

  test('a date that is not a date is reported at the value, with the reason', () => {
    const cases: [string, RegExp][] = [
      ['from: 2024-02-30', /February 2024 has 29 days/],
      ['from: 2024-13', /no month 13/],
      ['from: yesterday', /expected YYYY-MM-DD/],
      ['to: 22/11/2024', /expected YYYY-MM-DD/],
      ['to: 2024-1-5', /expected YYYY-MM-DD/],
    ];
    for (const [line, reason] of cases) {
      const text = roleWith(line);
      const problems = problemsOf(text);
      assert.deepEqual(
        problems.map((p) => p.code),
        ['kb-invalid-date'],
        line,
      );
      assert.equal(textAt(text, problems[0].range), line.replace(/^\w+: /, ''), line);
      assert.match(problems[0].message, reason, line);
    }
  });

  test('a role that ends before it starts is reported at its end', () => {
    const text = roleWith('from: 2022', 'to: 2021-12');
    assert.deepEqual(problemsOf(text).map(where), ['kb-invalid-date @7:12-19']);
    assert.match(problemsOf(text)[0].message, /ends before it starts/);
  });

  test('partial dates compare as the days they may mean: a role from 2021-01-22 to 2021 is fine', () => {
    assert.deepEqual(problemsOf(roleWith('from: 2021-01-22', 'to: 2021')), []);
    assert.deepEqual(problemsOf(roleWith('from: 2021-06', 'to: 2021-06-01')), []);
    assert.deepEqual(
      problemsOf(roleWith('from: 2021-06-02', 'to: 2021-06-01')).map((p) => p.code),
      ['kb-invalid-date'],
    );
  });
});

describe('kb-unknown-key', () => {
  test('keys the format does not define are warnings at the key, and the entry still loads', () => {
    const text = yamlLines(
      'version: 1',
      'sources: [wikipedia]',
      'entities:',
      '  - id: x',
      '    name: X',
      '    type: person',
      '    alias: [Y]',
      '    roles:',
      '      - title: Minister',
      '        since: 2020',
    );
    const problems = problemsOf(text);
    assert.deepEqual(problems.map(where), ['kb-unknown-key @1:0-7', 'kb-unknown-key @6:4-9', 'kb-unknown-key @9:8-13']);
    assert.ok(problems.every((p) => p.severity === 'warning'));
    assert.equal(parse(text).entities.length, 1);
  });
});
