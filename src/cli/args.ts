// Parses `seed-annotator check|meetings [--format text|json|csv] [--include GLOB] [--exclude GLOB] [--kb FILE] [--no-bundled-kb] PATH...`
// and `seed-annotator export --format brat|jsonl|csv --out DIR [same options] PATH...`.

import { DEFAULT_MAX_FILE_MB } from '../core';

export type Format = 'text' | 'json' | 'jsonl' | 'csv';
export type ExportFormat = 'brat' | 'jsonl' | 'csv';
const EXPORT_FORMATS: readonly string[] = ['brat', 'jsonl', 'csv'] satisfies ExportFormat[];

/** What every command reads: the articles and the knowledge bases they use. */
export interface CorpusArgs {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /** Knowledge base files applied to every article, after its nearest entities.yaml. */
  readonly knowledgeBases: readonly string[];
  /** Use the bundled knowledge base where no entities.yaml is found. */
  readonly bundledKnowledgeBase: boolean;
  /** Articles larger than this many MB are not analysed (one `file-too-large` note each). */
  readonly maxFileSize: number;
  /** Worker threads analysing at once (`--jobs`); undefined: one per core. */
  readonly jobs: number | undefined;
  /** Where analyses are cached between runs (`--cache DIR`); undefined: no cache. */
  readonly cache: string | undefined;
  /** Whether to show a progress line on the standard error (default: when it is a terminal). */
  readonly progress: boolean | undefined;
  readonly paths: readonly string[];
}

export interface CheckArgs extends CorpusArgs {
  /** `check` reports problems; `meetings` lists the corpus's meetings, one row per real meeting. */
  readonly command: 'check' | 'meetings';
  readonly format: Format;
  /** `meetings --from-jsonl`: the PATHs are `check --format jsonl` reports to merge, not articles. */
  readonly fromJsonl?: boolean;
}

/** `export` writes the analysis to files in `out` for other tools (brat, JSON Lines, a spreadsheet). */
export interface ExportArgs extends CorpusArgs {
  readonly command: 'export';
  readonly format: ExportFormat;
  /** The folder to write to, created if missing. */
  readonly out: string;
}

export type ParsedArgs = CheckArgs | ExportArgs | { readonly command: 'help' } | { readonly command: 'version' };

export const USAGE = `Usage: seed-annotator check [--format text|json|jsonl] [--include GLOB]... [--exclude GLOB]...
                            [--kb FILE]... [--no-bundled-kb] [--jobs N] [--cache DIR] PATH...
       seed-annotator meetings [--format text|json|csv] [same options] PATH...
       seed-annotator meetings --from-jsonl [--format text|json|csv] REPORT.jsonl...
       seed-annotator export --format brat|jsonl|csv --out DIR [same options] PATH...

Checks seed articles: the date header, and the names of people, organisations, places… against
a knowledge base. A PATH may be a file or a folder; in a folder every *.txt and *.seed file is
checked, recursively (node_modules and .git are skipped). Globs match paths relative to the
folder given, e.g. --include '2024/**' --exclude '**/drafts/**'.

Knowledge base: an article uses the nearest entities.yaml in its folder or an ancestor folder,
plus every --kb FILE; where no entities.yaml is found, the bundled one. Problems in a knowledge
base file are reported once, against that file.

The meetings command lists the real meetings the articles report, one per meeting however many
articles report it (sorted by date), each with its reports; csv has a header row, for spreadsheets.
With --from-jsonl it reads reports of "check --format jsonl" instead of articles: a corpus checked in
shards (on many machines) has its meetings merged as if checked at once.

The export command writes what check finds to files in DIR (created if missing; files of the same
names there are replaced, nothing outside it is written; choose a DIR outside the folders exported,
or its .txt files are articles the next time):
  brat   for each article, its text (.txt) and brat standoff annotations (.ann): names, normalised
         to their knowledge base id, dates and meetings, in the articles' folders below the folder
         they share; and annotation.conf, visual.conf, tools.conf: DIR opens in brat as it is
  jsonl  articles.jsonl: one JSON object per article (schemas/article.schema.json)
  csv    meetings.csv: the meetings command's csv

Options:
  --format text|json|jsonl
                       one line per problem (file:line:col: severity code message), one JSON object
                       (with every entity mention, date and meeting of each article), or check only:
                       JSON Lines, one object per file, streamed; meetings: also csv;
                       export: brat, jsonl or csv (required)
  --out DIR            export: the folder to write to (required)
  --include GLOB       check only files matching GLOB (repeatable)
  --exclude GLOB       skip files matching GLOB (repeatable)
  --kb FILE            also use this knowledge base file for every article (repeatable)
  --no-bundled-kb      no bundled knowledge base where no entities.yaml is found
  --max-file-size MB   articles larger than this are not analysed, one note each (default 5)
  --jobs N             analyse on N threads at once (default: one per core from 1,000 articles,
                       one below; 1: no worker threads)
  --cache DIR          keep each analysis (and compiled knowledge base) in DIR, keyed by the article's
                       text, the knowledge base and this version: an unchanged article is not analysed
                       again (DIR is created)
  --progress, --no-progress
                       a progress line on the standard error (default: when it is a terminal)
  -h, --help           show this help
  --version            show the version

Exit status: 0 no errors, 1 errors found by check (in articles or knowledge base files),
2 bad usage, an unreadable path or knowledge base file, or (export) a file that cannot be written.`;

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.includes('-h') || argv.includes('--help')) return { command: 'help' };
  if (argv.includes('--version')) return { command: 'version' };
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('missing command: try "seed-annotator check PATH..."');
  if (command !== 'check' && command !== 'meetings' && command !== 'export')
    throw new UsageError(`unknown command "${command}": the commands are "check", "meetings" and "export"`);

  let format: string | undefined;
  let out: string | undefined;
  const include: string[] = [];
  const exclude: string[] = [];
  const knowledgeBases: string[] = [];
  let bundledKnowledgeBase = true;
  let maxFileSize = DEFAULT_MAX_FILE_MB;
  let jobs: number | undefined;
  let cache: string | undefined;
  let progress: boolean | undefined;
  let fromJsonl = false;
  const paths: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--format') format = value();
    else if (flag === '--out') {
      if (command !== 'export') throw new UsageError('--out is for export: check and meetings print to the standard output');
      out = value();
    } else if (flag === '--include') include.push(value());
    else if (flag === '--exclude') exclude.push(value());
    else if (flag === '--kb') knowledgeBases.push(value());
    else if (arg === '--no-bundled-kb') bundledKnowledgeBase = false;
    else if (flag === '--max-file-size') {
      const v = value();
      maxFileSize = Number(v);
      if (!Number.isFinite(maxFileSize) || maxFileSize <= 0)
        throw new UsageError(`--max-file-size takes a number of megabytes, not "${v}"`);
    } else if (flag === '--jobs' || flag === '-j') {
      const v = value();
      jobs = Number(v);
      if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs takes a whole number of threads (1 or more), not "${v}"`);
    } else if (flag === '--cache') cache = value();
    else if (arg === '--from-jsonl') {
      if (command !== 'meetings') throw new UsageError('--from-jsonl is for the meetings command');
      fromJsonl = true;
    } else if (arg === '--progress') progress = true;
    else if (arg === '--no-progress') progress = false;
    else if (arg === '--') {
      paths.push(...rest.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
    else paths.push(arg);
  }
  const corpus = { include, exclude, knowledgeBases, bundledKnowledgeBase, maxFileSize, jobs, cache, progress, paths };
  if (command === 'export') {
    if (format === undefined) throw new UsageError('export needs --format brat, jsonl or csv');
    if (!EXPORT_FORMATS.includes(format)) throw new UsageError(`--format must be "brat", "jsonl" or "csv", not "${format}"`);
    if (out === undefined) throw new UsageError('export needs --out DIR: the folder to write to');
    if (paths.length === 0) throw new UsageError('no PATH given: name the files or folders to export');
    return { command, format: format as ExportFormat, out, ...corpus };
  }
  const formats = command === 'meetings' ? ['text', 'json', 'csv'] : ['text', 'json', 'jsonl'];
  if (format !== undefined && !formats.includes(format))
    throw new UsageError(
      `--format must be ${formats
        .map((f) => `"${f}"`)
        .join(', ')
        .replace(/, ([^,]*)$/, ' or $1')}, not "${format}"`,
    );
  if (paths.length === 0) throw new UsageError('no PATH given: name the files or folders to check');
  return { command, format: (format ?? 'text') as Format, ...(fromJsonl ? { fromJsonl } : {}), ...corpus };
}
