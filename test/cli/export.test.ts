// `seed-annotator export`, run as a user runs it (`node dist/cli.js export …`; dist/ must be built): the
// brat folder read back as brat reads it, the JSON Lines validated against their schema, the CSV.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020';
import type { JsonArticleLine } from '../../src/cli/report';
import { assertAnnMatchesText, parseAnn } from '../support/bratAnn';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const SEEDS = path.join(ROOT, 'seeds');
const ARTICLES = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));

function run(args: string[], cwd = ROOT) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let work: string;
before(() => {
  work = mkdtempSync(path.join(tmpdir(), 'seed-export-'));
});
after(() => rmSync(work, { recursive: true, force: true }));

/** annotation.conf's sections: the lines of each, comments and blank lines left out. */
function confSections(conf: string): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let current = '';
  for (const line of conf.split('\n')) {
    if (/^\[.*\]$/.test(line)) sections.set((current = line), []);
    else if (line.trim() && !line.startsWith('#')) sections.get(current)!.push(line);
  }
  return sections;
}

/** Every annotation of a folder's .ann files is declared by its annotation.conf, as brat checks on opening them. */
function assertConfDeclares(dir: string, anns: ReturnType<typeof parseAnn>[]) {
  const sections = confSections(readFileSync(path.join(dir, 'annotation.conf'), 'utf8'));
  const entities = new Set(sections.get('[entities]'));
  const events = new Map(
    sections.get('[events]')!.map((line) => {
      const [type, args] = line.split('\t');
      const roles = new Map(args.split(', ').map((a) => a.split(':') as [string, string]));
      return [type, roles] as const;
    }),
  );
  const attributes = new Map(
    sections.get('[attributes]')!.map((line) => {
      const [type, spec] = line.split('\t');
      const [, target, values] = /^Arg:(\S+), Value:(\S+)$/.exec(spec)!;
      return [type, { target, values: values.split('|') }] as const;
    }),
  );
  for (const ann of anns) {
    for (const [id, t] of ann.textBounds) assert.ok(entities.has(t.type) || events.has(t.type), `${id} ${t.type} is declared`);
    for (const [id, e] of ann.events) {
      assert.equal(ann.textBounds.get(e.trigger)!.type, e.type, `${id}: its trigger has its type`);
      const roles = events.get(e.type);
      assert.ok(roles, `${id} ${e.type} is declared`);
      for (const [role, arg] of e.args) {
        // brat numbers repeated roles (Participant2) and declares them once, with a repetition mark.
        const declared = [...roles].find(([r]) => r.replace(/[+*?]$|\{.*\}$/, '') === role.replace(/\d+$/, ''));
        assert.ok(declared, `${id}: role ${role}`);
        assert.ok(
          declared[1].split('|').includes(ann.textBounds.get(arg)!.type),
          `${id}: ${role} of type ${ann.textBounds.get(arg)!.type}`,
        );
      }
    }
    for (const a of ann.attributes) {
      const declared = attributes.get(a.type);
      assert.ok(declared, `${a.id} ${a.type} is declared`);
      assert.equal(declared.target, ann.events.get(a.target)?.type, `${a.id} is on a ${declared.target}`);
      assert.ok(declared.values.includes(a.value), `${a.id}: ${a.value}`);
    }
  }
}

describe('seed-annotator export --format brat', () => {
  test('writes each article as .txt and .ann, and the configuration: the folder opens in brat as it is', () => {
    const out = path.join(work, 'brat', 'nested');
    const { status, stdout, stderr } = run(['export', '--format', 'brat', '--out', out, 'seeds']);
    assert.equal(stderr, '');
    assert.equal(status, 0);
    assert.match(stdout, /^5 articles exported to .*nested \(brat/);
    assert.deepEqual(
      readdirSync(out).sort(),
      [...ARTICLES.flatMap((f) => [f.replace(/\.txt$/, '.ann'), f]), 'annotation.conf', 'tools.conf', 'visual.conf'].sort(),
    );
    const anns = ARTICLES.map((file) => {
      const text = readFileSync(path.join(out, file), 'utf8');
      assert.equal(text, readFileSync(path.join(SEEDS, file), 'utf8').replace(/^\uFEFF/, ''), `${file}: the text as analysed`);
      return assertAnnMatchesText(readFileSync(path.join(out, file.replace(/\.txt$/, '.ann')), 'utf8'), text, file);
    });
    assertConfDeclares(out, anns);
    // The Vientiane meeting: an event in both its reports, between Singh and Austin, normalised to the KB.
    for (const [i, ann] of anns.slice(0, 2).entries()) {
      const meeting = [...ann.events.values()].find((e) =>
        e.args.some(([, arg]) => ann.normalizations.some((n) => n.target === arg && n.ref === 'seedkb:lloyd-austin')),
      );
      assert.ok(meeting, ARTICLES[i]);
      const refs = meeting.args.map(([, arg]) => ann.normalizations.find((n) => n.target === arg)?.ref).sort();
      assert.deepEqual(refs, ['seedkb:lloyd-austin', 'seedkb:rajnath-singh'], ARTICLES[i]);
    }
  });

  test('emoji, CRLF and a BOM: offsets in code points of the text as written, CRLF kept, the BOM dropped', () => {
    const corpus = path.join(work, 'crlf-corpus');
    mkdirSync(path.join(corpus, '2024'), { recursive: true });
    const article = [
      ' date 2024-11-22 Vientiane 🇱🇦',
      '🤝 Defence Minister Rajnath Singh met with US Secretary of Defence Lloyd J Austin in Vientiane on Thursday.',
      '𝕏: Singh said the two discussed INDUS-X.',
      '',
    ].join('\r\n');
    writeFileSync(path.join(corpus, '2024', 'vientiane.txt'), `\uFEFF${article}`);
    writeFileSync(path.join(corpus, 'other.seed'), ' date 2024-11-23 Nothing\nNo names here.\n');
    const out = path.join(work, 'brat-crlf');
    const { status, stderr } = run(['export', '--format', 'brat', '--out', out, corpus]);
    assert.equal(stderr, '');
    assert.equal(status, 0);
    // The corpus's folders are kept below the folder given; `.seed` stays in the name, brat adds `.txt`.
    assert.deepEqual(readdirSync(out).sort(), ['2024', 'annotation.conf', 'other.seed.ann', 'other.seed.txt', 'tools.conf', 'visual.conf']);
    const text = readFileSync(path.join(out, '2024', 'vientiane.txt'), 'utf8');
    assert.equal(text, article);
    const ann = assertAnnMatchesText(readFileSync(path.join(out, '2024', 'vientiane.ann'), 'utf8'), text);
    const singh = [...ann.textBounds.values()].find((t) => t.text === 'Rajnath Singh')!;
    assert.equal(singh.fragments[0].start, Array.from(article.slice(0, article.indexOf('Rajnath Singh'))).length);
    assert.equal(ann.events.size, 1);
    assertConfDeclares(out, [ann, parseAnn(readFileSync(path.join(out, 'other.seed.ann'), 'utf8'))]);
  });

  test('never writes through a link: a symbolic link in the folder is replaced, the file it pointed to kept', () => {
    const out = path.join(work, 'brat-links');
    mkdirSync(out);
    const outside = path.join(work, 'outside.txt');
    writeFileSync(outside, 'keep me');
    symlinkSync(outside, path.join(out, '000_a99d1e6f017bd13f.ann'));
    symlinkSync(work, path.join(out, 'escape'));
    const { status } = run(['export', '--format', 'brat', '--out', out, 'seeds']);
    assert.equal(status, 0);
    assert.equal(readFileSync(outside, 'utf8'), 'keep me');
    assert.ok(lstatSync(path.join(out, '000_a99d1e6f017bd13f.ann')).isFile());
    // A subfolder that is a link out of --out is refused, nothing written through it.
    const linked = path.join(work, 'linked-corpus', 'escape');
    mkdirSync(linked, { recursive: true });
    writeFileSync(path.join(linked, 'a.txt'), ' date 2024-11-22 x\nText.\n');
    writeFileSync(path.join(work, 'linked-corpus', 'b.txt'), ' date 2024-11-22 x\nText.\n');
    const refused = run(['export', '--format', 'brat', '--out', out, path.join(work, 'linked-corpus')]);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /leads out of the output folder/);
    assert.ok(!existsSync(path.join(work, 'a.txt')));
  });

  test('refuses to replace the articles it exports (--out their own folder)', () => {
    const corpus = path.join(work, 'own');
    mkdirSync(corpus);
    const original = ' date 2024-11-22 x\r\nRajnath Singh met Lloyd Austin.\r\n';
    writeFileSync(path.join(corpus, 'a.txt'), `\uFEFF${original}`);
    const { status, stderr } = run(['export', '--format', 'brat', '--out', corpus, corpus]);
    assert.equal(status, 2);
    assert.match(stderr, /a\.txt is an article being exported: choose another --out folder/);
    assert.equal(readFileSync(path.join(corpus, 'a.txt'), 'utf8'), `\uFEFF${original}`);
    assert.deepEqual(readdirSync(corpus), ['a.txt']);
  });
});

describe('seed-annotator export --format jsonl', () => {
  test('one line per article, each valid against schemas/article.schema.json and equal to check --format json', () => {
    const out = path.join(work, 'jsonl');
    const { status, stdout, stderr } = run(['export', '--format', 'jsonl', '--out', out, 'seeds']);
    assert.equal(stderr, '');
    assert.equal(status, 0);
    assert.match(stdout, /^5 articles exported to .*articles\.jsonl\.\n$/);
    assert.deepEqual(readdirSync(out), ['articles.jsonl']);
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/article.schema.json'), 'utf8'));
    const validate = new Ajv2020({ strict: true, allowUnionTypes: true }).compile<JsonArticleLine>(schema);
    const content = readFileSync(path.join(out, 'articles.jsonl'), 'utf8');
    assert.ok(content.endsWith('\n'));
    const lines = content.slice(0, -1).split('\n');
    assert.equal(lines.length, ARTICLES.length);
    const check = JSON.parse(run(['check', '--format', 'json', 'seeds']).stdout) as {
      files: {
        path: string;
        header: { date: string } | null;
        referenceDate: unknown;
        entities: unknown;
        dates: unknown;
        meetings: unknown[];
      }[];
    };
    for (const [i, line] of lines.entries()) {
      const article = JSON.parse(line);
      assert.ok(validate(article), `${article.path}: ${JSON.stringify(validate.errors)}`);
      const file = check.files[i];
      assert.deepEqual(article, {
        path: file.path,
        headerDate: file.header?.date ?? null,
        referenceDate: file.referenceDate,
        entities: file.entities,
        dates: file.dates,
        meetings: file.meetings,
      });
      for (const m of article.meetings) assert.equal(m.participantIds.length, m.participants.length);
    }
    // The schema says something: an article without its meetings, or with a bad kind, is refused.
    const first = JSON.parse(lines[0]);
    assert.equal(validate({ ...first, meetings: undefined }), false);
    assert.equal(validate({ ...first, entities: [{ ...first.entities[0], kind: 'guessed' }] }), false);
  });
});

describe('seed-annotator export --format csv', () => {
  test('meetings.csv is the meetings command csv: a header, the Vientiane meeting once with its two reports', () => {
    const out = path.join(work, 'csv');
    const { status, stdout, stderr } = run(['export', '--format', 'csv', '--out', out, 'seeds']);
    assert.equal(stderr, '');
    assert.equal(status, 0);
    assert.match(stdout, /^4 meetings from 5 articles exported to .*meetings\.csv\.\n$/);
    const csv = readFileSync(path.join(out, 'meetings.csv'), 'utf8');
    assert.equal(csv, run(['meetings', '--format', 'csv', 'seeds']).stdout);
    const [header, ...rows] = csv.trimEnd().split('\n');
    assert.equal(header, 'id,date,participants,kind,status,host,place,occasion,topics,background,announces,reports');
    const vientiane = rows.filter((r) => r.includes('"Vientiane, Laos"'));
    assert.equal(vientiane.length, 1);
    assert.match(vientiane[0], /^2024-11-18-lloyd-austin\+rajnath-singh,2024-11-21,/);
    assert.match(vientiane[0], /,seeds\/000_a99d1e6f017bd13f\.txt:5; seeds\/001_147d61cd0fcbe092\.txt:1$/);
  });
});

describe('seed-annotator export: bad usage exits 2', () => {
  for (const [what, args, message] of [
    ['no --out', ['export', '--format', 'jsonl', 'seeds'], /export needs --out DIR/],
    ['no --format', ['export', '--out', 'x', 'seeds'], /export needs --format brat, jsonl or csv/],
    ['a format of check', ['export', '--format', 'json', '--out', 'x', 'seeds'], /--format must be "brat", "jsonl" or "csv", not "json"/],
    ['--out for check', ['check', '--out', 'x', 'seeds'], /--out is for export/],
    ['no PATH', ['export', '--format', 'csv', '--out', 'x'], /no PATH given/],
  ] as const) {
    test(what, () => {
      const { status, stdout, stderr } = run([...args]);
      assert.equal(status, 2);
      assert.equal(stdout, '');
      assert.match(stderr, message);
    });
  }

  test('an unreadable path: said, the readable articles still exported, exit 2', () => {
    const out = path.join(work, 'partial');
    const { status, stderr } = run(['export', '--format', 'jsonl', '--out', out, 'seeds/missing.txt', 'seeds/001_147d61cd0fcbe092.txt']);
    assert.equal(status, 2);
    assert.match(stderr, /seeds\/missing\.txt: no such file or folder/);
    assert.equal(readFileSync(path.join(out, 'articles.jsonl'), 'utf8').split('\n').length, 2);
  });

  test('--out naming a file: said, exit 2', () => {
    const file = path.join(work, 'a-file');
    writeFileSync(file, 'x');
    const { status, stderr } = run(['export', '--format', 'csv', '--out', file, 'seeds']);
    assert.equal(status, 2);
    assert.match(stderr, /--out .*a-file: not a folder/);
    assert.equal(readFileSync(file, 'utf8'), 'x');
  });

  test('--help shows the export command', () => {
    assert.match(run(['--help']).stdout, /seed-annotator export --format brat\|jsonl\|csv --out DIR/);
  });
});
