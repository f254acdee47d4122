// The workspace store: one owner of which files are articles, their current text and their analysis.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { SemanticTokenTypes } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SEMANTIC_TOKENS_LEGEND } from '../../src/server/features/semanticTokens';
import type { MarkupContent } from 'vscode-languageserver';
import { type CompiledKnowledgeBase, compileKnowledgeBaseTexts, type KnowledgeBaseSourceText } from '../../src/node/knowledgeBaseFiles';
import { KB_TYPING_PAUSE_MS } from '../../src/server/service';
import { KnowledgeBases, OFF_THREAD_KNOWLEDGE_BASE_LENGTH } from '../../src/server/workspace/knowledgeBases';
import { DEFAULT_SETTINGS } from '../../src/shared/protocol';
import { KB, WIRE } from './fixtures';
import { FOLDER, InMemoryWorkspace, inFolder, positionOf, uriOf } from './inMemoryWorkspace';

describe('the workspace store', () => {
  test('an article is analysed once per text version and knowledge base generation', async () => {
    const ws = new InMemoryWorkspace({ files: { 'entities.yaml': KB, 'wire.txt': WIRE } });
    const { store } = ws.service;
    const uri = await ws.open(inFolder('wire.txt'));
    const first = await store.article(uri);
    assert.equal(await store.article(uri), first, 'the same version: the same analysis');
    await ws.type(inFolder('wire.txt'), `${WIRE}More.\n`);
    const second = await store.article(uri);
    assert.notEqual(second, first);
    assert.equal(second?.version, 2);
    store.knowledgeBaseChanged(inFolder('entities.yaml'));
    const third = await store.article(uri);
    assert.notEqual(third, second, 'a new KB generation: a new analysis');
    assert.equal(third?.generation, store.knowledgeBases.generation);
  });

  test('an open document wins over the disk, and the disk counts again once it is closed', async () => {
    const ws = new InMemoryWorkspace({ files: { 'a.txt': ' date 2024-01-01 on disk\n' } });
    const { store } = ws.service;
    const uri = await ws.open(inFolder('a.txt'), 'in the editor\n');
    const open = await store.article(uri);
    assert.equal(open?.text, 'in the editor\n');
    assert.equal(open?.analysis.header, null);
    await ws.close(inFolder('a.txt'));
    const closed = await store.article(uri);
    assert.equal(closed?.analysis.header?.date, '2024-01-01');
    assert.equal(closed?.text, '', "the text of a closed article is the file's to keep, not the index's");
  });

  test('the articles are the .txt and .seed files of the workspace folders, and documents open in the editor', async () => {
    const ws = new InMemoryWorkspace({ files: { 'a.txt': 'x', 'b.SEED': 'x', 'c.md': 'x', '/elsewhere/d.txt': 'x' } });
    const { store } = ws.service;
    assert.ok(await store.article(uriOf(inFolder('a.txt'))));
    assert.ok(await store.article(uriOf(inFolder('b.SEED'))));
    assert.equal(await store.article(uriOf(inFolder('c.md'))), undefined);
    assert.equal(await store.article(uriOf('/elsewhere/d.txt')), undefined, 'outside every workspace folder');
    const untitled = 'untitled:Untitled-1';
    ws.documents.set(untitled, TextDocument.create(untitled, 'seed', 1, 'x'));
    await ws.service.didOpen(ws.documents.get(untitled)!);
    assert.ok(await store.article(untitled));
  });

  test('a KB edit stales every analysis and re-indexes the workspace, once typing pauses (not on every keystroke)', async () => {
    const ws = new InMemoryWorkspace({ files: { 'entities.yaml': KB, 'wire.txt': WIRE } });
    const { store } = ws.service;
    await store.indexed();
    assert.equal(store.isIndexed, true);
    await ws.open(inFolder('entities.yaml'));
    const generation = store.knowledgeBases.generation;
    for (const name of ['Lao', 'Lao P', 'Lao PD']) await ws.type(inFolder('entities.yaml'), KB.replace('name: Laos', `name: ${name}`));
    await ws.type(inFolder('entities.yaml'), KB.replace('name: Laos', 'name: Lao PDR'));
    assert.equal(store.knowledgeBases.generation, generation, 'no recompilation while typing');
    await new Promise((resolve) => setTimeout(resolve, KB_TYPING_PAUSE_MS + 50));
    assert.equal(store.knowledgeBases.generation, generation + 1, 'one recompilation after the pause');
    assert.equal(store.isIndexed, false);
    await store.indexed();
    const article = await store.article(uriOf(inFolder('wire.txt')));
    assert.ok(!article!.analysis.entities.some((m) => m.entity?.name === 'Laos'));
  });
});

describe('a large knowledge base, edited', () => {
  // Past the size compiled off the thread, yet quick to parse: the bulk is one comment.
  const LARGE_KB = `# ${'x'.repeat(OFF_THREAD_KNOWLEDGE_BASE_LENGTH)}\n${KB}`;
  const pause = () => new Promise((resolve) => setTimeout(resolve, KB_TYPING_PAUSE_MS + 50));

  /** Compiles "off the thread": each finishes at once, or once held, when the test says so. */
  function heldCompiles() {
    const compiles: { sources: readonly KnowledgeBaseSourceText[]; finish: () => void }[] = [];
    const gate = { hold: false };
    let started = 0;
    const compile = (sources: readonly KnowledgeBaseSourceText[]) =>
      new Promise<CompiledKnowledgeBase>((resolve) => {
        started++;
        const finish = () => resolve(compileKnowledgeBaseTexts(sources));
        if (gate.hold) compiles.push({ sources, finish });
        else setImmediate(finish);
      });
    return { compiles, compile, gate, started: () => started };
  }

  /** The wire article open under a large KB, which was then edited (US Secretary of War): its compile held. */
  async function editedWhileHeld() {
    const { compiles, compile, gate } = heldCompiles();
    const ws = new InMemoryWorkspace({ files: { 'entities.yaml': LARGE_KB, 'wire.txt': WIRE }, compileOffThread: compile });
    const uri = await ws.open(inFolder('wire.txt'));
    assert.match(await hoverText(ws, uri), /US Secretary of Defense/);
    await ws.open(inFolder('entities.yaml'));
    gate.hold = true;
    await ws.type(inFolder('entities.yaml'), LARGE_KB.replace('US Secretary of Defense', 'US Secretary of War'));
    await pause();
    return { ws, uri, compiles };
  }

  async function hoverText(ws: InMemoryWorkspace, uri: string): Promise<string> {
    const hover = await ws.service.getHover(uri, positionOf(WIRE, 'Austin thanked'));
    return (hover?.contents as MarkupContent | undefined)?.value ?? '(no hover)';
  }

  test('is compiled off the thread, and until it is in force requests answer from the previous KB', async () => {
    const { ws, uri, compiles } = await editedWhileHeld();
    const { store } = ws.service;
    assert.equal(compiles.length, 1, 'one compile, handed off');
    assert.match(compiles[0]!.sources[0]!.text!, /US Secretary of War/);
    const generation = store.knowledgeBases.generation;
    assert.match(await hoverText(ws, uri), /US Secretary of Defense/, 'the previous KB answers meanwhile');

    compiles[0]!.finish();
    await ws.until(() => store.knowledgeBases.generation > generation);
    assert.match(await hoverText(ws, uri), /US Secretary of War/);
    assert.equal(compiles.length, 1);
  });

  test('an edit made while it compiles is compiled next, not lost', async () => {
    const { ws, uri, compiles } = await editedWhileHeld();
    await ws.type(inFolder('entities.yaml'), LARGE_KB.replace('US Secretary of Defense', 'US Secretary of Defence'));
    await pause();
    assert.equal(compiles.length, 1, 'one compile at a time');

    compiles[0]!.finish();
    await ws.until(() => compiles.length === 2);
    assert.match(compiles[1]!.sources[0]!.text!, /US Secretary of Defence/, 'the text had changed: compiled again');
    compiles[1]!.finish();
    await ws.until(async () => /US Secretary of Defence/.test(await hoverText(ws, uri)));
  });

  test('is compiled off the thread before the first analysis too, which waits for it', async () => {
    const { compiles, compile, gate } = heldCompiles();
    gate.hold = true;
    const ws = new InMemoryWorkspace({ files: { 'entities.yaml': LARGE_KB, 'wire.txt': WIRE }, compileOffThread: compile });
    const opened = ws.open(inFolder('wire.txt'));
    await ws.until(() => compiles.length === 1);
    let done = false;
    void opened.then(() => (done = true));
    await pause();
    assert.equal(done, false, 'the analysis waits for the KB');
    compiles[0]!.finish();
    const uri = await opened;
    assert.match(await hoverText(ws, uri), /US Secretary of Defense/);
    assert.equal(compiles.length, 1, 'compiled once');
  });

  test('its first compile is kept between sessions: a restart reads it back instead of compiling it', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'seed-kb-kept-'));
    try {
      const files = new Map([[inFolder('entities.yaml'), LARGE_KB]]);
      /** A session's KB for the wire article, and how many compiles it started. */
      const session = async () => {
        const { compile, started } = heldCompiles();
        const knowledgeBases = new KnowledgeBases({
          readText: (file) => files.get(file)!,
          exists: (file) => files.has(file),
          bundledFile: '/extension/seeds/entities.yaml',
          workspaceFolders: () => [FOLDER],
          compileOffThread: compile,
          cacheFolder: () => folder,
        });
        const inForce = await knowledgeBases.readyForArticle(inFolder('wire.txt'), DEFAULT_SETTINGS);
        return { inForce, compiles: started() };
      };
      const first = await session();
      assert.equal(first.compiles, 1, 'the first session compiles it, off the thread');

      const second = await session();
      assert.equal(second.compiles, 0, 'read back, not compiled');
      assert.deepEqual(second.inForce.index.knowledgeBase, first.inForce.index.knowledgeBase);
      assert.equal(second.inForce.fingerprint, first.inForce.fingerprint);

      files.set(inFolder('entities.yaml'), LARGE_KB.replace('US Secretary of Defense', 'US Secretary of War'));
      assert.equal((await session()).compiles, 1, 'a KB changed since: compiled');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('a compile that fails leaves the KB to be compiled when next needed', async () => {
    const ws = new InMemoryWorkspace({
      files: { 'entities.yaml': LARGE_KB, 'wire.txt': WIRE },
      compileOffThread: () => Promise.reject(new Error('the worker died')),
    });
    const uri = await ws.open(inFolder('wire.txt'));
    await ws.open(inFolder('entities.yaml'));
    await ws.type(inFolder('entities.yaml'), LARGE_KB.replace('US Secretary of Defense', 'US Secretary of War'));
    await pause();
    await ws.until(async () => /US Secretary of War/.test(await hoverText(ws, uri)));
  });
});

describe('semantic token legend', () => {
  test('every token type is a standard LSP type or declared in package.json', () => {
    const manifest = require('../../package.json') as { contributes: { semanticTokenTypes: { id: string }[] } };
    const known = new Set([...Object.values(SemanticTokenTypes), ...manifest.contributes.semanticTokenTypes.map((t) => t.id)]);
    for (const type of SEMANTIC_TOKENS_LEGEND.tokenTypes) assert.ok(known.has(type), type);
  });
});
