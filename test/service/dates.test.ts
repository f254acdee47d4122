// Dates in the editor, as the service gives them: hover, inlay hints (and their setting), colours.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver';
import { TOKEN_TYPES } from '../../src/server/features/semanticTokens';
import { InMemoryWorkspace, inFolder, positionOf } from './inMemoryWorkspace';

const ARTICLE = ` date 2024-11-22 Vientiane [Laos], November 22 : the ministers met.
The meeting was held on Thursday. The roadmap covers 2025-2035. Austin in Delhi on Monday.
`;
const everything = { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } };

async function open(settings?: Record<string, unknown>) {
  const ws = new InMemoryWorkspace({ files: { 'a.txt': ARTICLE }, ...(settings ? { settings } : {}) });
  return { ws, uri: await ws.open(inFolder('a.txt')) };
}

describe('dates in the editor', () => {
  test('hover on a weekday: the day it was, and how it stands to publication', async () => {
    const { ws, uri } = await open();
    const hover = await ws.service.getHover(uri, positionOf(ARTICLE, 'Thursday'));
    assert.match((hover!.contents as MarkupContent).value, /\*\*Thursday 2024-11-21\*\* — 1 day before publication/);
    assert.deepEqual(hover!.range, { start: positionOf(ARTICLE, 'Thursday', 0, 0), end: positionOf(ARTICLE, 'Thursday', 0, 8) });
  });

  test('hover on a weekday the text leaves open: both days, neither preferred', async () => {
    const { ws, uri } = await open();
    const value = ((await ws.service.getHover(uri, positionOf(ARTICLE, 'Monday')))!.contents as MarkupContent).value;
    assert.match(value, /Either \*\*Monday 2024-11-18\*\*.*\n\nor \*\*Monday 2024-11-25\*\*/s);
  });

  test('inlay hints after relative dates only, by default', async () => {
    const { ws, uri } = await open();
    const hints = await ws.service.getInlayHints(uri, everything);
    assert.deepEqual(
      hints.map((h) => [h.label, h.position]),
      [
        ['2024-11-22', positionOf(ARTICLE, 'November 22', 0, 11)],
        ['2024-11-21', positionOf(ARTICLE, 'Thursday', 0, 8)],
        ['2024-11-18 or 2024-11-25', positionOf(ARTICLE, 'Monday', 0, 6)],
      ],
    );
  });

  test('seedAnnotator.inlayHints.dates: all adds absolute dates; off shows none', async () => {
    const all = await open({ inlayHints: { dates: 'all' } });
    assert.ok((await all.ws.service.getInlayHints(all.uri, everything)).some((h) => h.label === '2025–2035'));
    const off = await open({ inlayHints: { dates: 'off' } });
    assert.deepEqual(await off.ws.service.getInlayHints(off.uri, everything), []);
  });

  test('only hints inside the range asked for', async () => {
    const { ws, uri } = await open();
    const hints = await ws.service.getInlayHints(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 99 } });
    assert.deepEqual(
      hints.map((h) => h.label),
      ['2024-11-22'],
    );
  });

  test('dates are coloured as dates, in document order with the names', async () => {
    const { ws, uri } = await open();
    const { data } = await ws.service.getSemanticTokens(uri);
    const tokens: { line: number; character: number; length: number; type: string }[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
      tokens.push({ line, character, length: data[i + 2], type: TOKEN_TYPES[data[i + 3]] });
    }
    const lines = ARTICLE.split('\n');
    const dates = tokens.filter((t) => t.type === 'date').map((t) => lines[t.line].slice(t.character, t.character + t.length));
    assert.deepEqual(dates, ['November 22', 'Thursday', '2025-2035', 'Monday']);
  });
});
