// Entities in the workbench: a misspelt minister fixed from the editor, and a new name annotated
// into the knowledge base with the palette command.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Problem, scenarioTimeout, waitUntil, withWorkbench } from './harness';

const misspelt = '002_1fd20a4d4452eadb.txt'; // line 7: "… Lloyd Austin, Rajanth Singh said, …"
const isMisspelling = (p: Problem) => p.file === misspelt && p.code === 'misspelled-entity';

test('a misspelt minister is a warning whose quick fix writes the name as the knowledge base spells it', { timeout: scenarioTimeout }, () =>
  withWorkbench('misspelled-entity', {}, async (vscode) => {
    await vscode.openFile(misspelt);
    await vscode.waitForLanguageMode('Seed Article');
    const [problem] = (await vscode.waitForProblems((ps) => ps.some(isMisspelling), `misspelled-entity for ${misspelt}`)).filter(
      isMisspelling,
    );
    assert.equal(problem.severity, 'warning');
    assert.match(problem.message, /"Rajanth Singh" looks like a misspelling of "Rajnath Singh"/);
    await vscode.select('Rajanth Singh');
    const fixes = await vscode.quickFixes();
    await vscode.screenshot('misspelling-quick-fix');
    await vscode.applyQuickFix('Change to "Rajnath Singh"');
    await vscode.waitForProblems((ps) => !ps.some(isMisspelling), 'no misspelled-entity after the fix');
    const line = await vscode.lineText(7);
    assert.match(line ?? '', /Lloyd Austin, Rajnath Singh said/, `line 7 after the fix (fixes offered: ${JSON.stringify(fixes)})`);
    await vscode.screenshot('misspelling-fixed');
  }),
);

const article = '005_annotate.txt';
const text =
  ' date 2024-03-01 Staff report\n\nDefence Minister Rajnath Singh visited the Sahyadri Aerospace Works plant near Pune on Friday.\n';

test(
  'Annotate Selection as Entity adds the selected name to entities.yaml, and the article knows it at once',
  { timeout: scenarioTimeout },
  () =>
    withWorkbench('annotate-selection', { files: { [`seeds/${article}`]: text } }, async (vscode) => {
      await vscode.openFile(article);
      await vscode.waitForLanguageMode('Seed Article');
      const before = await vscode.hover('Sahyadri', { until: /not in the knowledge base/ });
      assert.match(before, /organisation/, `the hover before annotating: ${before}`);

      await vscode.select('Sahyadri Aerospace Works');
      await vscode.command('Seed Annotator: Annotate Selection as Entity…');
      await vscode.screenshot('type-picker');
      await vscode.pick('New organisation');
      const notice = vscode.page.locator('.notifications-toasts .notification-toast', {
        hasText: 'Added "Sahyadri Aerospace Works" to entities.yaml',
      });
      await waitUntil(
        () => notice.first().isVisible(),
        () => 'no notification that the name was added to entities.yaml',
      );
      await vscode.screenshot('added');

      const after = await vscode.hover('Sahyadri', { until: /\bSahyadri Aerospace Works\b.*· organisation/s });
      assert.doesNotMatch(after, /not in the knowledge base/, `the hover after annotating: ${after}`);
      await vscode.screenshot('hover-after');
    }),
);
