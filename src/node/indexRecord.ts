// What the language server's index keeps of an article it read from disk, made on the worker thread that
// analysed it (or read it from the cache): its header, problems and meetings as they are, and its mentions
// of knowledge base entities packed as ranges — no text, no dates, no per-mention objects. A tenth of the
// full record to send and parse, for 10k articles at start-up.

import type { AnalysisForms, AnalysisRecord } from '../core/analysisRecord';
import type { AnalysisJob } from './analysisJob';

export interface IndexRecord {
  readonly header: AnalysisRecord['header'];
  readonly referenceDate: AnalysisRecord['referenceDate'];
  readonly problems: AnalysisRecord['problems'];
  readonly sharedFixes?: AnalysisRecord['sharedFixes'];
  readonly meetings: AnalysisRecord['meetings'];
  /** Entity id → its mentions' ranges: start line, start character, end line, end character, … */
  readonly mentions: Readonly<Record<string, number[]>>;
}

/** `job.finish` for the index. */
export const FOR_INDEX = 'index';

/** The finisher of the server's workers: an index record for jobs that ask for one, else nothing. */
export function finishForIndex(job: AnalysisJob, analysed: AnalysisForms): IndexRecord | undefined {
  if (job.finish !== FOR_INDEX) return undefined;
  const record = analysed.record;
  const mentions: Record<string, number[]> = {};
  for (const m of record.entities) {
    if (m.entityId === undefined) continue;
    const ranges = (mentions[m.entityId] ??= []);
    ranges.push(m.range.start.line, m.range.start.character, m.range.end.line, m.range.end.character);
  }
  const { header, referenceDate, problems, sharedFixes, meetings } = record;
  return { header, referenceDate, problems, ...(sharedFixes ? { sharedFixes } : {}), meetings, mentions };
}
