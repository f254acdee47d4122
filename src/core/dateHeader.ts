// Reads a seed article's first line as a date header: ` date YYYY-MM-DD <scraper text>`.
// Tolerant on purpose: near-misses (`date 2024-11-22`, `Date: 2024-11-22`, ` date 22/11/2024`)
// are still read as headers so that the checker can say precisely what is wrong and fix it.

import type { CalendarDate } from './calendarDate';
import { readHeaderDateToken, shorten } from './headerDateToken';
import { type Range, range } from './textPosition';
import { findDates } from './writtenDates';

export const CANONICAL_PREFIX = ' date ';
export const BOM = '\uFEFF';

export interface DateHeader {
  /** Where the BOM-less line starts: 1 when the text begins with a BOM, else 0. */
  readonly lineStart: number;
  /** Everything before the date (` date ` when canonical). */
  readonly prefixRange: Range;
  readonly canonicalPrefix: boolean;
  /** The written date, as it stands in the line. */
  readonly dateText: string;
  readonly dateRange: Range;
  /** A date that is valid; undefined when the written one is malformed or impossible. */
  readonly date: CalendarDate | undefined;
  /** Why the written date is not valid, with the dates it could mean. */
  readonly dateError?: { readonly reason: string; readonly candidates: readonly CalendarDate[] };
  /** The scraper's text after the date (without the separating space). */
  readonly rest: string;
  readonly restRange: Range;
  /** False when the date is followed by something other than a space (`2024-11-22,Left`). */
  readonly spaceAfterDate: boolean;
}

// `date` (any case, any indentation), an optional colon, then the token where the date belongs.
const HEADER_LIKE = /^([ \t]*)(date)([ \t]*:?[ \t]*)/i;
// The date token: no spaces, and trailing sentence punctuation belongs to the rest of the line.
const DATE_TOKEN = /^[^\s,;]*[^\s,;:.]|^/;

/**
 * Reads the first line of a document (without its end-of-line) as a header, or returns
 * undefined when the line is not one at all.
 */
export function readDateHeader(firstLineText: string): DateHeader | undefined {
  const lineStart = firstLineText.startsWith(BOM) ? 1 : 0;
  const line = firstLineText.slice(lineStart);
  const m = HEADER_LIKE.exec(line);
  if (!m) return undefined;
  const prefix = m[0];
  const separated = m[3].length > 0;
  const canonicalPrefix = prefix === CANONICAL_PREFIX;
  const afterPrefix = line.slice(prefix.length);
  const token = DATE_TOKEN.exec(afterPrefix)![0];
  // `Dated ...` or `Date of ...` are prose, not headers: a header needs a date where the date belongs,
  // unless it is written with exactly the canonical ` date ` prefix.
  let reading = readHeaderDateToken(token);
  const unreadable = reading.kind === 'invalid' && reading.candidates.length === 0;
  // ` date Nov 22, 2024 …`, ` date 22 Nov 2024 …`: a date in words stands where the ISO date belongs.
  const inWords = unreadable ? findDates(afterPrefix).find((d) => d.index === 0 && d.yearCertain) : undefined;
  const dateLike = /^\d/.test(token);
  if (!separated || (!dateLike && !canonicalPrefix && !inWords)) return undefined;

  let dateText = token;
  if (inWords) {
    dateText = inWords.text;
    reading = { kind: 'invalid', reason: `"${shorten(dateText)}" is not written as YYYY-MM-DD`, candidates: [inWords.date] };
  }

  const dateStart = lineStart + prefix.length;
  const dateEnd = dateStart + dateText.length;
  const afterDate = firstLineText.slice(dateEnd);
  const spaceAfterDate = afterDate === '' || afterDate.startsWith(' ');
  const restStart = afterDate.startsWith(' ') ? dateEnd + 1 : dateEnd;
  return {
    lineStart,
    prefixRange: range(0, lineStart, dateStart),
    canonicalPrefix,
    dateText,
    dateRange: range(0, dateStart, dateEnd),
    date: reading.kind === 'valid' ? reading.date : undefined,
    ...(reading.kind === 'invalid' ? { dateError: { reason: reading.reason, candidates: reading.candidates } } : {}),
    rest: firstLineText.slice(restStart),
    restRange: range(0, restStart, firstLineText.length),
    spaceAfterDate,
  };
}
