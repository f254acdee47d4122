// One article's analysis: everything the editor and the CLI report about a seed file's text.

import { formatIsoDate } from './calendarDate';
import { checkDateHeader } from './headerCheck';
import type { Problem } from './problem';
import type { Range } from './textPosition';

export interface AnalysisOptions {
  /** The current instant (injected so that results are reproducible). */
  readonly now: Date;
}

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
}

export function analyzeArticle(text: string, options: AnalysisOptions): ArticleAnalysis {
  const { header, problems } = checkDateHeader(text, options);
  return {
    header: header?.date ? { date: formatIsoDate(header.date), range: header.dateRange } : null,
    problems,
  };
}
