// An edited large knowledge base is compiled on a worker thread (knowledgeBaseCompiler.ts) and crosses
// back as bytes (knowledgeBaseTransfer.ts): what arrives must be exactly what compiling it here gives.

import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { KnowledgeBaseCache } from '../../src/node/knowledgeBaseCache';
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

describe('compiled knowledge bases kept between runs', () => {
  test('a kept KB is what compiling it gives; another text, or a damaged entry, is a miss', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'seed-kb-cache-'));
    try {
      const cache = new KnowledgeBaseCache(folder);
      const sources = [
        { path: '/kb/entities.yaml', text: BUNDLED },
        { path: '/kb/extra.yaml', text: BROKEN, lastGoodText: EXTRA },
      ];
      assert.equal(cache.get(sources), undefined);
      const compiled = compileKnowledgeBaseTexts(sources);
      cache.put(sources, compiled);
      assert.deepEqual(new KnowledgeBaseCache(folder).get(sources), compiled);
      assert.equal(cache.get([sources[0]!, { ...sources[1]!, text: EXTRA }]), undefined, 'another text');
      assert.equal(cache.get([sources[0]!, { ...sources[1]!, lastGoodText: undefined }]), undefined, 'another last valid text');
      const kept = path.join(folder, 'v1', 'knowledge-bases');
      for (const entry of readdirSync(kept)) writeFileSync(path.join(kept, entry), 'not v8');
      assert.equal(cache.get(sources), undefined, 'damaged');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('KnowledgeBaseFiles with a cache: the same KB in force, compiled the first time, read back the next', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'seed-kb-cache-'));
    try {
      const texts: Record<string, string> = { '/kb/entities.yaml': BUNDLED, '/kb/extra.yaml': EXTRA };
      const files = Object.keys(texts);
      const plain = new KnowledgeBaseFiles({ extraFiles: [], bundledFile: undefined, readText: (f) => texts[f]! }).forFiles(files);
      for (let run = 0; run < 2; run++) {
        const cached = new KnowledgeBaseFiles({
          extraFiles: [],
          bundledFile: undefined,
          readText: (f) => texts[f]!,
          cache: new KnowledgeBaseCache(folder),
        });
        const inForce = cached.forFiles(files);
        assert.deepEqual(inForce.index.knowledgeBase, plain.index.knowledgeBase, `run ${run}`);
        assert.deepEqual(inForce.problems, plain.problems);
        assert.equal(inForce.fingerprint, plain.fingerprint);
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
