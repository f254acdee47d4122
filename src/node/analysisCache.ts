// A persistent cache of article analyses, keyed by what an analysis depends on: the text, the
// knowledge base in force (its files' contents), the size limit and the analyser's own version. Used
// by the CLI (`--cache DIR`) and the language server (the extension's storage folder), so an unchanged
// corpus is not analysed twice.
//
// Content-addressed like ccache or git's loose objects: one small JSON file per entry, under a folder
// named for the first two hex digits of its key: the key on the first line, the record's JSON on the
// second. Lookups read only what they need (memory stays flat on
// any corpus), concurrent writers (worker threads, two CLI runs) cannot corrupt an entry (each is written
// to a temporary file and renamed), and a damaged or foreign entry is a miss, never an error.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { type AnalysisRecord, dependsOnToday } from '../core/analysisRecord';
import { describeFsError } from './findFiles';

declare const ANALYSER_VERSION: string | undefined;

/**
 * The analyser's version: the build stamps a hash of the core's sources (and the date library's
 * version), so any change to the analysis invalidates every cached entry. Unbundled (tests), the
 * package version stands in.
 */
export const analyserVersion: string = typeof ANALYSER_VERSION === 'string' ? ANALYSER_VERSION : 'dev';

/** The layout's version: bump it when the entry format changes. */
const LAYOUT = 'v1';
/** A key: a SHA-256 in hex. */
const KEY_LENGTH = 64;

export interface CacheKeyParts {
  readonly text: string;
  /** `knowledgeBaseFingerprint` of the KB in force ('' for none). */
  readonly knowledgeBase: string;
  /** The size limit in force (`--max-file-size`, `seedAnnotator.maxFileSize`), in characters. */
  readonly maxLength: number;
}

export function cacheKey(parts: CacheKeyParts): string {
  return createHash('sha256').update(`${analyserVersion}\0${parts.knowledgeBase}\0${parts.maxLength}\0`).update(parts.text).digest('hex');
}

/** A fingerprint of a knowledge base: its files' paths and texts, in order. */
export function knowledgeBaseFingerprint(files: readonly { readonly path: string; readonly text: string }[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file.path}\0${file.text.length}\0`).update(file.text);
  return hash.digest('hex');
}

/** Makes the cache folder; a one-line reason when it cannot be used (the caller says so, and goes on without). */
export function prepareCacheFolder(folder: string): string | undefined {
  try {
    mkdirSync(path.join(folder, LAYOUT), { recursive: true });
    return undefined;
  } catch (error) {
    return describeFsError(error);
  }
}

export class AnalysisCache {
  private readonly root: string;
  private readonly made = new Set<string>();

  constructor(folder: string) {
    this.root = path.join(folder, LAYOUT);
  }

  private fileOf(key: string): string {
    return path.join(this.root, key.slice(0, 2), `${key.slice(2)}.json`);
  }

  /** The record stored under `key`, as JSON (parsing is left to whoever needs the record). */
  get(key: string): string | undefined {
    let entry: string;
    try {
      entry = readFileSync(this.fileOf(key), 'utf8');
    } catch {
      return undefined;
    }
    // The key first, then the record on one line: a file cut short, or copied from elsewhere, is a miss.
    const newline = entry.indexOf('\n');
    if (newline === KEY_LENGTH && entry.startsWith(key) && entry.endsWith('}\n')) return entry.slice(newline + 1, -1);
    return undefined;
  }

  /** Stores a record (as JSON); one that depends on the day it was made is not stored. Never throws. */
  put(key: string, record: AnalysisRecord, json = JSON.stringify(record)): void {
    if (dependsOnToday(record)) return;
    const file = this.fileOf(key);
    const folder = path.dirname(file);
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      if (!this.made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        this.made.add(folder);
      }
      writeFileSync(temporary, `${key}\n${json}\n`);
      renameSync(temporary, file);
    } catch {
      // A full disk or a read-only cache folder only costs speed.
      try {
        rmSync(temporary, { force: true });
      } catch {
        // nothing was written
      }
    }
  }
}
