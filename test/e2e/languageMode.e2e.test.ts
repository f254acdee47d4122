// A seed article opens in the Seed Article language mode, and the grammar colours its header date.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scenarioTimeout, waitUntil, withWorkbench } from './harness';

test('opening a seed article switches the language mode to Seed Article and colours the header date', { timeout: scenarioTimeout }, () =>
  withWorkbench('language-mode', {}, async (vscode) => {
    await vscode.openFile('001_147d61cd0fcbe092.txt');
    await vscode.waitForLanguageMode(
      'Seed Article',
      "is the language id in package.json 'seed', with the alias 'Seed Article' and the filename pattern **/seeds/**/*.txt?",
    );
    const id = await vscode.languageId('Seed Article');
    assert.equal(
      id,
      'seed',
      `the language 'Seed Article' has the id '${id}'; the grammar, the settings and the activation event expect 'seed' (package.json contributes.languages)`,
    );

    // Line 1 is ` date 2024-11-22 Vientiane [Laos], …`; line 3 is plain body text.
    const date = await waitUntil(
      async () => {
        const token = await vscode.token('2024-11-22');
        return token?.text === '2024-11-22' && token;
      },
      () =>
        "the header date '2024-11-22' is not a token of its own: the grammar did not tokenise line 1 (syntaxes/seed.tmLanguage.json contributed for language 'seed'?)",
    );
    const body = await vscode.token('The meeting was held on');
    assert.ok(body, "the body text 'The meeting was held on' is not on screen");
    await vscode.screenshot('seed-article');
    assert.notEqual(
      date.colour,
      body.colour,
      `the header date has the body text's colour ${body.colour}: the grammar's scope for the date is not coloured by the theme`,
    );
  }),
);
