// A large answer asked for again is written as JSON once and its text sent again (serializedAnswers.ts):
// what the client reads must be the answer itself, the first time and every time after.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Location, ReferencesRequest } from 'vscode-languageserver-protocol/node';
import { messageJson, sentAsWrittenBefore } from '../../src/server/serializedAnswers';
import { LspSession, uriOf } from './lspSession';

describe('an answer written once', () => {
  // With a name outside ASCII: the bytes are UTF-8.
  const items = Array.from({ length: 1500 }, (_, i) => ({ uri: `file:///a/${i}-é.txt`, range: { start: { line: i, character: 0 } } }));

  test('the message with the kept text is the message with the answer', () => {
    const kept = sentAsWrittenBefore(items);
    assert.notEqual(kept, items, 'a large answer is kept');
    assert.equal(sentAsWrittenBefore(items), kept, 'the same array gives the same kept answer');
    const plain = { jsonrpc: '2.0', id: 7, result: items };
    const read = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes));
    assert.deepEqual(read(messageJson({ jsonrpc: '2.0', id: 7, result: kept } as never)), plain);
    assert.deepEqual(read(messageJson({ jsonrpc: '2.0', id: 'x', result: kept } as never)), { ...plain, id: 'x' });
    // Twice: the kept bytes are not consumed by the first message.
    assert.deepEqual(read(messageJson({ jsonrpc: '2.0', id: 8, result: kept } as never)), { ...plain, id: 8 });
    // Any other writer of the message (the VS Code client's IPC) sees the answer through toJSON.
    assert.equal(JSON.stringify({ jsonrpc: '2.0', id: 7, result: kept }), JSON.stringify(plain));
  });

  test('small answers and no answer are sent as they are', () => {
    const small = items.slice(0, 10);
    assert.equal(sentAsWrittenBefore(small), small);
    assert.equal(sentAsWrittenBefore(null), null);
  });
});

describe('references to a name written many times, over stdio', () => {
  const KB = 'entities:\n  - id: lloyd-austin\n    name: Lloyd Austin\n    type: person\n';
  const TIMES = 1200;
  const ARTICLE = ` date 2024-11-22 x\n${'Lloyd Austin spoke.\n'.repeat(TIMES)}`;
  let folder: string;
  let session: LspSession;
  let uri: string;

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'seed-serialized-'));
    writeFileSync(path.join(folder, 'entities.yaml'), KB);
    writeFileSync(path.join(folder, 'a.txt'), ARTICLE);
    uri = uriOf(path.join(folder, 'a.txt'));
    ({ session } = await LspSession.start({ workspaceFolder: folder }));
    await session.open(uri, ARTICLE);
    await session.diagnosticsFor(uri);
  });
  after(async () => {
    await session.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  const references = async (includeDeclaration: boolean) =>
    (await session.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri },
      position: { line: 5, character: 2 },
      context: { includeDeclaration },
    })) as Location[];

  test('asked again, with and without the declaration, the answer is the same, every mention in text order', async () => {
    const first = await references(false);
    assert.equal(first.length, TIMES);
    assert.deepEqual(
      first.slice(0, 2).map((l) => [l.uri, l.range]),
      [
        [uri, { start: { line: 1, character: 0 }, end: { line: 1, character: 12 } }],
        [uri, { start: { line: 2, character: 0 }, end: { line: 2, character: 12 } }],
      ],
    );
    assert.deepEqual(await references(false), first);
    const declared = await references(true);
    assert.equal(declared.length, TIMES + 1);
    assert.equal(declared[0].uri, uriOf(path.join(folder, 'entities.yaml')));
    assert.deepEqual(declared.slice(1), first);
    assert.deepEqual(await references(true), declared);
  });
});
