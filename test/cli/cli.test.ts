// The command line, run as CI runs it: `node dist/cli.js check …` (dist/ must be built).

import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { codesOf } from '../../src/core';
import { assertHasFields } from '../support/assertKeys';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');

function run(args: string[], cwd = ROOT) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonReport {
  files: {
    path: string;
    header: { date: string; range: unknown } | null;
    problems: { code: string; severity: string; message: string; range: unknown }[];
  }[];
}

/** The codes about the date header: seeds/ also has entity problems, checked against seeds/entities.yaml. */
const HEADER_CODES = new Set<string>(codesOf('header'));
const ENTITY_CODES = new Set<string>(codesOf('entities'));
const codeOf = (line: string) => line.split(' ')[2];

describe('seed-annotator check on the bundled seeds/', () => {
  test('exits 1 and reports only the sample without a header, as file:line:col: severity code message', () => {
    const { status, stdout, stderr } = run(['check', 'seeds']);
    assert.equal(status, 1);
    assert.equal(stderr, '');
    const lines = stdout.trim().split('\n');
    const summary = lines.pop()!;
    const headerLines = lines.filter((l) => HEADER_CODES.has(codeOf(l)));
    assert.equal(headerLines.length, 1);
    assert.match(headerLines[0], /^seeds\/003_c5481a9a9945fb77\.txt:1:1: error missing-date-header .*2025-02-07/);
    // Every other line is about a name (seeds/entities.yaml itself has no problems).
    for (const line of lines) if (line !== headerLines[0]) assert.ok(ENTITY_CODES.has(codeOf(line)), line);
    const count = (severity: string) => lines.filter((l) => l.split(' ')[1] === severity).length;
    const notes = count('hint') + count('information');
    const warnings = count('warning');
    assert.equal(
      summary,
      `5 files checked: 1 error, ${warnings} warning${warnings === 1 ? '' : 's'}${notes ? `, ${notes} note${notes === 1 ? '' : 's'}` : ''}.`,
    );
  });

  test('the $seed-annotator problem matcher in package.json reads every problem line back', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const { pattern } = manifest.contributes.problemMatchers.find((m: { name: string }) => m.name === 'seed-annotator');
    const { stdout } = run(['check', 'seeds']);
    const lines = stdout.trim().split('\n');
    const summary = lines.pop()!;
    const problem = lines.find((l) => l.includes(' missing-date-header '))!;
    const m = new RegExp(pattern.regexp).exec(problem)!;
    assert.ok(m, problem);
    assert.deepEqual(
      [m[pattern.file], m[pattern.line], m[pattern.column], m[pattern.severity], m[pattern.code]],
      ['seeds/003_c5481a9a9945fb77.txt', '1', '1', 'error', 'missing-date-header'],
    );
    assert.match(m[pattern.message], /^The first line is not a date header/);
    for (const line of lines) assert.ok(new RegExp(pattern.regexp).test(line), line);
    assert.equal(new RegExp(pattern.regexp).test(summary), false, 'the summary line is not a problem');
  });

  test("prints one JSON object with each file's header date and problems in LSP ranges", () => {
    const { status, stdout } = run(['check', '--format', 'json', 'seeds']);
    assert.equal(status, 1);
    const report = JSON.parse(stdout) as JsonReport;
    assert.deepEqual(
      report.files.map((f) => [
        path.basename(f.path),
        f.header?.date ?? null,
        f.problems.map((p) => p.code).filter((c) => HEADER_CODES.has(c)),
      ]),
      [
        ['000_a99d1e6f017bd13f.txt', '2024-11-22', []],
        ['001_147d61cd0fcbe092.txt', '2024-11-22', []],
        ['002_1fd20a4d4452eadb.txt', '2023-11-11', []],
        ['003_c5481a9a9945fb77.txt', null, ['missing-date-header']],
        ['004_0ca675f7fd96116d.txt', '2023-06-05', []],
      ],
    );
    assert.deepEqual(report.files[0].header!.range, { start: { line: 0, character: 6 }, end: { line: 0, character: 16 } });
    const problem = report.files[3].problems.find((p) => p.code === 'missing-date-header')!;
    assert.equal(problem.severity, 'error');
    assert.deepEqual(problem.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 15 } });
  });

  test('accepts --format=json and single files', () => {
    const { status, stdout } = run(['check', '--format=json', 'seeds/001_147d61cd0fcbe092.txt']);
    assert.equal(status, 0);
    assert.equal((JSON.parse(stdout) as JsonReport).files.length, 1);
  });
});

describe('seed-annotator check on a corpus', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'seed-cli-'));
    mkdirSync(path.join(dir, '2024', 'drafts'), { recursive: true });
    writeFileSync(path.join(dir, '2024', 'bom-crlf.txt'), '\uFEFF date 2024-11-22 Left Menu\r\n\r\nBody “quoted”.\r\n');
    writeFileSync(path.join(dir, '2024', 'noncanonical.seed'), 'date 2024-11-22 Left Menu\n');
    writeFileSync(path.join(dir, '2024', 'drafts', 'draft.txt'), 'no header\n');
    writeFileSync(path.join(dir, 'README.md'), 'not checked\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('walks folders recursively, takes BOM and CRLF headers as valid, and exits 0 for warnings alone', () => {
    const { status, stdout } = run(['check', '--format', 'json', '--exclude', '**/drafts/**', dir]);
    assert.equal(status, 0);
    const report = JSON.parse(stdout) as JsonReport;
    assert.deepEqual(
      report.files.map((f) => [path.relative(dir, f.path), f.header?.date, f.problems.map((p) => `${p.severity} ${p.code}`)]),
      [
        [path.join('2024', 'bom-crlf.txt'), '2024-11-22', []],
        [path.join('2024', 'noncanonical.seed'), '2024-11-22', ['warning noncanonical-date-header']],
      ],
    );
    // Positions are the editor's: the BOM, which editors hide, is not counted.
    assert.deepEqual(report.files[0].header!.range, { start: { line: 0, character: 6 }, end: { line: 0, character: 16 } });
  });

  test('a reader that stops early (| head) ends the output quietly, without a stack trace', async () => {
    const many = mkdtempSync(path.join(tmpdir(), 'seed-cli-many-'));
    try {
      for (let i = 0; i < 3000; i++) writeFileSync(path.join(many, `${i}.txt`), 'no header\n');
      const child = spawn(process.execPath, [CLI, 'check', many], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.stdout.once('data', () => child.stdout.destroy());
      const status = await new Promise((resolve) => child.on('close', resolve));
      assert.equal(stderr, '');
      assert.equal(status, 1);
    } finally {
      rmSync(many, { recursive: true, force: true });
    }
  });

  test('--include narrows the files checked', () => {
    const { status, stdout } = run(['check', '--include', '**/drafts/*.txt', dir]);
    assert.equal(status, 1);
    assert.match(stdout, /draft\.txt:1:1: error missing-date-header/);
    assert.match(stdout, /^1 file checked: 1 error, 0 warnings\.$/m);
  });

  test('a file that cannot be read is a one-line message and exit 2, and the rest is still checked', () => {
    const broken = mkdtempSync(path.join(tmpdir(), 'seed-cli-broken-'));
    try {
      symlinkSync(path.join(broken, 'gone.txt'), path.join(broken, 'dangling.txt'));
      writeFileSync(path.join(broken, 'fine.txt'), ' date 2024-11-22 x\n');
      const { status, stdout, stderr } = run(['check', broken]);
      assert.equal(status, 2);
      assert.match(stderr, /dangling\.txt: no such file or folder/);
      assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
      assert.match(stdout, /^1 file checked: 0 errors, 0 warnings\.$/m);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});

describe('seed-annotator usage errors', () => {
  const cases: [string, string[], RegExp][] = [
    ['a missing path', ['check', 'no/such/folder'], /no\/such\/folder: no such file or folder/],
    ['no command', [], /missing command/],
    ['an unknown command', ['lint', 'seeds'], /unknown command "lint"/],
    ['an unknown format', ['check', '--format', 'xml', 'seeds'], /--format must be "text", "json" or "jsonl"/],
    ['an unknown option', ['check', '--fast', 'seeds'], /unknown option "--fast"/],
    ['no path', ['check'], /no PATH given/],
  ];
  for (const [what, args, message] of cases) {
    test(`exits 2 with a one-line reason for ${what}`, () => {
      const { status, stderr } = run(args);
      assert.equal(status, 2);
      assert.match(stderr.split('\n')[0], message);
      assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
    });
  }

  test('--help prints the usage and exits 0', () => {
    const { status, stdout } = run(['--help']);
    assert.equal(status, 0);
    assert.match(stdout, /Usage: seed-annotator check \[--format text\|json\|jsonl\]/);
  });
});

describe('dates in the JSON report', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'seed-dates-'));
    writeFileSync(
      path.join(folder, 'a.txt'),
      ' date 2024-11-22 x\nThe ministers met on Thursday in Vientiane; the roadmap covers 2025-2035. Austin in Delhi on Monday.\n',
    );
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  test('each article lists its dates with text, value, precision, relative and range; spans add end; open ones list candidates', () => {
    const { status, stdout } = run(['check', '--format', 'json', folder]);
    assert.equal(status, 0);
    const [file] = JSON.parse(stdout).files;
    assert.equal(file.referenceDate, '2024-11-22');
    const [thursday, decade, monday] = file.dates;
    assertHasFields(thursday, {
      text: 'Thursday',
      value: '2024-11-21',
      precision: 'day',
      relative: true,
      range: { start: { line: 1, character: 21 }, end: { line: 1, character: 29 } },
    });
    assertHasFields(decade, { text: '2025-2035', value: '2025', end: '2035', precision: 'year', relative: false });
    assertHasFields(monday, {
      text: 'Monday',
      value: null,
      precision: null,
      candidates: [
        { value: '2024-11-18', precision: 'day' },
        { value: '2024-11-25', precision: 'day' },
      ],
    });
  });
});

describe('meetings', () => {
  test("check --format json lists each article's meetings; the two reports of the Vientiane meeting share its id", () => {
    const { status, stdout } = run(['check', '--format', 'json', 'seeds']);
    assert.equal(status, 1);
    const files = JSON.parse(stdout).files.filter((f: { kind: string }) => f.kind === 'article');
    const meetingsOf = (name: string) => files.find((f: { path: string }) => f.path.endsWith(name)).meetings;
    const [vientiane] = meetingsOf('001_147d61cd0fcbe092.txt');
    assertHasFields(vientiane, {
      participants: ['Rajnath Singh', 'Lloyd Austin'],
      participantIds: ['rajnath-singh', 'lloyd-austin'],
      kind: 'in-person',
      status: 'held',
      date: '2024-11-21',
      place: 'Vientiane, Laos',
      background: false,
    });
    for (const key of ['id', 'host', 'occasion', 'topics', 'range', 'evidence']) assert.ok(key in vientiane, key);
    assert.deepEqual(Object.keys(vientiane.evidence).sort().slice(0, 2), ['date', 'kind']);
    const [reportedIn000] = meetingsOf('000_a99d1e6f017bd13f.txt');
    assert.equal(reportedIn000.date, null, '000 does not say which day');
    assert.equal(reportedIn000.id, vientiane.id);
    assert.notEqual(meetingsOf('004_0ca675f7fd96116d.txt')[0].id, vientiane.id);
  });

  test('the meetings command: one row per real meeting, sorted by date, with every report', () => {
    const json = run(['meetings', '--format', 'json', 'seeds']);
    assert.equal(json.status, 0, json.stderr);
    const { meetings } = JSON.parse(json.stdout);
    assert.equal(meetings.length, 4);
    const vientiane = meetings.find((m: { date: string }) => m.date === '2024-11-21');
    assert.deepEqual(
      vientiane.reports.map((r: { path: string }) => path.basename(r.path)),
      ['000_a99d1e6f017bd13f.txt', '001_147d61cd0fcbe092.txt'],
    );
    const dates = meetings.map((m: { date: string | null }) => m.date).filter(Boolean);
    assert.deepEqual(dates, [...dates].sort());
    const csv = run(['meetings', '--format', 'csv', 'seeds']);
    const [header, ...rows] = csv.stdout.trim().split('\n');
    assert.equal(header, 'id,date,participants,kind,status,host,place,occasion,topics,background,announces,reports');
    assert.equal(rows.length, 4);
    assert.match(csv.stdout, /2024-11-21,Rajnath Singh; Lloyd Austin,in-person,held,,"Vientiane, Laos"/);
    const text = run(['meetings', 'seeds']);
    assert.match(text.stdout, /^2024-11-21 {2}Rajnath Singh – Lloyd Austin · Vientiane, Laos/m);
    assert.match(text.stdout, /4 meetings\.\n$/);
  });

  test('csv is only for the meetings command', () => {
    const { status, stderr } = run(['check', '--format', 'csv', 'seeds']);
    assert.equal(status, 2);
    assert.match(stderr, /--format must be "text", "json" or "jsonl", not "csv"/);
  });
});

describe('special and unusual files (they must never hang the CLI)', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'seed-hostile-'));
    mkdirSync(path.join(folder, 'corpus'));
    writeFileSync(path.join(folder, 'corpus', 'a.txt'), ' date 2024-11-22 x\nBody.\n');
    symlinkSync('/dev/zero', path.join(folder, 'corpus', 'b.txt'));
    spawnSync('mkfifo', [path.join(folder, 'entities.yaml')]);
    spawnSync('mkfifo', [path.join(folder, 'corpus', 'c.txt')]);
    // UTF-16 with a BOM, either byte order, as Windows tools save text (in a folder of their own: no FIFO KB there).
    mkdirSync(path.join(folder, 'windows'));
    const units = [...' date 2024-11-22 x\nBody.\n'].map((c) => c.charCodeAt(0));
    writeFileSync(path.join(folder, 'windows', 'utf16.txt'), new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 255, u >> 8])]));
    writeFileSync(path.join(folder, 'windows', 'utf16be.txt'), new Uint8Array([0xfe, 0xff, ...units.flatMap((u) => [u >> 8, u & 255])]));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));
  const runFor = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: folder, encoding: 'utf8', timeout: 20_000 });

  test('a link to /dev/zero and a FIFO in a checked folder, and a FIFO entities.yaml, are skipped with a reason', () => {
    const { status, stdout, stderr, signal } = runFor(['check', 'corpus']);
    assert.equal(signal, null, 'the CLI returned (before the fix it read /dev/zero forever)');
    assert.equal(status, 2);
    assert.match(stderr, /corpus\/b\.txt: not a regular file \(a device\)/);
    assert.match(stderr, /entities\.yaml: not a regular file \(a FIFO\)/);
    assert.match(stdout, /files? checked/);
  });

  test('/dev/zero as a PATH or a --kb is refused at once', () => {
    for (const args of [
      ['check', '/dev/zero'],
      ['check', '--kb', '/dev/zero', 'corpus/a.txt'],
    ]) {
      const { status, stderr, signal } = runFor(args);
      assert.equal(signal, null, args.join(' '));
      assert.equal(status, 2, args.join(' '));
      assert.match(stderr, /\/dev\/zero: not a regular file \(a device\)/);
    }
  });

  test('UTF-16 articles (with a BOM, either byte order) are read as text', () => {
    // Their own folder, under the FIFO entities.yaml: --kb an empty KB so the FIFO is not the nearest.
    writeFileSync(path.join(folder, 'windows', 'entities.yaml'), 'entities: []\n');
    for (const file of ['windows/utf16.txt', 'windows/utf16be.txt']) {
      const { status, stdout } = runFor(['check', '--format', 'json', '--no-bundled-kb', file]);
      assert.equal(status, 0, `${file}: ${stdout}`);
      assert.equal(JSON.parse(stdout).files[0].header.date, '2024-11-22', file);
    }
  });

  test('a PATH given twice is checked once', () => {
    const { stdout } = runFor(['check', '--format', 'json', 'corpus/a.txt', 'corpus/a.txt', './corpus/a.txt']);
    assert.equal(JSON.parse(stdout).files.filter((f: { kind: string }) => f.kind === 'article').length, 1);
  });
});

describe('--max-file-size', () => {
  test('an article larger than the limit gets one information note and is not analysed; the exit status is clean', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'seed-big-'));
    try {
      writeFileSync(path.join(folder, 'big.txt'), `no header\n${'x'.repeat(200_000)}\n`);
      const { status, stdout } = run(['check', '--max-file-size', '0.1', path.join(folder, 'big.txt')]);
      assert.equal(status, 0, 'a note, not an error: the missing header is not even looked for');
      assert.match(stdout, /information file-too-large This article is 0\.2 MB, more than the 0\.1 MB analysed/);
      const usage = run(['check', '--max-file-size', 'lots', folder]);
      assert.equal(usage.status, 2);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
