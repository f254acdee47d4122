// The server keeps its index in the cache folder the extension gives it (its storage), so a restart with
// nothing changed analyses nothing again: one snapshot of the whole index, or, in a workspace with more
// articles than a snapshot holds, each article's analysis in a file of its own. The workspace is indexed
// on worker threads.

import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import { ExecuteCommandRequest, HoverRequest, ReferencesRequest } from 'vscode-languageserver-protocol/node';
import { RACY_MS } from '../../src/node/fileStamp';
import { LspSession, ROOT, uriOf } from './lspSession';

const SAMPLES = readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt'));

describe('the persistent analysis cache, in a workspace with more articles than a snapshot holds', () => {
  // The samples stand for such a workspace: a snapshot holds one article here.
  const env = { SEED_ANNOTATOR_SNAPSHOT_MAX_ARTICLES: '1' };
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
    const { session } = await LspSession.start({ workspaceFolder: folder, initializationOptions: { cacheFolder: cache }, env });
    const summary = await session.connection.sendRequest(ExecuteCommandRequest.type, {
      command: 'seedAnnotator.server.checkAllArticles',
      arguments: [],
    });
    return { summary, session };
  }

  test('the first session stores every analysis; the next one reads them instead of analysing again', async () => {
    const first = await checkAll();
    await first.session.stop();
    // This test is about the analyses: without the index snapshot (see below), the next session reads them.
    rmSync(path.join(cache, 'v1', 'index'), { recursive: true, force: true });
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

describe('the index snapshot', () => {
  let folder: string;
  let cache: string;
  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'seed-workspace-'));
    cache = mkdtempSync(path.join(tmpdir(), 'seed-server-cache-'));
    for (const name of [...SAMPLES, 'entities.yaml']) cpSync(path.join(ROOT, 'seeds', name), path.join(folder, name));
    // A file read within two seconds of its last change could change again unseen (isRacy): not kept.
    await sleep(RACY_MS + 100);
  });
  after(() => {
    rmSync(folder, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  });

  const snapshotFiles = () => {
    try {
      return readdirSync(path.join(cache, 'v1', 'index')).filter((f) => f.endsWith('.jsonl'));
    } catch {
      return [];
    }
  };

  async function session(): Promise<{ summary: unknown; meetings: unknown; session: LspSession }> {
    const { session } = await LspSession.start({ workspaceFolder: folder, initializationOptions: { cacheFolder: cache } });
    const summary = await session.connection.sendRequest(ExecuteCommandRequest.type, {
      command: 'seedAnnotator.server.checkAllArticles',
      arguments: [],
    });
    // Once every article is checked, the meeting index holds them all (from the snapshot: their ids at once, the meetings when asked).
    const meetings = await session.connection.sendRequest(ExecuteCommandRequest.type, {
      command: 'seedAnnotator.server.listMeetings',
      arguments: [],
    });
    return { summary, meetings, session };
  }
  /** Where the other articles mention an entity, and how many do: from the snapshot's packed mentions once it is read. */
  async function mentionsOfAustin(session: LspSession): Promise<{ references: unknown; hover: unknown }> {
    const opened = path.join(folder, SAMPLES.find((f) => f.startsWith('001_'))!);
    const text = readFileSync(opened, 'utf8');
    await session.open(uriOf(opened), text);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('Austin'));
    const position = { line, character: lines[line].indexOf('Austin') };
    const references = await session.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: uriOf(opened) },
      position,
      context: { includeDeclaration: false },
    });
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf(opened) }, position });
    return { references, hover };
  }
  const misspelt = (s: LspSession) =>
    [...s.diagnostics.values()].flatMap((d) => d.diagnostics).filter((d) => d.code === 'misspelled-entity');

  test('holds the whole index after a session; the next session indexes from it, a file touched too, and a file changed since from the file', async () => {
    const first = await session();
    let firstMentions: { references: unknown; hover: unknown };
    try {
      for (let waited = 0; snapshotFiles().length === 0 && waited < 20_000; waited += 100) await sleep(100);
      // Opened once the snapshot is written (an open document is not in it).
      firstMentions = await mentionsOfAustin(first.session);
    } finally {
      await first.session.stop();
    }
    assert.equal(snapshotFiles().length, 1, 'one snapshot for the workspace folder');
    const perArticle = readdirSync(path.join(cache, 'v1'), { recursive: true }).map(String);
    assert.deepEqual(
      perArticle.filter((f) => f.endsWith('.json')),
      [],
      'no analysis cached article by article: the snapshot has them all',
    );
    const file = path.join(cache, 'v1', 'index', snapshotFiles()[0]);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    assert.equal(lines.length, 1 + SAMPLES.length, 'a line for each article after the header');
    // Proof that the next session reads the snapshot: a record edited by hand (to the same length, in the
    // data file beside the index file, where the records' texts are) is what it reports.
    const index = path.join(cache, 'v1', 'index');
    const data = readdirSync(index).filter((f) => f.endsWith('.data'));
    assert.equal(data.length, 1, 'one data file');
    const dataFile = path.join(index, data[0]);
    writeFileSync(dataFile, readFileSync(dataFile, 'utf8').replaceAll('looks like a misspelling of', 'LOOKS LIKE A MISSPELLING OF'));

    const second = await session();
    try {
      assert.deepEqual(second.summary, first.summary);
      assert.ok(Array.isArray(first.meetings) && first.meetings.length > 0);
      assert.deepEqual(second.meetings, first.meetings);
      const secondMentions = await mentionsOfAustin(second.session);
      assert.ok(Array.isArray(firstMentions.references) && firstMentions.references.length > 4);
      assert.deepEqual(secondMentions.references, firstMentions.references);
      assert.match(JSON.stringify(firstMentions.hover), /Mentioned in \d+ articles/);
      assert.deepEqual(secondMentions.hover, firstMentions.hover);
      const found = misspelt(second.session);
      assert.equal(found.length, 2);
      for (const d of found) assert.match(String(d.message), /LOOKS LIKE A MISSPELLING OF/);
    } finally {
      await second.session.stop();
    }

    const changed = path.join(folder, SAMPLES.find((f) => f.startsWith('000_'))!);
    writeFileSync(changed, readFileSync(changed, 'utf8').replace('Llyod Austin', 'Lloyd Austin'));
    // Every other file touched (a checkout does that): its stamp changed, its text did not.
    const touched = new Date(Date.now() - 60_000);
    for (const name of SAMPLES) if (path.join(folder, name) !== changed) utimesSync(path.join(folder, name), touched, touched);
    const third = await session();
    try {
      assert.deepEqual(
        third.session.diagnostics.get(uriOf(changed))!.diagnostics.filter((d) => d.code === 'misspelled-entity'),
        [],
      );
      const others = misspelt(third.session);
      assert.equal(others.length, 1, 'the other misspelt article');
      assert.match(String(others[0].message), /LOOKS LIKE A MISSPELLING OF/, 'touched, and still from the snapshot');
    } finally {
      await third.session.stop();
    }
  });
});
