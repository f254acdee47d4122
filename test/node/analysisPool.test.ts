// The analysis pool's workers keep a few compiled knowledge bases and forget the oldest: the pool must
// keep count alike, so a job is always analysed with its own KB, sent again when the worker forgot it.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { type CheckArgs, parseArgs } from '../../src/cli/args';
import { runCheck } from '../../src/cli/check';
import { buildEntityIndex } from '../../src/core';
import { AnalysisPool, KNOWLEDGE_BASES_PER_WORKER } from '../../src/node/analysisPool';
import { type AnalysisOutcome, recordOf } from '../../src/node/analysisJob';
import { compileKnowledgeBaseTexts } from '../../src/node/knowledgeBaseFiles';

const ROOT = path.resolve(__dirname, '../..');
const crashing = () => path.join(ROOT, 'test', 'fixtures', 'crashingAnalysisWorker.js');

test('workers forget their oldest knowledge bases, and a job whose KB was forgotten gets it again', async () => {
  const names = ['Arjun Mehra', 'Beatrice Olawale', 'Chen Guangming', 'Dmitri Sokolov', 'Elena Vasquez', 'Farhan Qureshi'];
  const kbs = names.slice(0, KNOWLEDGE_BASES_PER_WORKER + 2).map((name, i) => {
    const text = `version: 1\nentities:\n  - id: minister-${i}\n    name: ${name}\n    type: person\n`;
    const compiled = compileKnowledgeBaseTexts([{ path: `/kb${i}/entities.yaml`, text }]);
    return { fingerprint: compiled.fingerprint, index: buildEntityIndex(compiled.knowledgeBase), id: `minister-${i}` };
  });
  const pool = new AnalysisPool({ jobs: 2, workerScript: path.join(ROOT, 'dist', 'analysisWorker.js') });
  try {
    // Round after round, each job after all the others' KBs were sent: every worker forgets and is sent again.
    for (let round = 0; round < 3; round++) {
      for (const kb of kbs) {
        const outcomes = await Promise.all(
          [0, 1].map(() =>
            pool.analyse(
              {
                text: ` date 2024-01-01 x\n${names.map((name) => `${name} spoke.`).join(' ')}\n`,
                knowledgeBase: kb.fingerprint,
                maxLength: 1e6,
                now: 0,
                noCache: true,
              },
              kb.index,
            ),
          ),
        );
        for (const outcome of outcomes) {
          const ids = recordOf(outcome).entities.flatMap((e) => (e.entityId ? [e.entityId] : []));
          assert.deepEqual(ids, [kb.id], `round ${round}: analysed with its own KB`);
        }
      }
    }
  } finally {
    await pool.close();
  }
});

describe('a worker thread that stops (out of memory, a crash)', () => {
  const kb = compileKnowledgeBaseTexts([
    { path: '/kb/entities.yaml', text: 'version: 1\nentities:\n  - id: arjun-mehra\n    name: Arjun Mehra\n    type: person\n' },
  ]);
  const index = buildEntityIndex(kb.knowledgeBase);
  const job = (text: string) => ({
    text: ` date 2024-01-01 x\n${text}\n`,
    knowledgeBase: kb.fingerprint,
    maxLength: 1e6,
    now: 0,
    noCache: true,
  });

  test('is replaced; the jobs it held are run again alone, and only the one that stops a worker again fails', async () => {
    const pool = new AnalysisPool({ jobs: 2, workerScript: crashing() });
    try {
      const texts = Array.from({ length: 60 }, (_, i) => (i === 17 ? 'CRASH-THE-WORKER' : `Arjun Mehra spoke ${i} times.`));
      const outcomes = await Promise.allSettled(texts.map((text) => pool.analyse(job(text), index)));
      outcomes.forEach((outcome, i) => {
        if (i === 17) {
          assert.equal(outcome.status, 'rejected');
          assert.match(String((outcome as PromiseRejectedResult).reason), /stopped its worker thread \(exit code 70\)/);
        } else {
          assert.equal(outcome.status, 'fulfilled', `job ${i}`);
          const record = recordOf((outcome as PromiseFulfilledResult<AnalysisOutcome>).value);
          assert.deepEqual(
            record.entities.map((e) => e.entityId),
            ['arjun-mehra'],
          );
        }
      });
      const after = await pool.analyse(job('Arjun Mehra again.'), index);
      assert.deepEqual(
        recordOf(after).entities.map((e) => e.entityId),
        ['arjun-mehra'],
        'the pool goes on',
      );
    } finally {
      await pool.close();
    }
  });

  test('that keeps stopping at start: the pool gives up with the reason instead of restarting it forever', async () => {
    process.env.SEED_TEST_CRASH_AT_START = '1';
    const pool = new AnalysisPool({ jobs: 2, workerScript: crashing() });
    try {
      await assert.rejects(pool.analyse(job('Arjun Mehra.'), index), /keep stopping \(exit code 70\)|stopped its worker thread/);
    } finally {
      delete process.env.SEED_TEST_CRASH_AT_START;
      await pool.close();
    }
  });
});

test('the CLI says which article stopped its worker thread, checks every other, and exits 2', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'seed-crash-'));
  process.env.SEED_TEST_WORKER = 'checkWorker.js';
  try {
    // Above the 200 articles the CLI analyses inline.
    for (let i = 0; i < 240; i++) {
      const body = i === 100 ? 'CRASH-THE-WORKER' : `Defence Minister Rajnath Singh spoke ${i} times.`;
      writeFileSync(path.join(dir, `${String(i).padStart(3, '0')}.txt`), ` date 2024-01-01 Wire\n${body}\n`);
    }
    const out: string[] = [];
    const err: string[] = [];
    const args = parseArgs(['check', '--format', 'json', '--jobs', '2', dir]) as CheckArgs;
    const status = await runCheck(args, { out: (t) => out.push(t), err: (t) => err.push(t) }, { workerScript: crashing() });
    assert.equal(status, 2);
    assert.match(err.join(''), /100\.txt: could not be analysed: the analysis stopped its worker thread \(exit code 70\)/);
    const report = JSON.parse(out.join('')) as { files: { path: string }[] };
    assert.equal(report.files.length, 239, 'every other article is in the report');
  } finally {
    delete process.env.SEED_TEST_WORKER;
    rmSync(dir, { recursive: true, force: true });
  }
});

test('idle workers are stopped, and the next job starts them again; asking the pool its size starts none', async () => {
  const kb = compileKnowledgeBaseTexts([
    { path: '/kb/entities.yaml', text: 'version: 1\nentities:\n  - id: arjun-mehra\n    name: Arjun Mehra\n    type: person\n' },
  ]);
  const index = buildEntityIndex(kb.knowledgeBase);
  const pool = new AnalysisPool({ jobs: 2, workerScript: path.join(ROOT, 'dist', 'analysisWorker.js'), idleMs: 100 });
  const job = { text: ' date 2024-01-01 x\nArjun Mehra spoke.\n', knowledgeBase: kb.fingerprint, maxLength: 1e6, now: 0, noCache: true };
  const mentioned = (outcome: AnalysisOutcome) => recordOf(outcome).entities.flatMap((e) => (e.entityId ? [e.entityId] : []));
  try {
    assert.equal(pool.size, 2);
    assert.equal(pool.threads, 0, 'its size is known before any worker starts');
    assert.deepEqual(mentioned(await pool.analyse(job, index)), ['arjun-mehra']);
    assert.equal(pool.threads, 2);
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.equal(pool.threads, 0, 'stopped after idling');
    assert.equal(pool.size, 2);
    // Started again, and sent the KB again (the new workers never had it).
    assert.deepEqual(mentioned(await pool.analyse(job, index)), ['arjun-mehra']);
    assert.equal(pool.threads, 2);
  } finally {
    await pool.close();
  }
});
