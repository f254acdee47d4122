// Hover, as the service answers it for an open article.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver';
import { HOVER_INDEX_WAIT_MS, indexedForHover, SMALL_WORKSPACE_INDEX_WAIT_MS } from '../../src/server/features/indexWait';
import { KB, READOUT, WIRE } from './fixtures';
import { InMemoryWorkspace, inFolder, positionOf, uriOf } from './inMemoryWorkspace';

const workspace = () =>
  new InMemoryWorkspace({
    files: { 'entities.yaml': KB, 'wire.txt': WIRE, 'readout.txt': READOUT, 'notes/unrelated.txt': ' date 2024-01-01 x\nNothing.\n' },
  });

const value = (hover: { contents: unknown } | null) => (hover ? (hover.contents as MarkupContent).value : '(no hover)');

describe('hover', () => {
  test('on a surname: the person, the office held on the article date, and the articles mentioning them', async () => {
    const ws = workspace();
    const uri = await ws.open(inFolder('wire.txt'));
    const hover = await ws.service.getHover(uri, positionOf(WIRE, 'Austin thanked'));
    assert.match(value(hover), /\*\*Lloyd Austin\*\*/);
    assert.match(value(hover), /US Secretary of Defense/);
    assert.match(value(hover), /Mentioned in 2 articles/);
    assert.deepEqual(hover?.range, { start: positionOf(WIRE, 'Austin thanked', 0, 0), end: positionOf(WIRE, 'Austin thanked', 0, 6) });
  });

  test('counts what the editor shows: an unsaved edit that drops the name elsewhere changes the count', async () => {
    const ws = workspace();
    const uri = await ws.open(inFolder('wire.txt'));
    await ws.service.getHover(uri, positionOf(WIRE, 'Austin thanked')); // index built
    await ws.open(inFolder('readout.txt'));
    await ws.type(inFolder('readout.txt'), ' date 2023-06-05 x\nNo names left.\n');
    await ws.service.getDocumentSymbols(uriOf(inFolder('readout.txt'))); // the edit is analysed
    assert.match(value(await ws.service.getHover(uri, positionOf(WIRE, 'Austin thanked'))), /Mentioned in 1 article\b/);
  });

  test('on a misspelling: the person it means', async () => {
    const ws = workspace();
    const uri = await ws.open(inFolder('wire.txt'));
    assert.match(value(await ws.service.getHover(uri, positionOf(WIRE, 'Llyod'))), /Lloyd Austin/);
  });

  test('nothing on a word that names nobody, nor in a file that is not open', async () => {
    const ws = workspace();
    const uri = await ws.open(inFolder('wire.txt'));
    assert.equal(await ws.service.getHover(uri, positionOf(WIRE, 'press')), null);
    assert.equal(await ws.service.getHover(uriOf(inFolder('readout.txt')), positionOf(READOUT, 'Austin')), null);
  });
});

describe('a hover while the workspace is being indexed', () => {
  /** A store still indexing, `total` articles found so far, done when `finish` is called. */
  const indexing = (total: number) => {
    let finish = () => {};
    const done = new Promise<void>((resolve) => (finish = resolve));
    const store = { isIndexed: false, indexProgress: { done: 0, total }, indexed: () => done };
    return { store, finish };
  };
  const settled = async (promise: Promise<void>) => {
    let is = false;
    void promise.then(() => (is = true));
    for (let i = 0; i < 5; i++) await Promise.resolve();
    return is;
  };

  test('in a small workspace waits up to a second for it, so counts and links are there right after start-up', async (t) => {
    t.mock.timers.enable(['setTimeout']);
    const { store, finish } = indexing(5);
    const wait = indexedForHover(store);
    t.mock.timers.tick(HOVER_INDEX_WAIT_MS + 100);
    assert.equal(await settled(wait), false, 'still waiting after the large-workspace wait');
    finish();
    assert.equal(await settled(wait), true);
    const { store: slow } = indexing(5);
    const gaveUp = indexedForHover(slow);
    t.mock.timers.tick(SMALL_WORKSPACE_INDEX_WAIT_MS);
    assert.equal(await settled(gaveUp), true, 'never longer than a second');
  });

  test('in a large one waits only a moment: a hover is never held up by a 10k-article index', async (t) => {
    t.mock.timers.enable(['setTimeout']);
    const { store } = indexing(10_000);
    const wait = indexedForHover(store);
    t.mock.timers.tick(HOVER_INDEX_WAIT_MS);
    assert.equal(await settled(wait), true);
  });
});
