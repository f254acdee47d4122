// The server keeps each article's analysis in the cache folder the extension gives it (its storage), so
// a restart with nothing changed analyses nothing again; the workspace is indexed on worker threads.

import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ExecuteCommandRequest } from 'vscode-languageserver-protocol/node';
import { LspSession, ROOT, uriOf } from './lspSession';

const SAMPLES = readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt'));

describe('the persistent analysis cache', () => {
  let folder: string;
  let cache: string;
  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'seed-workspace-'));
    cache = mkdtempSync(path.join(tmpdir(), 'seed-server-cache-'));
    for (const name of [...SAMPLES, 'entities.yaml']) cpSync(path.join(ROOT, 'seeds', name), path.join(folder, name));
  });
  after(() => {
    rmSync(folder, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  });

  const entries = () =>
    readdirSync(path.join(cache, 'v1'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.json'))
      .map((f) => path.join(cache, 'v1', f));

  async function checkAll(): Promise<{ summary: unknown; session: LspSession }> {
    const { session } = await LspSession.start({ workspaceFolder: folder, initializationOptions: { cacheFolder: cache } });
    const summary = await session.connection.sendRequest(ExecuteCommandRequest.type, {
      command: 'seedAnnotator.server.checkAllArticles',
      arguments: [],
    });
    return { summary, session };
  }

  test('the first session stores every analysis; the next one reads them instead of analysing again', async () => {
    const first = await checkAll();
    await first.session.stop();
    assert.equal(entries().length, SAMPLES.length, 'one entry per article');
    // Proof that the next session reads the cache: an entry edited by hand is what it reports.
    for (const entry of entries()) {
      writeFileSync(entry, readFileSync(entry, 'utf8').replace('looks like a misspelling of', 'is (from the cache) a misspelling of'));
    }
    const second = await checkAll();
    try {
      assert.deepEqual(second.summary, first.summary);
      const misspelt = [...second.session.diagnostics.values()].flatMap((d) => d.diagnostics).filter((d) => d.code === 'misspelled-entity');
      assert.equal(misspelt.length, 2);
      for (const d of misspelt) assert.match(String(d.message), /is \(from the cache\) a misspelling of/);
    } finally {
      await second.session.stop();
    }
  });

  test('an article changed on disk since is analysed again, not read from the cache', async () => {
    const file = path.join(folder, SAMPLES.find((f) => f.startsWith('000_'))!);
    writeFileSync(file, readFileSync(file, 'utf8').replace('Llyod Austin', 'Lloyd Austin'));
    const { session } = await checkAll();
    try {
      const diagnostics = session.diagnostics.get(uriOf(file))!.diagnostics;
      assert.deepEqual(
        diagnostics.filter((d) => d.code === 'misspelled-entity'),
        [],
      );
    } finally {
      await session.stop();
    }
  });
});
