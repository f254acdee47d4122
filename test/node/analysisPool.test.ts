// The analysis pool's workers keep a few compiled knowledge bases and forget the oldest: the pool must
// keep count alike, so a job is always analysed with its own KB, sent again when the worker forgot it.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { buildEntityIndex } from '../../src/core';
import { AnalysisPool, KNOWLEDGE_BASES_PER_WORKER } from '../../src/node/analysisPool';
import { recordOf } from '../../src/node/analysisJob';
import { compileKnowledgeBaseTexts } from '../../src/node/knowledgeBaseFiles';

const ROOT = path.resolve(__dirname, '../..');

test('workers forget their oldest knowledge bases, and a job whose KB was forgotten gets it again', async () => {
  const names = ['Arjun Mehra', 'Beatrice Olawale', 'Chen Guangming', 'Dmitri Sokolov', 'Elena Vasquez', 'Farhan Qureshi'];
  const kbs = names.slice(0, KNOWLEDGE_BASES_PER_WORKER + 2).map((name, i) => {
    const text = `version: 1\nentities:\n  - id: minister-${i}\n    name: ${name}\n    type: person\n`;
    const compiled = compileKnowledgeBaseTexts([{ path: `/kb${i}/entities.yaml`, text }]);
    return { fingerprint: compiled.fingerprint, index: buildEntityIndex(compiled.knowledgeBase), id: `minister-${i}` };
  });
  const pool = new AnalysisPool({ jobs: 2, workerScript: path.join(ROOT, 'dist', 'analysisWorker.js') });
  try {
    // Round after round, each job after all the others' KBs were sent: every worker forgets and is sent again.
    for (let round = 0; round < 3; round++) {
      for (const kb of kbs) {
        const outcomes = await Promise.all(
          [0, 1].map(() =>
            pool.analyse(
              {
                text: ` date 2024-01-01 x\n${names.map((name) => `${name} spoke.`).join(' ')}\n`,
                knowledgeBase: kb.fingerprint,
                maxLength: 1e6,
                now: 0,
                noCache: true,
              },
              kb.index,
            ),
          ),
        );
        for (const outcome of outcomes) {
          const ids = recordOf(outcome).entities.flatMap((e) => (e.entityId ? [e.entityId] : []));
          assert.deepEqual(ids, [kb.id], `round ${round}: analysed with its own KB`);
        }
      }
    }
  } finally {
    await pool.close();
  }
});
