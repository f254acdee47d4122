// Entities through the real server over stdio: hover, definition, references, semantic tokens,
// workspace symbols, rename, the two quick fixes, and knowledge base files checked and applied live.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  type CodeAction,
  CodeActionRequest,
  DefinitionRequest,
  type Diagnostic,
  ExecuteCommandRequest,
  HoverRequest,
  type Location,
  type MarkupContent,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  SemanticTokensRequest,
  SymbolKind,
  type TextDocumentEdit,
  type WorkspaceEdit,
  WorkspaceSymbolRequest,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse } from 'yaml';
import { LspSession, uriOf } from './lspSession';

const KB = `# Test knowledge base: comments must survive edits.
version: 1

entities:
  # People
  - id: rajnath-singh
    name: Rajnath Singh
    type: person
    aliases: ["@rajnathsingh"]
    country: India
    description: Indian politician; *Defence Minister* since 2019.
    roles:
      - title: Minister of Defence of India
        from: 2019-05-31
  - id: lloyd-austin
    name: Lloyd Austin
    type: person
    aliases:
      - Lloyd J Austin
    country: United States
    roles:
      - title: US Secretary of Defense
        from: 2021-01-22
        to: 2025-01-20
  # Places
  - id: laos
    name: Laos
    type: place
  - id: india
    name: India
    type: place
`;

const ARTICLE_A = ` date 2024-11-22 Vientiane [Laos], November 22 : Defence Minister Rajnath Singh met US Secretary of Defence Lloyd J Austin.

Secretary Austin praised India. Later Llyod Austin and Rajanth Singh spoke to Express News Service.
`;
const ARTICLE_B = ` date 2023-06-05 Lloyd Austin visited India.\n`;

/** Zero-based position of the n-th occurrence of `word` in `text`. */
function at(text: string, word: string, nth = 0) {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = text.indexOf(word, offset + 1);
  assert.ok(offset >= 0, `${word} not in text`);
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

function applyDocumentEdits(edit: WorkspaceEdit, uri: string, text: string): string {
  const edits = (edit.documentChanges ?? [])
    .filter((c): c is TextDocumentEdit => 'textDocument' in c && c.textDocument.uri === uri)
    .flatMap((c) => c.edits);
  const plain = edit.changes?.[uri] ?? [];
  return TextDocument.applyEdits(TextDocument.create(uri, 'x', 1, text), [...edits, ...plain] as never);
}

describe('entities in the language server', () => {
  let folder: string;
  let session: LspSession;
  let kbFile: string;
  let a: string;

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'seed-entities-'));
    kbFile = path.join(folder, 'entities.yaml');
    writeFileSync(kbFile, KB);
    writeFileSync(path.join(folder, 'a.txt'), ARTICLE_A);
    writeFileSync(path.join(folder, 'b.txt'), ARTICLE_B);
    a = uriOf(path.join(folder, 'a.txt'));
    ({ session } = await LspSession.start({ workspaceFolder: folder }));
    await session.open(a, ARTICLE_A);
    await session.diagnosticsFor(a);
  });
  after(async () => {
    await session.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  test('misspellings are warnings and unknown names are hints, with the codes the CLI uses', async () => {
    const { diagnostics } = await session.diagnosticsFor(a);
    const byCode = (code: string) => diagnostics.filter((d) => d.code === code);
    assert.deepEqual(
      byCode('misspelled-entity').map((d) => [
        d.severity,
        ARTICLE_A.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character),
      ]),
      [
        [2, 'Llyod Austin'],
        [2, 'Rajanth Singh'],
      ],
    );
    assert.deepEqual(
      byCode('unknown-entity').map((d) => d.severity),
      [4],
    );
    assert.match(String(byCode('unknown-entity')[0].message), /Express News Service.*organisation/);
  });

  test('hover on a surname shows the person, the office held on the article date, and plain KB text', async () => {
    const hover = await session.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: a },
      position: at(ARTICLE_A, 'Austin praised'),
    });
    const value = (hover!.contents as MarkupContent).value;
    assert.match(value, /\*\*Lloyd Austin\*\*/);
    assert.match(value, /US Secretary of Defense \(2021–2025\)/);
    assert.match(value, /on 2024-11-22/);
    const singh = await session.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: a },
      position: at(ARTICLE_A, 'Rajnath Singh'),
    });
    // Markdown in the KB is shown literally.
    assert.match((singh!.contents as MarkupContent).value, /\\\*Defence Minister\\\*/);
  });

  test('go to definition opens the entry in entities.yaml', async () => {
    const location = (await session.connection.sendRequest(DefinitionRequest.type, {
      textDocument: { uri: a },
      position: at(ARTICLE_A, 'Lloyd J Austin'),
    })) as Location;
    assert.equal(location.uri, uriOf(kbFile));
    assert.equal(KB.split('\n')[location.range.start.line].trim(), 'name: Lloyd Austin');
  });

  test('find references lists mentions in every article of the workspace, opened or not', async () => {
    const refs = (await session.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: a },
      position: at(ARTICLE_A, 'Lloyd J Austin'),
      context: { includeDeclaration: false },
    })) as Location[];
    const files = refs.map((r) => path.basename(new URL(r.uri).pathname)).sort();
    // a.txt: full name, "Austin" after a title, the misspelling; b.txt (never opened): the full name.
    assert.deepEqual(files, ['a.txt', 'a.txt', 'a.txt', 'b.txt']);
  });

  test('semantic tokens colour people, places and unknown names by type', async () => {
    const legend = ['person', 'organisation', 'place', 'agreement', 'initiative', 'exercise', 'event'];
    const tokens = await session.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: a } });
    const decoded: string[] = [];
    let line = 0;
    let char = 0;
    const lines = ARTICLE_A.split('\n');
    for (let i = 0; i < tokens!.data.length; i += 5) {
      const [dl, dc, len, type, mods] = tokens!.data.slice(i, i + 5);
      line += dl;
      char = dl ? dc : char + dc;
      decoded.push(`${lines[line].slice(char, char + len)}:${legend[type]}${mods & 1 ? '+unknown' : ''}${mods & 2 ? '+misspelled' : ''}`);
    }
    assert.ok(decoded.includes('Laos:place'), decoded.join(' '));
    assert.ok(decoded.includes('Rajnath Singh:person'), decoded.join(' '));
    assert.ok(decoded.includes('Austin:person'), decoded.join(' '));
    assert.ok(decoded.includes('Llyod Austin:person+misspelled'), decoded.join(' '));
    assert.ok(decoded.includes('Express News Service:organisation+unknown'), decoded.join(' '));
  });

  test('workspace symbols are the entities, then the meetings', async () => {
    const symbols = (await session.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'austin' })) ?? [];
    assert.deepEqual(
      symbols.filter((s) => s.kind !== SymbolKind.Event).map((s) => s.name),
      ['Lloyd Austin'],
    );
    assert.ok(symbols.some((s) => s.kind === SymbolKind.Event && /Rajnath Singh – Lloyd Austin/.test(s.name)));
  });

  test('the misspelling quick fix corrects the name, and "fix all" corrects both', async () => {
    const { diagnostics } = await session.diagnosticsFor(a);
    const first = diagnostics.find((d) => d.code === 'misspelled-entity')!;
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: a },
      range: first.range,
      context: { diagnostics: [first], only: ['quickfix'] },
    })) as CodeAction[];
    assert.deepEqual(
      actions.map((x) => x.title),
      ['Change to "Lloyd Austin"', 'Fix all 2 misspelled names in this file'],
    );
    assert.match(applyDocumentEdits(actions[0].edit!, a, ARTICLE_A), /Later Lloyd Austin and Rajanth Singh/);
    assert.match(applyDocumentEdits(actions[1].edit!, a, ARTICLE_A), /Later Lloyd Austin and Rajnath Singh/);
  });

  test('"Add to knowledge base" appends a well-formed entry and keeps the comments', async () => {
    const { diagnostics } = await session.diagnosticsFor(a);
    const unknown = diagnostics.find((d: Diagnostic) => d.code === 'unknown-entity')!;
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: a },
      range: unknown.range,
      context: { diagnostics: [unknown], only: ['quickfix'] },
    })) as CodeAction[];
    const add = actions.find((x) => x.title.startsWith('Add "Express News Service" to the knowledge base'));
    assert.ok(add, actions.map((x) => x.title).join(', '));
    // The action carries a command, not a copy of the KB: the edit is made when it runs, from the file as it is then.
    assert.equal(add.edit, undefined);
    const result = await session.connection.sendRequest(ExecuteCommandRequest.type, {
      command: add.command!.command,
      arguments: add.command!.arguments,
    });
    assert.equal((result as { applied: boolean }).applied, true);
    const edited = applyDocumentEdits(session.appliedEdits.at(-1)!, uriOf(kbFile), KB);
    assert.ok(edited.startsWith(KB.trimEnd()), 'everything before the new entry is unchanged');
    assert.match(edited, /# Test knowledge base: comments must survive edits\.\n/);
    const entry = parse(edited).entities.at(-1);
    assert.deepEqual(entry, { id: 'express-news-service', name: 'Express News Service', type: 'organisation' });
  });

  test('an edit to the open entities.yaml takes effect in open articles without a restart', async () => {
    const withAgency = `${KB}  - id: express-news-service\n    name: Express News Service\n    type: organisation\n`;
    await session.open(uriOf(kbFile), KB, 'yaml');
    await session.change(uriOf(kbFile), withAgency);
    await session.waitFor(() => {
      const published = session.diagnostics.get(a)?.diagnostics ?? [];
      return published.every((d) => d.code !== 'unknown-entity') && published.length > 0;
    }, 'the unknown-entity hint to go');
  });

  test('problems in entities.yaml are reported at their exact place, and a broken file keeps the last good one', async () => {
    const broken = KB.replace('type: place\n', 'type: planet\n').replace('to: 2025-01-20', 'to: 2025-02-30');
    await session.change(uriOf(kbFile), broken);
    const { diagnostics } = await session.waitFor(() => {
      const d = session.diagnostics.get(uriOf(kbFile));
      return d && d.diagnostics.length >= 2 ? d : undefined;
    }, 'KB problems');
    const lines = broken.split('\n');
    const found = diagnostics.map((d) => [d.code, lines[d.range.start.line].slice(d.range.start.character, d.range.end.character)]);
    assert.deepEqual(found.sort(), [
      ['kb-invalid-date', '2025-02-30'],
      ['kb-unknown-type', 'planet'],
    ]);

    await session.change(uriOf(kbFile), `${KB}  - id: [unclosed\n`);
    const syntax = await session.waitFor(
      () => session.diagnostics.get(uriOf(kbFile))?.diagnostics.find((d) => d.code === 'kb-syntax-error'),
      'a syntax error',
    );
    assert.match(String(syntax.message), /last version of this file that was valid/);
    // The article still knows Lloyd Austin.
    const hover = await session.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: a },
      position: at(ARTICLE_A, 'Lloyd J Austin'),
    });
    assert.match((hover!.contents as MarkupContent).value, /Lloyd Austin/);
    await session.change(uriOf(kbFile), KB);
  });

  test('rename on a mention renames the entity in the KB and keeps the old name as an alias', async () => {
    const position = at(ARTICLE_A, 'Lloyd J Austin');
    const prepared = await session.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: a }, position });
    assert.deepEqual(prepared && 'placeholder' in prepared ? prepared.placeholder : undefined, 'Lloyd Austin');
    const edit = await session.connection.sendRequest(RenameRequest.type, {
      textDocument: { uri: a },
      position,
      newName: 'Lloyd James Austin III',
    });
    assert.deepEqual(Object.keys(edit?.changes ?? {}), []);
    const renamed = applyDocumentEdits(edit!, uriOf(kbFile), KB);
    const entity = parse(renamed).entities.find((e: { id: string }) => e.id === 'lloyd-austin');
    assert.equal(entity.name, 'Lloyd James Austin III');
    assert.deepEqual(entity.aliases, ['Lloyd J Austin', 'Lloyd Austin']);
    assert.equal(readFileSync(path.join(folder, 'a.txt'), 'utf8'), ARTICLE_A, 'the article text is not touched');
  });

  test('a name with a line break (a rename, an annotated selection) is written on one line: the YAML stays valid', async () => {
    const position = at(ARTICLE_A, 'Lloyd J Austin');
    const edit = await session.connection.sendRequest(RenameRequest.type, {
      textDocument: { uri: a },
      position,
      newName: 'Lloyd\nJames\tAustin',
    });
    const renamed = applyDocumentEdits(edit!, uriOf(kbFile), KB);
    assert.equal(parse(renamed).entities.find((e: { id: string }) => e.id === 'lloyd-austin').name, 'Lloyd James Austin');
    const result = await session.connection.sendRequest(ExecuteCommandRequest.type, {
      command: 'seedAnnotator.server.addToKnowledgeBase',
      arguments: [{ uri: a, name: 'Express\nNews  Service', type: 'organisation' }],
    });
    assert.equal((result as { applied: boolean }).applied, true);
    const added = parse(applyDocumentEdits(session.appliedEdits.at(-1)!, uriOf(kbFile), KB));
    assert.ok(
      added.entities.some((e: { name: string }) => e.name === 'Express News Service'),
      JSON.stringify(added.entities.map((e: { name: string }) => e.name)),
    );
  });

  test('the add-to-knowledge-base command can record an alias of an existing entity', async () => {
    const result = await session.connection.sendRequest(ExecuteCommandRequest.type, {
      command: 'seedAnnotator.server.addToKnowledgeBase',
      arguments: [{ uri: a, name: 'Secretary Austin', aliasOf: 'lloyd-austin' }],
    });
    assert.deepEqual(result, { applied: true, file: kbFile });
    const edit = session.appliedEdits.at(-1)!;
    const entity = parse(applyDocumentEdits(edit, uriOf(kbFile), KB)).entities.find((e: { id: string }) => e.id === 'lloyd-austin');
    assert.deepEqual(entity.aliases, ['Lloyd J Austin', 'Secretary Austin']);
  });
});

describe('a knowledge base named in settings that cannot be read', () => {
  test('is said once, in a warning naming the file and why, and articles are still checked', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'seed-missing-kb-'));
    const { session } = await LspSession.start({ workspaceFolder: folder, settings: { knowledgeBase: ['kb/missing.yaml'] } });
    try {
      const uri = uriOf(path.join(folder, 'a.txt'));
      await session.open(uri, 'No header here.\n');
      const { diagnostics } = await session.diagnosticsFor(uri);
      assert.deepEqual(
        diagnostics.map((d) => d.code),
        ['missing-date-header'],
      );
      const warning = await session.waitFor(() => session.messages.find((m) => m.type === 2), 'a warning');
      assert.equal(
        warning.message,
        `Seed Annotator: the knowledge base ${path.join(folder, 'kb', 'missing.yaml')} cannot be read (no such file or folder); articles are checked without it. See the setting seedAnnotator.knowledgeBase.`,
      );
      await session.change(uri, 'Still no header.\n');
      await new Promise((resolve) => setTimeout(resolve, 400));
      assert.equal(session.messages.filter((m) => m.type === 2).length, 1, 'said once');
    } finally {
      await session.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('an entities.yaml that does not parse', () => {
  test('is not edited: adding to it answers why, and the text stays as the user left it', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'seed-broken-kb-'));
    const kbFile = path.join(folder, 'entities.yaml');
    writeFileSync(kbFile, KB);
    const { session } = await LspSession.start({ workspaceFolder: folder });
    try {
      const article = uriOf(path.join(folder, 'a.txt'));
      await session.open(article, ARTICLE_A);
      await session.diagnosticsFor(article);
      await session.open(uriOf(kbFile), KB, 'yaml');
      await session.change(uriOf(kbFile), `${KB}  - id: [unclosed\n`);
      await session.waitFor(
        () => session.diagnostics.get(uriOf(kbFile))?.diagnostics.some((d) => d.code === 'kb-syntax-error'),
        'the syntax error',
      );
      const result = (await session.connection.sendRequest(ExecuteCommandRequest.type, {
        command: 'seedAnnotator.server.addToKnowledgeBase',
        arguments: [{ uri: article, name: 'Express News Service', type: 'organisation' }],
      })) as { applied: boolean; message?: string };
      assert.equal(result.applied, false);
      assert.match(result.message ?? '', /YAML errors; fix them first/);
      assert.equal(session.appliedEdits.length, 0);
      assert.equal(readFileSync(kbFile, 'utf8'), KB);
    } finally {
      await session.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('an entities.yaml deleted without a file event', () => {
  test('annotate still works (a fresh entities.yaml) and rename says why it cannot, instead of a raw ENOENT or nothing', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'seed-kb-gone-'));
    const kbFile = path.join(folder, 'entities.yaml');
    writeFileSync(kbFile, KB);
    writeFileSync(path.join(folder, 'a.txt'), ARTICLE_A);
    const { session } = await LspSession.start({ workspaceFolder: folder });
    try {
      const a = uriOf(path.join(folder, 'a.txt'));
      await session.open(a, ARTICLE_A);
      await session.diagnosticsFor(a);
      rmSync(kbFile); // no didChangeWatchedFiles: the server still believes it is there
      const added = (await session.connection.sendRequest(ExecuteCommandRequest.type, {
        command: 'seedAnnotator.server.addToKnowledgeBase',
        arguments: [{ uri: a, name: 'Express News Service', type: 'organisation' }],
      })) as { applied: boolean; message?: string };
      assert.ok(added.applied || !/ENOENT/.test(added.message ?? ''), JSON.stringify(added));
      const renamed = await session.connection
        .sendRequest(RenameRequest.type, {
          textDocument: { uri: a },
          position: at(ARTICLE_A, 'Lloyd J Austin'),
          newName: 'Lloyd James Austin',
        })
        .then(
          () => 'no error',
          (error: Error) => error.message,
        );
      assert.match(renamed, /no longer exists|cannot|bundled/, renamed);
      assert.doesNotMatch(renamed, /ENOENT/);
    } finally {
      await session.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
