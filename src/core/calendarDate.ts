// Calendar dates without time or time zone: what a seed header and a dateline denote.

export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number; // 1–31
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? `month ${month}`;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why year/month/day is not a date, or undefined when it is one. */
export function whyNotADate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12) return `there is no month ${month}`;
  if (day < 1) return `there is no day ${day}`;
  const last = daysInMonth(year, month);
  if (day > last) return `${monthName(month)} ${year} has ${last} days`;
  return undefined;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return whyNotADate(year, month, day) === undefined;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function formatIsoDate(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Parses exactly `YYYY-MM-DD` denoting a real date; anything else gives undefined. */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? { year, month, day } : undefined;
}

/**
 * Days since 1970-01-01 (proleptic Gregorian), for differences between dates; a day past its month's end
 * counts on into the next, as in `Date`.
 */
export function dayNumber(date: CalendarDate): number {
  const { year, month, day } = date;
  // By arithmetic (H. Hinnant's `days_from_civil`): a Date made per call cost more than the meeting
  // rules that count days with it.
  if (Number.isInteger(year) && Math.abs(year) < 100_000 && Number.isInteger(month) && month >= 1 && month <= 12 && Number.isInteger(day)) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
    return era * 146097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719468;
  }
  // Anything else (a month out of range, a year no Date holds) as Date counts it. Not Date.UTC(year, …):
  // it reads years 0–99 as 1900–1999.
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  return Math.floor(instant.getTime() / 86_400_000);
}

export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(b) - dayNumber(a);
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(a) - dayNumber(b);
}

/**
 * The latest calendar date anywhere on Earth at the instant `now` (the date in UTC+14).
 * A header is "in the future" only when it is later than this: an article published on
 * the 22nd in New Delhi must not be flagged by a curator in California where it is still the 21st.
 */
export function latestDateOnEarth(now: Date): CalendarDate {
  const shifted = new Date(now.getTime() + 14 * 3_600_000);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}
