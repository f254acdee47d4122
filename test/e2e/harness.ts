// The real-VS Code tier's harness: a fresh code-server with the packaged extension, a copy of
// seeds/ as the workspace, and Chromium driving the workbench, plus helpers that read what a user
// sees (language mode, token colours, Problems rows, quick fixes, hovers) and save screenshots.
// Run through `npm run test:e2e`, which installs the extension first (scripts/e2e/run.ts).
//
// A test is one call:
//   test('…', { timeout: scenarioTimeout }, () =>
//     withWorkbench('quick-fix', { settings: { … } }, async (vscode) => { await vscode.openFile(…); … }));

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Browser, type Page, chromium } from 'playwright-core';
import {
  type CodeServer,
  copySeeds,
  createProfile,
  extensionId,
  repoRoot,
  startCodeServer,
  stopEverythingOnSignals,
} from '../../scripts/e2e/codeServer';

// Functions given to page.evaluate run in the browser, where these globals exist. The project's
// tsconfig leaves out the DOM library (the extension must not use it), so they are declared here,
// loosely, for this file only.
declare const document: any;
declare const NodeFilter: { SHOW_TEXT: number };
declare function getComputedStyle(element: unknown): { color: string; fontWeight: string };

/** Time for one scenario, code-server start and stop included. */
export const scenarioTimeout = 120_000;

const resultsRoot = process.env.SEED_E2E_RESULTS ?? join(repoRoot, 'test-results', 'e2e');
const chromiumPath = process.env.SEED_E2E_CHROMIUM ?? '/usr/bin/chromium';
const activeEditor = '.part.editor .editor-group-container.active .monaco-editor';

export interface WorkbenchOptions {
  /** User settings on top of the harness's own (auto-save off, no start page, trust off, …). */
  settings?: Record<string, unknown>;
  /** Extra files for the workspace, by path relative to it (the copy of seeds/ is at `seeds/`). */
  files?: Record<string, string>;
}

export interface Problem {
  file: string;
  severity: 'error' | 'warning' | 'info';
  /** Who reported it: `seed-annotator` for this extension. */
  source: string;
  /** The diagnostic code, e.g. `missing-date-header`. */
  code: string;
  message: string;
  line: number;
  column: number;
}

export interface Token {
  text: string;
  /** The computed CSS colour, e.g. `rgb(9, 134, 88)`. */
  colour: string;
  fontWeight: string;
}

/**
 * Polls `probe` until it returns something truthy, for at most `timeoutMs`; then fails with
 * `failure(last value seen)`, which should say what was expected and what was seen.
 */
export async function waitUntil<T>(
  probe: () => Promise<T>,
  failure: (last: T | undefined) => string,
  timeoutMs = 15_000,
): Promise<Exclude<T, false | null | undefined | 0 | ''>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      lastError = undefined;
      if (last) return last as Exclude<T, false | null | undefined | 0 | ''>;
    } catch (error) {
      lastError = error; // the workbench may be re-rendering: try again
    }
    if (Date.now() > deadline) {
      const why = lastError instanceof Error ? ` (the last try failed: ${lastError.message.split('\n')[0]})` : '';
      throw new Error(failure(last) + why);
    }
    await sleep(200);
  }
}

/**
 * Starts code-server with the installed extension on a fresh profile and a fresh copy of seeds/,
 * opens it in Chromium, runs `body`, and stops everything. On failure it saves a screenshot
 * (`failure.png`) first. Screenshots and logs land in test-results/e2e/<scenario>/.
 */
export async function withWorkbench(
  scenario: string,
  options: WorkbenchOptions,
  body: (vscode: Workbench) => Promise<void>,
): Promise<void> {
  const extensionsDir = process.env.SEED_E2E_EXTENSIONS_DIR;
  if (!extensionsDir || !existsSync(extensionsDir)) {
    throw new Error(
      'SEED_E2E_EXTENSIONS_DIR is not set: run the real-VS Code tests with `npm run test:e2e`, which packages and installs the extension',
    );
  }
  stopEverythingOnSignals();
  const results = join(resultsRoot, scenario);
  rmSync(results, { recursive: true, force: true });
  mkdirSync(results, { recursive: true });
  const scratch = mkdtempSync(join(process.env.SEED_E2E_RUN_DIR ?? tmpdir(), `${scenario}-`));
  const workspace = join(scratch, 'workspace');
  copySeeds(workspace);
  for (const [path, text] of Object.entries(options.files ?? {})) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    writeFileSync(join(workspace, path), text);
  }
  const profile = createProfile(join(scratch, 'profile'), options.settings ?? {}, extensionsDir);

  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let vscode: Workbench | undefined;
  let failure: unknown;
  try {
    server = await startCodeServer({ profile, folder: workspace, logFile: join(results, 'code-server.log') });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      timeout: 30_000,
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(15_000);
    // tsx compiles with esbuild's keepNames, which wraps named inner functions in a `__name` helper;
    // functions sent to the page through page.evaluate need it there too.
    await page.addInitScript('globalThis.__name = (fn) => fn;');
    vscode = new Workbench(page, workspace, results, profile.userDataDir);
    await page.goto(server.url, { timeout: 30_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 30_000 });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 30_000 });
    await body(vscode);
  } catch (error) {
    await vscode?.screenshot('failure').catch(() => undefined);
    failure = error;
  } finally {
    // Chromium talks to playwright over a pipe and exits when it closes, even if this process dies.
    if (browser) await Promise.race([browser.close().catch(() => undefined), sleep(5000)]);
    await server?.stop();
    vscode?.saveLogs();
    rmSync(scratch, { recursive: true, force: true });
  }
  if (failure) throw explained(failure, results);
}

/** Adds where the screenshots and logs are, and the errors the extension logged, to a failure. */
function explained(failure: unknown, results: string): unknown {
  if (!(failure instanceof Error)) return failure;
  const outputChannel = readdirSync(results).find((name) => name.startsWith(extensionId));
  const errors = outputChannel
    ? readFileSync(join(results, outputChannel), 'utf8')
        .split('\n')
        .filter((line) => /\[error\]/.test(line))
        .slice(0, 3)
    : [];
  const message =
    `${failure.message}\n  screenshots and logs: ${relative(repoRoot, results)}/` +
    (errors.length > 0 ? `\n  the extension logged errors, first:\n    ${errors.join('\n    ')}` : '');
  // The test runner prints the stack, which holds the message as it was when the error was made.
  if (failure.stack) failure.stack = failure.stack.replace(failure.message, message);
  failure.message = message;
  return failure;
}

/** One code-server workbench in Chromium, seen and driven as a user would. */
export class Workbench {
  private screenshots = 0;

  constructor(
    readonly page: Page,
    /** The workspace folder: a fresh copy of seeds/ is at `seeds/` inside it. */
    readonly workspace: string,
    private readonly results: string,
    private readonly userDataDir: string,
  ) {}

  /** Saves a screenshot of the whole window as test-results/e2e/<scenario>/NN-<name>.png. */
  async screenshot(name: string): Promise<string> {
    const file = join(this.results, `${String(++this.screenshots).padStart(2, '0')}-${name}.png`);
    await this.page.screenshot({ path: file, timeout: 10_000 });
    return file;
  }

  /** Opens a workspace file by name through Quick Open (Ctrl+P) and waits for its editor tab. */
  async openFile(name: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible' });
    await input.fill(name);
    await waitUntil(
      () => this.page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().isVisible(),
      () => `Quick Open found no file named ${name}`,
    );
    await this.page.keyboard.press('Enter');
    await waitUntil(
      () => this.page.locator(`.tabs-container .tab.active[aria-label^="${name}"]`).isVisible(),
      () => `${name} was chosen in Quick Open but its editor did not open`,
    );
    await this.page.locator(`${activeEditor} .view-lines`).first().waitFor({ state: 'visible' });
  }

  /** Runs a command from the palette (F1), clicking the row whose label is exactly `title`. */
  async command(title: string, timeoutMs = 30_000): Promise<void> {
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    // Enter would run the best fuzzy match, which is not always the command asked for.
    const row = this.page
      .locator('.quick-input-list .monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }) })
      .first();
    // The palette lists the commands known when it opens: on a loaded machine the extension's may come
    // a little later, so a palette without the command is closed and opened again.
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.page.keyboard.press('F1');
      await input.waitFor({ state: 'visible' });
      await input.fill(`>${title}`);
      const shown = await row.waitFor({ state: 'visible', timeout: 3000 }).then(
        () => true,
        () => false,
      );
      if (shown) break;
      await this.page.keyboard.press('Escape');
      if (Date.now() > deadline) throw new Error(`the command palette has no command '${title}' (tried for ${timeoutMs / 1000} s)`);
      await sleep(1000);
    }
    await row.click();
    await this.page.mouse.move(1, 1); // no tooltip left over the workbench in screenshots
  }

  /** The language mode shown in the status bar, e.g. "Seed Article" or "Plain Text". */
  async languageMode(): Promise<string> {
    return (
      await this.page
        .locator('[id="status.editor.mode"]')
        .innerText({ timeout: 2000 })
        .catch(() => '')
    ).trim();
  }

  async waitForLanguageMode(expected: string, hint = '', timeoutMs = 20_000): Promise<void> {
    let seen = '';
    await waitUntil(
      async () => (seen = await this.languageMode()) === expected,
      () => `expected the language mode '${expected}', but it stayed '${seen}' for ${timeoutMs / 1000} s${hint ? `; ${hint}` : ''}`,
      timeoutMs,
    );
  }

  /**
   * The id of the language named `name`, from the language picker (the status bar's language mode,
   * clicked), which lists every language as "Name (id)".
   */
  async languageId(name: string): Promise<string | undefined> {
    await this.page.locator('[id="status.editor.mode"]').click();
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible' });
    await input.fill(name);
    const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: new RegExp(`^${escapeRegExp(name)}\\s*\\(`) }).first();
    const text = await row.innerText({ timeout: 5000 }).catch(() => '');
    await this.page.keyboard.press('Escape');
    return /\(([^)]+)\)/.exec(text)?.[1];
  }

  /** The first rendered token of the active editor whose text contains `text`, with its colour. */
  async token(text: string): Promise<Token | undefined> {
    const found = await this.page.evaluate(
      ({ editorSelector, wanted }) => {
        const editor = document.querySelector(editorSelector);
        const spans = editor ? [...editor.querySelectorAll('.view-lines .view-line span span')] : [];
        const span = spans.find((s: any) => s.textContent.replace(/\u00a0/g, ' ').includes(wanted));
        if (!span) return null;
        const style = getComputedStyle(span);
        return { text: span.textContent.replace(/\u00a0/g, ' ') as string, colour: style.color, fontWeight: style.fontWeight };
      },
      { editorSelector: activeEditor, wanted: text },
    );
    return found ?? undefined;
  }

  /** The text of line `line` (1-based) of the active editor as rendered, wrapped parts joined; undefined when not on screen. */
  async lineText(line: number): Promise<string | undefined> {
    const text = await this.page.evaluate(
      ({ editorSelector, wanted }) => {
        const editor = document.querySelector(editorSelector);
        if (!editor) return null;
        const top = (e: any) => parseFloat(e.style.top || e.parentElement?.style.top || 'NaN');
        const numbers = [...editor.querySelectorAll('.margin-view-overlays .line-numbers')];
        const start = numbers.find((e: any) => e.textContent.trim() === String(wanted));
        if (!start) return null;
        const from = top(start);
        const next =
          numbers
            .map(top)
            .filter((t: number) => t > from)
            .sort((a: number, b: number) => a - b)[0] ?? Infinity;
        return [...editor.querySelectorAll('.view-lines .view-line')]
          .filter((e: any) => top(e) >= from && top(e) < next)
          .sort((a: any, b: any) => top(a) - top(b))
          .map((e: any) => e.textContent.replace(/\u00a0/g, ' '))
          .join('');
      },
      { editorSelector: activeEditor, wanted: line },
    );
    return text ?? undefined;
  }

  /** Waits until line `line` of the active editor reads `expected`; `when` says after what, for the failure message. */
  async waitForLineText(line: number, expected: string, when: string, timeoutMs = 10_000): Promise<void> {
    let seen: string | undefined;
    await waitUntil(
      async () => (seen = await this.lineText(line)) === expected,
      () => `expected line ${line} to read ${JSON.stringify(expected)} ${when}; it reads ${JSON.stringify(seen)}`,
      timeoutMs,
    );
  }

  /** Puts the cursor at the very start of the active editor's text. */
  async goToStart(): Promise<void> {
    try {
      await this.page
        .locator(`${activeEditor} .view-lines`)
        .first()
        .click({ position: { x: 5, y: 5 }, timeout: 5_000 });
    } catch {
      // An editor shown scrolled down has the text's top-left corner outside its view (the click lands on the
      // page: `<html> intercepts pointer events`, 2 of ~12 clean-clone runs): click inside what it shows.
      await this.page
        .locator(`${activeEditor} .editor-scrollable`)
        .first()
        .click({ position: { x: 10, y: 10 } });
    }
    await this.page.keyboard.press('Control+Home');
  }

  /** Selects the first occurrence of `text` in the active editor, with the find widget (Ctrl+F). */
  async select(text: string): Promise<void> {
    await this.goToStart();
    await this.page.keyboard.press('Control+KeyF');
    const input = this.page.locator(`${activeEditor} .find-widget textarea, ${activeEditor} .find-widget input`).first();
    await input.waitFor({ state: 'visible' });
    await input.fill(text);
    await waitUntil(
      async () =>
        /^1 of/.test(
          (
            await this.page
              .locator(`${activeEditor} .find-widget .matchesCount`)
              .innerText()
              .catch(() => '')
          ).trim(),
        ),
      () => `the find widget did not find '${text}' in the active editor`,
    );
    await this.page.keyboard.press('Escape'); // closes the widget, keeps the match selected
  }

  /** Picks the quick pick's row labelled exactly `label` (after typing it to filter the list). */
  async pick(label: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible' });
    await input.fill(label);
    const row = this.page
      .locator('.quick-input-list .monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) })
      .first();
    await waitUntil(
      () => row.isVisible(),
      () => `the picker offers no '${label}'`,
    );
    await row.click();
  }

  /** Whether the editor tab of `fileName` shows unsaved changes. */
  async isDirty(fileName: string): Promise<boolean> {
    return (await this.page.locator(`.tabs-container .tab.dirty[aria-label^="${fileName}"]`).count()) > 0;
  }

  async openProblems(): Promise<void> {
    if (!(await this.page.locator('.markers-panel').isVisible())) await this.page.keyboard.press('Control+Shift+KeyM');
    await this.page.locator('.markers-panel').waitFor({ state: 'visible' });
  }

  /** The rows of the Problems panel (open it first), as problems with their file names. */
  async problems(): Promise<Problem[]> {
    const rows = await this.page.locator('.markers-panel .monaco-list-row').evaluateAll((elements) =>
      elements.map((e: any) => ({
        file: (e.querySelector('.resource-label-container .label-name')?.textContent ?? '') as string,
        severity: (e.querySelector('.marker-icon')?.className ?? '') as string,
        message: (e.querySelector('.marker-message')?.textContent ?? '') as string,
        source: (e.querySelector('.marker-source')?.textContent ?? '') as string,
        code: (e.querySelector('.marker-code')?.textContent ?? '') as string,
        position: (e.querySelector('.marker-line')?.textContent ?? '') as string,
      })),
    );
    const problems: Problem[] = [];
    let file = '';
    for (const row of rows) {
      if (row.file) file = row.file;
      const position = /Ln (\d+), Col (\d+)/.exec(row.position);
      if (!position) continue;
      const severity = row.severity.includes('error') ? 'error' : row.severity.includes('warning') ? 'warning' : 'info';
      problems.push({
        file,
        severity,
        source: row.source.trim(),
        code: row.code.trim(),
        message: row.message.trim(),
        line: Number(position[1]),
        column: Number(position[2]),
      });
    }
    return problems;
  }

  /** Waits until the Problems panel's rows satisfy `isExpected`; `expected` says what that is, for the failure message. */
  async waitForProblems(isExpected: (problems: Problem[]) => boolean, expected: string, timeoutMs = 15_000): Promise<Problem[]> {
    await this.openProblems();
    let seen: Problem[] = [];
    await waitUntil(
      async () => isExpected((seen = await this.problems())),
      () => `expected ${expected} in the Problems panel within ${timeoutMs / 1000} s; it showed ${describeProblems(seen)}`,
      timeoutMs,
    );
    return seen;
  }

  /** Opens the quick-fix menu (Ctrl+.) at the cursor and returns its entries. */
  async quickFixes(): Promise<string[]> {
    await this.page.keyboard.press('Control+Period');
    const rows = this.page.locator('.action-widget .monaco-list-row.action');
    await waitUntil(
      () => rows.first().isVisible(),
      () => 'Ctrl+. opened no quick-fix menu',
    );
    return (await rows.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
  }

  /**
   * Chooses the open quick-fix menu's entry that starts with `title`, with the arrow keys and
   * Enter (a pointer-blocking layer over the menu stops clicks).
   */
  async applyQuickFix(title: string): Promise<void> {
    const focused = this.page.locator('.action-widget .monaco-list-row.focused');
    const seen = new Set<string>();
    for (let step = 0; step < 12; step++) {
      const label =
        (await focused
          .first()
          .getAttribute('aria-label', { timeout: 2000 })
          .catch(() => null)) ?? '';
      if (label.startsWith(title)) {
        await this.page.keyboard.press('Enter');
        await this.page.locator('.action-widget').waitFor({ state: 'hidden' });
        return;
      }
      if (label) seen.add(label);
      await this.page.keyboard.press('ArrowDown');
    }
    await this.page.keyboard.press('Escape');
    throw new Error(
      `the quick-fix menu has no entry starting '${title}'; it offered: ${[...seen].map((s) => `'${s}'`).join(', ') || 'nothing'}`,
    );
  }

  /**
   * Rests the mouse on the first on-screen occurrence of `word` in the active editor and returns
   * the hover's text. Tries again (moving away and back) while no hover shows or its text does not
   * match `until`: the first hover can come before the extension has activated.
   */
  async hover(word: string, { until, timeoutMs = 20_000 }: { until?: string | RegExp; timeoutMs?: number } = {}): Promise<string> {
    const matches = (text: string) =>
      until === undefined ? text.length > 0 : typeof until === 'string' ? text.includes(until) : until.test(text);
    const hover = this.page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').first();
    const deadline = Date.now() + timeoutMs;
    let last = '';
    let notOnScreen = false;
    do {
      const point = await this.page.evaluate(
        ({ editorSelector, wanted }) => {
          const editor = document.querySelector(editorSelector);
          for (const line of editor ? [...editor.querySelectorAll('.view-lines .view-line')] : []) {
            const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const at = node.textContent.replace(/\u00a0/g, ' ').indexOf(wanted);
              if (at < 0) continue;
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + wanted.length);
              const box = range.getBoundingClientRect();
              return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
            }
          }
          return null;
        },
        { editorSelector: activeEditor, wanted: word },
      );
      if (!point) {
        // The editor re-renders its lines as tokens arrive (semantic colours): look again.
        last = '';
        notOnScreen = true;
        await sleep(250);
        continue;
      }
      notOnScreen = false;
      await this.page.mouse.move(1, 1);
      await hover.waitFor({ state: 'hidden', timeout: 2000 }).catch(() => undefined);
      await this.page.mouse.move(point.x, point.y, { steps: 4 });
      if (
        await hover.waitFor({ state: 'visible', timeout: 3000 }).then(
          () => true,
          () => false,
        )
      ) {
        await sleep(300); // let every hover provider answer
        last = (await hover.innerText().catch(() => '')).trim();
        if (matches(last)) return last;
      }
    } while (Date.now() < deadline);
    if (notOnScreen) throw new Error(`cannot hover '${word}': it is not on screen in the active editor`);
    const wanted = until === undefined ? 'any hover' : `a hover with ${until}`;
    throw new Error(
      `expected ${wanted} over '${word}' within ${timeoutMs / 1000} s; ${last ? `the hover said: ${last}` : 'no hover showed'}`,
    );
  }

  /** Extensions the extension host has activated so far, with the event that did it, from its log. */
  activations(): { extension: string; event: string }[] {
    return this.logFiles()
      .filter((file) => /exthost\.log$/.test(file))
      .flatMap((file) => readFileSync(file, 'utf8').split('\n'))
      .flatMap((line) => {
        const match = /ExtensionService#_doActivateExtension (\S+?), .*activationEvent: '([^']*)'/.exec(line);
        return match ? [{ extension: match[1], event: match[2] }] : [];
      });
  }

  /** Whether Seed Annotator has been activated (read from the extension host's log). */
  seedAnnotatorActivated(): boolean {
    return this.activations().some((a) => a.extension === extensionId);
  }

  /** Opens *Developer: Show Running Extensions*; read it with runningExtensions(). */
  async showRunningExtensions(): Promise<void> {
    await this.command('Developer: Show Running Extensions');
    await waitUntil(
      () => this.page.locator('.runtime-extensions-editor .monaco-list-row').first().isVisible(),
      () => 'the Running Extensions view listed nothing',
    );
  }

  /** The names the open Running Extensions view lists (it lists an extension once its activation has finished). */
  async runningExtensions(): Promise<string[]> {
    return this.page.locator('.runtime-extensions-editor .monaco-list-row .name').allInnerTexts();
  }

  /** Copies the extension host's log and the extension's output channel into the results folder. */
  saveLogs(): void {
    for (const file of this.logFiles()) {
      if (/exthost\.log$/.test(file) || file.includes(extensionId))
        copyFileSync(file, join(this.results, `${basename(dirname(file))}-${basename(file)}`));
    }
  }

  private logFiles(): string[] {
    const walk = (folder: string): string[] =>
      existsSync(folder)
        ? readdirSync(folder, { withFileTypes: true }).flatMap((e) =>
            e.isDirectory() ? walk(join(folder, e.name)) : [join(folder, e.name)],
          )
        : [];
    return walk(join(this.userDataDir, 'logs'));
  }
}

function describeProblems(problems: Problem[]): string {
  if (problems.length === 0) return 'nothing';
  return problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.code}`).join('; ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
