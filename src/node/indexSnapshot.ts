// The language server's index snapshot: every article's index record, with the stamp of the file it was
// made of, so that a restart with nothing changed reads one file and stats the articles
// instead of reading and analysing every article (see docs/scale.md). An article whose stamp changed is
// read and hashed: if its text is the one the snapshot has the record of (a checkout, `touch`), the record
// still serves. One whose text, knowledge base or size limit differs is analysed again; the snapshot only
// ever saves work, it never decides an answer.
//
// Two files per set of workspace folders, in the cache folder. The index file: a first line naming the
// format, the analyser version (another version's snapshot is ignored whole) and its data file; then a
// line per article, two JSON texts separated by a tab: its key (path, stamp, KB fingerprint, size limit,
// content hash, and where its texts are in the data file) and what indexing needs (the entities it
// mentions, how often, its meetings' ids), parsed when the article is looked up. The data file: each
// article's mention ranges (see packedMentions.ts) and the rest of its record (header, problems,
// meetings: most of the size), read by offset when a request about the article wants them — a restart
// reads a fifth of the bytes. Written to temporary files and renamed; the data file's name is new at
// every write, so a reader holding the previous one open is never written under.

import { createHash, randomBytes } from 'node:crypto';
import { fstatSync, promises as fs, openSync, readSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { analyserVersion } from './analysisCache';
import { type FileStamp, sameStamp, stampOf } from './fileStamp';
import type { RecordRest } from './indexRecord';
import { PackedMentions } from './packedMentions';

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
  /** The rest of its index record, or that as JSON to read (as `take` gave it). */
  readonly rest: RecordRest | LazyText;
}

/** A JSON text of the snapshot's data file, read when called (it throws if the file was cut or is gone). */
export type LazyText = () => string;

/** An article as `take` gives it. */
export interface TakenArticle {
  /** Whether the file's stamp now is the one the record was made of; if not, only its `hash` can tell. */
  readonly current: boolean;
  readonly stamp: FileStamp;
  readonly hash: string;
  readonly indexed: SnapshotIndexed;
  /** The rest of its index record, as JSON. */
  readonly rest: LazyText;
}

interface StoredEntry extends SnapshotKey {
  /** What indexing needs, as JSON. */
  readonly indexed: string;
  /** Where the mentions' ranges and the rest are in the data file: offset and length in bytes. */
  readonly ranges: readonly [number, number];
  readonly rest: readonly [number, number];
}

/** The first line of an index file. */
interface Header {
  readonly format: string;
  readonly version: number;
  readonly analyser: string;
  /** The data file's name (in the same folder). */
  readonly data: string;
}

const FORMAT = 'seed-annotator index snapshot';
const VERSION = 4;

/**
 * The largest snapshot written (both files), about 2.3 KB an article of the bench corpus, so ~100k articles.
 * Its index file is read whole into one string (V8's limit is ~512 MB): under a fifth of it.
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
  /** The data file read, when one was. */
  private data: DataFile | undefined;

  private constructor(readonly file: string) {}

  /** The snapshot of these workspace folders in `cacheFolder`, read if there is one (empty if not, or if unreadable). */
  static async open(cacheFolder: string, folders: readonly string[]): Promise<IndexSnapshot> {
    const id = createHash('sha256')
      .update([...folders].sort().join('\0'))
      .digest('hex')
      .slice(0, 32);
    const snapshot = new IndexSnapshot(path.join(cacheFolder, 'v1', 'index', `${id}.jsonl`));
    try {
      if ((await fs.stat(snapshot.file)).size <= MAX_SNAPSHOT_BYTES) {
        const text = await fs.readFile(snapshot.file, 'utf8');
        const header = headerOf(text);
        if (header) {
          snapshot.data = DataFile.open(path.join(path.dirname(snapshot.file), header.data));
          snapshot.entries = parseSnapshot(text, snapshot.data.size);
        }
      }
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
    const data = this.data;
    if (!entry || !data) return undefined;
    this.entries.delete(file);
    if (entry.knowledgeBase !== knowledgeBase || entry.maxLength !== maxLength) return undefined;
    // One statSync here (~70 ms for 10k files): stamping them all on libuv's threads while the snapshot was
    // parsed cost this thread more, issuing the calls and taking their callbacks.
    const now = stampNow(file);
    if (!now) return undefined;
    try {
      const [ids, counts, meetingIds] = JSON.parse(entry.indexed) as [string[], number[], string[]];
      if (!Array.isArray(ids) || !Array.isArray(counts) || !Array.isArray(meetingIds) || ids.length !== counts.length) return undefined;
      const { stamp, hash, ranges, rest } = entry;
      const mentions = PackedMentions.unparsed(ids, counts, () => data.read(ranges));
      return { current: sameStamp(now, stamp), stamp, hash, indexed: { mentions, meetingIds }, rest: () => data.read(rest) };
    } catch {
      return undefined;
    }
  }

  /** Replaces the snapshot on disk with these articles; false (and the old one left) when it cannot be written. */
  async save(articles: Iterable<SnapshotArticle>): Promise<boolean> {
    this.entries.clear();
    const folder = path.dirname(this.file);
    const stamp = `${process.pid}.${Date.now()}`;
    const dataName = `${path.basename(this.file, '.jsonl')}.${randomBytes(6).toString('hex')}.data`;
    const temporary = `${this.file}.${stamp}.tmp`;
    const dataTemporary = path.join(folder, `${dataName}.${stamp}.tmp`);
    let index: fs.FileHandle | undefined;
    let data: fs.FileHandle | undefined;
    try {
      await fs.mkdir(folder, { recursive: true });
      await removeLeftovers(this.file);
      index = await fs.open(temporary, 'w');
      data = await fs.open(dataTemporary, 'w');
      const header: Header = { format: FORMAT, version: VERSION, analyser: analyserVersion, data: dataName };
      let lines = [JSON.stringify(header)];
      let texts: string[] = [];
      let offset = 0; // bytes of the data file
      let indexLength = 0; // characters of the index file
      const write = async (last: boolean) => {
        const chunk = `${lines.join('\n')}\n`;
        // A workspace whose snapshot would be too big has none (indexing goes through the cache).
        if (offset + (indexLength += chunk.length) > MAX_SNAPSHOT_BYTES) throw new Error('too large');
        await data!.write(texts.join(''));
        await index!.write(chunk);
        lines = [];
        texts = [];
        if (!last) await nextTurn();
      };
      for (const article of articles) {
        let ranges: string;
        let rest: string;
        try {
          ranges = article.indexed.mentions.rangesJson();
          rest = typeof article.rest === 'function' ? article.rest() : JSON.stringify(article.rest);
        } catch {
          continue; // texts of the last snapshot that can no longer be read: that article is analysed next time
        }
        const rangesBytes = Buffer.byteLength(ranges);
        const restBytes = Buffer.byteLength(rest);
        lines.push(lineOf(article, [offset, rangesBytes], [offset + rangesBytes, restBytes]));
        texts.push(ranges, rest);
        offset += rangesBytes + restBytes;
        if (lines.length >= LINES_PER_TURN) await write(false);
      }
      await write(true);
      await Promise.all([index.close(), data.close()]);
      index = data = undefined;
      await fs.rename(dataTemporary, path.join(folder, dataName));
      await fs.rename(temporary, this.file);
      await removeOtherData(this.file, dataName);
      return true;
    } catch {
      await index?.close().catch(() => undefined);
      await data?.close().catch(() => undefined);
      await fs.rm(temporary, { force: true }).catch(() => undefined);
      await fs.rm(dataTemporary, { force: true }).catch(() => undefined);
      return false;
    }
  }
}

/**
 * An open data file, read by offset; its descriptor stays open (a later write makes a new file, never this
 * one). Reads go through a window of at least 256 KB: requests that read many articles' texts (Check All
 * Articles, 10k rests) ask for them in file order, and a read per text was 10k system calls.
 */
class DataFile {
  private window: Uint8Array = new Uint8Array(0);
  private windowStart = 0;

  private constructor(
    private readonly fd: number,
    readonly size: number,
  ) {}

  static open(file: string): DataFile {
    const fd = openSync(file, 'r');
    return new DataFile(fd, fstatSync(fd).size);
  }

  /** The text at [offset, offset + length) bytes; throws when the file has fewer. */
  read([offset, length]: readonly [number, number]): string {
    const from = offset - this.windowStart;
    if (from < 0 || from + length > this.window.length) {
      this.window = this.readAt(offset, Math.max(length, Math.min(WINDOW_BYTES, this.size - offset)));
      this.windowStart = offset;
      if (this.window.length < length) throw new Error('the index snapshot was cut short');
    }
    const start = offset - this.windowStart;
    return Buffer.from(this.window.buffer, this.window.byteOffset + start, length).toString('utf8');
  }

  /** Up to `length` bytes from `offset` (fewer at the end of the file). */
  private readAt(offset: number, length: number): Uint8Array {
    const bytes = new Uint8Array(length);
    let read = 0;
    while (read < length) {
      const n = readSync(this.fd, bytes, read, length - read, offset + read);
      if (n === 0) break;
      read += n;
    }
    return read === length ? bytes : bytes.subarray(0, read);
  }
}

/** The least a data file read brings into memory (see DataFile). */
const WINDOW_BYTES = 256 * 1024;

function lineOf(article: SnapshotArticle, ranges: readonly [number, number], rest: readonly [number, number]): string {
  const { stamp } = article;
  const { mentions, meetingIds } = article.indexed;
  const { file, knowledgeBase, maxLength, hash } = article;
  const key = [file, stamp.size, stamp.mtimeMs, stamp.ctimeMs, stamp.ino, knowledgeBase, maxLength, hash, ...ranges, ...rest];
  // JSON escapes tabs and line breaks: the tab separates the parts, and a line is one article.
  return `${JSON.stringify(key)}\t${JSON.stringify([mentions.ids, mentions.counts, meetingIds])}`;
}

/** The header of an index file's text, if it is one this analyser wrote. */
function headerOf(text: string): Header | undefined {
  const end = text.indexOf('\n');
  try {
    const header = JSON.parse(end < 0 ? text : text.slice(0, end)) as Partial<Header>;
    const usable =
      header.format === FORMAT &&
      header.version === VERSION &&
      header.analyser === analyserVersion &&
      typeof header.data === 'string' &&
      /^[\w.-]+$/.test(header.data);
    return usable ? (header as Header) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The entries of an index file's text (its header already checked), whose texts lie within the data file's
 * `dataSize` bytes; a damaged line is skipped.
 */
function parseSnapshot(text: string, dataSize: number): Map<string, StoredEntry> {
  const entries = new Map<string, StoredEntry>();
  let start = text.indexOf('\n');
  if (start < 0) return entries;
  start++;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', start);
    if (tab > start && tab < end) {
      try {
        const key = JSON.parse(text.slice(start, tab)) as unknown[];
        const [file, size, mtimeMs, ctimeMs, ino, knowledgeBase, maxLength, hash] = key;
        const [rangesAt, rangesBytes, restAt, restBytes] = key.slice(8) as number[];
        if (
          typeof file === 'string' &&
          typeof knowledgeBase === 'string' &&
          typeof hash === 'string' &&
          [size, mtimeMs, ctimeMs, ino, maxLength, rangesAt, rangesBytes, restAt, restBytes].every(isNumber) &&
          rangesAt + rangesBytes <= dataSize &&
          restAt + restBytes <= dataSize
        ) {
          const stamp = { size, mtimeMs, ctimeMs, ino } as FileStamp;
          const indexed = text.slice(tab + 1, end);
          const ranges = [rangesAt, rangesBytes] as const;
          entries.set(file, { stamp, knowledgeBase, maxLength: maxLength as number, hash, indexed, ranges, rest: [restAt, restBytes] });
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

/** Removes the data files of earlier writes of this snapshot (a reader holding one open still reads it). */
async function removeOtherData(file: string, kept: string): Promise<void> {
  const prefix = `${path.basename(file, '.jsonl')}.`;
  const folder = path.dirname(file);
  for (const name of await fs.readdir(folder).catch(() => [])) {
    if (name.startsWith(prefix) && name.endsWith('.data') && name !== kept)
      await fs.rm(path.join(folder, name), { force: true }).catch(() => undefined);
  }
}

async function removeLeftovers(file: string): Promise<void> {
  const prefix = `${path.basename(file, '.jsonl')}.`;
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
