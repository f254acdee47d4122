// What the CLI makes of one article's analysis, on the thread that analysed it: the report's text for
// that file (a JSON line, or `file:line:col` lines) and its problem counts, or its meetings. The main
// thread then only writes strings in order and adds counts (see docs/scale.md).

import { countFile, emptyTally, type Tally } from '../core';
import type { AnalysisForms } from '../core/analysisRecord';
import type { AnalysisJob } from '../node/analysisJob';
import { type JsonMeeting, toJsonFile, toJsonMeeting, toTextLines } from './report';

/** `job.finish` for the CLI. */
export interface CheckFinish {
  /** The path as the report names it. */
  readonly path: string;
  /** `text` and `json` (one `files` entry; jsonl is the same line) for check; `meetings` for meetings. */
  readonly format: 'text' | 'json' | 'meetings';
}

export type FinishedCheck =
  | { readonly kind: 'report'; readonly output: string; readonly tally: Tally }
  | { readonly kind: 'meetings'; readonly meetings: readonly JsonMeeting[] };

export function finishCheck(job: AnalysisJob, analysed: AnalysisForms): FinishedCheck {
  const { path, format } = job.finish as CheckFinish;
  const analysis = analysed.analysis;
  if (!analysis) throw new Error(`${path}: the analysis names an entity its knowledge base does not have`);
  if (format === 'meetings') {
    return { kind: 'meetings', meetings: analysis.meetings.map((m) => toJsonMeeting(m, analysis.referenceDate)) };
  }
  const tally = emptyTally();
  countFile(tally, analysis.problems);
  const output =
    format === 'json'
      ? JSON.stringify(toJsonFile({ path, analysis }))
      : toTextLines({ path, analysis })
          .map((line) => `${line}\n`)
          .join('');
  return { kind: 'report', output, tally };
}
