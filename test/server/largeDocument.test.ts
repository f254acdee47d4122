// Typing in a large article must not hold requests up: each analysis of a multi-megabyte text takes a
// while, so the server analyses it on a worker thread, skips versions typed over meanwhile, and answers
// requests from the latest finished analysis (issue: hover latency grew with every keystroke).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { LspSession, ROOT, uriOf } from './lspSession';

const SAMPLE = readFileSync(path.join(ROOT, 'seeds', '001_147d61cd0fcbe092.txt'), 'utf8');

test('while a newer text of a 1 MB article is analysed, a hover answers at once from the last analysis, and a burst of changes is not analysed change by change', async () => {
  const body = SAMPLE.slice(SAMPLE.indexOf('\n') + 1);
  const text = `${SAMPLE.slice(0, SAMPLE.indexOf('\n') + 1)}${body.repeat(Math.ceil(1e6 / body.length))}`;
  const { session } = await LspSession.start({ workspaceFolder: null, settings: { maxFileSize: 10 } });
  try {
    const uri = uriOf(path.join(ROOT, 'large.seed'));
    await session.open(uri, text);
    const analysed = (version: number) =>
      session.waitFor(() => session.diagnostics.get(uri)?.version === version, `diagnostics for version ${version}`, 120_000);
    await analysed(1);
    const line = text.split('\n').findIndex((l, i) => i > 0 && l.includes('Rajnath Singh'));
    const position = { line, character: text.split('\n')[line].indexOf('Rajnath Singh') + 2 };

    const versions: number[] = [];
    for (let i = 0; i < 5; i++) versions.push(await session.change(uri, `${text}Edit ${i}.\n`));
    const before = session.publications.get(uri) ?? 0;
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    const newestPublished = session.diagnostics.get(uri)?.version;
    assert.match(JSON.stringify(hover?.contents), /Rajnath Singh/);
    assert.notEqual(newestPublished, versions.at(-1), 'the hover was answered before the newest text was analysed');

    await analysed(versions.at(-1)!);
    const published = (session.publications.get(uri) ?? 0) - before;
    // The text that was being analysed when the burst began may still be published, then the last one.
    assert.ok(published <= 2, `a burst of 5 changes is published at most twice (${published})`);
  } finally {
    await session.stop();
  }
});
