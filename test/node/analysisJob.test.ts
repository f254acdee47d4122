// An analysis job that reads its file (src/node/analysisJob.ts), as the server's index sends them: the
// stamp and content hash the index snapshot keeps, and no analysis when the text is the one already held.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { runAnalysisJob } from '../../src/node/analysisJob';
import { contentHash, stampOf, UNVOUCHED } from '../../src/node/fileStamp';

describe('an analysis job that reads its file', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'seed-job-'));
  after(() => rmSync(folder, { recursive: true, force: true }));
  const text = ' date 2024-11-22 x\nThe ministers met in Delhi.\n';
  const job = (file: string, more: object = {}) => ({ file, knowledgeBase: null, maxLength: 1e6, now: 0, noCache: true, ...more });

  test('with wantStamp, sends back the file stamp and the text hash; a file changed just before cannot vouch for it', () => {
    const fresh = path.join(folder, 'fresh.txt');
    writeFileSync(fresh, text);
    const justWritten = runAnalysisJob(job(fresh, { wantStamp: true }), undefined, undefined);
    assert.ok('json' in justWritten);
    assert.equal(justWritten.hash, contentHash(text));
    assert.deepEqual(justWritten.stamp, UNVOUCHED, 'changed within two seconds: a stamp that matches no file');

    const old = path.join(folder, 'old.txt');
    writeFileSync(old, text);
    const past = new Date(Date.now() - 60_000);
    utimesSync(old, past, past);
    // The change time moved with utimes: read it two seconds later, as a restart would.
    const later = Date.now() + 2500;
    const realNow = Date.now;
    Date.now = () => later;
    try {
      const read = runAnalysisJob(job(old, { wantStamp: true }), undefined, undefined);
      assert.ok('json' in read);
      assert.deepEqual(read.stamp, stampOf(statSync(old)));
    } finally {
      Date.now = realNow;
    }
  });

  test('with unlessHash, a file whose text hashes the same is not analysed; another text is', () => {
    const file = path.join(folder, 'article.txt');
    writeFileSync(file, text);
    const same = runAnalysisJob(job(file, { unlessHash: contentHash(text), wantStamp: true }), undefined, undefined);
    assert.ok('same' in same, 'the same text: not analysed');
    assert.equal(same.hash, contentHash(text));
    const other = runAnalysisJob(job(file, { unlessHash: contentHash(`${text}!`) }), undefined, undefined);
    assert.ok('json' in other && other.json !== undefined, 'another text: analysed');
  });
});
