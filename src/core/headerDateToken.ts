// Reads the date written in a header, and when it is not a valid `YYYY-MM-DD` says why and
// which date(s) the writer most likely meant.

import { type CalendarDate, formatIsoDate, isValidDate, whyNotADate } from './calendarDate';

export type HeaderDateReading =
  | { readonly kind: 'valid'; readonly date: CalendarDate }
  | {
      readonly kind: 'invalid';
      /** What is wrong, in words a curator understands. */
      readonly reason: string;
      /** The dates the text could mean; one means the intent is unambiguous. */
      readonly candidates: readonly CalendarDate[];
    };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const YEAR_LAST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

const date = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });

function validOnly(...dates: CalendarDate[]): CalendarDate[] {
  const seen = new Set<string>();
  return dates.filter((d) => {
    const key = formatIsoDate(d);
    if (!isValidDate(d.year, d.month, d.day) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function describeCandidates(candidates: readonly CalendarDate[]): string {
  if (candidates.length === 0) return '';
  if (candidates.length === 1) return `; did you mean ${formatIsoDate(candidates[0])}?`;
  return `; it could be ${candidates.map(formatIsoDate).join(' or ')}`;
}

function invalid(reason: string, candidates: CalendarDate[]): HeaderDateReading {
  return { kind: 'invalid', reason: reason + describeCandidates(candidates), candidates };
}

/** A token as quoted in a message: a scraper can leave kilobytes where the date belongs. */
export function shorten(token: string, max = 40): string {
  return token.length > max ? `${token.slice(0, max)}…` : token;
}

/** Reads one whitespace-free token that stands where a header's date belongs. */
export function readHeaderDateToken(token: string): HeaderDateReading {
  let m = ISO.exec(token);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const why = whyNotADate(year, month, day);
    if (!why) return { kind: 'valid', date: date(year, month, day) };
    // `2020-26-10`: the only reading that is a date swaps month and day.
    return invalid(`${token} is not a date: ${why}`, validOnly(date(year, day, month)));
  }
  m = YEAR_FIRST.exec(token) ?? COMPACT.exec(token);
  if (m) {
    const [year, month, day] = m.length === 5 ? [Number(m[1]), Number(m[3]), Number(m[4])] : [Number(m[1]), Number(m[2]), Number(m[3])];
    const why = whyNotADate(year, month, day);
    if (why) return invalid(`${token} is not a date: ${why}`, validOnly(date(year, day, month)));
    return invalid(`${token} is not written as YYYY-MM-DD`, [date(year, month, day)]);
  }
  m = YEAR_LAST.exec(token);
  if (m) {
    const [first, second, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    const dayFirst = date(year, second, first);
    const monthFirst = date(year, first, second);
    const candidates = validOnly(dayFirst, monthFirst);
    if (candidates.length === 0) return invalid(`${token} is not a date`, []);
    const order = candidates.length > 1 ? ' (day and month order is ambiguous)' : '';
    return invalid(`${token} is not written as YYYY-MM-DD${order}`, candidates);
  }
  if (/^\d/.test(token)) return invalid(`${shorten(token)} is not a date written as YYYY-MM-DD`, []);
  return invalid(
    token ? `expected a date as YYYY-MM-DD after "date", found "${shorten(token)}"` : 'expected a date as YYYY-MM-DD after "date"',
    [],
  );
}
