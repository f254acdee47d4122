// The CLI on corpora too big for one thread or one run: worker threads (--jobs), the analysis cache
// (--cache), JSON Lines (--format jsonl), the progress line, and meetings merged from JSONL reports.
// Run as CI runs it: `node dist/cli.js …` (dist/ must be built).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const SAMPLES = readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt'));

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `count` copies of the samples (more than the CLI analyses inline), with seeds/entities.yaml beside them. */
function makeCorpus(count: number): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'seed-scale-'));
  cpSync(path.join(ROOT, 'seeds', 'entities.yaml'), path.join(folder, 'entities.yaml'));
  for (let i = 0; i < count; i++) {
    const sample = SAMPLES[i % SAMPLES.length];
    const text = readFileSync(path.join(ROOT, 'seeds', sample), 'utf8');
    writeFileSync(path.join(folder, `${String(i).padStart(4, '0')}_${sample}`), text);
  }
  return folder;
}

describe('seed-annotator check on a corpus of 300 articles', () => {
  let corpus: string;
  let inline: ReturnType<typeof run>;
  before(() => {
    corpus = makeCorpus(300);
    inline = run(['check', '--format', 'json', '--jobs', '1', '.'], corpus);
  });
  after(() => rmSync(corpus, { recursive: true, force: true }));

  test('on two worker threads, reports exactly what one thread reports, in the same order', () => {
    assert.equal(inline.status, 1);
    assert.equal(JSON.parse(inline.stdout).files.length, 300);
    const threads = run(['check', '--format', 'json', '--jobs', '2', '.'], corpus);
    assert.equal(threads.status, 1);
    assert.equal(threads.stderr, '');
    assert.equal(threads.stdout, inline.stdout);
  });

  test('a slow reader of the report holds the CLI up without a warning: one listener per wait, removed after it', async () => {
    // The reader pauses after every chunk, so the CLI waits for 'drain' many times (more than the 10
    // listeners after which Node warns of a leak).
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [CLI, 'check', '--format', 'jsonl', '--jobs', '2', '.'], { cwd: corpus });
    let stderr = '';
    let bytes = 0;
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 20);
    });
    const status = await new Promise((resolve) => child.on('close', resolve));
    assert.equal(status, 1);
    assert.ok(bytes > 1_000_000, `${bytes} bytes of report`);
    assert.equal(stderr, '');
  });

  test('--format jsonl streams one JSON object per file: the entries of --format json, one per line', () => {
    const jsonl = run(['check', '--format', 'jsonl', '.'], corpus);
    assert.equal(jsonl.status, 1);
    const lines = jsonl.stdout.trimEnd().split('\n');
    assert.deepEqual(
      lines.map((line) => JSON.parse(line)),
      JSON.parse(inline.stdout).files,
    );
  });

  test('--cache: a second run reads every analysis from the cache and reports the same', () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'seed-cache-'));
    try {
      const first = run(['check', '--format', 'json', '--cache', cache, '.'], corpus);
      assert.equal(first.stdout, inline.stdout);
      const entries = readdirSync(path.join(cache, 'v1'), { recursive: true }).filter((f) => String(f).endsWith('.json'));
      // The copies of one sample share their text: one entry each.
      assert.equal(entries.length, SAMPLES.length);
      const second = run(['check', '--format', 'json', '--cache', cache, '.'], corpus);
      assert.equal(second.status, 1);
      assert.equal(second.stdout, inline.stdout);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });

  test('the text report (read without dates and meetings) lists every problem of the JSON report, in order', () => {
    const text = run(['check', '--jobs', '2', '.'], corpus);
    assert.equal(text.status, 1);
    const files: { path: string; problems: { severity: string; code: string; range: { start: { line: number; character: number } } }[] }[] =
      JSON.parse(inline.stdout).files;
    const expected = files.flatMap((f) =>
      f.problems.map((p) => `${f.path}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.severity} ${p.code}`),
    );
    const lines = text.stdout.split('\n').filter((line) => /^\S+:\d+:\d+: /.test(line));
    assert.deepEqual(
      lines.map((line) => line.replace(/^(\S+:\d+:\d+: \w+ [\w-]+) .*$/, '$1')),
      expected,
    );
  });

  test('--cache: a text report first stores whole analyses, so a JSON report from the cache has dates and meetings', () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'seed-cache-'));
    try {
      run(['check', '--cache', cache, '.'], corpus);
      const fromCache = run(['check', '--format', 'json', '--cache', cache, '.'], corpus);
      assert.equal(fromCache.stdout, inline.stdout);
      assert.ok(JSON.parse(fromCache.stdout).files.some((f: { meetings: unknown[] }) => f.meetings.length > 0));
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });

  test('--progress writes a progress line to the standard error, never to the report', () => {
    const quiet = run(['check', '--no-progress', '.'], corpus);
    const shown = run(['check', '--progress', '.'], corpus);
    assert.equal(shown.stdout, quiet.stdout);
    assert.equal(quiet.stderr, '');
    assert.match(shown.stderr, /^\d+\/300 articles/);
    assert.ok(shown.stderr.endsWith('\r\u001b[K'), 'the line is cleared at the end');
  });
});

describe('seed-annotator check --cache', () => {
  let corpus: string;
  let cache: string;
  before(() => {
    corpus = makeCorpus(5);
    cache = mkdtempSync(path.join(tmpdir(), 'seed-cache-'));
  });
  after(() => {
    rmSync(corpus, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  });

  const check = () => run(['check', '--cache', cache, '.'], corpus);

  test('an article edited since is analysed again', () => {
    check();
    const file = readdirSync(corpus).find((f) => f.includes('000_'))!;
    const text = readFileSync(path.join(corpus, file), 'utf8');
    writeFileSync(path.join(corpus, file), text.replace('Llyod Austin', 'Lloyd Austin'));
    const after = check();
    assert.doesNotMatch(after.stdout, new RegExp(`${file}.*Llyod`));
  });

  test('a knowledge base edited since makes every cached analysis stale', () => {
    const before = check();
    assert.match(before.stdout, /"Rajanth Singh" looks like a misspelling/);
    const kb = path.join(corpus, 'entities.yaml');
    writeFileSync(kb, readFileSync(kb, 'utf8').replace('      - "@rajnathsingh"', '      - "@rajnathsingh"\n      - Rajanth Singh'));
    const after = check();
    assert.doesNotMatch(after.stdout, /Rajanth Singh/);
  });

  test('a damaged cache entry is analysed again and rewritten, never reported as an error', () => {
    const clean = check();
    for (const entry of readdirSync(path.join(cache, 'v1'), { recursive: true })) {
      const file = path.join(cache, 'v1', String(entry));
      if (file.endsWith('.json')) writeFileSync(file, readFileSync(file, 'utf8').slice(0, 100));
    }
    const damaged = check();
    assert.equal(damaged.stderr, '');
    assert.equal(damaged.stdout, clean.stdout);
  });

  test('the compiled knowledge base is cached too: the same problems from it, and a damaged entry is compiled again', () => {
    const kb = path.join(corpus, 'entities.yaml');
    const text = readFileSync(kb, 'utf8');
    writeFileSync(kb, `${text}  - id: rajnath-singh\n    name: Rajnath Singh Again\n    type: person\n`);
    try {
      const first = check();
      assert.match(first.stdout, /kb-duplicate-id/);
      const kept = readdirSync(path.join(cache, 'v1', 'knowledge-bases'));
      assert.ok(kept.length > 0, 'a compiled KB was kept');
      assert.deepEqual(check(), first);
      for (const entry of kept) writeFileSync(path.join(cache, 'v1', 'knowledge-bases', entry), 'damaged');
      assert.deepEqual(check(), first);
    } finally {
      writeFileSync(kb, text);
    }
  });

  test('a cache folder that cannot be made is said once, and only costs speed', () => {
    const file = path.join(corpus, 'not-a-folder');
    writeFileSync(file, '');
    const result = run(['check', '--cache', file, '.'], corpus);
    assert.match(result.stderr, /^seed-annotator: warning: --cache .*not-a-folder: not a folder; analyses are not cached\n$/);
    assert.equal(result.stdout, run(['check', '.'], corpus).stdout);
  });
});

describe('seed-annotator --jobs', () => {
  test('must be a whole number of threads', () => {
    const result = run(['check', '--jobs', '0', 'seeds'], ROOT);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--jobs takes a whole number of threads/);
  });
});

describe('seed-annotator meetings --from-jsonl', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'seed-shards-'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  test('merges the meetings of reports of shards checked apart, as if the corpus was checked at once', () => {
    const seeds = SAMPLES.map((f) => `seeds/${f}`);
    const shards = [seeds.slice(0, 2), seeds.slice(2)];
    const reports = shards.map((files, i) => {
      const report = path.join(folder, `shard-${i}.jsonl`);
      writeFileSync(report, run(['check', '--format', 'jsonl', ...files], ROOT).stdout);
      return report;
    });
    for (const format of ['text', 'json', 'csv']) {
      const merged = run(['meetings', '--from-jsonl', '--format', format, ...reports], ROOT);
      assert.equal(merged.status, 0, merged.stderr);
      assert.equal(merged.stdout, run(['meetings', '--format', format, ...seeds], ROOT).stdout);
    }
  });

  test('a line that is not from check --format jsonl is named, and the exit status says so', () => {
    const report = path.join(folder, 'broken.jsonl');
    writeFileSync(report, '{"path":"a.txt","kind":"article","meetings":[]}\nnot json\n');
    const result = run(['meetings', '--from-jsonl', report], ROOT);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /broken\.jsonl:2: not a line of "check --format jsonl"/);
  });
});
