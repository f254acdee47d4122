// With `seedAnnotator.validate: onSave`, typing does not check the article; saving does.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Problem, scenarioTimeout, withWorkbench } from './harness';

const article = '000_a99d1e6f017bd13f.txt'; // line 1: " date 2024-11-22 Left Menu"
const describe = (ps: Problem[]) => ps.map((p) => `${p.line}:${p.column} ${p.code}`).sort();

test(
  'with validate set to onSave, a header broken by typing shows no new problem until the file is saved',
  { timeout: scenarioTimeout },
  () =>
    withWorkbench('validate-on-save', { settings: { 'seedAnnotator.validate': 'onSave' } }, async (vscode) => {
      // First make sure the language server is up and publishing: 003 has no header at all.
      await vscode.openFile('003_c5481a9a9945fb77.txt');
      await vscode.waitForProblems(
        (ps) => ps.some((p) => p.code === 'missing-date-header'),
        'missing-date-header for 003 (the server checks on open)',
      );

      await vscode.openFile(article);
      await vscode.waitForLanguageMode('Seed Article');
      await sleep(1500); // its check on open
      const onOpen = describe((await vscode.problems()).filter((p) => p.file === article));

      // Turn 2024-11-22 into the impossible 2024-02-30.
      await vscode.goToStart();
      for (let i = 0; i < ' date 2024-'.length; i++) await vscode.page.keyboard.press('ArrowRight');
      for (let i = 0; i < '11-22'.length; i++) await vscode.page.keyboard.press('Shift+ArrowRight');
      await vscode.page.keyboard.type('02-30');
      await vscode.waitForLineText(1, ' date 2024-02-30 Left Menu', 'after typing');
      await sleep(3000); // fifteen times the 200 ms pause after which onType would check
      const beforeSave = describe((await vscode.problems()).filter((p) => p.file === article));
      await vscode.screenshot('typed-not-saved');
      assert.equal(await vscode.isDirty(article), true, 'the edit was saved without Ctrl+S: is files.autoSave off in the test profile?');
      assert.deepEqual(beforeSave, onOpen, `typing changed the problems of ${article} although validate is onSave`);

      await vscode.page.keyboard.press('Control+KeyS');
      await vscode.waitForProblems(
        (ps) => ps.some((p) => p.file === article && p.code === 'invalid-date-header' && p.line === 1),
        `invalid-date-header for ${article} line 1 after saving`,
      );
      await vscode.screenshot('saved');
    }),
);
