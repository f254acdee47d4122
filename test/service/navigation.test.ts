// Go to definition and find references, as the service answers them.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver';
import { KB, READOUT, WIRE } from './fixtures';
import { InMemoryWorkspace, inFolder, positionOf, uriOf } from './inMemoryWorkspace';

const workspace = () => new InMemoryWorkspace({ files: { 'entities.yaml': KB, 'wire.txt': WIRE, 'sub/readout.txt': READOUT } });

describe('go to definition', () => {
  test('goes to the name of the entity in the entities.yaml in force', async () => {
    const ws = workspace();
    const uri = await ws.open(inFolder('wire.txt'));
    const location = await ws.service.getDefinition(uri, positionOf(WIRE, 'Singh'));
    assert.equal(location?.uri, uriOf(inFolder('entities.yaml')));
    assert.equal(KB.split('\n')[location!.range.start.line].trim(), 'name: Rajnath Singh');
  });

  test('has nowhere to go from an unknown name', async () => {
    const ws = workspace();
    const uri = await ws.open(inFolder('wire.txt'));
    assert.equal(await ws.service.getDefinition(uri, positionOf(WIRE, 'press')), null);
  });
});

describe('find references', () => {
  test('lists every mention in every article of the workspace, open or not, misspellings included', async () => {
    const ws = workspace();
    const uri = await ws.open(inFolder('wire.txt'));
    const found = await ws.service.getReferences(uri, positionOf(WIRE, 'Austin thanked'), false);
    const byFile = (file: string) => found!.filter((l) => l.uri === uriOf(inFolder(file))).length;
    assert.equal(byFile('wire.txt'), 3); // Lloyd J Austin, Austin, Llyod Austin
    assert.equal(byFile('sub/readout.txt'), 2);
  });

  test('with the declaration, starts at the entry in entities.yaml', async () => {
    const ws = workspace();
    const uri = await ws.open(inFolder('wire.txt'));
    const found = await ws.service.getReferences(uri, positionOf(WIRE, 'Laos', 1), true);
    assert.equal(found![0].uri, uriOf(inFolder('entities.yaml')));
    assert.equal(found!.length, 3);
  });

  test('follow the edits of an open article: its names typed away and back again, other names and articles untouched', async () => {
    const ws = workspace();
    await ws.open(inFolder('wire.txt'));
    const readout = await ws.open(inFolder('sub/readout.txt'));
    const inWire = async (needle: string) => {
      const found = await ws.service.getReferences(readout, positionOf(READOUT, needle), false);
      return found!.filter((l) => l.uri === uriOf(inFolder('wire.txt'))).length;
    };
    const inReadout = async () =>
      (await ws.service.getReferences(readout, positionOf(READOUT, 'Austin met'), false))!.filter(
        (l) => l.uri === uriOf(inFolder('sub/readout.txt')),
      ).length;
    const articlesWithAustin = async () => {
      const hover = await ws.service.getHover(readout, positionOf(READOUT, 'Austin met'));
      return /Mentioned in (\d+) article/.exec((hover?.contents as MarkupContent | undefined)?.value ?? '')?.[1];
    };
    const withoutAustin = WIRE.replace(/Lloyd J Austin|Llyod Austin|Austin/g, 'the Secretary');
    for (let round = 0; round < 3; round++) {
      await ws.type(inFolder('wire.txt'), withoutAustin);
      await ws.until(async () => (await inWire('Austin met')) === 0);
      assert.equal(await articlesWithAustin(), '1', 'the hover counts the readout alone');
      assert.equal(await inWire('Rajnath Singh again'), 2, 'Singh is still mentioned twice');
      await ws.type(inFolder('wire.txt'), WIRE);
      await ws.until(async () => (await inWire('Austin met')) === 3);
      assert.equal(await articlesWithAustin(), '2');
      assert.equal(await inWire('Rajnath Singh again'), 2);
      assert.equal(await inReadout(), 2, 'the other article keeps its mentions');
    }
  });

  test('follow the disk: a file written, then deleted, outside the editor', async () => {
    const ws = workspace();
    const uri = await ws.open(inFolder('wire.txt'));
    const references = () => ws.service.getReferences(uri, positionOf(WIRE, 'Singh'), false);
    const count = async () => (await references())!.length;
    assert.equal(await references(), await references(), 'asked again with nothing changed: the same answer, not rebuilt');
    const before = await count();
    await ws.write(inFolder('new.txt'), ' date 2024-01-01 x\nRajnath Singh spoke.\n');
    assert.equal(await count(), before + 1);
    await ws.delete(inFolder('new.txt'));
    assert.equal(await count(), before);
  });
});
