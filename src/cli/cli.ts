// Entry point of `seed-annotator` (dist/cli.js): check, meetings, export. Exit status: 0 clean, 1 errors, 2 bad usage or unreadable path.

import * as path from 'node:path';
import { parseArgs, USAGE, UsageError } from './args';
import { EXIT_USAGE, runCheck, type Output } from './check';
import { runExport } from './export';
import { runMeetings } from './meetings';

declare const PACKAGE_VERSION: string;

async function main(argv: readonly string[], output: Output): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.err(`seed-annotator: ${error.message}\n${USAGE.split('\n')[0]}\n`);
    return EXIT_USAGE;
  }
  if (args.command === 'help') {
    output.out(`${USAGE}\n`);
    return 0;
  }
  if (args.command === 'version') {
    output.out(`${typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : 'dev'}\n`);
    return 0;
  }
  // The bundled domain knowledge base ships next to dist/ (seeds/entities.yaml in the repository and the package).
  const options = {
    bundledKnowledgeBase: path.resolve(__dirname, '..', 'seeds', 'entities.yaml'),
    isTerminal: () => process.stderr.isTTY === true,
  };
  if (args.command === 'export') return runExport(args, output, options);
  return args.command === 'meetings' ? runMeetings(args, output, options) : runCheck(args, output, options);
}

let readerGone = false;
// `seed-annotator check corpus | head`: the reader closing the pipe is not an error to report.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  readerGone = true;
});

let progressShown = false;
/** Clears the progress line, so that a message written after it starts on a clean line. */
const clearProgress = () => {
  if (progressShown) process.stderr.write('\r\x1b[K');
  progressShown = false;
};

const stdout: Output = {
  out: (text) => void (readerGone || process.stdout.write(text)),
  err: (text) => {
    clearProgress();
    process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
  },
  drained: () =>
    readerGone || !process.stdout.writableNeedDrain
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          // Whichever comes first; the other listener goes too, or a long report under backpressure piles
          // up one 'error' listener per wait (MaxListenersExceededWarning on stderr).
          const done = () => {
            process.stdout.off('drain', done);
            process.stdout.off('error', done);
            resolve();
          };
          process.stdout.once('drain', done);
          process.stdout.once('error', done);
        }),
  progress: (line) => {
    clearProgress();
    if (line) process.stderr.write(line);
    progressShown = line !== '';
  },
};

main(process.argv.slice(2), stdout).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Never a stack trace for the user: one line, and the usage exit status.
    process.stderr.write(`seed-annotator: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT_USAGE;
  },
);
