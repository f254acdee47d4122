// Finds explicit calendar dates written in prose (`07-Feb-2025, 03:02 PM`, `Published Feb 7, 2025`,
// `Dec. 3, 2018`, `November 22`). Parsing is chrono-node's (strict mode: no "today", no weekdays);
// this module only narrows its results to what a date header can be compared with.

import { strict } from 'chrono-node/en';
import type { CalendarDate } from './calendarDate';

export interface WrittenDate {
  /** The date as written (chrono's match, trimmed). */
  readonly text: string;
  /** Offset of `text` in the searched string. */
  readonly index: number;
  readonly date: CalendarDate;
  /** False when the year was not written and was taken from the reference date. */
  readonly yearCertain: boolean;
}

// `05/06/2024` could be May 6 or June 5: a date we cannot read is no evidence.
const AMBIGUOUS_NUMERIC = /^(\d{1,2})[/.](\d{1,2})[/.]\d{2,4}/;

function isAmbiguous(text: string): boolean {
  const m = AMBIGUOUS_NUMERIC.exec(text);
  return m !== null && Number(m[1]) <= 12 && Number(m[2]) <= 12 && m[1] !== m[2];
}

function noonUtc(date: CalendarDate): Date {
  // Not Date.UTC(year, …): it reads years 0–99 as 1900–1999.
  const instant = new Date(Date.UTC(2000, 0, 1, 12));
  instant.setUTCFullYear(date.year, date.month - 1, date.day);
  return instant;
}

/**
 * Day-precise dates written in `text`, in order. A date without a year takes the year that puts
 * it closest to `reference` (an article's publication date) when one is given.
 */
export function findDates(text: string, reference?: CalendarDate): WrittenDate[] {
  const instant = reference ? noonUtc(reference) : new Date();
  const found: WrittenDate[] = [];
  for (const result of strict.parse(text, { instant })) {
    const start = result.start;
    if (!start.isCertain('day') || !start.isCertain('month')) continue;
    // chrono's match may start with whitespace or the preposition "on": neither is the date.
    const leading = /^\s*(?:on\s+)?/i.exec(result.text)![0].length;
    const written = result.text.slice(leading).trimEnd();
    if (isAmbiguous(written)) continue;
    found.push({
      text: written,
      index: result.index + leading,
      date: { year: start.get('year')!, month: start.get('month')!, day: start.get('day')! },
      yearCertain: start.isCertain('year'),
    });
  }
  return found;
}
