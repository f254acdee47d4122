// The Outline view shows the meeting an article reports, under the article's date; hovering the meeting's
// sentence shows the meeting with the other report of it; its CodeLens opens both reports.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scenarioTimeout, waitUntil, withWorkbench } from './harness';

test('in seed 001, the Outline shows the Singh–Austin meeting of 2024-11-21, and its hover links 000', { timeout: scenarioTimeout }, () =>
  withWorkbench('meetings', {}, async (vscode) => {
    const { page } = vscode;
    await vscode.openFile('001_147d61cd0fcbe092.txt');
    await vscode.waitForLanguageMode('Seed Article');
    await page
      .locator('.pane-header', { hasText: /^\s*Outline/i })
      .first()
      .click();
    const meeting = page.locator('.monaco-list-row', { hasText: 'Rajnath Singh – Lloyd Austin · 2024-11-21' }).first();
    await waitUntil(
      async () => {
        if (await meeting.isVisible()) return true;
        // Collapsed: open the article's date, under which the meetings are.
        const date = page.locator('.monaco-list-row', { hasText: '2024-11-22' }).first();
        if ((await date.isVisible()) && (await date.getAttribute('aria-expanded')) === 'false') await date.click();
        return false;
      },
      () => 'the Outline view never showed "Rajnath Singh – Lloyd Austin · 2024-11-21"',
      30_000,
    );
    const label = (await meeting.innerText()).replace(/\s+/g, ' ');
    assert.match(label, /Rajnath Singh – Lloyd Austin · 2024-11-21 · Vientiane, Laos/);
    await vscode.screenshot('outline-meeting');
    const hover = await vscode.hover('discussed', { until: /Also reported in/ });
    await vscode.screenshot('hover-meeting');
    assert.match(hover, /Meeting/);
    assert.match(hover, /Lloyd Austin — US Secretary of Defense \(2021–2025\)/);
    assert.match(hover, /Also reported in 000_a99d1e6f017bd13f\.txt/);
    // The CodeLens above the meeting counts its reports; clicking it shows them in the references peek.
    await page.mouse.move(1, 1);
    const lens = page.locator('.codelens-decoration a', { hasText: 'Meeting · reported in 2 articles' }).first();
    await waitUntil(
      () => lens.isVisible(),
      () => 'no CodeLens "Meeting · reported in 2 articles" above the meeting',
      20_000,
    );
    await lens.click();
    const peek = page.locator('.zone-widget .peekview-widget, .reference-zone-widget').first();
    // A lens drawn again as the click lands drops the click: after a while without the peek, click again.
    let clickedAt = Date.now();
    await waitUntil(
      async () => {
        if ((await peek.isVisible()) && /000_a99d1e6f017bd13f\.txt/.test(await peek.innerText())) return true;
        if (Date.now() - clickedAt > 4000 && (await lens.isVisible())) {
          await lens.click();
          clickedAt = Date.now();
        }
        return false;
      },
      () => 'the references peek did not open with 000_a99d1e6f017bd13f.txt',
      20_000,
    );
    await vscode.screenshot('codelens-reports');
  }),
);
