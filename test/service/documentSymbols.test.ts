// The Outline of an article, as the service answers it.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SymbolKind } from 'vscode-languageserver';
import { HEADERLESS, READOUT } from './fixtures';
import { InMemoryWorkspace, inFolder } from './inMemoryWorkspace';

describe('document symbols (the Outline)', () => {
  test('a readout: the header date, the headline, and its sections in order', async () => {
    const ws = new InMemoryWorkspace({ files: { 'readout.txt': READOUT } });
    const uri = await ws.open(inFolder('readout.txt'));
    const symbols = await ws.service.getDocumentSymbols(uri);
    assert.deepEqual(
      symbols.map((s) => [s.name, s.kind]),
      [
        ['2023-06-05', SymbolKind.Key],
        ['Raksha Mantri holds talks with US Secretary of Defense', SymbolKind.String],
        ['Background', SymbolKind.Namespace],
        ['Outcomes', SymbolKind.Namespace],
      ],
    );
    assert.equal(symbols[0].detail, 'Press Information Bureau');
    const outcomes = symbols[3];
    assert.equal(outcomes.range.start.line, 7);
    assert.equal(outcomes.range.end.line, 9);
  });

  test('an article with no header has no date in its Outline', async () => {
    const ws = new InMemoryWorkspace({ files: { 'scraped.txt': HEADERLESS } });
    const uri = await ws.open(inFolder('scraped.txt'));
    const symbols = await ws.service.getDocumentSymbols(uri);
    assert.ok(symbols.every((s) => s.kind !== SymbolKind.Key));
  });

  test('none for a file that is not an open article', async () => {
    const ws = new InMemoryWorkspace({ files: { 'readout.txt': READOUT } });
    assert.deepEqual(await ws.service.getDocumentSymbols('file:///workspace/readout.txt'), []);
  });
});
