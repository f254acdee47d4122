// The workspace store: one owner of which files are articles, their current text and their analysis.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SemanticTokenTypes } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SEMANTIC_TOKENS_LEGEND } from '../../src/server/features/semanticTokens';
import { KB_TYPING_PAUSE_MS } from '../../src/server/service';
import { KB, WIRE } from './fixtures';
import { InMemoryWorkspace, inFolder, uriOf } from './inMemoryWorkspace';

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

describe('semantic token legend', () => {
  test('every token type is a standard LSP type or declared in package.json', () => {
    const manifest = require('../../package.json') as { contributes: { semanticTokenTypes: { id: string }[] } };
    const known = new Set([...Object.values(SemanticTokenTypes), ...manifest.contributes.semanticTokenTypes.map((t) => t.id)]);
    for (const type of SEMANTIC_TOKENS_LEGEND.tokenTypes) assert.ok(known.has(type), type);
  });
});
