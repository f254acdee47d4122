// `seed-annotator export`: what `check` finds, as files for other tools in the --out folder — brat
// standoff (to read and correct the annotations in brat), JSON Lines (one article a line, streamed) or
// CSV (the corpus's meetings, as `meetings --format csv` prints them).

import * as path from 'node:path';
import { bratConfiguration, bratToolsConfiguration, bratVisualConfiguration, plural, toBrat } from '../core';
import type { ExportArgs, ExportFormat } from './args';
import { analysedArticles, type CheckOptions, type Corpus, EXIT_CLEAN, EXIT_USAGE, openCorpus, type Output } from './check';
import { corpusMeetings, meetingsCsv, meetingsOf } from './meetings';
import { ExportError, OutputFolder } from './outputFolder';
import { toJsonArticleLine } from './report';

export const JSONL_FILE = 'articles.jsonl';
export const CSV_FILE = 'meetings.csv';
export const BRAT_CONFIGURATION_FILE = 'annotation.conf';
export const BRAT_VISUAL_FILE = 'visual.conf';
export const BRAT_TOOLS_FILE = 'tools.conf';

/** Writes one format; returns the line that says what was written. */
type Exporter = (corpus: Corpus, folder: OutputFolder, output: Output, out: string) => Promise<string>;

export async function runExport(args: ExportArgs, output: Output, options: CheckOptions = {}): Promise<number> {
  const corpus = await openCorpus(args, output, options);
  if (!corpus) return EXIT_USAGE;
  try {
    const folder = OutputFolder.open(args.out, corpus.files);
    output.out(`${await EXPORTERS[args.format](corpus, folder, output, args.out)}\n`);
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    output.err(`seed-annotator: ${error.message}`);
    return EXIT_USAGE;
  } finally {
    await corpus.pool.close();
  }
  return corpus.unreadable > 0 ? EXIT_USAGE : EXIT_CLEAN;
}

const EXPORTERS: Record<ExportFormat, Exporter> = {
  brat: async (corpus, folder, output, out) => {
    const names = documentNames(corpus.files);
    // Refused before the first file is written rather than half way.
    for (const name of names.values()) {
      const input = folder.replacesInput(`${name}.txt`) ?? folder.replacesInput(`${name}.ann`);
      if (input) throw new ExportError(`${input} is an article being exported: choose another --out folder`);
    }
    const entityTypes = new Set<string>();
    const participantTypes = new Set<string>();
    let count = 0;
    for await (const { path: file, text, analysis } of analysedArticles(corpus, output, { withText: true })) {
      const name = names.get(file)!;
      const document = toBrat(text, analysis);
      // The text as analysed (no BOM, line ends as written): the offsets count its characters.
      folder.writeFile(`${name}.txt`, text);
      folder.writeFile(`${name}.ann`, document.ann);
      for (const type of document.entityTypes) entityTypes.add(type);
      for (const type of document.participantTypes) participantTypes.add(type);
      count++;
    }
    folder.writeFile(BRAT_CONFIGURATION_FILE, bratConfiguration({ entityTypes, participantTypes }));
    folder.writeFile(BRAT_VISUAL_FILE, bratVisualConfiguration());
    folder.writeFile(BRAT_TOOLS_FILE, bratToolsConfiguration());
    return `${plural(count, 'article')} exported to ${out} (brat: a .txt and an .ann each, ${BRAT_CONFIGURATION_FILE}, ${BRAT_VISUAL_FILE}, ${BRAT_TOOLS_FILE}).`;
  },

  jsonl: async (corpus, folder, output, out) => {
    const stream = folder.create(JSONL_FILE);
    let count = 0;
    try {
      // Streamed: one line per article as it is analysed, so a corpus too big to hold is fine.
      for await (const article of analysedArticles(corpus, output)) {
        stream.write(`${JSON.stringify(toJsonArticleLine(article))}\n`);
        count++;
      }
    } catch (error) {
      stream.abort();
      throw error;
    }
    stream.commit();
    return `${plural(count, 'article')} exported to ${path.join(out, JSONL_FILE)}.`;
  },

  csv: async (corpus, folder, output, out) => {
    let count = 0;
    const counted = async function* () {
      for await (const article of analysedArticles(corpus, output)) {
        count++;
        yield article;
      }
    };
    const meetings = await corpusMeetings(meetingsOf(counted()));
    folder.writeFile(
      CSV_FILE,
      meetingsCsv(meetings)
        .map((line) => `${line}\n`)
        .join(''),
    );
    return `${plural(meetings.length, 'meeting')} from ${plural(count, 'article')} exported to ${path.join(out, CSV_FILE)}.`;
  },
};

/**
 * Each article's brat document name, by its path as reported: its path below the folder common to
 * all the articles (so the corpus's folders are kept, and nothing can climb out of --out), without
 * `.txt` (brat adds .txt and .ann to the name; `x.seed` becomes `x.seed.txt`).
 */
export function documentNames(files: readonly string[]): Map<string, string> {
  const resolved = files.map((file) => path.resolve(file));
  const common = commonFolder(resolved.map((file) => path.dirname(file)));
  const names = new Map<string, string>();
  const owners = new Map<string, string>(); // name → the file it was given to
  files.forEach((file, i) => {
    // Without a common folder (two drives on Windows), the whole path, the drive a folder.
    const relative = common === undefined ? resolved[i].replace(/:/g, '').replace(/^[\\/]+/, '') : path.relative(common, resolved[i]);
    const base = relative
      .split(path.sep)
      .join('/')
      .replace(/\.txt$/, '');
    let name = base;
    for (let n = 2; owners.has(name) && owners.get(name) !== resolved[i]; n++) name = `${base}~${n}`;
    owners.set(name, resolved[i]);
    names.set(path.normalize(file), name);
  });
  return names;
}

function commonFolder(folders: readonly string[]): string | undefined {
  if (folders.length === 0) return undefined;
  let common = folders[0];
  const holds = (folder: string) => folder === common || folder.startsWith(common.endsWith(path.sep) ? common : common + path.sep);
  for (const folder of folders) {
    while (!holds(folder)) {
      const up = path.dirname(common);
      if (up === common) return undefined;
      common = up;
    }
  }
  return common;
}
