// What a date expression denotes: a day, a week, a month or a year, or a range of them, written the
// way the JSON report writes it (`2024-11-21`, `2024-08`, `2023`). Calendar arithmetic on plain numbers.

import { type CalendarDate, dayNumber, daysInMonth, formatIsoDate, isValidDate, parseIsoDate } from '../calendarDate';

export type DatePrecision = 'day' | 'week' | 'month' | 'year';

export interface DateReading {
  /** `YYYY-MM-DD` (a day; a week's Monday), `YYYY-MM` (a month) or `YYYY` (a year). */
  readonly value: string;
  readonly precision: DatePrecision;
  /** The last day, month or year of a range (`2025-2035`, `April 10 to 15`, a week), at the same precision. */
  readonly end?: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export const dayReading = (date: CalendarDate): DateReading => ({ value: formatIsoDate(date), precision: 'day' });
export const monthReading = (year: number, month: number): DateReading => ({ value: `${pad(year, 4)}-${pad(month)}`, precision: 'month' });
export const yearReading = (year: number): DateReading => ({ value: pad(year, 4), precision: 'year' });

/** The week (Monday to Sunday) holding a day. */
export function weekReading(date: CalendarDate): DateReading {
  const monday = addDays(date, -((weekday(date) + 6) % 7));
  return { value: formatIsoDate(monday), precision: 'week', end: formatIsoDate(addDays(monday, 6)) };
}

export function rangeReading(from: DateReading, to: DateReading): DateReading {
  return from.value === to.value ? from : { value: from.value, precision: from.precision, end: to.end ?? to.value };
}

/** 0 Sunday … 6 Saturday. */
export function weekday(date: CalendarDate): number {
  return ((dayNumber(date) % 7) + 7 + 4) % 7; // 1970-01-01 was a Thursday
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** The day `days` after (before, if negative) a day written `YYYY-MM-DD` (a day reading's value). */
export function dayShifted(iso: string, days: number): DateReading | undefined {
  const date = parseIsoDate(iso);
  return date && dayReading(addDays(date, days));
}

/** The month `months` after (before, if negative) the date's month, as year and month. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The date `months` later, the day clamped to the month's length (Jan 31 + 1 month → Feb 28/29). */
export function addMonthsToDay(date: CalendarDate, months: number): CalendarDate {
  const { year, month } = addMonths(date.year, date.month, months);
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

export function validDay(year: number, month: number, day: number): CalendarDate | undefined {
  return isValidDate(year, month, day) ? { year, month, day } : undefined;
}

/** The date of a `dayNumber`. */
function fromDayNumber(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: era * 400 + yoe + (month <= 2 ? 1 : 0), month, day };
}
