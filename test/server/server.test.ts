// The language server, spoken to over stdio as an editor does: dist/server.js must be built.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import {
  CancellationTokenSource,
  type CodeAction,
  CodeActionRequest,
  type Diagnostic,
  DidChangeWorkspaceFoldersNotification,
  DidOpenTextDocumentNotification,
  type DocumentSymbol,
  CodeLensRequest,
  CodeLensResolveRequest,
  DefinitionRequest,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  HoverRequest,
  InlayHintRequest,
  type MarkupContent,
  SymbolKind,
  type TextDocumentItem,
  type TextEdit,
  type WorkspaceEdit,
  WorkspaceSymbolRequest,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspSession, ROOT, uriOf } from './lspSession';

const SEEDS = path.join(ROOT, 'seeds');
const seedFiles = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const HEADERLESS = '003_c5481a9a9945fb77.txt';
const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);

async function quickFixes(session: LspSession, uri: string, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
  const actions = await session.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: diagnostics[0].range,
    context: { diagnostics, only: ['quickfix'] },
  });
  return (actions ?? []) as CodeAction[];
}

/** Applies a workspace edit to one document's text, as a client would. */
function applyEdit(uri: string, text: string, edit: WorkspaceEdit): string {
  const versioned = (edit.documentChanges ?? []).flatMap((c) => ('textDocument' in c && c.textDocument.uri === uri ? c.edits : []));
  const edits: TextEdit[] = [...(edit.changes?.[uri] ?? []), ...(versioned as TextEdit[])];
  return TextDocument.applyEdits(TextDocument.create(uri, 'seed', 1, text), edits);
}

describe('the language server', () => {
  let session: LspSession;
  let capabilities: Awaited<ReturnType<typeof LspSession.start>>['initialized']['capabilities'];

  before(async () => {
    ({
      session,
      initialized: { capabilities },
    } = await LspSession.start());
  });
  after(() => session.stop());

  test('announces document sync with save, quick fixes, entity features and its commands', () => {
    assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix'] });
    assert.deepEqual(capabilities.executeCommandProvider?.commands, [
      'seedAnnotator.server.checkAllArticles',
      'seedAnnotator.server.listEntities',
      'seedAnnotator.server.addToKnowledgeBase',
      'seedAnnotator.server.listMeetings',
    ]);
    assert.equal(capabilities.hoverProvider, true);
    assert.equal(capabilities.definitionProvider, true);
    assert.equal(capabilities.referencesProvider, true);
    assert.equal(capabilities.workspaceSymbolProvider, true);
    assert.deepEqual(capabilities.documentSymbolProvider, { label: 'Seed Annotator' });
    assert.equal(capabilities.inlayHintProvider, true);
    assert.deepEqual(capabilities.codeLensProvider, { resolveProvider: true });
    assert.deepEqual(capabilities.renameProvider, { prepareProvider: true });
    assert.deepEqual(capabilities.semanticTokensProvider?.legend.tokenTypes, [
      'person',
      'organisation',
      'place',
      'agreement',
      'initiative',
      'exercise',
      'event',
      'date',
    ]);
    assert.equal(typeof capabilities.textDocumentSync, 'object');
    assert.deepEqual((capabilities.textDocumentSync as { save: unknown }).save, { includeText: false });
  });

  test('publishes missing-date-header for the headerless sample, the two misspelt ministers, and no other error or warning', async () => {
    const misspelt: Record<string, string> = { '000_a99d1e6f017bd13f.txt': 'Llyod Austin', '002_1fd20a4d4452eadb.txt': 'Rajanth Singh' };
    for (const file of seedFiles) await session.open(uriOf(path.join(SEEDS, file)), readFileSync(path.join(SEEDS, file), 'utf8'));
    for (const file of seedFiles) {
      const published = await session.diagnosticsFor(uriOf(path.join(SEEDS, file)));
      // Hints (unknown names) are the entity tests' concern.
      const diagnostics = published.diagnostics.filter((d) => d.severity !== 4);
      if (file === HEADERLESS) {
        assert.deepEqual(codes(diagnostics), ['missing-date-header']);
        assert.equal(diagnostics[0].severity, 1);
        assert.equal(diagnostics[0].source, 'seed-annotator');
        assert.deepEqual(diagnostics[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 15 } });
      } else if (misspelt[file]) {
        assert.deepEqual(codes(diagnostics), ['misspelled-entity'], file);
        const line = readFileSync(path.join(SEEDS, file), 'utf8').split('\n')[diagnostics[0].range.start.line];
        assert.equal(line.slice(diagnostics[0].range.start.character, diagnostics[0].range.end.character), misspelt[file]);
      } else {
        assert.deepEqual(codes(diagnostics), [], `${file} should be clean`);
      }
    }
  });

  test('on "Thursday" in sample 001: the hover says 2024-11-21, and an inlay hint shows it', async () => {
    const file = path.join(SEEDS, '001_147d61cd0fcbe092.txt');
    const text = readFileSync(file, 'utf8');
    const uri = uriOf(file);
    await session.open(uri, text);
    const line = text.split('\n').findIndex((l) => l.includes('held on Thursday'));
    const character = text.split('\n')[line].indexOf('Thursday');
    const hover = await session.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line, character: character + 2 },
    });
    assert.match((hover!.contents as MarkupContent).value, /Thursday 2024-11-21/);
    const hints = await session.connection.sendRequest(InlayHintRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: line + 1, character: 0 } },
    });
    assert.ok(
      hints!.some((h) => h.label === '2024-11-21' && h.position.line === line && h.position.character === character + 'Thursday'.length),
      JSON.stringify(hints),
    );
  });

  test('sample 001: the Outline holds the Singh–Austin meeting dated 2024-11-21, its hover links 000, and a CodeLens counts both', async () => {
    const file = path.join(SEEDS, '001_147d61cd0fcbe092.txt');
    const text = readFileSync(file, 'utf8');
    const uri = uriOf(file);
    await session.open(uri, text);
    const [header] = (await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const meeting = header.children!.find((c) => c.kind === SymbolKind.Event)!;
    assert.match(meeting.name, /^Rajnath Singh – Lloyd Austin · 2024-11-21/);
    const hover = await session.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: meeting.selectionRange.start.line, character: text.split('\n')[0].indexOf(' met with') + 2 },
    });
    assert.match(
      (hover!.contents as MarkupContent).value,
      /Also reported in \[000\\?_a99d1e6f017bd13f\\.txt:\d+\]\(file:\/\/.*000_a99d1e6f017bd13f\.txt#L\d+\)/,
    );
    const [lens] = (await session.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }))!;
    const resolved = await session.connection.sendRequest(CodeLensResolveRequest.type, lens);
    assert.equal(resolved.command?.title, 'Meeting · reported in 2 articles');
  });

  test('answers the Outline of an article: its header date first', async () => {
    const uri = uriOf(path.join(ROOT, 'outline.seed'));
    await session.open(uri, ' date 2024-11-22 Vientiane\nRaksha Mantri meets US Secretary of Defense\n\nThe two ministers met.\n');
    const symbols = (await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['2024-11-22', 'Raksha Mantri meets US Secretary of Defense'],
    );
  });

  test('checks a document once when it opens, not again after the typing pause', async () => {
    const uri = uriOf(path.join(ROOT, 'opened-once.seed'));
    await session.open(uri, ' date 2024-11-22 x\n');
    await session.diagnosticsFor(uri, 1);
    await new Promise((resolve) => setTimeout(resolve, 600));
    assert.equal(session.publications.get(uri), 1);
  });

  test('offers the inferred header as the preferred quick fix, and applying it clears the problem', async () => {
    const uri = uriOf(path.join(SEEDS, HEADERLESS));
    const text = readFileSync(path.join(SEEDS, HEADERLESS), 'utf8');
    const { diagnostics } = await session.diagnosticsFor(uri);
    const [fix, ...others] = await quickFixes(session, uri, diagnostics);
    assert.equal(others.length, 0);
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    assert.match(fix.title, /2025-02-07/);
    assert.deepEqual(codes(fix.diagnostics ?? []), ['missing-date-header']);
    const fixed = applyEdit(uri, text, fix.edit!);
    assert.equal(fixed.split('\n')[0], ' date 2025-02-07 newshots banner');
    assert.equal(fixed.slice(fixed.indexOf('\n')), text.slice(text.indexOf('\n')), 'the body is untouched');
    const version = await session.change(uri, fixed);
    assert.deepEqual(codes((await session.diagnosticsFor(uri, version)).diagnostics), []);
  });

  test('reports an invalid header as the user types, with the unambiguous date as fix', async () => {
    const uri = uriOf(path.join(ROOT, 'typing.seed'));
    await session.open(uri, ' date 2024-11-22 Left Menu\nBody.\n');
    await session.diagnosticsFor(uri, 1);
    const version = await session.change(uri, ' date 22/11/2024 Left Menu\nBody.\n');
    const { diagnostics } = await session.diagnosticsFor(uri, version);
    assert.deepEqual(codes(diagnostics), ['invalid-date-header']);
    assert.match(String(diagnostics[0].message), /22\/11\/2024/);
    const [fix] = await quickFixes(session, uri, diagnostics);
    assert.equal(applyEdit(uri, ' date 22/11/2024 Left Menu\nBody.\n', fix.edit!), ' date 2024-11-22 Left Menu\nBody.\n');
    // The fix names the version it was made for: a client that has a newer text refuses it, never corrupts it.
    const [change] = fix.edit!.documentChanges ?? [];
    assert.ok(change && 'textDocument' in change);
    assert.deepEqual(change.textDocument, { uri, version });
  });

  test('waits for a pause in typing: a burst of changes is checked once, at its last version', async () => {
    const uri = uriOf(path.join(ROOT, 'burst.seed'));
    await session.open(uri, ' date 2024-11-22 x\n');
    await session.diagnosticsFor(uri, 1);
    const published: (number | undefined)[] = [];
    const before = session.diagnostics.get(uri);
    let last = 1;
    for (const text of [' date 2', ' date 20', ' date 2024-13', ' date 2024-12-01 x\n']) last = await session.change(uri, text);
    await session.diagnosticsFor(uri, last);
    for (const [u, p] of session.diagnostics) if (u === uri && p !== before) published.push(p.version);
    assert.deepEqual(published, [last]);
    assert.deepEqual(codes(session.diagnostics.get(uri)!.diagnostics), []);
  });
});

describe('the language server with validate: onSave', () => {
  let session: LspSession;
  before(async () => {
    ({ session } = await LspSession.start({ settings: { validate: 'onSave' } }));
  });
  after(() => session.stop());

  test('checks on open, not while typing, and again on save', async () => {
    const uri = uriOf(path.join(ROOT, 'on-save.seed'));
    await session.open(uri, ' date 2024-11-22 Left Menu\n');
    assert.deepEqual(codes((await session.diagnosticsFor(uri, 1)).diagnostics), []);
    const version = await session.change(uri, ' date 2024-02-30 Left Menu\n');
    await new Promise((resolve) => setTimeout(resolve, 800));
    assert.equal(session.diagnostics.get(uri)!.version, 1, 'nothing new is published before the save');
    await session.save(uri);
    const { diagnostics } = await session.diagnosticsFor(uri, version);
    assert.deepEqual(codes(diagnostics), ['invalid-date-header']);
    assert.match(String(diagnostics[0].message), /February 2024 has 29 days/);
  });

  test('switches to checking as the user types when the setting changes', async () => {
    const uri = uriOf(path.join(ROOT, 'switch.seed'));
    await session.open(uri, ' date 2024-11-22 x\n');
    await session.diagnosticsFor(uri, 1);
    await session.changeSettings({ validate: 'onType' });
    const version = await session.change(uri, 'date 2024-11-22 x\n');
    assert.deepEqual(codes((await session.diagnosticsFor(uri, version)).diagnostics), ['noncanonical-date-header']);
  });
});

describe('the placeholder header', () => {
  const text = 'No date anywhere in this text.\n';

  test('is a snippet with YYYY-MM-DD selected for clients that support snippet edits', async () => {
    const { session } = await LspSession.start({ snippets: true });
    try {
      const uri = uriOf(path.join(ROOT, 'undated.seed'));
      await session.open(uri, text);
      const { diagnostics } = await session.diagnosticsFor(uri);
      const [fix] = await quickFixes(session, uri, diagnostics);
      const change = fix.edit!.documentChanges![0] as { textDocument: { uri: string; version: number }; edits: unknown[] };
      assert.deepEqual(change.textDocument, { uri, version: 1 });
      assert.deepEqual(change.edits, [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          snippet: { kind: 'snippet', value: ` date \${1:YYYY-MM-DD} ` },
        },
      ]);
    } finally {
      await session.stop();
    }
  });

  test('is plain text for clients that do not', async () => {
    const { session } = await LspSession.start({ snippets: false });
    try {
      const uri = uriOf(path.join(ROOT, 'undated.seed'));
      await session.open(uri, text);
      const { diagnostics } = await session.diagnosticsFor(uri);
      const [fix] = await quickFixes(session, uri, diagnostics);
      assert.equal(fix.isPreferred, false);
      assert.equal(applyEdit(uri, text, fix.edit!), ` date YYYY-MM-DD ${text}`);
    } finally {
      await session.stop();
    }
  });
});

describe('Check All Articles', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'seed-workspace-'));
    mkdirSync(path.join(folder, 'seeds', '2024'), { recursive: true });
    writeFileSync(path.join(folder, 'seeds', '2024', 'a.txt'), 'no header here\n');
    writeFileSync(path.join(folder, 'seeds', 'b.txt'), ' date 2024-11-22 fine\n');
    writeFileSync(path.join(folder, 'elsewhere.txt'), 'date 2024-11-22 starts like a header\n');
    writeFileSync(path.join(folder, 'notes.txt'), 'Just notes, not an article.\n');
    writeFileSync(path.join(folder, 'c.seed'), ' date 2024-31-12 x\n');
    mkdirSync(path.join(folder, 'node_modules', 'x', 'seeds'), { recursive: true });
    writeFileSync(path.join(folder, 'node_modules', 'x', 'seeds', 'dep.txt'), 'dependency text\n');
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  test('publishes diagnostics for every article on disk (every .txt and .seed, as the CLI), with progress and a summary', async () => {
    const { session } = await LspSession.start({ workspaceFolder: folder });
    try {
      const summary = await session.connection.sendRequest(ExecuteCommandRequest.type, {
        command: 'seedAnnotator.server.checkAllArticles',
        arguments: [],
        workDoneToken: 'check-all',
      });
      assert.deepEqual(summary, { files: 5, errors: 3, warnings: 1, unreadable: 0, total: 5 });
      const published = (name: string) => session.diagnostics.get(uriOf(path.join(folder, name)));
      assert.deepEqual(codes(published('seeds/2024/a.txt')!.diagnostics), ['missing-date-header']);
      assert.deepEqual(codes(published('seeds/b.txt')!.diagnostics), []);
      assert.deepEqual(codes(published('elsewhere.txt')!.diagnostics), ['noncanonical-date-header']);
      assert.deepEqual(codes(published('c.seed')!.diagnostics), ['invalid-date-header']);
      assert.deepEqual(
        codes(published('notes.txt')!.diagnostics),
        ['missing-date-header'],
        'a .txt without a header is an article missing one',
      );
      assert.equal(published('node_modules/x/seeds/dep.txt'), undefined);
      const all = session.progress.map((p) => p as { token: string; value: { kind: string; title?: string } });
      const kinds = all.filter((p) => p.token === 'check-all');
      assert.deepEqual([kinds[0].value.kind, kinds.at(-1)!.value.kind], ['begin', 'end']);
      // This client does not draw seedAnnotator/indexProgress itself: the index's progress is a standard one.
      const indexing = all.filter((p) => p.token !== 'check-all');
      assert.equal(indexing[0]?.value.title, 'Seed Annotator: indexing', JSON.stringify(all));
      await session.waitFor(
        () =>
          session.progress.some(
            (p) => (p as (typeof all)[number]).token !== 'check-all' && (p as (typeof all)[number]).value.kind === 'end',
          ),
        'the end of the index progress',
      );
      const message = await session.waitFor(() => session.messages[0], 'the summary message');
      assert.match(message.message, /checked 5 articles: 3 errors, 1 warning/);
    } finally {
      await session.stop();
    }
  });

  test('checks the folders added to the workspace after start-up', async () => {
    const { session } = await LspSession.start({ workspaceFolder: null });
    try {
      const check = () =>
        session.connection.sendRequest(ExecuteCommandRequest.type, { command: 'seedAnnotator.server.checkAllArticles', arguments: [] });
      assert.deepEqual(await check(), { files: 0, errors: 0, warnings: 0, unreadable: 0, total: 0 });
      assert.match((await session.waitFor(() => session.messages[0], 'a message')).message, /open a folder/);
      await session.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, {
        event: { added: [{ uri: uriOf(folder), name: 'corpus' }], removed: [] },
      });
      assert.deepEqual(await check(), { files: 5, errors: 3, warnings: 1, unreadable: 0, total: 5 });
    } finally {
      await session.stop();
    }
  });
});

describe('Check All Articles and seed-annotator check', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'seed-parity-'));
    // A corpus as scrapers leave it: headerless .txt files outside any seeds/ folder, nested folders,
    // a near-miss header, an invalid date, a misspelt minister, and files that are no articles.
    mkdirSync(path.join(folder, 'corpus', '2024', 'nov'), { recursive: true });
    writeFileSync(
      path.join(folder, 'corpus', '2024', 'nov', 'headerless.txt'),
      'newshots banner\nRajnath Singh met Lloyd Austin on Thursday.\n',
    );
    writeFileSync(path.join(folder, 'corpus', '2024', 'scraped.TXT'), 'Left Menu\n\nDefence Minister Rajnath Singh said.\n');
    writeFileSync(path.join(folder, 'corpus', 'ok.txt'), ' date 2024-11-22 Vientiane\nDefence Minister Rajnath Singh met Lloyd Austin.\n');
    writeFileSync(path.join(folder, 'corpus', 'misspelt.txt'), ' date 2023-11-11 x\nDefence Minister Rajanth Singh met Lloyd Austin.\n');
    writeFileSync(path.join(folder, 'near-miss.txt'), 'Date: 2024-11-22 x\nBody.\n');
    writeFileSync(path.join(folder, 'bad-date.seed'), ' date 2024-02-30 x\nBody.\n');
    writeFileSync(path.join(folder, 'README.md'), 'Not an article.\n');
    mkdirSync(path.join(folder, 'node_modules', 'dep'), { recursive: true });
    writeFileSync(path.join(folder, 'node_modules', 'dep', 'LICENSE.txt'), 'MIT\n');
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  test('report the same problems for the same folder, file by file', async () => {
    const cli = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'check', '--format', 'json', folder], { encoding: 'utf8' });
    assert.equal(cli.status, 1, cli.stderr);
    const report = JSON.parse(cli.stdout) as { files: { path: string; kind: string; problems: { code: string; line: number }[] }[] };
    const fromCli = new Map(
      report.files.filter((f) => f.kind === 'article').map((f) => [path.resolve(f.path), f.problems.map((p) => p.code).sort()]),
    );
    assert.ok(fromCli.size >= 6, `the CLI checked ${[...fromCli.keys()].join(', ')}`);

    const { session } = await LspSession.start({ workspaceFolder: folder });
    try {
      const summary = (await session.connection.sendRequest(ExecuteCommandRequest.type, {
        command: 'seedAnnotator.server.checkAllArticles',
        arguments: [],
      })) as { files: number; errors: number };
      const fromServer = new Map(
        [...session.diagnostics]
          .filter(([uri]) => !uri.endsWith('.yaml'))
          .map(([uri, p]) => [fileURLToPath(uri), codes(p.diagnostics).sort()]),
      );
      assert.deepEqual(fromServer, fromCli);
      assert.equal(summary.files, fromCli.size);
      assert.equal(
        summary.errors,
        [...fromCli.values()].flat().filter((code) => ['missing-date-header', 'invalid-date-header'].includes(code)).length,
      );
    } finally {
      await session.stop();
    }
  });
});

describe('special files in the workspace and in settings', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'seed-hostile-ws-'));
    writeFileSync(path.join(folder, 'a.txt'), ' date 2024-11-22 x\nBody.\n');
    symlinkSync('/dev/zero', path.join(folder, 'b.txt'));
    spawnSync('mkfifo', [path.join(folder, 'c.txt')]);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  test('a link to /dev/zero and a KB setting naming /dev/zero leave the server answering: Check All completes, the KB is said unreadable', async () => {
    const { session } = await LspSession.start({ workspaceFolder: folder, settings: { knowledgeBase: ['/dev/zero'] } });
    try {
      const summary = (await session.connection.sendRequest(ExecuteCommandRequest.type, {
        command: 'seedAnnotator.server.checkAllArticles',
        arguments: [],
      })) as { files: number; unreadable: number };
      assert.equal(summary.files, 1);
      assert.equal(summary.unreadable, 1, 'b.txt, the link to /dev/zero');
      await session.open(uriOf(path.join(folder, 'a.txt')), ' date 2024-11-22 x\nBody.\n');
      const warning = await session.waitFor(() => session.messages.find((m) => /dev\/zero/.test(m.message)), 'a warning about /dev/zero');
      assert.match(warning.message, /not a regular file \(a device\)/);
    } finally {
      await session.stop();
    }
  });
});

describe('the nearest entities.yaml', () => {
  test('is looked for up to the workspace folder, not above it: a stray one outside does not replace the bundled KB', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'seed-stray-kb-'));
    const folder = path.join(parent, 'workspace');
    mkdirSync(folder);
    writeFileSync(path.join(parent, 'entities.yaml'), 'entities:\n  - id: stray\n    name: Stray Person\n    type: person\n');
    const text = ' date 2024-11-22 x\nDefence Minister Rajnath Singh met Lloyd Austin.\n';
    writeFileSync(path.join(folder, 'a.txt'), text);
    const { session } = await LspSession.start({ workspaceFolder: folder });
    try {
      const uri = uriOf(path.join(folder, 'a.txt'));
      await session.open(uri, text);
      const location = await session.connection.sendRequest(DefinitionRequest.type, {
        textDocument: { uri },
        position: { line: 1, character: text.split('\n')[1].indexOf('Rajnath') + 2 },
      });
      assert.ok(location && 'uri' in location, 'Rajnath Singh is known: the bundled KB is in force');
      assert.equal(location.uri, uriOf(path.join(ROOT, 'seeds', 'entities.yaml')));
    } finally {
      await session.stop();
      rmSync(parent, { recursive: true, force: true });
    }
  });
});

describe('cancellation', () => {
  test('a cancelled Check All Articles says it was cancelled, with how far it got, instead of "checked N articles"', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'seed-cancel-'));
    const article = readFileSync(path.join(SEEDS, '001_147d61cd0fcbe092.txt'), 'utf8');
    for (let i = 0; i < 1500; i++) writeFileSync(path.join(folder, `${String(i).padStart(4, '0')}.txt`), article);
    const { session } = await LspSession.start({ workspaceFolder: folder });
    try {
      const source = new CancellationTokenSource();
      const pending = session.connection.sendRequest(
        ExecuteCommandRequest.type,
        { command: 'seedAnnotator.server.checkAllArticles', arguments: [] },
        source.token,
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      source.cancel();
      const summary = (await pending.catch((error) => error)) as { cancelled?: boolean; files?: number; total?: number };
      assert.equal(summary.cancelled, true, JSON.stringify(summary));
      assert.ok(summary.files! < 1500 && summary.total === 1500, JSON.stringify(summary));
      const message = await session.waitFor(
        () => session.messages.find((m) => /Check All Articles was cancelled/.test(m.message)),
        'the cancelled message',
      );
      assert.match(message.message, /cancelled after \d+ of 1,?500 articles/);
    } finally {
      await session.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('malformed JSON-RPC from the client', () => {
  for (const [what, bytes] of [
    ['a Content-Length that is no number', 'Content-Length: abc\r\n\r\n{}'],
    ['a missing Content-Length', 'Foo: bar\r\n\r\n{}'],
    ['a body that is not JSON', 'Content-Length: 5\r\n\r\nhello'],
  ] as const) {
    test(`${what}: the server says why on stderr and exits, instead of staying alive and deaf`, async () => {
      const server = spawn(process.execPath, [path.join(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let stderr = '';
      server.stderr.on('data', (chunk) => (stderr += String(chunk)));
      server.stdin.write(bytes); // and the pipe stays open, as a client's does
      const code = await new Promise<number | null>((resolve) => {
        const timer = setTimeout(() => {
          server.kill();
          resolve(null);
        }, 5000);
        server.on('exit', (exitCode) => {
          clearTimeout(timer);
          resolve(exitCode);
        });
      });
      assert.equal(code, 1, 'exited with status 1 (null: still running after 5 s)');
      assert.match(stderr, /malformed message from the client/);
    });
  }
});

describe('a didOpen without text', () => {
  test('is an empty document, and workspace symbols keep answering', async () => {
    const { session } = await LspSession.start();
    try {
      const uri = uriOf(path.join(ROOT, 'no-text.seed'));
      await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'seed', version: 1 } as unknown as TextDocumentItem,
      });
      const { diagnostics } = await session.diagnosticsFor(uri);
      assert.deepEqual(codes(diagnostics), ['missing-date-header']);
      const symbols = await session.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'austin' });
      assert.ok((symbols ?? []).some((s) => s.name === 'Lloyd Austin'));
    } finally {
      await session.stop();
    }
  });
});

describe('CodeLenses after the index changes', () => {
  const indexDone = (session: LspSession) => session.progress.some((p) => (p as { value?: { kind?: string } }).value?.kind === 'end');

  test('a client that can be asked is asked to ask again for them once the meetings they count change (a lens resolved before the index was complete counted 1 article)', async () => {
    const { session } = await LspSession.start({ workspaceFolder: SEEDS, codeLensRefresh: true });
    try {
      await session.waitFor(() => session.codeLensRefreshes > 0, 'a workspace/codeLens/refresh request', 20_000);
    } finally {
      await session.stop();
    }
  });

  test('opening and editing an article asks again only when an edit changes which meetings it reports', async () => {
    const { session } = await LspSession.start({ workspaceFolder: SEEDS, codeLensRefresh: true });
    const settled = () => new Promise((resolve) => setTimeout(resolve, 1200));
    try {
      await session.waitFor(() => indexDone(session) && session.codeLensRefreshes > 0, 'the index and its refresh', 20_000);
      await settled();
      const before = session.codeLensRefreshes;
      const file = path.join(SEEDS, '001_147d61cd0fcbe092.txt');
      const uri = uriOf(file);
      const text = readFileSync(file, 'utf8');
      await session.open(uri, text);
      await session.diagnosticsFor(uri);
      const version = await session.change(uri, `${text}\nThe weather in Vientiane was fine.\n`);
      await session.save(uri);
      await session.diagnosticsFor(uri, version);
      await settled();
      assert.equal(session.codeLensRefreshes, before, 'the same meetings: not asked again');
      await session.change(uri, text.replace(/Lloyd J Austin|Lloyd Austin|Austin/g, 'Pete Hegseth'));
      await session.save(uri);
      await session.waitFor(() => session.codeLensRefreshes > before, 'a refresh once the meeting is another', 5000);
    } finally {
      await session.stop();
    }
  });

  test('a client that cannot is not asked', async () => {
    const { session } = await LspSession.start({ workspaceFolder: SEEDS });
    try {
      await session.waitFor(() => indexDone(session), 'the index', 20_000);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      assert.equal(session.codeLensRefreshes, 0);
    } finally {
      await session.stop();
    }
  });
});
