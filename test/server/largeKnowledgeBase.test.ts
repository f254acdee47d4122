// Editing a large entities.yaml must not hold requests up (issue 12): parsing and compiling a 20,000-entity
// KB takes seconds, so the server compiles the edited KB on a worker thread and answers from the previous
// one until the new one is in force. Before, each recompile ran on the server's thread and a hover waited
// for it (4.5 s with 20,000 entities).

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { KB_TYPING_PAUSE_MS } from '../../src/server/service';
import { LspSession, ROOT, uriOf } from './lspSession';

const BUNDLED = readFileSync(path.join(ROOT, 'seeds', 'entities.yaml'), 'utf8');

/** The bundled KB with `copies - 1` renamed copies of its entities appended (ids and names made unique). */
function largeKnowledgeBase(copies: number): string {
  const at = BUNDLED.indexOf('\nentities:\n') + '\nentities:\n'.length;
  const body = BUNDLED.slice(at);
  let text = BUNDLED;
  for (let k = 1; k < copies; k++) {
    text += body
      .replace(/^( {2}- id: )([a-z0-9-]+)/gm, `$1$2-copy${k}`)
      .replace(/^( {4}name: )(.+)$/gm, `$1$2 Copy${k}`)
      .replace(/^( {6}- )(?!title:)([^:\n]+)$/gm, `$1$2 Copy${k}`);
  }
  return text;
}

test('while an edited 2 MB knowledge base compiles, hovers answer at once from the previous one; then from the new one', async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'seed-large-kb-'));
  const kbText = largeKnowledgeBase(20);
  const article = ' date 2024-11-22 New Delhi\nDefence Minister Rajnath Singh met his counterpart.\n';
  writeFileSync(path.join(folder, 'entities.yaml'), kbText);
  writeFileSync(path.join(folder, 'article.txt'), article);
  const { session } = await LspSession.start({ workspaceFolder: folder });
  try {
    const articleUri = uriOf(path.join(folder, 'article.txt'));
    const kbUri = uriOf(path.join(folder, 'entities.yaml'));
    await session.open(articleUri, article);
    await session.waitFor(() => session.diagnostics.has(articleUri), 'the article checked', 60_000);
    const hover = async () => {
      const started = performance.now();
      const answer = await session.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri: articleUri },
        position: { line: 1, character: 'Defence Minister Raj'.length },
      });
      return { text: JSON.stringify(answer?.contents), ms: performance.now() - started };
    };
    assert.match((await hover()).text, /Defence Minister of India since 2019/);

    await session.open(kbUri, kbText, 'yaml');
    await session.change(kbUri, kbText.replace('Defence Minister of India since 2019', 'Raksha Mantri since 2019'));
    await new Promise((resolve) => setTimeout(resolve, KB_TYPING_PAUSE_MS + 100));
    const meanwhile = await hover();
    assert.match(meanwhile.text, /Defence Minister of India since 2019/, 'answered from the previous KB, not after compiling the new one');

    let after = meanwhile;
    for (const deadline = Date.now() + 60_000; !/Raksha Mantri since 2019/.test(after.text); ) {
      assert.ok(Date.now() < deadline, 'the edited KB came into force');
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = await hover();
    }
    console.log(`hover while the KB compiled: ${meanwhile.ms.toFixed(0)} ms; once in force: ${after.ms.toFixed(0)} ms`);
  } finally {
    await session.stop();
    rmSync(folder, { recursive: true, force: true });
  }
});
