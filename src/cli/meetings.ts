// `seed-annotator meetings`: the corpus's real meetings, one row per meeting however many articles report
// it (reports share a meeting id), sorted by date, each with its reports. Text, JSON or CSV.

import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { describeFsError } from '../node/findFiles';
import type { CheckArgs } from './args';
import { EXIT_CLEAN, EXIT_USAGE, finishedArticles, openCorpus, type CheckOptions, type Output } from './check';
import type { FinishedCheck } from './checkReport';
import { type FileReport, type JsonMeeting, toJsonMeeting } from './report';

export interface CorpusMeeting extends Omit<JsonMeeting, 'range' | 'evidence'> {
  /** Every article that reports it, with the sentence. */
  readonly reports: { readonly path: string; readonly range: JsonMeeting['range'] }[];
}

export async function runMeetings(args: CheckArgs, output: Output, options: CheckOptions = {}): Promise<number> {
  if (args.fromJsonl) return mergeReports(args, output);
  const corpus = await openCorpus(args, output, options);
  if (!corpus) return EXIT_USAGE;
  let meetings: CorpusMeeting[];
  try {
    meetings = await corpusMeetings(reportedMeetings(finishedArticles(corpus, output, 'meetings')));
  } finally {
    await corpus.pool.close();
  }
  print(meetings, args.format, output);
  return corpus.unreadable > 0 ? EXIT_USAGE : EXIT_CLEAN;
}

function print(meetings: readonly CorpusMeeting[], format: CheckArgs['format'], output: Output): void {
  if (format === 'json') output.out(`${JSON.stringify({ meetings }, null, 2)}\n`);
  else if (format === 'csv') for (const line of meetingsCsv(meetings)) output.out(`${line}\n`);
  else for (const line of toText(meetings)) output.out(`${line}\n`);
}

/**
 * `meetings --from-jsonl REPORT...`: the reduce step of a corpus checked in shards (each shard's
 * `check --format jsonl`): the meetings of every article of every report, merged as if checked at once.
 */
async function mergeReports(args: CheckArgs, output: Output): Promise<number> {
  let bad = 0;
  async function* articles(): AsyncGenerator<ArticleMeetings> {
    for (const report of args.paths) {
      let lineNumber = 0;
      try {
        const lines = createInterface({ input: createReadStream(report), crlfDelay: Number.POSITIVE_INFINITY });
        for await (const line of lines) {
          lineNumber++;
          if (!line.trim()) continue;
          const entry = parseReportLine(line);
          if (entry === 'invalid') {
            output.err(`seed-annotator: ${report}:${lineNumber}: not a line of "check --format jsonl"`);
            bad++;
          } else if (entry) yield entry;
        }
      } catch (error) {
        output.err(`seed-annotator: ${report}: ${describeFsError(error)}`);
        bad++;
      }
    }
  }
  print(await corpusMeetings(articles()), args.format, output);
  return bad > 0 ? EXIT_USAGE : EXIT_CLEAN;
}

/** An article's meetings from a line of a JSONL report; undefined for a knowledge base file's line. */
function parseReportLine(line: string): ArticleMeetings | undefined | 'invalid' {
  let entry: { path?: unknown; kind?: unknown; meetings?: unknown };
  try {
    entry = JSON.parse(line);
  } catch {
    return 'invalid';
  }
  if (entry?.kind === 'knowledge-base') return undefined;
  if (entry?.kind !== 'article' || typeof entry.path !== 'string' || !Array.isArray(entry.meetings)) return 'invalid';
  return { path: entry.path, meetings: entry.meetings as JsonMeeting[] };
}

/** An article's meetings as a report gives them: what the corpus's meetings are merged from. */
export interface ArticleMeetings {
  readonly path: string;
  readonly meetings: readonly JsonMeeting[];
}

/** The meetings of each article, as the worker threads made them. */
async function* reportedMeetings(articles: AsyncIterable<FinishedCheck & { path: string }>): AsyncGenerator<ArticleMeetings> {
  for await (const article of articles) if (article.kind === 'meetings') yield { path: article.path, meetings: article.meetings };
}

/** The meetings of each article analysed. */
export async function* meetingsOf(articles: AsyncIterable<FileReport>): AsyncGenerator<ArticleMeetings> {
  for await (const { path, analysis } of articles) {
    yield { path, meetings: analysis.meetings.map((m) => toJsonMeeting(m, analysis.referenceDate)) };
  }
}

/** The real meetings the articles report, one per meeting id with every report of it, sorted by date (then id). */
export async function corpusMeetings(articles: AsyncIterable<ArticleMeetings> | Iterable<ArticleMeetings>): Promise<CorpusMeeting[]> {
  const byId = new Map<string, CorpusMeeting>();
  for await (const { path, meetings } of articles) {
    for (const meeting of meetings) {
      const { range, evidence: _evidence, ...fields } = meeting;
      const known = byId.get(fields.id);
      if (known) {
        known.reports.push({ path, range });
        // A later report may give what the first left out (the day, the place, the occasion).
        byId.set(fields.id, { ...known, ...fill(known, fields) });
      } else {
        byId.set(fields.id, { ...fields, reports: [{ path, range }] });
      }
    }
  }
  return [...byId.values()].sort((a, b) => (a.date ?? a.id).localeCompare(b.date ?? b.id) || a.id.localeCompare(b.id));
}

function fill(known: CorpusMeeting, other: Omit<JsonMeeting, 'range' | 'evidence'>): Partial<CorpusMeeting> {
  return {
    date: known.date ?? other.date,
    place: known.place ?? other.place,
    occasion: known.occasion ?? other.occasion,
    host: known.host ?? other.host,
    topics: [...new Set([...known.topics, ...other.topics])],
    background: known.background && other.background,
  };
}

const COLUMNS = [
  'id',
  'date',
  'participants',
  'kind',
  'status',
  'host',
  'place',
  'occasion',
  'topics',
  'background',
  'announces',
  'reports',
] as const;

/** `--format csv` (and `export --format csv`): a header row, then one row per meeting. */
export function meetingsCsv(meetings: readonly CorpusMeeting[]): string[] {
  const cell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const rows = meetings.map((m) =>
    [
      m.id,
      m.date ?? '',
      m.participants.join('; '),
      m.kind,
      m.status,
      m.host ?? '',
      m.place ?? '',
      m.occasion ?? '',
      m.topics.join('; '),
      String(m.background),
      m.announces ?? '',
      m.reports.map((r) => `${r.path}:${r.range.start.line + 1}`).join('; '),
    ]
      .map(cell)
      .join(','),
  );
  return [COLUMNS.join(','), ...rows];
}

function toText(meetings: readonly CorpusMeeting[]): string[] {
  const lines: string[] = [];
  for (const m of meetings) {
    const where = [m.place, m.occasion].filter(Boolean).join(', ');
    const flags = [m.kind !== 'in-person' ? m.kind : '', m.status === 'planned' ? 'planned' : '', m.background ? 'background' : ''].filter(
      Boolean,
    );
    lines.push(
      `${m.date ?? 'no date'}  ${m.participants.join(' – ')}${where ? ` · ${where}` : ''}${flags.length ? ` (${flags.join(', ')})` : ''}`,
    );
    for (const r of m.reports) lines.push(`    ${r.path}:${r.range.start.line + 1}`);
  }
  lines.push(`${meetings.length} meeting${meetings.length === 1 ? '' : 's'}.`);
  return lines;
}
