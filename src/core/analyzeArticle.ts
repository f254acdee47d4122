// One article's analysis: everything the editor and the CLI report about a seed file's text.

import { type BodyAnalysis, type BodyContext, analyzeBody } from './analyzeBody';
import { type CalendarDate, daysBetween, formatIsoDate } from './calendarDate';
import { severityOf } from './diagnosticCodes';
import type { BodyDate } from './dates/findBodyDates';
import type { EntityIndex } from './entities/entityIndex';
import { entityProblems } from './entities/entityProblems';
import type { EntityMention } from './entities/recognizeEntities';
import { checkDateHeader, type HeaderCheck, MISMATCH_TOLERANCE_DAYS } from './headerCheck';
import type { Meeting } from './meetings/findMeetings';
import type { Problem } from './problem';
import { publicationDateInText } from './publicationDate';
import { SECTIONED_FROM } from './sections/cutSections';
import { sectionedBody } from './sections/sectionedBody';
import type { Range } from './textPosition';

export interface AnalysisOptions {
  /** The current instant (injected so that results are reproducible). */
  readonly now: Date;
  /** The knowledge base compiled for recognition; without it, entities are not looked for. */
  readonly entities?: EntityIndex;
  /** Longer texts (in UTF-16 code units, ~ bytes for news) are not analysed: one `file-too-large` note instead. */
  readonly maxLength?: number;
  /**
   * Only the problems are wanted (the CLI's text report): the body's dates and meetings, which no problem
   * depends on, are not looked for, and the analysis has none. A third of the analysis's time.
   */
  readonly problemsOnly?: boolean;
}

/** The default limit: news articles are kilobytes; megabytes are dumps, and analysing them would stall an editor. */
export const DEFAULT_MAX_FILE_MB = 5;

export interface HeaderSummary {
  /** The publication date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Where the date stands on the first line. */
  readonly range: Range;
}

export interface ArticleAnalysis {
  /** The header's date when the first line is a header with a valid date, else null. */
  readonly header: HeaderSummary | null;
  readonly problems: readonly Problem[];
  /** Every entity mention, known and unknown, in text order (empty without a knowledge base). */
  readonly entities: readonly EntityMention[];
  /** Every date expression of the body, resolved against the publication date (`referenceDate`). */
  readonly dates: readonly BodyDate[];
  /**
   * What relative dates are resolved against: the header's date — the day of the lead's dateline instead where one
   * is within 3 days of it (`BANGKOK, April 4, 2025 (BSS) - … here today` on a page of the 5th: the story's own day) —,
   * or where the header is missing or invalid, the date the text itself gives near its top; null when neither exists.
   */
  readonly referenceDate: string | null;
  /** The meetings, calls and dialogues the article reports (or announces, or recalls). */
  readonly meetings: readonly Meeting[];
}

export function analyzeArticle(text: string, options: AnalysisOptions): ArticleAnalysis {
  if (options.maxLength !== undefined && text.length > options.maxLength) return tooLarge(text, options.maxLength);
  const head = readHead(text, options);
  // A text of megabytes is a dump of many articles: read in sections (sections/sectionedBody.ts).
  const body = text.length >= SECTIONED_FROM ? sectionedBody(text, head.body) : analyzeBody(text, head.body);
  return withBody(head, body);
}

/** What the header check finds, and what the body is read with. */
export interface ArticleHead {
  readonly check: HeaderCheck;
  readonly body: BodyContext;
}

/**
 * The day of a dateline within a few days of the header's (`BANGKOK, April 4, 2025 (BSS) - … met … here today` in a
 * page dated the 5th): the story's own day, which its `today` and `on Friday` are said from.
 */
function datelineDay({ header, lead }: HeaderCheck): CalendarDate | undefined {
  if (!header?.date || lead?.kind !== 'dateline') return undefined;
  return Math.abs(daysBetween(header.date, lead.date)) <= MISMATCH_TOLERANCE_DAYS ? lead.date : undefined;
}

/** The first step of `analyzeArticle`: the header check (which reads the first lines only). */
export function readHead(text: string, options: AnalysisOptions): ArticleHead {
  const check = checkDateHeader(text, options);
  const { header, inferred } = check;
  // Without a header, the header check has already read the text's date (for its fix): not twice.
  const reference = datelineDay(check) ?? (header ? (header.date ?? publicationDateInText(text)?.date) : inferred?.date);
  const from = header ? header.dateRange.end.character : 0;
  return {
    check,
    body: {
      entities: options.entities,
      reference,
      from,
      firstLineIsHeader: header !== undefined,
      dateline: true,
      ...(options.problemsOnly ? { problemsOnly: true } : {}),
    },
  };
}

/** The last step of `analyzeArticle`: the analysis of a text from its head and its body's reading. */
export function withBody(head: ArticleHead, body: BodyAnalysis): ArticleAnalysis {
  const { header, problems } = head.check;
  const { reference } = head.body;
  return {
    header: header?.date ? { date: formatIsoDate(header.date), range: header.dateRange } : null,
    problems: [...problems, ...entityProblems(body.entities)],
    entities: body.entities,
    dates: body.dates,
    referenceDate: reference ? formatIsoDate(reference) : null,
    meetings: body.meetings,
  };
}

function tooLarge(text: string, maxLength: number): ArticleAnalysis {
  const mb = (n: number) => `${(n / 1e6).toFixed(n < 1e7 ? 1 : 0)} MB`;
  const problem: Problem = {
    code: 'file-too-large',
    severity: severityOf('file-too-large'),
    message: `This article is ${mb(text.length)}, more than the ${mb(maxLength)} analysed (seedAnnotator.maxFileSize, --max-file-size): it is not analysed.`,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    fixes: [],
  };
  return { header: null, problems: [problem], entities: [], dates: [], referenceDate: null, meetings: [] };
}
