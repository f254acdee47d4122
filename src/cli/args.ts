// Parses `seed-annotator check|meetings [--format text|json|csv] [--include GLOB] [--exclude GLOB] [--kb FILE] [--no-bundled-kb] PATH...`.

export type Format = 'text' | 'json' | 'csv';

export interface CheckArgs {
  /** `check` reports problems; `meetings` lists the corpus's meetings, one row per real meeting. */
  readonly command: 'check' | 'meetings';
  readonly format: Format;
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /** Knowledge base files applied to every article, after its nearest entities.yaml. */
  readonly knowledgeBases: readonly string[];
  /** Use the bundled knowledge base where no entities.yaml is found. */
  readonly bundledKnowledgeBase: boolean;
  readonly paths: readonly string[];
}

export type ParsedArgs = CheckArgs | { readonly command: 'help' } | { readonly command: 'version' };

export const USAGE = `Usage: seed-annotator check [--format text|json] [--include GLOB]... [--exclude GLOB]...
                            [--kb FILE]... [--no-bundled-kb] PATH...
       seed-annotator meetings [--format text|json|csv] [same options] PATH...

Checks seed articles: the date header, and the names of people, organisations, places… against
a knowledge base. A PATH may be a file or a folder; in a folder every *.txt and *.seed file is
checked, recursively (node_modules and .git are skipped). Globs match paths relative to the
folder given, e.g. --include '2024/**' --exclude '**/drafts/**'.

Knowledge base: an article uses the nearest entities.yaml in its folder or an ancestor folder,
plus every --kb FILE; where no entities.yaml is found, the bundled one. Problems in a knowledge
base file are reported once, against that file.

The meetings command lists the real meetings the articles report, one per meeting however many
articles report it (sorted by date), each with its reports; csv has a header row, for spreadsheets.

Options:
  --format text|json   one line per problem (file:line:col: severity code message), or one JSON object
                       (with every entity mention, date and meeting of each article); meetings: also csv
  --include GLOB       check only files matching GLOB (repeatable)
  --exclude GLOB       skip files matching GLOB (repeatable)
  --kb FILE            also use this knowledge base file for every article (repeatable)
  --no-bundled-kb      no bundled knowledge base where no entities.yaml is found
  -h, --help           show this help
  --version            show the version

Exit status: 0 no errors, 1 errors found (in articles or knowledge base files),
2 bad usage or an unreadable path or knowledge base file.`;

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.includes('-h') || argv.includes('--help')) return { command: 'help' };
  if (argv.includes('--version')) return { command: 'version' };
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('missing command: try "seed-annotator check PATH..."');
  if (command !== 'check' && command !== 'meetings')
    throw new UsageError(`unknown command "${command}": the commands are "check" and "meetings"`);

  let format: Format = 'text';
  const include: string[] = [];
  const exclude: string[] = [];
  const knowledgeBases: string[] = [];
  let bundledKnowledgeBase = true;
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
    if (flag === '--format') {
      const v = value();
      if (v === 'csv' && command === 'meetings') format = v;
      else if (v !== 'text' && v !== 'json')
        throw new UsageError(`--format must be "text" or "json"${command === 'meetings' ? ' or "csv"' : ''}, not "${v}"`);
      else format = v;
    } else if (flag === '--include') include.push(value());
    else if (flag === '--exclude') exclude.push(value());
    else if (flag === '--kb') knowledgeBases.push(value());
    else if (arg === '--no-bundled-kb') bundledKnowledgeBase = false;
    else if (arg === '--') {
      paths.push(...rest.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
    else paths.push(arg);
  }
  if (paths.length === 0) throw new UsageError('no PATH given: name the files or folders to check');
  return { command, format, include, exclude, knowledgeBases, bundledKnowledgeBase, paths };
}
