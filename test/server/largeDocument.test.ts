// Typing in a large article must not hold requests up: each analysis of a multi-megabyte text takes a
// while, so the server reads it a section at a time between other requests (or on a worker thread),
// skips versions typed over meanwhile, and answers requests from the latest finished analysis (issue:
// hover latency grew with every keystroke); after an edit it reads only the sections the edit changed.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
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

test('a dump of a megabyte edited in the middle, as VS Code sends keystrokes: each problem stays where its text is, and the edit’s own is found', async () => {
  // Paragraphs of the samples, as many as make 1.2 MB: read in sections (core/sections), edited a section at a time.
  const samples = readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt'));
  const paragraphs = samples.flatMap((f) =>
    readFileSync(path.join(ROOT, 'seeds', f), 'utf8')
      .split(/\n\s*\n/)
      .slice(1),
  );
  const parts = [SAMPLE.slice(0, SAMPLE.indexOf('\n'))];
  for (let i = 0, size = 0; size < 1.2e6; i++, size += parts[parts.length - 1].length + 2) parts.push(paragraphs[i % paragraphs.length]);
  const text = parts.join('\n\n');
  const { session } = await LspSession.start({ workspaceFolder: null, settings: { maxFileSize: 10 } });
  try {
    const uri = uriOf(path.join(ROOT, 'dump.seed'));
    await session.open(uri, text);
    const problems = async (version: number) => {
      await session.waitFor(() => session.diagnostics.get(uri)?.version === version, `diagnostics for version ${version}`, 120_000);
      return session.diagnostics
        .get(uri)!
        .diagnostics.map((d) => ({ code: d.code, line: d.range.start.line, character: d.range.start.character }));
    };
    const first = await problems(1);
    assert.ok(first.length > 100, `${first.length} problems`);

    // `Rajnath Singh` misspelt, in the middle: one problem more, and every other one where it was.
    const lines = text.split('\n');
    const line = lines.findIndex((l, i) => i > lines.length / 2 && l.includes('Rajnath Singh'));
    const character = lines[line].indexOf('Rajnath');
    const misspelt = await session.changeRange(uri, { start: { line, character }, end: { line, character: character + 7 } }, 'Rajanth');
    const afterTypo = await problems(misspelt);
    const added = afterTypo.filter((p) => !first.some((q) => q.line === p.line && q.character === p.character && q.code === p.code));
    assert.deepEqual(added, [{ code: 'misspelled-entity', line, character }]);
    assert.equal(afterTypo.length, first.length + 1);

    // Two lines inserted a quarter of the way in: the problems after them move two lines down, none before them moves.
    const at = lines.findIndex((l, i) => i > lines.length / 4 && l === '');
    const inserted = await session.changeRange(
      uri,
      { start: { line: at, character: 0 }, end: { line: at, character: 0 } },
      'Nothing named here.\n\n',
    );
    const afterInsert = await problems(inserted);
    assert.deepEqual(
      afterInsert,
      afterTypo.map((p) => (p.line >= at ? { ...p, line: p.line + 2 } : p)),
    );
  } finally {
    await session.stop();
  }
});
