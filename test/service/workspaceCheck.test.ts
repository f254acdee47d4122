// Check All Articles, as the service runs it: every article of the workspace, from the store.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ServerCommands, type WorkspaceCheckSummary } from '../../src/shared/protocol';
import { HEADERLESS, KB, WIRE } from './fixtures';
import { InMemoryWorkspace, inFolder, NO_PROGRESS, NOT_CANCELLED } from './inMemoryWorkspace';

const files = {
  'entities.yaml': KB,
  'corpus/2024/scraped.txt': HEADERLESS, // headerless, outside any seeds/ folder: the file the check exists to catch
  'corpus/wire.txt': WIRE,
  'bad.seed': ' date 2024-02-30 x\nBody.\n',
  'README.md': 'not an article',
  'node_modules/dep/LICENSE.txt': 'MIT',
};

const checkAll = (ws: InMemoryWorkspace, token = NOT_CANCELLED) =>
  ws.service.executeCommand(ServerCommands.checkAllArticles, [], NO_PROGRESS, token) as Promise<WorkspaceCheckSummary>;

describe('Check All Articles', () => {
  test("checks every .txt and .seed file, publishes each one's problems and sums them up", async () => {
    const ws = new InMemoryWorkspace({ files });
    assert.deepEqual(await checkAll(ws), { files: 3, errors: 2, warnings: 1, unreadable: 0, total: 3 });
    assert.deepEqual(ws.codes(inFolder('corpus/2024/scraped.txt')), ['missing-date-header']);
    assert.deepEqual(ws.codes(inFolder('bad.seed')), ['invalid-date-header']);
    assert.ok(ws.codes(inFolder('corpus/wire.txt'))!.includes('misspelled-entity'));
    assert.equal(ws.codes(inFolder('README.md')), undefined);
    assert.match(ws.messages.at(-1)!.message, /checked 3 articles: 2 errors, 1 warning/);
  });

  test("an open article counts as the editor has it, and its diagnostics stay the editor's", async () => {
    const ws = new InMemoryWorkspace({ files });
    await ws.open(inFolder('corpus/2024/scraped.txt'), ' date 2024-11-22 fixed in the editor\nBody.\n');
    const before = ws.publications.length;
    assert.deepEqual(await checkAll(ws), { files: 3, errors: 1, warnings: 1, unreadable: 0, total: 3 });
    assert.ok(ws.publications.slice(before).every((p) => !p.uri.endsWith('scraped.txt')));
  });

  test('reuses the index: nothing is read twice, and a file changed on disk is re-checked', async () => {
    const ws = new InMemoryWorkspace({ files });
    await ws.service.store.indexed();
    await checkAll(ws);
    assert.ok(
      [...ws.reads.values()].every((n) => n === 1),
      JSON.stringify([...ws.reads]),
    );
    await ws.write(inFolder('bad.seed'), ' date 2024-02-28 x\nBody.\n');
    assert.deepEqual(ws.codes(inFolder('bad.seed')), []);
  });

  test('a closed article shows what its file on disk says again', async () => {
    const ws = new InMemoryWorkspace({ files });
    await checkAll(ws);
    await ws.open(inFolder('corpus/2024/scraped.txt'), ' date 2024-11-22 fixed but not saved\nBody.\n');
    assert.deepEqual(ws.codes(inFolder('corpus/2024/scraped.txt')), []);
    await ws.close(inFolder('corpus/2024/scraped.txt'));
    assert.deepEqual(ws.codes(inFolder('corpus/2024/scraped.txt')), ['missing-date-header']);
  });

  test('stops when cancelled, and says so: a partial summary is marked cancelled, and the message says so', async () => {
    const ws = new InMemoryWorkspace({ files });
    const summary = await checkAll(ws, { isCancellationRequested: true });
    assert.deepEqual(summary, { files: 0, errors: 0, warnings: 0, unreadable: 0, total: 3, cancelled: true });
    assert.match(ws.messages.at(-1)!.message, /Check All Articles was cancelled after 0 of 3 articles/);
  });

  test('with no folder open, asks for one', async () => {
    const ws = new InMemoryWorkspace({ files, folders: [] });
    assert.deepEqual(await checkAll(ws), { files: 0, errors: 0, warnings: 0, unreadable: 0, total: 0 });
    assert.match(ws.messages.at(-1)!.message, /open a folder/);
  });
});

describe('seedAnnotator.maxFileSize', () => {
  test('an article larger than the setting gets one note in the editor and is not analysed', async () => {
    const ws = new InMemoryWorkspace({ files: { 'big.txt': `no header\n${'x'.repeat(200_000)}\n` }, settings: { maxFileSize: 0.1 } });
    await ws.open(inFolder('big.txt'));
    assert.deepEqual(ws.codes(inFolder('big.txt')), ['file-too-large']);
  });
});
