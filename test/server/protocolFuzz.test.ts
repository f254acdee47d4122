// The real server over stdio, fed requests and notifications with random and malformed parameters
// (fast-check, a fixed seed): whatever it is sent, it stays up, answers every request (a result or an
// error, never silence), and still answers a well-formed hover correctly afterwards.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { LspSession, ROOT, uriOf } from './lspSession';

const SEED_FILE = path.join(ROOT, 'seeds', '001_147d61cd0fcbe092.txt');
const TEXT = readFileSync(SEED_FILE, 'utf8');
const URI = uriOf(SEED_FILE);

const REQUESTS = [
  'textDocument/hover',
  'textDocument/definition',
  'textDocument/references',
  'textDocument/documentSymbol',
  'textDocument/codeAction',
  'textDocument/semanticTokens/full',
  'textDocument/inlayHint',
  'textDocument/codeLens',
  'codeLens/resolve',
  'textDocument/prepareRename',
  'textDocument/rename',
  'workspace/symbol',
  'workspace/executeCommand',
];
const NOTIFICATIONS = [
  'textDocument/didChange',
  'textDocument/didSave',
  'workspace/didChangeWatchedFiles',
  'workspace/didChangeConfiguration',
];

/** Values of every JSON kind, with the awkward ones a client bug sends: huge, negative, empty, wrong type. */
const junk = fc.oneof(
  fc.constantFrom(null, -1, 2 ** 31, Number.MAX_SAFE_INTEGER, 0.5, '', 'file:///no/such.txt', 'untitled:x', URI, [], {}, true),
  fc.string({ maxLength: 20 }),
  fc.integer(),
);
const position = fc.oneof(junk, fc.record({ line: fc.oneof(junk, fc.nat(40)), character: fc.oneof(junk, fc.nat(200)) }));
const params = fc.oneof(
  junk,
  fc.record(
    {
      textDocument: fc.oneof(junk, fc.record({ uri: fc.oneof(junk, fc.constant(URI)), version: junk })),
      position,
      range: fc.oneof(junk, fc.record({ start: position, end: position })),
      context: fc.oneof(junk, fc.record({ includeDeclaration: junk, diagnostics: fc.oneof(junk, fc.array(junk, { maxLength: 3 })) })),
      newName: junk,
      query: junk,
      command: fc.oneof(junk, fc.constantFrom('seedAnnotator.server.checkAllArticles', 'seedAnnotator.server.listMeetings')),
      arguments: fc.oneof(junk, fc.array(junk, { maxLength: 3 })),
      contentChanges: fc.oneof(junk, fc.array(fc.record({ text: junk, range: junk }), { maxLength: 2 })),
      changes: fc.oneof(junk, fc.array(fc.record({ uri: junk, type: junk }), { maxLength: 2 })),
      settings: junk,
      data: junk,
    },
    { requiredKeys: [] },
  ),
);
const message = fc.record({ request: fc.boolean(), method: fc.constantFrom(...REQUESTS, ...NOTIFICATIONS), params });

test('random and malformed parameters never take the server down or leave a request unanswered', { timeout: 180_000 }, async () => {
  const { session } = await LspSession.start({ workspaceFolder: path.join(ROOT, 'seeds') });
  try {
    await session.open(URI, TEXT);
    await session.diagnosticsFor(URI);
    const line = TEXT.split('\n').findIndex((l) => l.includes('Lloyd J Austin'));
    const austin = { line, character: TEXT.split('\n')[line].indexOf('Lloyd J Austin') + 3 };
    const messages = fc.sample(message, { numRuns: 1000, seed: 20261130 });
    let answered = 0;
    for (const [i, m] of messages.entries()) {
      const request = m.request && REQUESTS.includes(m.method);
      if (request) {
        // A result or an error: either is an answer.
        await Promise.race([
          session.connection.sendRequest(m.method, m.params).then(
            () => answered++,
            () => answered++,
          ),
          new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer to ${m.method} ${JSON.stringify(m.params)}`)), 20_000)),
        ]);
      } else {
        await session.connection.sendNotification(m.method, m.params);
      }
      if (i % 100 === 99) {
        // Random changes may have rewritten the article: the editor's text again, then a real request.
        await session.change(URI, TEXT);
        const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: austin });
        assert.match(JSON.stringify(hover?.contents), /Lloyd Austin/, `after ${i + 1} messages`);
      }
    }
    assert.ok(answered > 50, `${answered} requests answered`);
  } finally {
    await session.stop();
  }
});
