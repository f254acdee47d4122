// Quick fixes, as the service offers them for the problems under the cursor.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TextDocumentEdit, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { HEADERLESS, KB, WIRE } from './fixtures';
import { InMemoryWorkspace, inFolder, NO_PROGRESS, NOT_CANCELLED, uriOf } from './inMemoryWorkspace';

const everywhere = { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } };

async function actionsFor(ws: InMemoryWorkspace, file: string, only?: string[]) {
  const uri = uriOf(inFolder(file));
  const diagnostics = ws.published.get(uri)?.diagnostics ?? [];
  return ws.service.getCodeActions({ textDocument: { uri }, range: everywhere, context: { diagnostics, ...(only ? { only } : {}) } });
}

function applied(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'seed', 1, text), edits);
}

describe('code actions', () => {
  test('a missing header: the date the text gives is the preferred fix', async () => {
    const text = `${HEADERLESS}\n07-Feb-2025, 03:02 PM\n`;
    const ws = new InMemoryWorkspace({ files: { 'entities.yaml': KB, 'scraped.txt': text } });
    await ws.open(inFolder('scraped.txt'));
    assert.deepEqual(ws.codes(inFolder('scraped.txt')), ['missing-date-header']);
    const preferred = (await actionsFor(ws, 'scraped.txt')).filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1);
    const edits = preferred[0].edit!.changes![uriOf(inFolder('scraped.txt'))];
    assert.equal(applied(text, edits).split('\n')[0], ' date 2025-02-07 newshots banner');
  });

  test('a missing header with no date in the text: a placeholder to type over', async () => {
    const ws = new InMemoryWorkspace({ files: { 'scraped.txt': HEADERLESS } });
    await ws.open(inFolder('scraped.txt'));
    const [fix] = await actionsFor(ws, 'scraped.txt');
    assert.equal(
      applied(HEADERLESS, fix.edit!.changes![uriOf(inFolder('scraped.txt'))]).split('\n')[0],
      ' date YYYY-MM-DD newshots banner',
    );
  });

  test('a misspelt minister: the fix writes the right name', async () => {
    const ws = new InMemoryWorkspace({ files: { 'entities.yaml': KB, 'wire.txt': WIRE } });
    await ws.open(inFolder('wire.txt'));
    assert.ok(ws.codes(inFolder('wire.txt'))!.includes('misspelled-entity'));
    const fix = (await actionsFor(ws, 'wire.txt')).find((a) => a.isPreferred && /Lloyd Austin/.test(a.title));
    assert.ok(fix, 'a fix naming Lloyd Austin');
    const edits = fix.edit!.changes![uriOf(inFolder('wire.txt'))];
    assert.match(applied(WIRE, edits), /Later Lloyd Austin spoke/);
  });

  test('an unknown name: "Add to the knowledge base" edits the entities.yaml in force, keeping its comments', async () => {
    const text = ' date 2024-11-22 x\nRajnath Singh spoke to Express News Service.\n';
    const ws = new InMemoryWorkspace({ files: { 'entities.yaml': KB, 'tokyo.txt': text } });
    await ws.open(inFolder('tokyo.txt'));
    const add = (await actionsFor(ws, 'tokyo.txt')).find((a) => a.title.startsWith('Add "Express News Service"'));
    assert.ok(add, 'an add action for Express News Service');
    assert.equal(add.edit, undefined, 'a command, run when chosen: no stale copy of the KB travels with the list');
    await ws.service.executeCommand(add.command!.command, add.command!.arguments ?? [], NO_PROGRESS, NOT_CANCELLED);
    const change = ws.appliedEdits.at(-1)!.documentChanges![0] as TextDocumentEdit;
    assert.equal(change.textDocument.uri, uriOf(inFolder('entities.yaml')));
    const updated = applied(KB, change.edits as TextEdit[]);
    assert.match(updated, /^# Test knowledge base/);
    assert.match(updated, /name: Express News Service\n\s+type: organisation/);
  });

  test('none when only refactorings are asked for', async () => {
    const ws = new InMemoryWorkspace({ files: { 'scraped.txt': HEADERLESS } });
    await ws.open(inFolder('scraped.txt'));
    assert.deepEqual(await actionsFor(ws, 'scraped.txt', ['refactor']), []);
  });
});

describe('adding to a knowledge base that does not exist yet', () => {
  test('creates entities.yaml only if it is still missing: a create applied late never inserts a second copy', async () => {
    const text = ' date 2024-11-22 x\nRajnath Singh spoke to Express News Service.\n';
    const ws = new InMemoryWorkspace({ files: { 'tokyo.txt': text } });
    await ws.open(inFolder('tokyo.txt'));
    const add = (await actionsFor(ws, 'tokyo.txt')).find((a) => a.title.startsWith('Add "Express News Service"'))!;
    await ws.service.executeCommand(add.command!.command, add.command!.arguments ?? [], NO_PROGRESS, NOT_CANCELLED);
    const [create] = ws.appliedEdits.at(-1)!.documentChanges! as {
      kind?: string;
      options?: { ignoreIfExists?: boolean; overwrite?: boolean };
    }[];
    assert.equal(create.kind, 'create');
    assert.deepEqual(create.options, { overwrite: false, ignoreIfExists: false });
  });
});
