// The command line with knowledge bases: which entities.yaml applies to an article, --kb, the bundled
// fallback, entity mentions in the JSON report, entity problems in the text report, and problems in
// the knowledge base files themselves. Runs the built dist/cli.js (npm run build first).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { assertHasFields, assertHasKeys } from '../support/assertKeys';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');

function run(args: string[], options: { cwd?: string; cli?: string } = {}) {
  const result = spawnSync(process.execPath, [options.cli ?? CLI, ...args], { cwd: options.cwd ?? ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface JsonEntity {
  text: string;
  entity: string | null;
  id: string | null;
  type: string;
  known: boolean;
  kind: string;
  misspelled?: boolean;
  suggestion?: string;
  range: JsonRange;
}
interface JsonFile {
  path: string;
  kind: 'article' | 'knowledge-base';
  header?: { date: string } | null;
  problems: { code: string; severity: string; message: string; range: JsonRange }[];
  entities?: JsonEntity[];
}
interface JsonReport {
  files: JsonFile[];
  /** Every knowledge base file in force. */
  knowledgeBases: { path: string }[];
}
const parseReport = (stdout: string) => JSON.parse(stdout) as JsonReport;
const articles = (report: JsonReport) => report.files.filter((f) => f.kind === 'article');
/** Knowledge base files with problems: `files` entries of kind knowledge-base. */
const brokenKnowledgeBases = (report: JsonReport) => report.files.filter((f) => f.kind === 'knowledge-base');
const inForce = (report: JsonReport) => report.knowledgeBases.map((kb) => kb.path);

const DEFENCE_KB = `version: 1
entities:
  - id: rajnath-singh
    name: Rajnath Singh
    type: person
    country: India
    roles:
      - title: Defence Minister of India
        from: 2019-05-31
  - id: lloyd-austin
    name: Lloyd Austin
    type: person
    aliases: [Lloyd J. Austin]
  - id: asean
    name: Association of Southeast Asian Nations
    type: organisation
    aliases: [ASEAN]
`;

const PLACES_KB = `version: 1
entities:
  - id: vientiane
    name: Vientiane
    type: place
    country: Laos
`;

const ARTICLE = [
  ' date 2024-11-22 Vientiane, November 22 : Defence Minister Rajnath Singh met Llyod Austin at the ASEAN meeting.',
  '',
  'Singh said the Quad Leaders Summit mattered.',
  '',
].join('\n');

/** The mention of `text` on `line` (0-based) of ARTICLE, as an LSP range. */
function rangeOf(text: string, line: number): JsonRange {
  const character = ARTICLE.split('\n')[line].indexOf(text);
  assert.ok(character >= 0, `${text} is on line ${line}`);
  return { start: { line, character }, end: { line, character: character + text.length } };
}

let dir: string;
const at = (...parts: string[]) => path.join(dir, ...parts);
function write(file: string, text: string): string {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'seed-cli-kb-'));
  // The tests below rely on no entities.yaml above the temporary folder.
  for (let folder = path.dirname(dir); ; folder = path.dirname(folder)) {
    assert.equal(existsSync(path.join(folder, 'entities.yaml')), false, `${folder}/entities.yaml would apply to the test articles`);
    if (path.dirname(folder) === folder) break;
  }
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('which knowledge base applies to an article', () => {
  before(() => {
    write(at('corpus', 'entities.yaml'), DEFENCE_KB);
    write(at('corpus', 'top.txt'), ARTICLE);
    write(at('corpus', 'laos', 'entities.yaml'), PLACES_KB);
    write(at('corpus', 'laos', '2024', 'deep.txt'), ARTICLE);
    write(at('places.yaml'), PLACES_KB);
  });

  const known = (file: JsonFile) => file.entities!.filter((e) => e.known).map((e) => e.id);

  test("the nearest entities.yaml, in the article's folder or an ancestor, and only that one", () => {
    const { status, stdout, stderr } = run(['check', '--format', 'json', at('corpus')]);
    assert.equal(stderr, '');
    assert.equal(status, 0);
    const files = parseReport(stdout);
    const byPath = new Map(articles(files).map((f) => [f.path, f]));
    const top = byPath.get(at('corpus', 'top.txt'))!;
    assert.deepEqual(known(top), ['rajnath-singh', 'lloyd-austin', 'asean', 'rajnath-singh']);
    // corpus/laos/2024/deep.txt: the nearest is corpus/laos/entities.yaml, which knows only Vientiane.
    const deep = byPath.get(at('corpus', 'laos', '2024', 'deep.txt'))!;
    assert.deepEqual(known(deep), ['vientiane']);
    assert.ok(
      deep.entities!.some((e) => e.text === 'Rajnath Singh' && !e.known),
      'a name from the farther file is unknown',
    );
    // Both files are listed once, in the order first used (the walk is sorted: laos/ before top.txt);
    // without problems they are not `files` entries.
    assert.deepEqual(inForce(files), [at('corpus', 'laos', 'entities.yaml'), at('corpus', 'entities.yaml')]);
    assert.deepEqual(brokenKnowledgeBases(files), []);
  });

  test('--kb adds a file to every article, after the nearest one', () => {
    const { status, stdout } = run(['check', '--format', 'json', '--kb', at('places.yaml'), at('corpus', 'top.txt')]);
    assert.equal(status, 0);
    const files = parseReport(stdout);
    assert.deepEqual(known(articles(files)[0]), ['vientiane', 'rajnath-singh', 'lloyd-austin', 'asean', 'rajnath-singh']);
    assert.deepEqual(inForce(files), [at('corpus', 'entities.yaml'), at('places.yaml')]);
  });

  test('--kb is repeatable, takes --kb=FILE, and shows the file as given', () => {
    const bare = write(at('bare', 'a.txt'), ARTICLE);
    const { status, stdout } = run(
      ['check', '--format', 'json', '--no-bundled-kb', '--kb', 'places.yaml', `--kb=${path.join('corpus', 'entities.yaml')}`, bare],
      { cwd: dir },
    );
    assert.equal(status, 0);
    const files = parseReport(stdout);
    assert.deepEqual(inForce(files), ['places.yaml', path.join('corpus', 'entities.yaml')]);
    assert.deepEqual(known(articles(files)[0]), ['vientiane', 'rajnath-singh', 'lloyd-austin', 'asean', 'rajnath-singh']);
  });

  test('a --kb file that cannot be read is a one-line message and exit 2, before anything is checked', () => {
    const { status, stdout, stderr } = run(['check', '--kb', at('no-such.yaml'), '--kb', at('corpus'), at('corpus')]);
    assert.equal(status, 2);
    assert.equal(stdout, '');
    assert.deepEqual(stderr.trim().split('\n'), [
      `seed-annotator: --kb ${at('no-such.yaml')}: no such file or folder`,
      `seed-annotator: --kb ${at('corpus')}: is a folder`,
    ]);
  });

  test('a nearest entities.yaml that cannot be read is a one-line message and exit 2; the articles are still checked', () => {
    const odd = at('odd');
    mkdirSync(path.join(odd, 'entities.yaml'), { recursive: true }); // a folder where the file should be
    write(path.join(odd, 'a.txt'), ARTICLE);
    const { status, stdout, stderr } = run(['check', odd]);
    assert.equal(status, 2);
    assert.equal(stderr, `seed-annotator: ${path.join(odd, 'entities.yaml')}: is a folder\n`);
    assert.match(stdout, /^1 file checked: /m);
  });
});

describe('the bundled knowledge base', () => {
  let pkg: string;
  let cli: string;
  before(() => {
    // The package layout: dist/cli.js next to seeds/entities.yaml, with a KB of our own in it.
    pkg = at('package');
    cli = path.join(pkg, 'dist', 'cli.js');
    mkdirSync(path.dirname(cli), { recursive: true });
    copyFileSync(CLI, cli);
    write(path.join(pkg, 'seeds', 'entities.yaml'), DEFENCE_KB);
    write(at('unconfigured', 'a.txt'), ARTICLE);
  });

  test('applies where no entities.yaml is found', () => {
    const { status, stdout } = run(['check', '--format', 'json', at('unconfigured')], { cli });
    assert.equal(status, 0);
    const files = parseReport(stdout);
    assert.deepEqual(inForce(files), [path.join(pkg, 'seeds', 'entities.yaml')]);
    assert.deepEqual(
      articles(files)[0]
        .entities!.filter((e) => e.known)
        .map((e) => e.id),
      ['rajnath-singh', 'lloyd-austin', 'asean', 'rajnath-singh'],
    );
  });

  test('does not apply where an entities.yaml is found', () => {
    const { stdout } = run(['check', '--format', 'json', at('corpus', 'laos')], { cli });
    assert.deepEqual(inForce(parseReport(stdout)), [at('corpus', 'laos', 'entities.yaml')]);
  });

  test('--no-bundled-kb turns it off: no knowledge base, no entities, only the header is checked; the report has at least the fields files, knowledgeBases', () => {
    const { status, stdout } = run(['check', '--format', 'json', '--no-bundled-kb', at('unconfigured')], { cli });
    assert.equal(status, 0);
    const files = parseReport(stdout);
    assertHasFields(files, { knowledgeBases: [] }, 'the report');
    assertHasKeys(files, ['files'], 'the report');
    assert.equal(files.files.length, 1);
    assertHasKeys(files.files[0], ['header'], 'the article');
    assertHasFields(files.files[0], { path: at('unconfigured', 'a.txt'), kind: 'article', problems: [], entities: [] }, 'the article');
    assert.deepEqual(
      articles(files).map((f) => [f.header?.date, f.problems, f.entities]),
      [['2024-11-22', [], []]],
    );
    const text = run(['check', '--no-bundled-kb', at('unconfigured')], { cli });
    assert.equal(text.stdout, '1 file checked: 0 errors, 0 warnings.\n');
  });

  test('--no-bundled-kb keeps --kb files', () => {
    const { stdout } = run(['check', '--format', 'json', '--no-bundled-kb', '--kb', at('places.yaml'), at('unconfigured')], { cli });
    assert.deepEqual(
      articles(parseReport(stdout))[0]
        .entities!.filter((e) => e.known)
        .map((e) => e.id),
      ['vientiane'],
    );
  });

  test('a package without the bundled file checks the header only, quietly', () => {
    const bare = at('bare-package', 'dist', 'cli.js');
    mkdirSync(path.dirname(bare), { recursive: true });
    copyFileSync(CLI, bare);
    const { status, stdout, stderr } = run(['check', '--format', 'json', at('unconfigured')], { cli: bare });
    assert.equal(stderr, '');
    assert.equal(status, 0);
    assert.deepEqual(articles(parseReport(stdout))[0].entities, []);
  });

  test("the repository's dist/cli.js uses seeds/entities.yaml, and that file has no problems", (t) => {
    const bundled = path.join(ROOT, 'seeds', 'entities.yaml');
    if (!existsSync(bundled)) return t.skip('seeds/entities.yaml is not written yet');
    const first = (parseYaml(readFileSync(bundled, 'utf8')) as { entities: { id: string; name: string }[] }).entities[0];
    const article = write(at('unconfigured-repo', 'a.txt'), ` date 2024-11-22 Report\n\nThe text mentions ${first.name} once.\n`);
    const { stdout } = run(['check', '--format', 'json', article]);
    const files = parseReport(stdout);
    assert.deepEqual(inForce(files), [path.join('seeds', 'entities.yaml')]);
    assert.deepEqual(brokenKnowledgeBases(files), [], 'the bundled knowledge base has no problems');
    assert.ok(
      articles(files)[0].entities!.some((e) => e.id === first.id && e.known),
      `${first.name} is known as ${first.id}`,
    );
  });
});

describe('entity mentions and problems in the report', () => {
  let article: string;
  before(() => {
    write(at('report', 'entities.yaml'), DEFENCE_KB);
    article = write(at('report', 'a.txt'), ARTICLE);
  });

  test('--format json lists every mention, known and unknown, with the entity meant and an LSP range; has at least the fields path, kind, header, problems, entities per article and text, entity, id, type, known, kind, range per mention', () => {
    const { status, stdout } = run(['check', '--format', 'json', article]);
    assert.equal(status, 0);
    const [file] = articles(parseReport(stdout));
    // Every existing field is kept (fields may be added, never renamed or dropped).
    assertHasKeys(file, ['path', 'kind', 'header', 'problems', 'entities'], 'the article');
    assert.equal(file.header!.date, '2024-11-22');
    const byText = new Map(file.entities!.map((e) => [e.text, e]));
    assertHasFields(byText.get('Rajnath Singh'), {
      text: 'Rajnath Singh',
      entity: 'Rajnath Singh',
      id: 'rajnath-singh',
      type: 'person',
      known: true,
      kind: 'name',
      range: rangeOf('Rajnath Singh', 0),
    });
    assertHasFields(byText.get('ASEAN'), {
      text: 'ASEAN',
      entity: 'Association of Southeast Asian Nations',
      id: 'asean',
      type: 'organisation',
      known: true,
      kind: 'name',
      range: rangeOf('ASEAN', 0),
    });
    assertHasFields(byText.get('Llyod Austin'), {
      text: 'Llyod Austin',
      entity: 'Lloyd Austin',
      id: 'lloyd-austin',
      type: 'person',
      known: true,
      kind: 'misspelled',
      misspelled: true,
      suggestion: 'Lloyd Austin',
      range: rangeOf('Llyod Austin', 0),
    });
    assertHasFields(byText.get('Singh'), {
      text: 'Singh',
      entity: 'Rajnath Singh',
      id: 'rajnath-singh',
      type: 'person',
      known: true,
      kind: 'short',
      range: rangeOf('Singh', 2),
    });
    const unknown = byText.get('Quad Leaders Summit')!;
    assertHasFields(unknown, {
      text: 'Quad Leaders Summit',
      entity: null,
      id: null,
      known: false,
      kind: 'unknown',
      range: rangeOf('Quad Leaders Summit', 2),
    });
    assertHasKeys(unknown, ['type']);
    assert.equal(typeof unknown.type, 'string');
    // Only a misspelling is flagged as one.
    for (const text of ['Rajnath Singh', 'ASEAN', 'Singh', 'Quad Leaders Summit'])
      assert.notEqual(byText.get(text)!.misspelled, true, text);
    // In text order.
    const starts = file.entities!.map((e) => e.range.start.line * 1e6 + e.range.start.character);
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
    );
    assert.deepEqual(
      file.problems.map((p) => [p.code, p.severity, p.range]),
      [
        ['misspelled-entity', 'warning', rangeOf('Llyod Austin', 0)],
        ['unknown-entity', 'hint', rangeOf('Quad Leaders Summit', 2)],
      ],
    );
  });

  test('text output has the misspelling as a warning and the unknown name as a hint; hints count as notes', () => {
    const { status, stdout } = run(['check', 'a.txt'], { cwd: at('report') });
    assert.equal(status, 0, 'warnings and hints alone exit 0');
    const lines = stdout.trim().split('\n');
    const col = (text: string, line: number) => rangeOf(text, line).start.character + 1;
    assert.deepEqual(lines, [
      `a.txt:1:${col('Llyod Austin', 0)}: warning misspelled-entity "Llyod Austin" looks like a misspelling of "Lloyd Austin" (person).`,
      lines[1],
      '1 file checked: 0 errors, 1 warning, 1 note.',
    ]);
    assert.match(
      lines[1],
      new RegExp(`^a\\.txt:3:${col('Quad Leaders Summit', 2)}: hint unknown-entity "Quad Leaders Summit" is not in the knowledge base`),
    );
  });

  test('the $seed-annotator problem matcher reads entity and knowledge base problem lines', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const { pattern } = manifest.contributes.problemMatchers.find((m: { name: string }) => m.name === 'seed-annotator');
    write(at('matcher', 'entities.yaml'), 'version: 1\nentities:\n  - id: x\n    name: Xavier Example\n    type: planet\n');
    write(at('matcher', 'a.txt'), ARTICLE);
    const { stdout } = run(['check', 'matcher'], { cwd: dir });
    const read = stdout
      .trim()
      .split('\n')
      .slice(0, -1)
      .map((line) => {
        const m = new RegExp(pattern.regexp).exec(line);
        assert.ok(m, line);
        return [m[pattern.file], m[pattern.line], m[pattern.severity], m[pattern.code]];
      });
    assert.deepEqual(read[0], [path.join('matcher', 'entities.yaml'), '5', 'error', 'kb-unknown-type']);
    assert.ok(read.length > 1);
    for (const [file, , severity, code] of read.slice(1))
      assert.deepEqual([file, severity, code], [path.join('matcher', 'a.txt'), 'hint', 'unknown-entity']);
  });
});

describe('problems in knowledge base files', () => {
  test('a file that is not valid YAML: kb-syntax-error at its line, exit 1, no crash, articles still checked', () => {
    const folder = at('broken-yaml');
    write(path.join(folder, 'entities.yaml'), 'version: 1\nentities:\n  - id: a\n    name: [Unclosed\n    type: person\n');
    write(path.join(folder, 'a.txt'), ARTICLE);
    write(path.join(folder, 'b.txt'), 'no header\n');
    const { status, stdout, stderr } = run(['check', folder]);
    assert.equal(status, 1);
    assert.equal(stderr, '');
    const lines = stdout.trim().split('\n');
    const kbLines = lines.filter((l) => l.startsWith(path.join(folder, 'entities.yaml')));
    assert.equal(kbLines.length, 1, 'reported once');
    assert.match(kbLines[0], /^.*entities\.yaml:\d+:\d+: error kb-syntax-error Not valid YAML: /);
    const line = Number(kbLines[0].slice(path.join(folder, 'entities.yaml').length + 1).split(':')[0]);
    assert.ok(line >= 4 && line <= 5, `the error is reported at the unclosed flow sequence (line 4-5), not line ${line}`);
    assert.match(stdout, /b\.txt:1:1: error missing-date-header/);
    assert.match(lines.at(-1)!, /^2 files checked: 1 error, \d+ warnings?(, \d+ notes?)?\. 1 knowledge base file: 1 error, 0 warnings\.$/);
  });

  test('entry problems are reported at their lines, once per file however many articles use it; errors exit 1; the entry has at least the fields path, kind, problems', () => {
    const folder = at('bad-entries');
    write(
      path.join(folder, 'entities.yaml'),
      [
        'version: 1',
        'entities:',
        '  - id: rajnath-singh', // 3
        '    name: Rajnath Singh',
        '    type: person',
        '    colour: blue', // 6: unknown key (warning)
        '  - id: moon', // 7
        '    name: The Moon Base',
        '    type: planet', // 9: unknown type
        '    roles:',
        '      - title: Commander',
        '        from: 2024-13-01', // 12: invalid date
        '',
      ].join('\n'),
    );
    for (const sub of ['one', 'two', 'three']) write(path.join(folder, sub, 'a.txt'), ARTICLE);
    const { status, stdout } = run(['check', '--format', 'json', folder]);
    assert.equal(status, 1);
    const files = parseReport(stdout);
    assert.equal(articles(files).length, 3);
    const kb = brokenKnowledgeBases(files);
    assert.equal(kb.length, 1);
    assert.equal(files.files[0], kb[0], 'knowledge base problems come first');
    assertHasKeys(kb[0], ['path', 'kind', 'problems'], 'the knowledge base file');
    assert.deepEqual(inForce(files), [kb[0].path]);
    assert.deepEqual(
      kb[0].problems.map((p) => [p.code, p.severity, p.range.start.line + 1]),
      [
        ['kb-unknown-key', 'warning', 6],
        ['kb-unknown-type', 'error', 9],
        ['kb-invalid-date', 'error', 12],
      ],
    );
    // The entries that could be read still apply.
    assert.ok(articles(files)[0].entities!.some((e) => e.id === 'rajnath-singh'));
  });

  test('warnings alone in a knowledge base file exit 0', () => {
    const folder = at('kb-warning');
    write(path.join(folder, 'entities.yaml'), 'version: 1\nflavour: mild\nentities: []\n');
    write(path.join(folder, 'a.txt'), ' date 2024-11-22 x\n');
    const { status, stdout } = run(['check', folder]);
    assert.equal(status, 0);
    assert.match(stdout, /entities\.yaml:2:1: warning kb-unknown-key /);
    assert.match(stdout, /^1 file checked: 0 errors, 0 warnings\. 1 knowledge base file: 0 errors, 1 warning\.$/m);
  });

  test('a clash between the nearest file and a --kb file is reported once, in the file where it is written second', () => {
    const folder = at('clash');
    write(path.join(folder, 'entities.yaml'), DEFENCE_KB);
    const extra = write(
      at('clash-extra.yaml'),
      'version: 1\nentities:\n  - id: asean\n    name: ASEAN Secretariat\n    type: organisation\n',
    );
    for (const sub of ['x', 'y']) write(path.join(folder, sub, 'a.txt'), ARTICLE);
    const { status, stdout } = run(['check', '--kb', extra, folder]);
    assert.equal(status, 1);
    const kbLines = stdout.split('\n').filter((l) => / (error|warning) kb-/.test(l));
    assert.equal(kbLines.length, 1);
    assert.match(kbLines[0], new RegExp(`^${extra.replace(/[.\\\\]/g, '\\$&')}:3:9: error kb-duplicate-id Id "asean" is already used`));
  });
});
