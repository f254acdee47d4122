// Check All Articles from the palette, and the header placeholder typed over after the quick fix.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Problem, scenarioTimeout, waitUntil, withWorkbench } from './harness';

test('Check All Articles reports every article of the workspace, opened or not, and sums it up', { timeout: scenarioTimeout }, () =>
  withWorkbench('check-all-articles', {}, async (vscode) => {
    // No article is open: the command itself activates the extension.
    await vscode.command('Seed Annotator: Check All Articles');
    const summary = vscode.page.locator('.notifications-toasts .notification-toast', { hasText: 'Seed Annotator checked 5 articles' });
    await waitUntil(
      () => summary.first().isVisible(),
      () => 'no "Seed Annotator checked 5 articles" notification after Check All Articles',
      30_000,
    );
    const text = (await summary.first().innerText()).replace(/\s+/g, ' ');
    assert.match(text, /checked 5 articles: 1 error, 2 warnings/, `the summary: ${text}`);
    const problems = await vscode.waitForProblems(
      (ps) => ps.some((p) => p.code === 'missing-date-header') && ps.filter((p) => p.code === 'misspelled-entity').length === 2,
      'missing-date-header for 003 and the two misspelt ministers, none of them opened',
    );
    const progress = vscode.page.locator('.notifications-toasts .notification-toast', { hasText: 'checking all articles' });
    await waitUntil(
      async () => !(await progress.first().isVisible()),
      () => 'the "checking all articles" progress notification stayed after the check ended',
      10_000,
    );
    await vscode.screenshot('checked-all');
    const where = (p: Problem) => `${p.file}:${p.line} ${p.code}`;
    assert.deepEqual(
      problems
        .filter((p) => p.source.includes('seed-annotator'))
        .map(where)
        .sort(),
      [
        '000_a99d1e6f017bd13f.txt:7 misspelled-entity',
        '002_1fd20a4d4452eadb.txt:7 misspelled-entity',
        '003_c5481a9a9945fb77.txt:1 missing-date-header',
      ],
    );
  }),
);

const undated = '006_undated.txt';

test('a header inserted without a date selects the YYYY-MM-DD placeholder, and typing replaces it', { timeout: scenarioTimeout }, () =>
  withWorkbench('header-placeholder', { files: { [`seeds/${undated}`]: 'No date anywhere in this text.\n' } }, async (vscode) => {
    await vscode.openFile(undated);
    await vscode.waitForLanguageMode('Seed Article');
    const isMissing = (p: Problem) => p.file === undated && p.code === 'missing-date-header';
    await vscode.waitForProblems((ps) => ps.some(isMissing), `missing-date-header for ${undated}`);
    await vscode.goToStart();
    await vscode.quickFixes();
    await vscode.applyQuickFix('Insert a date header');
    await vscode.waitForLineText(1, ' date YYYY-MM-DD No date anywhere in this text.', 'after the quick fix');
    await vscode.screenshot('placeholder-selected');
    await vscode.page.keyboard.type('2024-05-06');
    await vscode.waitForLineText(1, ' date 2024-05-06 No date anywhere in this text.', 'after typing over the selected placeholder');
    await vscode.waitForProblems((ps) => !ps.some(isMissing), `no missing-date-header for ${undated} once the date is typed`);
    await vscode.screenshot('date-typed');
  }),
);
