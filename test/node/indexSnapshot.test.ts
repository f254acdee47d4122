// The index snapshot (src/node/indexSnapshot.ts): the server's whole index in one file, each article's
// record taken back only while its file is exactly as it was read.

import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { contentHash, isRacy, RACY_MS, stampOf } from '../../src/node/fileStamp';
import type { RecordRest } from '../../src/node/indexRecord';
import { IndexSnapshot, type SnapshotArticle, type SnapshotIndexed } from '../../src/node/indexSnapshot';
import { PackedMentions } from '../../src/node/packedMentions';

const KB = 'kb-fingerprint';
const MAX = 5e6;
const rest = (date: string): RecordRest => ({
  header: { date, range: { start: { line: 0, character: 6 }, end: { line: 0, character: 16 } } },
  referenceDate: date,
  problems: [],
  meetings: [],
});
const indexed: SnapshotIndexed = {
  mentions: PackedMentions.of({ ids: ['india'], ranges: [[1, 0, 1, 5, 3, 2, 3, 7]] }),
  meetingIds: ['m1'],
};

describe('the index snapshot', () => {
  let folder: string;
  let cache: string;
  let files: string[];
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'seed-snapshot-ws-'));
    cache = mkdtempSync(path.join(tmpdir(), 'seed-snapshot-cache-'));
    files = ['a.txt', 'b.txt', 'c.txt'].map((name, i) => {
      const file = path.join(folder, name);
      writeFileSync(file, ` date 2024-11-2${i} article ${i}\n`);
      return file;
    });
  });
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  });

  const article = (file: string, i: number, knowledgeBase = KB): SnapshotArticle => ({
    file,
    stamp: stampOf(statSync(file)),
    hash: contentHash(readFileSync(file, 'utf8')),
    knowledgeBase,
    maxLength: MAX,
    indexed,
    rest: rest(`2024-11-2${i}`),
  });
  async function saved(articles: SnapshotArticle[]): Promise<void> {
    const snapshot = await IndexSnapshot.open(cache, [folder]);
    assert.equal(await snapshot.save(articles), true);
  }
  async function reopened(): Promise<IndexSnapshot> {
    return IndexSnapshot.open(cache, [folder]);
  }
  const snapshotFile = () => {
    const dir = path.join(cache, 'v1', 'index');
    return path.join(dir, readdirSync(dir).find((f) => f.endsWith('.jsonl'))!);
  };
  const dataFiles = () => readdirSync(path.join(cache, 'v1', 'index')).filter((f) => f.endsWith('.data'));

  test('gives back each article saved, once, while its KB and size limit are as they were', async () => {
    await saved(files.map((f, i) => article(f, i)));
    const snapshot = await reopened();
    const taken = snapshot.take(files[1], KB, MAX);
    assert.ok(taken);
    assert.equal(taken.current, true, 'its file is as it was');
    assert.equal(taken.hash, contentHash(readFileSync(files[1], 'utf8')));
    assert.deepEqual(taken.indexed.meetingIds, ['m1']);
    assert.deepEqual(taken.indexed.mentions.ids, ['india']);
    assert.deepEqual(taken.indexed.mentions.counts, [2], 'counts at once');
    assert.deepEqual(taken.indexed.mentions.rangesAt(0), [1, 0, 1, 5, 3, 2, 3, 7], 'ranges when asked for');
    assert.deepEqual(JSON.parse(taken.rest()), rest('2024-11-21'), 'the rest when asked for');
    assert.equal(snapshot.take(files[1], KB, MAX), undefined, 'taken once');
    assert.equal(snapshot.take(files[0], 'another KB', MAX), undefined);
    assert.equal(snapshot.take(files[2], KB, 10e6), undefined);
    assert.equal(snapshot.size, 0);
  });

  test('says when a file changed since, even to the same size and time: only its content hash can then vouch for the record', async () => {
    await saved(files.map((f, i) => article(f, i)));
    const before = statSync(files[0]);
    const changedText = readFileSync(files[0], 'utf8').replace('article', 'ARTICLE');
    writeFileSync(files[0], changedText);
    utimesSync(files[0], before.atime, before.mtime); // a tool that keeps the modification time (cp -p, rsync -t)
    rmSync(files[1]);
    const snapshot = await reopened();
    const rewritten = snapshot.take(files[0], KB, MAX);
    assert.equal(rewritten?.current, false, 'rewritten: its change time moved');
    assert.notEqual(rewritten?.hash, contentHash(changedText));
    assert.equal(snapshot.take(files[1], KB, MAX), undefined, 'deleted');
    assert.equal(snapshot.take(files[2], KB, MAX)?.current, true);
  });

  test('a snapshot of another analyser version, another folder set, or cut short is no answer, never an error', async () => {
    await saved(files.map((f, i) => article(f, i)));
    const text = readFileSync(snapshotFile(), 'utf8');
    const lines = text.split('\n');
    // Cut in the middle of the last article's line (a full disk): the others are still good.
    writeFileSync(snapshotFile(), `${lines.slice(0, 3).join('\n')}\n${lines[3].slice(0, lines[3].length - 10)}`);
    let snapshot = await reopened();
    assert.ok(snapshot.take(files[0], KB, MAX));
    assert.ok(snapshot.take(files[1], KB, MAX));
    assert.equal(snapshot.take(files[2], KB, MAX), undefined);

    writeFileSync(snapshotFile(), text.replace(/"analyser":"[^"]*"/, '"analyser":"0.0.0+other"'));
    snapshot = await reopened();
    assert.equal(snapshot.take(files[0], KB, MAX), undefined);

    writeFileSync(snapshotFile(), 'not a snapshot at all\n\t\t\n');
    snapshot = await reopened();
    assert.equal(snapshot.take(files[0], KB, MAX), undefined);

    const other = await IndexSnapshot.open(cache, [folder, path.join(folder, 'more')]);
    assert.equal(other.take(files[0], KB, MAX), undefined, 'another set of workspace folders has its own snapshot');
  });

  test('a rest taken from the snapshot is written back as it was', async () => {
    await saved(files.map((f, i) => article(f, i)));
    const snapshot = await reopened();
    const taken = files.map((file) => ({ file, taken: snapshot.take(file, KB, MAX)! }));
    await snapshot.save(
      taken.map(({ file, taken: t }) => ({
        file,
        stamp: t.stamp,
        hash: t.hash,
        knowledgeBase: KB,
        maxLength: MAX,
        indexed: t.indexed,
        rest: t.rest,
      })),
    );
    const again = await reopened();
    const takenAgain = again.take(files[2], KB, MAX)!;
    assert.deepEqual(JSON.parse(takenAgain.rest()), rest('2024-11-22'));
    assert.deepEqual(takenAgain.indexed.mentions.rangesAt(0), [1, 0, 1, 5, 3, 2, 3, 7]);
    assert.deepEqual(dataFiles().length, 1, "the first write's data file is removed");
  });

  test('a data file cut short or gone: the articles whose texts it lost are not taken, and what was taken reads as nothing', async () => {
    await saved(files.map((f, i) => article(f, i)));
    const data = path.join(path.dirname(snapshotFile()), dataFiles()[0]);
    const whole = readFileSync(data, 'latin1');
    const first = await reopened();
    const taken = first.take(files[0], KB, MAX)!;
    // Cut within the last article's texts (a full disk): the two before it are still good.
    writeFileSync(data, whole.slice(0, whole.length - 10), 'latin1');
    const cut = await reopened();
    assert.ok(cut.take(files[0], KB, MAX));
    assert.ok(cut.take(files[1], KB, MAX));
    assert.equal(cut.take(files[2], KB, MAX), undefined);
    // A data file emptied under a snapshot already read: its texts cannot be read, and say so by throwing.
    writeFileSync(data, '');
    assert.throws(() => taken.rest(), /cut short/);
    assert.deepEqual(taken.indexed.mentions.rangesAt(0), [], 'no places rather than a failed request');
    rmSync(data);
    assert.equal((await reopened()).take(files[1], KB, MAX), undefined, 'no data file: nothing is taken');
  });

  test('a stamp taken within two seconds of the last change to a file cannot vouch for what was read', () => {
    const stamp = stampOf(statSync(files[0]));
    const changed = Math.max(stamp.mtimeMs, stamp.ctimeMs);
    assert.equal(isRacy(stamp, changed + 10), true);
    assert.equal(isRacy(stamp, changed + RACY_MS - 1), true);
    assert.equal(isRacy(stamp, changed + RACY_MS), false);
  });
});
