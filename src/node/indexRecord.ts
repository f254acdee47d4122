// What the language server's index keeps of an article it read from disk, made on the worker thread that
// analysed it (or read it from the cache): its header, problems and meetings, its mentions of knowledge
// base entities packed as ranges, and its meetings' ids — no text, no dates, no per-mention objects. A
// tenth of the full record to send, for 10k articles at start-up.
//
// Its two parts: what indexing every article needs at once (mentions and meeting ids: the mention and
// meeting indexes), and the rest (header, problems, meetings), which a request about that article may want
// later: made into JSON on the worker, kept so (the index snapshot writes it as it is) and parsed only
// then. The server's thread neither receives nor collects the object graphs of 10k analyses.

import { type ArticleAnalysis, meetingIdentity } from '../core';
import { type AnalysisForms, type AnalysisRecord, dependsOnToday, resolveFixes, shareFixes } from '../core/analysisRecord';
import type { AnalysisJob } from './analysisJob';
import { type MentionsRecord, packMentions } from './packedMentions';

export interface IndexedPart {
  /** Its mentions of KB entities: the entities, and each one's ranges (start line, start character, end line, end character, …). */
  readonly mentions: MentionsRecord;
  /** The id of each meeting (`meetingIdentity`), in the order of `meetings`. */
  readonly meetingIds: readonly string[];
}

export interface RecordRest {
  readonly header: AnalysisRecord['header'];
  readonly referenceDate: AnalysisRecord['referenceDate'];
  readonly problems: AnalysisRecord['problems'];
  readonly sharedFixes?: AnalysisRecord['sharedFixes'];
  readonly meetings: AnalysisRecord['meetings'];
}

export interface IndexRecord extends IndexedPart {
  /** The rest, as JSON. */
  readonly rest: string;
  /** Whether the analysis depends on the day it was made (`dependsOnToday`): not to be kept between sessions. */
  readonly ofToday: boolean;
}

/** `job.finish` for the index. */
export const FOR_INDEX = 'index';

/** The finisher of the server's workers: an index record for jobs that ask for one, else nothing. */
export function finishForIndex(job: AnalysisJob, analysed: AnalysisForms): IndexRecord | undefined {
  if (job.finish !== FOR_INDEX) return undefined;
  // Made of the analysis (a record of every mention and date, to be thrown away, was a twentieth of a
  // cold index's work); of the record only when the analysis came from the cache as one.
  const analysis = analysed.analysisIfMade;
  const rest = analysis ? recordRestOf(analysis) : analysed.record;
  const mentions = analysis
    ? packMentions(analysis.entities, (m) => m.entity?.id)
    : packMentions(analysed.record.entities, (m) => m.entityId);
  const { header, referenceDate, problems, sharedFixes, meetings } = rest;
  const meetingIds = meetings.map((meeting) => meetingIdentity(meeting, referenceDate).id);
  const json = JSON.stringify({ header, referenceDate, problems, ...(sharedFixes ? { sharedFixes } : {}), meetings } satisfies RecordRest);
  return { mentions, meetingIds, rest: json, ofToday: dependsOnToday(rest) };
}

/** The rest of a record of what the index keeps of an article's analysis (the inverse of `analysisOfRest`). */
export function recordRestOf(analysis: Pick<ArticleAnalysis, 'header' | 'referenceDate' | 'problems' | 'meetings'>): RecordRest {
  const { header, referenceDate, meetings } = analysis;
  return { header, referenceDate, ...shareFixes(analysis.problems), meetings };
}

/**
 * The analysis the index keeps of a closed article: its mentions are in the mention index (packed), its
 * dates and text are not kept. Made of the record in place (it was parsed for this).
 */
export function analysisOfRest(rest: RecordRest): ArticleAnalysis {
  return {
    header: rest.header,
    referenceDate: rest.referenceDate,
    problems: resolveFixes(rest.problems, rest.sharedFixes),
    meetings: rest.meetings,
    entities: [],
    dates: [],
  };
}
