// Hovering a person's name shows who it is and the office held on the article's date.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scenarioTimeout, withWorkbench } from './harness';

test('hovering Austin in seed 001 shows Lloyd Austin and his role on the article date', { timeout: scenarioTimeout }, () =>
  withWorkbench('hover-entity', {}, async (vscode) => {
    await vscode.openFile('001_147d61cd0fcbe092.txt');
    await vscode.waitForLanguageMode('Seed Article');
    const hover = await vscode.hover('Austin', { until: /Lloyd Austin/ });
    await vscode.screenshot('hover-austin');
    assert.match(hover, /Lloyd Austin/, 'the hover names the entity from the knowledge base');
    assert.match(hover, /US Secretary of Defense \(2021–2025\)/, `the hover gives the office held on 2024-11-22; it said: ${hover}`);
    assert.match(hover, /person/);
  }),
);
