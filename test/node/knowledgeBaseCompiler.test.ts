// An edited large knowledge base is compiled on a worker thread (knowledgeBaseCompiler.ts) and crosses
// back as bytes (knowledgeBaseTransfer.ts): what arrives must be exactly what compiling it here gives.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { compileKnowledgeBaseOffThread } from '../../src/node/knowledgeBaseCompiler';
import { compileKnowledgeBaseTexts, KnowledgeBaseFiles, type KnowledgeBaseSourceText } from '../../src/node/knowledgeBaseFiles';
import { deserializeKnowledgeBase, deserializeKnowledgeBaseInSteps, serializeKnowledgeBase } from '../../src/node/knowledgeBaseTransfer';

const ROOT = path.resolve(__dirname, '../..');
const BUNDLED = readFileSync(path.join(ROOT, 'seeds', 'entities.yaml'), 'utf8');
const EXTRA = `version: 1
types:
  vessel:
    like: organisation
entities:
  - id: ins-vikrant
    name: INS Vikrant
    type: vessel
  - id: rajnath-singh
    name: Rajnath Singh again
    type: person
  - id: somebody
    name: Somebody
    type: spaceship
`;
const BROKEN = `${EXTRA}  - id: [unclosed\n`;

/** The same files compiled by `KnowledgeBaseFiles`, reading from a map. */
function compiledInPlace(texts: Record<string, string>, options: { lastGood?: Record<string, string> } = {}) {
  const current = { ...(options.lastGood ?? {}) };
  const files = new KnowledgeBaseFiles({ extraFiles: [], bundledFile: undefined, readText: (f) => current[f]!, keepLastGood: true });
  const paths = Object.keys(texts);
  if (options.lastGood) files.forFiles(paths);
  for (const [file, text] of Object.entries(texts)) {
    current[file] = text;
    files.invalidate(file);
  }
  return files.forFiles(paths);
}

describe('compiling a knowledge base from its texts', () => {
  test('gives what KnowledgeBaseFiles gives: entities, types, problems by file, fingerprint', () => {
    const texts = { '/kb/entities.yaml': BUNDLED, '/kb/extra.yaml': EXTRA };
    const sources: KnowledgeBaseSourceText[] = Object.entries(texts).map(([p, text]) => ({ path: p, text }));
    const compiled = compileKnowledgeBaseTexts(sources);
    const inPlace = compiledInPlace(texts);
    assert.deepEqual(compiled.knowledgeBase, inPlace.index.knowledgeBase);
    assert.deepEqual(compiled.problems, inPlace.problems);
    assert.equal(compiled.fingerprint, inPlace.fingerprint);
    assert.deepEqual(compiled.valid, ['/kb/entities.yaml', '/kb/extra.yaml']);
    const codes = [...compiled.problems.get('/kb/extra.yaml')!].map((p) => p.code).sort();
    assert.deepEqual(codes, ['kb-duplicate-id', 'kb-unknown-type']);
  });

  test('a file that does not parse: its last valid text stands in, and it is not valid', () => {
    const sources = [{ path: '/kb/entities.yaml', text: BROKEN, lastGoodText: EXTRA }];
    const compiled = compileKnowledgeBaseTexts(sources);
    const inPlace = compiledInPlace({ '/kb/entities.yaml': BROKEN }, { lastGood: { '/kb/entities.yaml': EXTRA } });
    assert.deepEqual(compiled.knowledgeBase, inPlace.index.knowledgeBase);
    assert.deepEqual(compiled.problems, inPlace.problems);
    assert.equal(compiled.fingerprint, inPlace.fingerprint);
    assert.deepEqual(compiled.valid, []);
    assert.ok(compiled.knowledgeBase.byId.has('ins-vikrant'));
    assert.match(compiled.problems.get('/kb/entities.yaml')![0]!.message, /last version of this file that was valid/);
  });

  test('an unreadable file is skipped with its reason', () => {
    const compiled = compileKnowledgeBaseTexts([
      { path: '/kb/gone.yaml', error: 'no such file' },
      { path: '/kb/extra.yaml', text: EXTRA },
    ]);
    assert.deepEqual([...compiled.unreadable], [['/kb/gone.yaml', 'no such file']]);
    assert.ok(compiled.knowledgeBase.byId.has('ins-vikrant'));
  });
});

describe('a knowledge base as bytes', () => {
  const knowledgeBase = compileKnowledgeBaseTexts([{ path: '/kb/entities.yaml', text: BUNDLED }]).knowledgeBase;

  test('reads back equal, at once or a chunk per turn of the event loop', async () => {
    const form = serializeKnowledgeBase(knowledgeBase);
    assert.ok(form.entities.length > 0);
    assert.deepEqual(deserializeKnowledgeBase(form), knowledgeBase);
    assert.deepEqual(await deserializeKnowledgeBaseInSteps(form), knowledgeBase);
  });

  test('is made once per knowledge base, and a KB read back keeps the bytes it came from', () => {
    const form = serializeKnowledgeBase(knowledgeBase);
    assert.equal(serializeKnowledgeBase(knowledgeBase), form);
    assert.equal(serializeKnowledgeBase(deserializeKnowledgeBase(form)), form);
  });
});

describe('compiling on a worker thread', () => {
  const script = path.join(ROOT, 'dist', 'analysisWorker.js');

  test('the built worker compiles what this thread would', async () => {
    const sources = [
      { path: '/kb/entities.yaml', text: BUNDLED },
      { path: '/kb/extra.yaml', text: BROKEN, lastGoodText: EXTRA },
    ];
    const offThread = await compileKnowledgeBaseOffThread(script)(sources);
    const here = compileKnowledgeBaseTexts(sources);
    assert.deepEqual(offThread, { ...here, knowledgeBase: offThread.knowledgeBase });
    assert.deepEqual(offThread.knowledgeBase, here.knowledgeBase);
  });

  test('without a worker script, it compiles on this thread', async () => {
    const sources = [{ path: '/kb/extra.yaml', text: EXTRA }];
    const compiled = await compileKnowledgeBaseOffThread(path.join(ROOT, 'no-such-worker.js'))(sources);
    assert.deepEqual(compiled, compileKnowledgeBaseTexts(sources));
  });
});
