// Dates in the KB may be partial (`2019`, `2019-05`) because the exact day an office began is not
// always known. A partial date stands for an interval of days; roles compare by those intervals.

import { type CalendarDate, daysInMonth, whyNotADate } from '../calendarDate';

export interface PartialDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns a reason when the text is not such a date. */
export function readPartialDate(text: string): PartialDate | { readonly error: string } {
  const m = PARTIAL_DATE.exec(text);
  if (!m) return { error: `"${text}" is not a date: expected YYYY-MM-DD (or YYYY-MM, YYYY)` };
  const year = Number(m[1]);
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return { error: `"${text}" is not a date: there is no month ${month}` };
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  const why = whyNotADate(year, month, day);
  return why ? { error: `"${text}" is not a date: ${why}` } : { year, month, day };
}

/** The first day a partial date can mean. */
export function earliestDay(date: PartialDate): CalendarDate {
  return { year: date.year, month: date.month ?? 1, day: date.day ?? 1 };
}

/** The last day a partial date can mean. */
export function latestDay(date: PartialDate): CalendarDate {
  const month = date.month ?? 12;
  return { year: date.year, month, day: date.day ?? daysInMonth(date.year, month) };
}
