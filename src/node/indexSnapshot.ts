// The language server's index snapshot: every article's index record in one file, with the stamp of the
// file it was made of, so that a restart with nothing changed reads one file and stats the articles
// instead of reading and analysing every article (see docs/scale.md). An article whose stamp changed is
// read and hashed: if its text is the one the snapshot has the record of (a checkout, `touch`), the record
// still serves. One whose text, knowledge base or size limit differs is analysed again; the snapshot only
// ever saves work, it never decides an answer.
//
// One file per set of workspace folders, in the cache folder: a first line naming the format and the
// analyser version (another version's snapshot is ignored whole), then a line per article, four JSON
// texts separated by tabs: its path, stamp, KB fingerprint, size limit and content hash; what indexing
// needs (the entities it mentions, how often, its meetings' ids), parsed when the article is looked up;
// where it mentions them (see packedMentions.ts); and the rest of the record (header, problems,
// meetings: most of its size). Those last two are left as JSON until a request about the article wants
// them. Written to a temporary file and renamed, like the cache's entries.

import { createHash } from 'node:crypto';
import { promises as fs, statSync } from 'node:fs';
import * as path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { analyserVersion } from './analysisCache';
import { type FileStamp, sameStamp, stampOf } from './fileStamp';
import type { RecordRest } from './indexRecord';
import { PackedMentions } from './packedMentions';

const HEADER = JSON.stringify({ format: 'seed-annotator index snapshot', version: 3, analyser: analyserVersion });

/** What an index record was made under: an article is taken from the snapshot only when all of it holds. */
export interface SnapshotKey {
  readonly stamp: FileStamp;
  /** `knowledgeBaseFingerprint` of the KB in force ('' for none). */
  readonly knowledgeBase: string;
  readonly maxLength: number;
  /** `contentHash` of the text the record was made of. */
  readonly hash: string;
}

/** What the index keeps of an article besides the rest of its record. */
export interface SnapshotIndexed {
  readonly mentions: PackedMentions;
  readonly meetingIds: readonly string[];
}

export interface SnapshotArticle extends SnapshotKey {
  readonly file: string;
  readonly indexed: SnapshotIndexed;
  /** The rest of its index record, or that as JSON (as `take` gave it). */
  readonly rest: RecordRest | string;
}

/** An article as `take` gives it. */
export interface TakenArticle {
  /** Whether the file's stamp now is the one the record was made of; if not, only its `hash` can tell. */
  readonly current: boolean;
  readonly stamp: FileStamp;
  readonly hash: string;
  readonly indexed: SnapshotIndexed;
  /** The rest of its index record, as JSON. */
  readonly rest: string;
}

interface StoredEntry extends SnapshotKey {
  /** Its line's JSON texts: what indexing needs, the mentions' ranges, and the rest. */
  readonly indexed: string;
  readonly ranges: string;
  readonly rest: string;
}

/**
 * The largest snapshot read or written: read whole, it is one string (V8's limit is ~512 MB), about 2.2 KB an
 * article of the bench corpus, so ~100k articles.
 */
const MAX_SNAPSHOT_BYTES = 256 * 1024 * 1024;

/**
 * The most articles a workspace's snapshot is expected to hold (a tenth under the size limit's reach): a
 * larger workspace keeps each article's analysis in the per-article cache instead (see workspaceStore.ts).
 * `SEED_ANNOTATOR_SNAPSHOT_MAX_ARTICLES` sets another limit (the tests use both ways on a few articles).
 */
export const SNAPSHOT_MAX_ARTICLES = Number(process.env.SEED_ANNOTATOR_SNAPSHOT_MAX_ARTICLES) || 100_000;

/** Lines made between two turns of the event loop when writing: a server answers requests meanwhile. */
const LINES_PER_TURN = 500;

export class IndexSnapshot {
  private entries = new Map<string, StoredEntry>();

  private constructor(readonly file: string) {}

  /** The snapshot of these workspace folders in `cacheFolder`, read if there is one (empty if not, or if unreadable). */
  static async open(cacheFolder: string, folders: readonly string[]): Promise<IndexSnapshot> {
    const id = createHash('sha256')
      .update([...folders].sort().join('\0'))
      .digest('hex')
      .slice(0, 32);
    const snapshot = new IndexSnapshot(path.join(cacheFolder, 'v1', 'index', `${id}.jsonl`));
    try {
      if ((await fs.stat(snapshot.file)).size <= MAX_SNAPSHOT_BYTES)
        snapshot.entries = parseSnapshot(await fs.readFile(snapshot.file, 'utf8'));
    } catch {
      // none yet, or unreadable: every article is indexed as before
    }
    return snapshot;
  }

  /** How many articles it holds that were not looked up (or were, and did not fit). */
  get size(): number {
    return this.entries.size;
  }

  /**
   * The index record of `file` if the snapshot has one made under this KB and size limit, and whether the
   * file's stamp now is the one it was made of. Each article is looked up once: its entry leaves the snapshot.
   */
  take(file: string, knowledgeBase: string, maxLength: number): TakenArticle | undefined {
    const entry = this.entries.get(file);
    if (!entry) return undefined;
    this.entries.delete(file);
    if (entry.knowledgeBase !== knowledgeBase || entry.maxLength !== maxLength) return undefined;
    // One statSync here (~70 ms for 10k files): stamping them all on libuv's threads while the snapshot was
    // parsed cost this thread more, issuing the calls and taking their callbacks.
    const now = stampNow(file);
    if (!now) return undefined;
    try {
      const [ids, counts, meetingIds] = JSON.parse(entry.indexed) as [string[], number[], string[]];
      if (!Array.isArray(ids) || !Array.isArray(counts) || !Array.isArray(meetingIds) || ids.length !== counts.length) return undefined;
      const { stamp, hash, rest } = entry;
      const mentions = PackedMentions.unparsed(ids, counts, entry.ranges);
      return { current: sameStamp(now, stamp), stamp, hash, indexed: { mentions, meetingIds }, rest };
    } catch {
      return undefined;
    }
  }

  /** Replaces the snapshot on disk with these articles; false (and the old one left) when it cannot be written. */
  async save(articles: Iterable<SnapshotArticle>): Promise<boolean> {
    this.entries.clear();
    const temporary = `${this.file}.${process.pid}.${Date.now()}.tmp`;
    let handle: fs.FileHandle | undefined;
    try {
      await fs.mkdir(path.dirname(this.file), { recursive: true });
      await removeLeftovers(this.file);
      handle = await fs.open(temporary, 'w');
      let lines = [HEADER];
      let written = 0;
      for (const article of articles) {
        lines.push(lineOf(article));
        if (lines.length >= LINES_PER_TURN) {
          const chunk = `${lines.join('\n')}\n`;
          // A workspace whose snapshot would be too big to read back has none (indexing goes through the cache).
          if ((written += chunk.length) > MAX_SNAPSHOT_BYTES) throw new Error('too large');
          await handle.write(chunk);
          lines = [];
          await nextTurn();
        }
      }
      await handle.write(`${lines.join('\n')}\n`);
      await handle.close();
      handle = undefined;
      await fs.rename(temporary, this.file);
      return true;
    } catch {
      await handle?.close().catch(() => undefined);
      await fs.rm(temporary, { force: true }).catch(() => undefined);
      return false;
    }
  }
}

function lineOf(article: SnapshotArticle): string {
  const { stamp } = article;
  const { mentions, meetingIds } = article.indexed;
  const rest = typeof article.rest === 'string' ? article.rest : JSON.stringify(article.rest);
  // The rest's length: a line cut or damaged there (it is parsed much later, if ever) is skipped when read.
  const { file, knowledgeBase, maxLength, hash } = article;
  const key = [file, stamp.size, stamp.mtimeMs, stamp.ctimeMs, stamp.ino, knowledgeBase, maxLength, rest.length, hash];
  // JSON escapes tabs and line breaks: the tabs separate the parts, and a line is one article.
  return `${JSON.stringify(key)}\t${JSON.stringify([mentions.ids, mentions.counts, meetingIds])}\t${mentions.rangesJson()}\t${rest}`;
}

/** The entries of a snapshot's text; none when it is another format or version, a damaged line is skipped. */
export function parseSnapshot(text: string): Map<string, StoredEntry> {
  const entries = new Map<string, StoredEntry>();
  let start = text.indexOf('\n');
  if (start < 0 || text.slice(0, start) !== HEADER) return entries;
  start++;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', start);
    const tab2 = tab < 0 ? -1 : text.indexOf('\t', tab + 1);
    const tab3 = tab2 < 0 ? -1 : text.indexOf('\t', tab2 + 1);
    if (tab > start && tab2 > tab && tab3 > tab2 && tab3 < end) {
      try {
        const [file, size, mtimeMs, ctimeMs, ino, knowledgeBase, maxLength, restLength, hash] = JSON.parse(
          text.slice(start, tab),
        ) as unknown[];
        const whole = restLength === end - tab3 - 1;
        if (
          whole &&
          typeof file === 'string' &&
          typeof knowledgeBase === 'string' &&
          typeof hash === 'string' &&
          [size, mtimeMs, ctimeMs, ino, maxLength].every(isNumber)
        ) {
          const stamp = { size, mtimeMs, ctimeMs, ino } as FileStamp;
          const indexed = text.slice(tab + 1, tab2);
          const ranges = text.slice(tab2 + 1, tab3);
          entries.set(file, {
            stamp,
            knowledgeBase,
            maxLength: maxLength as number,
            hash,
            indexed,
            ranges,
            rest: text.slice(tab3 + 1, end),
          });
        }
      } catch {
        // a damaged line: that article is indexed as if the snapshot did not have it
      }
    }
    start = end + 1;
  }
  return entries;
}

/** Temporary files of a server stopped while writing (older than any write in progress could be). */
const LEFTOVER_AGE_MS = 10 * 60_000;

async function removeLeftovers(file: string): Promise<void> {
  const prefix = `${path.basename(file)}.`;
  const folder = path.dirname(file);
  for (const name of await fs.readdir(folder).catch(() => [])) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const leftover = path.join(folder, name);
    const stat = await fs.stat(leftover).catch(() => undefined);
    if (stat && Date.now() - stat.mtimeMs > LEFTOVER_AGE_MS) await fs.rm(leftover, { force: true }).catch(() => undefined);
  }
}

function stampNow(file: string): FileStamp | undefined {
  try {
    return stampOf(statSync(file));
  } catch {
    return undefined;
  }
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
