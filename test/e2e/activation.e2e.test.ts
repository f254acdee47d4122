// The extension activates for seed articles only: opening a Markdown file leaves it asleep.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { scenarioTimeout, waitUntil, withWorkbench } from './harness';

test('opening a .md file does not activate the extension; opening a seed article does', { timeout: scenarioTimeout }, () =>
  withWorkbench('activation', { files: { 'notes.md': '# Notes\n\nNot a seed article.\n' } }, async (vscode) => {
    await vscode.openFile('notes.md');
    await vscode.waitForLanguageMode('Markdown');
    // Markdown's own extension activates on the same event; once its activation is in the log, any
    // activation of ours caused by opening the file would be there too.
    await waitUntil(
      async () => vscode.activations().some((a) => a.event === 'onLanguage:markdown'),
      () => `the extension host never logged an activation for onLanguage:markdown; it logged ${JSON.stringify(vscode.activations())}`,
    );
    await sleep(2000);
    const afterMarkdown = vscode.activations().filter((a) => a.extension.startsWith('seed-annotator.'));
    assert.deepEqual(afterMarkdown, [], `Seed Annotator activated after opening only a .md file (activationEvents too broad?)`);
    await vscode.showRunningExtensions();
    const runningAfterMarkdown = await vscode.runningExtensions();
    await vscode.screenshot('running-extensions-after-markdown');
    assert.ok(
      !runningAfterMarkdown.includes('Seed Annotator'),
      `Running Extensions lists Seed Annotator after opening only a .md file: ${runningAfterMarkdown.join(', ')}`,
    );

    await vscode.openFile('000_a99d1e6f017bd13f.txt');
    await vscode.waitForLanguageMode('Seed Article');
    await waitUntil(
      async () => vscode.seedAnnotatorActivated(),
      () => "a seed article is open but the extension host never activated Seed Annotator: is 'onLanguage:seed' in activationEvents?",
    );
    const events = vscode
      .activations()
      .filter((a) => a.extension.startsWith('seed-annotator.'))
      .map((a) => a.event);
    assert.deepEqual(events, ['onLanguage:seed'], `Seed Annotator was activated by ${events.join(', ')}, expected by onLanguage:seed only`);
    await vscode.showRunningExtensions();
    let running: string[] = [];
    await waitUntil(
      async () => (running = await vscode.runningExtensions()).includes('Seed Annotator'),
      () => `Running Extensions does not list Seed Annotator (did its activate() fail or hang?); it lists ${running.join(', ')}`,
      30_000,
    );
    await vscode.screenshot('running-extensions-after-seed-article');
  }),
);
