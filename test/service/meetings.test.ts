// Meetings in the editor, as the service gives them: the Outline, the hover, the CodeLens, workspace symbols.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type MarkupContent, SymbolKind } from 'vscode-languageserver';
import { KB } from './fixtures';
import { InMemoryWorkspace, inFolder, NO_PROGRESS, NOT_CANCELLED, positionOf, uriOf } from './inMemoryWorkspace';

// Two outlets report one meeting: one gives the day, the other does not.
const WIRE = ` date 2024-11-22 Vientiane [Laos], November 22 : Defence Minister Rajnath Singh met US Secretary of Defence Lloyd Austin.
The meeting was held on Thursday on the sidelines of the ADMM-Plus in Vientiane, Laos.
`;
const PAPER = ` date 2024-11-22 Strengthening bonds
During a high-profile meeting in Vientiane, Laos, Defence Minister Rajnath Singh and US Secretary of Defence Lloyd Austin reviewed the partnership.
`;
const OTHER = ` date 2023-06-05 Visit
Visiting US Secretary of Defense Lloyd Austin held talks with Rajnath Singh this morning.
`;

async function workspace() {
  const ws = new InMemoryWorkspace({ files: { 'entities.yaml': KB, 'wire.txt': WIRE, 'paper.txt': PAPER, 'other.txt': OTHER } });
  const uri = await ws.open(inFolder('wire.txt'));
  await ws.service.store.indexed();
  return { ws, uri };
}

describe('meetings in the editor', () => {
  test("the Outline: the article's date, and under it the meeting with its people and place, each revealing its text", async () => {
    const { ws, uri } = await workspace();
    const [header] = await ws.service.getDocumentSymbols(uri);
    assert.equal(header.name, '2024-11-22');
    const meeting = header.children![0];
    assert.equal(meeting.name, 'Rajnath Singh – Lloyd Austin · 2024-11-21 · Vientiane, Laos');
    assert.equal(meeting.kind, SymbolKind.Event);
    assert.deepEqual(
      meeting.children!.map((c) => c.name),
      ['Rajnath Singh', 'Lloyd Austin', 'Vientiane, Laos', 'ADMM-Plus'],
    );
    const lines = WIRE.split('\n');
    const place = meeting.children![2].selectionRange;
    assert.equal(lines[place.start.line].slice(place.start.character, place.end.character), 'Vientiane, Laos');
  });

  test("hover on the meeting's sentence: the people with their office then, the day, and the other report", async () => {
    const { ws, uri } = await workspace();
    const hover = await ws.service.getHover(uri, positionOf(WIRE, 'met US'));
    const value = (hover!.contents as MarkupContent).value;
    assert.match(value, /\*\*Meeting\*\*/);
    assert.match(value, /Lloyd Austin — US Secretary of Defense \(2021–2025\)/);
    assert.match(value, /Date: 2024-11-21/);
    assert.match(value, new RegExp(`Also reported in \\[paper\\\\.txt:2\\]\\(${uriOf(inFolder('paper.txt'))}#L2\\)`));
    assert.doesNotMatch(value, /other\\.txt/);
  });

  test('a CodeLens above the meeting, resolved to the number of articles reporting it', async () => {
    const { ws, uri } = await workspace();
    const [lens] = await ws.service.getCodeLenses(uri);
    assert.equal(lens.command, undefined, 'counted only when resolved');
    const resolved = await ws.service.resolveCodeLens(lens);
    assert.equal(resolved.command!.title, 'Meeting · reported in 2 articles');
    assert.equal(resolved.command!.command, 'seedAnnotator.showMeetingReports');
    const [, , locations] = resolved.command!.arguments as [string, unknown, { uri: string }[]];
    assert.deepEqual(locations.map((l) => l.uri).sort(), [uriOf(inFolder('paper.txt')), uriOf(inFolder('wire.txt'))]);
  });

  test('workspace symbols find meetings by their people', async () => {
    const { ws } = await workspace();
    const found = (await ws.service.getWorkspaceSymbols('Singh Austin')).filter((s) => s.kind === SymbolKind.Event);
    assert.deepEqual(found.map((s) => s.name).sort(), [
      'Lloyd Austin – Rajnath Singh · 2023-06-05',
      'Rajnath Singh – Lloyd Austin · 2024-11-21 · Vientiane, Laos',
    ]);
  });

  test('an edit that removes the meeting updates the count elsewhere, without re-reading the corpus', async () => {
    const { ws, uri } = await workspace();
    const reads = [...ws.reads.values()].reduce((a, b) => a + b, 0);
    await ws.open(inFolder('paper.txt'));
    await ws.type(inFolder('paper.txt'), ' date 2024-11-22 x\nNo meeting here.\n');
    await ws.service.getDocumentSymbols(uriOf(inFolder('paper.txt')));
    const [lens] = await ws.service.getCodeLenses(uri);
    assert.equal((await ws.service.resolveCodeLens(lens)).command!.title, 'Meeting · reported in 1 article');
    assert.equal(
      [...ws.reads.values()].reduce((a, b) => a + b, 0),
      reads,
    );
  });
});

describe('the meetings of the workspace (the Meetings view and the timeline)', () => {
  test('one entry per real meeting with all its reports, dated by the report that gives the day, sorted by date', async () => {
    const { ws } = await workspace();
    const meetings = (await ws.service.executeCommand('seedAnnotator.server.listMeetings', [], NO_PROGRESS, NOT_CANCELLED)) as {
      label: string;
      date: string | null;
      reports: { uri: string }[];
    }[];
    assert.deepEqual(
      meetings.map((m) => [m.date, m.reports.length]),
      [
        ['2023-06-05', 1],
        ['2024-11-21', 2],
      ],
    );
    assert.equal(meetings[1].label, 'Rajnath Singh – Lloyd Austin · 2024-11-21 · Vientiane, Laos');
  });
});
