// The missing-date-header error in the Problems panel, its quick fix applied from the editor, and undo.

import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { type Problem, scenarioTimeout, waitUntil, withWorkbench } from './harness';

const headerless = '003_c5481a9a9945fb77.txt';
const isMissingHeader = (p: Problem) => p.file === headerless && p.code === 'missing-date-header';

test(
  'a seed article without a header shows missing-date-header; the quick fix inserts the inferred date; undo restores it',
  { timeout: scenarioTimeout },
  () =>
    withWorkbench('quick-fix', {}, async (vscode) => {
      const path = join(vscode.workspace, 'seeds', headerless);
      const original = readFileSync(path, 'latin1'); // one character per byte: equal strings are equal bytes
      await vscode.openFile(headerless);
      await vscode.waitForLanguageMode('Seed Article');

      const [problem] = (await vscode.waitForProblems((ps) => ps.some(isMissingHeader), `missing-date-header for ${headerless}`)).filter(
        isMissingHeader,
      );
      assert.deepEqual([problem.severity, problem.line, problem.column], ['error', 1, 1], `the problem: ${JSON.stringify(problem)}`);
      // The same diagnostic, as the editor shows it when the mouse rests on line 1.
      const hover = await vscode.hover('newshots', { until: 'The first line is not a date header' });
      assert.match(hover, /The text gives 2025-02-07/);
      await vscode.screenshot('problems-and-hover');

      await vscode.goToStart();
      const fixes = await vscode.quickFixes();
      await vscode.screenshot('quick-fix-menu');
      assert.ok(
        fixes.some((f) => f.startsWith('Insert a date header dated 2025-02-07')),
        `the quick fixes offered: ${JSON.stringify(fixes)}`,
      );
      await vscode.applyQuickFix('Insert a date header dated 2025-02-07');

      await vscode.waitForLineText(1, ' date 2025-02-07 newshots banner', 'after the quick fix');
      await vscode.waitForProblems((ps) => !ps.some(isMissingHeader), 'no missing-date-header after the fix');
      await vscode.screenshot('after-quick-fix');

      await vscode.goToStart();
      await vscode.page.keyboard.press('Control+KeyZ');
      await vscode.waitForLineText(1, 'newshots banner', 'after undo');
      await vscode.waitForProblems((ps) => ps.some(isMissingHeader), 'missing-date-header again after undo');
      assert.equal(
        await vscode.isDirty(headerless),
        false,
        'after undo the editor still has unsaved changes: it is not back at the file as it was',
      );
      // Save what the editor holds and compare it with the file as it was, byte for byte.
      const before = statSync(path).mtimeMs;
      await vscode.page.keyboard.press('Control+KeyS');
      await waitUntil(
        async () => statSync(path).mtimeMs !== before,
        () => 'Ctrl+S did not write the file',
      );
      const saved = readFileSync(path, 'latin1');
      assert.ok(
        saved === original,
        `after undo and save the file differs from the original (${saved.length} bytes, was ${original.length}); it starts ${JSON.stringify(saved.slice(0, 80))}`,
      );
      await vscode.screenshot('after-undo');
    }),
);
