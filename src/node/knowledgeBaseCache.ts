// Compiled knowledge bases kept between runs, in the analysis cache's folder (the CLI's `--cache DIR`, the
// language server's storage folder). Parsing a KB with the positions of every value is most of a start:
// 0.13 s of the CLI's 0.45 s on one article with the bundled KB, seconds for a 7 MB KB; read back from the
// cache it takes milliseconds. Keyed by the analyser's version and the KB files' paths and texts (and the
// last valid texts standing in for broken ones): any change is a miss. Entries are v8-serialized, written
// to a temporary file and renamed; a damaged or foreign one is a miss, never an error.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { analyserVersion } from './analysisCache';
import type { CompiledKnowledgeBase, KnowledgeBaseSourceText } from './knowledgeBaseFiles';

/** Where compiled KBs go under the cache folder (the analyses are under `v1/xx/`). */
const FOLDER = path.join('v1', 'knowledge-bases');

export interface CompiledKnowledgeBaseStore {
  get(sources: readonly KnowledgeBaseSourceText[]): CompiledKnowledgeBase | undefined;
  put(sources: readonly KnowledgeBaseSourceText[], compiled: CompiledKnowledgeBase): void;
}

export class KnowledgeBaseCache implements CompiledKnowledgeBaseStore {
  private readonly folder: string;

  constructor(cacheFolder: string) {
    this.folder = path.join(cacheFolder, FOLDER);
  }

  get(sources: readonly KnowledgeBaseSourceText[]): CompiledKnowledgeBase | undefined {
    const key = keyOf(sources);
    try {
      const entry = deserialize(new Uint8Array(readFileSync(this.fileOf(key)))) as { key?: unknown; compiled?: CompiledKnowledgeBase };
      return entry.key === key ? entry.compiled : undefined;
    } catch {
      return undefined;
    }
  }

  put(sources: readonly KnowledgeBaseSourceText[], compiled: CompiledKnowledgeBase): void {
    const key = keyOf(sources);
    const file = this.fileOf(key);
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      mkdirSync(this.folder, { recursive: true });
      writeFileSync(temporary, new Uint8Array(serialize({ key, compiled })));
      renameSync(temporary, file);
    } catch {
      // A cache that cannot be written is no cache: the KB was compiled anyway.
      rmSync(temporary, { force: true });
    }
  }

  private fileOf(key: string): string {
    return path.join(this.folder, `${key}.v8`);
  }
}

function keyOf(sources: readonly KnowledgeBaseSourceText[]): string {
  const hash = createHash('sha256').update(`${analyserVersion}\0`);
  for (const s of sources) {
    hash.update(`${s.path}\0${s.error ?? ''}\0${s.text?.length ?? -1}\0`).update(s.text ?? '');
    hash.update(`\0${s.lastGoodText?.length ?? -1}\0`).update(s.lastGoodText ?? '');
  }
  return hash.digest('hex');
}
