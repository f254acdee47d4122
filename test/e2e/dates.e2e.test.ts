// A relative date shows the day it resolves to, on screen, as an inlay hint; hovering it says so too.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scenarioTimeout, waitUntil, withWorkbench } from './harness';

test('in seed 001, "held on Thursday" shows the inlay hint 2024-11-21, and the hover names the day', { timeout: scenarioTimeout }, () =>
  withWorkbench('dates', {}, async (vscode) => {
    await vscode.openFile('001_147d61cd0fcbe092.txt');
    await vscode.waitForLanguageMode('Seed Article');
    // Line 3 is "The meeting was held on Thursday on the sidelines …"; the hint is text the editor injects after "Thursday".
    const line = await waitUntil(
      async () => {
        const text = await vscode.lineText(3);
        return text?.includes('Thursday') && /Thursday\s*2024-11-21/.test(text) ? text : undefined;
      },
      () => 'the inlay hint 2024-11-21 after "Thursday" on line 3',
      30_000,
    );
    await vscode.screenshot('inlay-hint-thursday');
    assert.match(line, /held on Thursday\s*2024-11-21 on the sidelines/);
    const hover = await vscode.hover('Thursday', { until: /2024-11-21/ });
    await vscode.screenshot('hover-thursday');
    assert.match(hover, /Thursday 2024-11-21/);
    assert.match(hover, /1 day before publication/);
  }),
);
