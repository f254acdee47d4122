// Every date expression in an article's body, resolved against its publication date: absolute ones
// (`22 November 2024`, `07-Feb-2025`, `August 2024`, `2025-2035`), year-less ones (`November 22`,
// `in February`), weekdays (`on Thursday`) and relative ones (`yesterday`, `last week`, `20 years ago`,
// `over the past two and a half years`). A year-less date or a bare weekday points the way its
// sentence's verb does (tense.ts); where nothing decides, both readings are kept, neither preferred.
//
// Written as rules over regular expressions rather than with a date library: chrono-node ignores tense
// and reads `in 2023` as nothing; recognizers-text-date-time takes seconds on a 60 KB text. Every rule
// here is linear in the text, so a 5 MB one-line article costs what its length costs.
//
// The rules are not searched for one by one over the whole text: one scan finds the words they can
// start with (anchors.ts), and each rule is tried only there, with the same results as its search.

import { type CalendarDate, compareDates, daysBetween } from '../calendarDate';
import { LineIndex } from '../text/lineIndex';
import type { Range } from '../textPosition';
import {
  addDays,
  addMonths,
  addMonthsToDay,
  type DateReading,
  dayReading,
  dayShifted,
  monthReading,
  rangeReading,
  validDay,
  weekday,
  weekReading,
  yearReading,
} from './dateReading';
import { type Anchor, forEachAnchor } from './anchors';
import { type Direction, directionAt } from './tense';

export interface BodyDate {
  /** The expression as written. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly range: Range;
  /** Whether it needed the publication date (a weekday, `yesterday`, `November 22` without a year). */
  readonly relative: boolean;
  /**
   * What it denotes: one reading; two when the text leaves both open (`05/06/2024`, a bare weekday in a
   * sentence whose tense does not decide), neither preferred; none when it is relative and the article
   * has no publication date.
   */
  readonly readings: readonly DateReading[];
}

export interface BodyDateOptions {
  /** Where the body starts (after the header's date), as an offset. */
  readonly from?: number;
}

interface Found {
  readonly start: number;
  readonly end: number;
  /** Index of the rule that found it: the earlier rule wins between two equal expressions. */
  readonly rule: number;
  readonly relative: boolean;
  readonly readings: readonly DateReading[];
  /** Written as a date but none (`31 April 2024`): it hides the shorter matches inside it, then goes. */
  readonly impossible?: boolean;
  /** A day counted from the date written before it (`the following day`: 1, `the day before`: -1). */
  readonly fromPrevious?: number;
}

interface Context {
  readonly text: string;
  readonly reference: CalendarDate | undefined;
  /** Offsets of the whole match. */
  readonly start: number;
  readonly end: number;
  direction(): Direction;
}

type Resolve = (m: RegExpExecArray, context: Context) => Omit<Found, 'start' | 'end' | 'rule'> | undefined;

/** A day written in full that the calendar does not have. */
const IMPOSSIBLE = { relative: false, readings: [], impossible: true } as const;

interface Rule {
  readonly pattern: RegExp;
  readonly resolve: Resolve;
  /** Which capture group is the expression, when the match includes a cue before it (`in` September). */
  readonly group?: number;
  /**
   * Where a match of `pattern` can begin (anchors.ts finds these in one scan): the pattern is tried
   * only there, never at every position of the text.
   */
  readonly starts: readonly Anchor[];
}

// ---- vocabulary ---------------------------------------------------------------------------------

// A dot belongs to an abbreviation (`Nov.`), never to a full name (`in February.` ends a sentence).
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const WEEKDAY_PREFIX = `(?:${WEEKDAY.replace('(', '(?:')},?\\s+(?:the\\s+)?)?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
const RANGE_JOIN = '\\s*(?:-|–|—|to|and|until|till|through)\\s*';
/** Between two days of different months `and` joins two dates, not a span. */
const SPAN_JOIN = '\\s*(?:-|–|—|to|until|till|through)\\s*';
const NUMBER =
  '(\\d+(?:\\.\\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a couple of|a few)(\\s+and\\s+a\\s+half)?';
const UNIT = '(day|week|fortnight|month|year|decade)s?';

const WORD_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  'a couple of': 2,
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** 1–12 for a month word written as a name is (`March`, `MARCH`, `Mar.`), undefined for `march`, `may`. */
function monthOf(word: string): number | undefined {
  const bare = word.replace(/\.$/, '');
  if (!/^[A-Z]/.test(bare) || (!/^[A-Z][a-z]+$/.test(bare) && !/^[A-Z]+$/.test(bare))) return undefined;
  const index = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(
    bare.slice(0, 3).toLowerCase(),
  );
  return index < 0 ? undefined : index + 1;
}

function numberOf(word: string, half: string | undefined): number | undefined {
  const n = /^\d/.test(word) ? Number(word) : WORD_NUMBERS[word.toLowerCase().replace(/\s+/g, ' ')];
  if (n === undefined || !Number.isFinite(n) || n > 1000) return undefined;
  return half ? n + 0.5 : n;
}

const plausibleYear = (year: number) => year >= 1800 && year <= 2200;
/** What makes a bare four-digit number a year: a preposition before it, or another year and `and`. */
const YEAR_CUE =
  /(?:\b(?:in|since|by|until|till|from|during|through|throughout|before|after|of|for|early|late|mid|end of|beginning of|start of|year)[\s-]+|\b\d{4},?\s+(?:and|or)\s+)$/i;
const absolute = (...readings: DateReading[]) => ({ relative: false, readings });
const relative = (...readings: DateReading[]) => ({ relative: true, readings });

// ---- resolution against the publication date ----------------------------------------------------

/** A day without a year: the year that puts it on the side of the publication date the tense says, or nearest. */
function yearlessDay(month: number, day: number, context: Context): DateReading[] | undefined {
  const ref = context.reference;
  if (!ref) return [];
  const options = [ref.year - 1, ref.year, ref.year + 1].flatMap((year) => validDay(year, month, day) ?? []);
  if (options.length === 0) return undefined; // February 30: no day at all
  const pick = pickAround(options, ref, context.direction(), compareDates);
  return pick ? [dayReading(pick)] : [];
}

/** A month without a year, likewise. */
function yearlessMonth(month: number, context: Context): DateReading[] {
  const ref = context.reference;
  if (!ref) return [];
  const options = [ref.year - 1, ref.year, ref.year + 1].map((year) => ({ year, month, day: 1 }));
  const asMonth = (d: CalendarDate) => d.year * 12 + d.month;
  const pick = pickAround(options, ref, context.direction(), (a, b) => asMonth(a) - asMonth(b));
  return pick ? [monthReading(pick.year, pick.month)] : [];
}

/** Past: the latest on or before the reference; future: the earliest on or after; open: the nearest. */
function pickAround(
  options: CalendarDate[],
  ref: CalendarDate,
  direction: Direction,
  compare: (a: CalendarDate, b: CalendarDate) => number,
) {
  if (direction === 'past') return options.filter((o) => compare(o, ref) <= 0).at(-1);
  if (direction === 'future') return options.find((o) => compare(o, ref) >= 0);
  return [...options].sort((a, b) => Math.abs(compareDates(a, ref)) - Math.abs(compareDates(b, ref)))[0];
}

function weekdayReadings(name: string, qualifier: string | undefined, context: Context): DateReading[] {
  const ref = context.reference;
  if (!ref) return [];
  const target = WEEKDAYS.indexOf(name.toLowerCase());
  const back = (weekday(ref) - target + 7) % 7; // 0 when the reference is that weekday
  const forward = (target - weekday(ref) + 7) % 7 || 7;
  const q = qualifier?.toLowerCase();
  if (q === 'last' || q === 'past') return [dayReading(addDays(ref, -(back || 7)))];
  if (q === 'next' || q === 'coming') return [dayReading(addDays(ref, forward))];
  // `Wednesday last week`: the Wednesday of the calendar week before the publication's (not the latest one).
  const weeks = q === 'this' ? 0 : q === 'last week' ? -1 : q === 'next week' ? 1 : undefined;
  if (weeks !== undefined) {
    const monday = addDays(ref, -((weekday(ref) + 6) % 7) + 7 * weeks);
    return [dayReading(addDays(monday, (target + 6) % 7))];
  }
  // The publication's own weekday is that day whatever the tense (`is due to meet Albanese on Wednesday` in
  // Wednesday's paper: wire copy names even today by its weekday).
  if (back === 0) return [dayReading(ref)];
  const direction = context.direction();
  if (direction === 'past') return [dayReading(addDays(ref, -back))];
  if (direction === 'future') return [dayReading(addDays(ref, forward))];
  return [dayReading(addDays(ref, -back)), dayReading(addDays(ref, forward))];
}

/**
 * The Saturday and Sunday meant: `last` the previous week's, `this`/`coming` this week's, `next` the
 * following week's; `over the weekend` the latest one by the publication day in a past-tense sentence,
 * the next one in a future-tense one, both when the tense leaves it open.
 */
function weekendReadings(qualifier: string | undefined, context: Context): DateReading[] {
  const ref = context.reference;
  if (!ref) return [];
  const saturday = addDays(ref, 5 - ((weekday(ref) + 6) % 7)); // this week's (weeks run Monday to Sunday)
  const weekend = (offset: number) => {
    const first = addDays(saturday, offset);
    return rangeReading(dayReading(first), dayReading(addDays(first, 1)));
  };
  const q = qualifier?.toLowerCase();
  if (q === 'last' || q === 'past' || q === 'previous') return [weekend(-7)];
  if (q === 'this' || q === 'coming') return [weekend(0)];
  if (q === 'next') return [weekend(7)];
  const inWeekend = weekday(ref) === 0 || weekday(ref) === 6;
  const past = weekend(inWeekend ? 0 : -7);
  const future = weekend(inWeekend ? 7 : 0);
  const direction = context.direction();
  if (direction === 'past') return [past];
  if (direction === 'future') return [future];
  return [past, future];
}

/** `this`, `last` or `next` week, month or year. */
function periodReading(which: string, unit: string, ref: CalendarDate): DateReading {
  const step = which === 'last' || which === 'past' || which === 'previous' ? -1 : which === 'next' || which === 'coming' ? 1 : 0;
  if (unit === 'week') return weekReading(addDays(ref, 7 * step));
  if (unit === 'month') {
    const { year, month } = addMonths(ref.year, ref.month, step);
    return monthReading(year, month);
  }
  return yearReading(ref.year + step);
}

/** `N units` back from the reference, at the unit's precision. */
function unitsBack(n: number, unit: string, ref: CalendarDate): DateReading | undefined {
  const whole = Number.isInteger(n);
  switch (unit) {
    case 'day':
      return whole ? dayReading(addDays(ref, -n)) : undefined;
    case 'week':
      return weekReading(addDays(ref, -Math.round(7 * n)));
    case 'fortnight':
      return dayReading(addDays(ref, -Math.round(14 * n)));
    case 'month': {
      const { year, month } = addMonths(ref.year, ref.month, -Math.round(n));
      return monthReading(year, month);
    }
    case 'year':
      if (whole) return yearReading(ref.year - n);
      return monthReadingOf(addMonthsToDay(ref, -Math.round(12 * n)));
    case 'decade':
      return yearReading(ref.year - Math.round(10 * n));
    default:
      return undefined;
  }
}

const monthReadingOf = (d: CalendarDate) => monthReading(d.year, d.month);

// ---- the rules ----------------------------------------------------------------------------------

export const RULES_FOR_BENCH: readonly Rule[] = [
  // 2024-11-22, 2024/11/22
  {
    starts: ['4 digits'],
    pattern: /\b(\d{4})([-/])(\d{1,2})\2(\d{1,2})\b/g,
    resolve: (m) => {
      if (!plausibleYear(Number(m[1]))) return undefined;
      const day = validDay(Number(m[1]), Number(m[3]), Number(m[4]));
      return day ? absolute(dayReading(day)) : IMPOSSIBLE;
    },
  },
  // 22/11/2024, 05/06/2024 (the reading nearer publication, or both), 22.11.2024 and 05-06-2024 (day first)
  {
    starts: ['1-2 digits'],
    pattern: /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b/g,
    resolve: (m, { reference }) => {
      const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
      if (!plausibleYear(year)) return undefined;
      const dayFirst = validDay(year, b, a);
      // Dots and dashes are written day first (Europe, India); only the slash is also written month first (the US).
      const monthFirst = m[2] === '/' ? validDay(year, a, b) : undefined;
      const days = [dayFirst, monthFirst].flatMap((d) => d ?? []);
      if (days.length === 2 && compareDates(days[0], days[1]) === 0) days.pop();
      if (days.length === 2 && reference) {
        // News tells of days near its own: a reading more than a month nearer publication than the other is the one.
        const [near, far] = days.map((d) => Math.abs(daysBetween(d, reference)));
        if (Math.abs(near - far) > 31) days.splice(near < far ? 1 : 0, 1);
      }
      return days.length ? absolute(...days.map(dayReading)) : undefined;
    },
  },
  // (Friday,) 22 November 2024, 22nd of Nov. 2024, 07-Feb-2025, 22 NOV 2024
  {
    starts: ['weekday', '1-2 digits'],
    pattern: new RegExp(`\\b${WEEKDAY_PREFIX}${DAY}(?:\\s+of)?[\\s-]+${MONTH},?[\\s-]+${YEAR}\\b`, 'gi'),
    resolve: (m) => {
      const month = monthOf(m[2]);
      if (!month || !plausibleYear(Number(m[3]))) return undefined;
      const day = validDay(Number(m[3]), month, Number(m[1]));
      return day ? absolute(dayReading(day)) : IMPOSSIBLE;
    },
  },
  // 8 Aug 24, 08-Aug-24: a year of two digits after a day and an abbreviated month, as military releases write
  // it (not after a month in full: `on 21 November 22 people …` is a count); `May`, a word too, not at all.
  {
    starts: ['1-2 digits'],
    pattern: /\b(\d{1,2})(?:st|nd|rd|th)?[\s-]+(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?[\s-]+(\d{2})\b(?![:.,/-]?\d)/gi,
    resolve: (m) => {
      const month = monthOf(m[2]);
      const year = 2000 + Number(m[3]);
      if (!month || !plausibleYear(year)) return undefined;
      const day = validDay(year, month, Number(m[1]));
      return day ? absolute(dayReading(day)) : IMPOSSIBLE;
    },
  },
  // (Friday,) November 22, 2024, Nov. 22nd 2024
  {
    starts: ['weekday', 'month'],
    pattern: new RegExp(`\\b${WEEKDAY_PREFIX}${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'gi'),
    resolve: (m) => {
      const month = monthOf(m[1]);
      if (!month || !plausibleYear(Number(m[3]))) return undefined;
      const day = validDay(Number(m[3]), month, Number(m[2]));
      return day ? absolute(dayReading(day)) : IMPOSSIBLE;
    },
  },
  // April 10 to 15(, 2024), November 22-23
  {
    starts: ['month'],
    pattern: new RegExp(`\\b${MONTH}\\s+${DAY}${RANGE_JOIN}${DAY}(?:,?\\s+${YEAR})?\\b`, 'gi'),
    resolve: (m, context) => daySpan(monthOf(m[1]), Number(m[2]), monthOf(m[1]), Number(m[3]), m[4], context),
  },
  // 10-15 April(, 2024), 10 to 15 April
  {
    starts: ['1-2 digits'],
    pattern: new RegExp(`\\b${DAY}${RANGE_JOIN}${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?\\b`, 'gi'),
    resolve: (m, context) => daySpan(monthOf(m[3]), Number(m[1]), monthOf(m[3]), Number(m[2]), m[4], context),
  },
  // November 28 to December 2(, 2024), 28 November - 2 December(, 2024): a span across two months
  {
    starts: ['month'],
    pattern: new RegExp(`\\b${MONTH}\\s+${DAY}${SPAN_JOIN}${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?\\b`, 'gi'),
    resolve: (m, context) => monthsRange(monthOf(m[1]), Number(m[2]), monthOf(m[3]), Number(m[4]), m[5], context),
  },
  {
    starts: ['1-2 digits'],
    pattern: new RegExp(`\\b${DAY}\\s+${MONTH}${SPAN_JOIN}${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?\\b`, 'gi'),
    resolve: (m, context) => monthsRange(monthOf(m[2]), Number(m[1]), monthOf(m[4]), Number(m[3]), m[5], context),
  },
  // (Thursday,) November 22, Nov. 22 — no year
  {
    starts: ['weekday', 'month'],
    pattern: new RegExp(`\\b${WEEKDAY_PREFIX}${MONTH}\\s+${DAY}\\b(?![:.]?\\d)`, 'gi'),
    resolve: (m, context) => {
      const month = monthOf(m[1]);
      if (!month) return undefined;
      const readings = yearlessDay(month, Number(m[2]), context);
      return readings ? relative(...readings) : IMPOSSIBLE;
    },
  },
  // (Thursday,) 22 November, 22nd of November — no year
  {
    starts: ['weekday', '1-2 digits'],
    pattern: new RegExp(`\\b${WEEKDAY_PREFIX}${DAY}(?:\\s+of)?\\s+${MONTH}(?![\\w-])`, 'gi'),
    resolve: (m, context) => {
      const month = monthOf(m[2]);
      if (!month) return undefined;
      const readings = yearlessDay(month, Number(m[1]), context);
      return readings ? relative(...readings) : IMPOSSIBLE;
    },
  },
  // August 2024, Aug. 2024, August of 2024
  {
    starts: ['month'],
    pattern: new RegExp(`\\b${MONTH},?\\s+(?:of\\s+)?${YEAR}\\b`, 'gi'),
    resolve: (m) => {
      const month = monthOf(m[1]);
      const year = Number(m[2]);
      return month && plausibleYear(year) ? absolute(monthReading(year, month)) : undefined;
    },
  },
  // 15 August last year, August 15 this year: a day of the year named
  {
    starts: ['1-2 digits', 'month'],
    pattern: new RegExp(`\\b(?:${DAY}(?:\\s+of)?\\s+${MONTH}|${MONTH}\\s+${DAY}),?\\s+(this|last|next)\\s+year\\b`, 'gi'),
    resolve: (m, { reference }) => {
      const month = monthOf(m[2] ?? m[3]);
      if (!month) return undefined;
      if (!reference) return relative();
      const year = reference.year + (m[5].toLowerCase() === 'last' ? -1 : m[5].toLowerCase() === 'next' ? 1 : 0);
      const day = validDay(year, month, Number(m[1] ?? m[4]));
      return day ? relative(dayReading(day)) : IMPOSSIBLE;
    },
  },
  // June this year, June last year, June next year
  {
    starts: ['month'],
    pattern: new RegExp(`\\b${MONTH}\\s+(this|last|next)\\s+year\\b`, 'gi'),
    resolve: (m, { reference }) => {
      const month = monthOf(m[1]);
      if (!month) return undefined;
      if (!reference) return relative();
      const which = m[2].toLowerCase();
      return relative(monthReading(reference.year + (which === 'last' ? -1 : which === 'next' ? 1 : 0), month));
    },
  },
  // last June, next March, this September
  {
    starts: ['last', 'next', 'this', 'coming'],
    pattern: new RegExp(`\\b(last|next|this|coming)\\s+${MONTH}(?![\\w-]|\\s+\\d)`, 'gi'),
    resolve: (m, { reference }) => {
      const month = monthOf(m[2]);
      if (!month) return undefined;
      if (!reference) return relative();
      const which = m[1].toLowerCase();
      const ref = reference.year * 12 + reference.month;
      let year = reference.year;
      if (which === 'last') year = reference.year * 12 + month < ref ? reference.year : reference.year - 1;
      else if (which === 'next' || which === 'coming') year = reference.year * 12 + month > ref ? reference.year : reference.year + 1;
      return relative(monthReading(year, month));
    },
  },
  // in September, since March, by June, early December: the month alone is the expression
  {
    starts: ['cue before month'],
    pattern: new RegExp(
      `\\b(?:in|since|until|till|by|from|during|through|throughout|of|early|late|mid|end of|beginning of|start of)[\\s-]+${MONTH}(?![\\w-]|,?\\s+\\d)`,
      'gi',
    ),
    group: 1,
    resolve: (m, context) => {
      const month = monthOf(m[1]);
      return month ? relative(...yearlessMonth(month, context)) : undefined;
    },
  },
  // 2025-2035, 2025–26, between 2020 and 2023
  {
    starts: ['between', '4 digits'],
    pattern: /\b(?:(between)\s+)?(\d{4})\s*(-|–|—|to|and|until|till|through)\s*(\d{4}|\d{2})\b(?![-/.]\d)/gi,
    group: 2,
    resolve: (m) => {
      if (m[3].toLowerCase() === 'and' && !m[1]) return undefined; // `in 2020 and 2023` are two years, `between 2020 and 2023` one span
      const from = Number(m[2]);
      const to = m[4].length === 2 ? Math.floor(from / 100) * 100 + Number(m[4]) : Number(m[4]);
      if (!plausibleYear(from) || to <= from || to - from > 100) return undefined;
      return absolute(rangeReading(yearReading(from), yearReading(to)));
    },
  },
  // in 2023, since 2019, by 2030, in 2020 and 2023: the year alone is the expression. The cue before it
  // is checked on the few characters there (a look-behind in the pattern would be tried at every position).
  {
    starts: ['4 digits'],
    pattern: /\b(\d{4})\b(?![-/.–—]\d|\s*(?:-|–|—|to)\s*\d)/g,
    resolve: (m, { text, start }) => {
      if (!plausibleYear(Number(m[1])) || !YEAR_CUE.test(text.slice(Math.max(0, start - 24), start))) return undefined;
      return absolute(yearReading(Number(m[1])));
    },
  },
  // (last|next|this) Thursday, Thursday (last|next), on Thursday, Thursday (last|next|this) week
  {
    starts: ['last', 'next', 'this', 'coming', 'past', 'weekday'],
    pattern: new RegExp(
      `\\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\\s+)?${WEEKDAY}(?:\\s+(last|next)(\\s+week)?|\\s+(this)\\s+week)?\\b`,
      'g',
    ),
    resolve: (m, context) => relative(...weekdayReadings(m[2], m[1] ?? m[5] ?? (m[4] ? `${m[3]} week` : m[3]), context)),
  },
  // today, tonight, yesterday, tomorrow, this morning, last night, the day before yesterday
  {
    starts: ['the day', 'earlier', 'later', 'today', 'tonight', 'yesterday', 'tomorrow', 'this', 'last'],
    pattern:
      /\b(the day before yesterday|the day after tomorrow|(?:earlier |later )?today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|last night)\b/gi,
    resolve: (m, { reference }) => {
      if (!reference) return relative();
      const word = m[1].toLowerCase();
      const shift = word.includes('before yesterday')
        ? -2
        : word.includes('after tomorrow')
          ? 2
          : word === 'yesterday' || word === 'last night'
            ? -1
            : word === 'tomorrow'
              ? 1
              : 0;
      return relative(dayReading(addDays(reference, shift)));
    },
  },
  // the following day, the next day, the day before (a day counted from the date written before: see fromPrevious);
  // not `the day before the summit`, counted from an event.
  {
    starts: ['the day'],
    pattern:
      /\b[Tt]he (?:(following|next) day|(previous|preceding) day|day (before|after)(?![ \t]+(?:yesterday|tomorrow|the|a|an|his|her|their|its|this|that|[A-Z0-9])))\b/g,
    resolve: (m) => ({ relative: true, readings: [], fromPrevious: m[1] || m[3] === 'after' ? 1 : -1 }),
  },
  // on the 12th: a day of the publication's month, or of the month before or after as the tense says; the 21st inst.
  {
    starts: ['1-2 digits'],
    pattern:
      /(?<=\b(?:[Oo]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|(?:morning|afternoon|evening|night) of) the\s+)(\d{1,2})(?:st|nd|rd|th)\b(?:\s+(inst|ult)\b\.?|(?=\s*(?:[.,;:)]|$)|\s+(?:of )?this month\b|\s+(?:and|or|to|till|until|through|in|at|when|after|before|but|he|she|they|we|I)\s))/gm,
    resolve: (m, context) => {
      const ref = context.reference;
      if (!ref) return relative();
      const day = Number(m[1]);
      // `the 21st inst.` (of this month), `the 30th ult.` (of the last), as official letters still write.
      const steps = m[2] === 'inst' ? [0] : m[2] === 'ult' ? [-1] : [-1, 0, 1];
      const options = steps.flatMap((step) => {
        const { year, month } = addMonths(ref.year, ref.month, step);
        return validDay(year, month, day) ?? [];
      });
      if (options.length === 0) return undefined;
      const pick = pickAround(options, ref, context.direction(), compareDates);
      return pick ? relative(dayReading(pick)) : relative();
    },
  },
  // last weekend, this weekend: its Saturday and Sunday
  {
    starts: ['last', 'this', 'next', 'coming', 'past', 'previous'],
    pattern: /\b([Ll]ast|[Tt]his|[Nn]ext|[Cc]oming|[Pp]ast|[Pp]revious)\s+weekend\b/g,
    resolve: (m, context) => relative(...weekendReadings(m[1], context)),
  },
  // over the weekend, at the weekend: the one the tense points to
  {
    starts: ['weekend'],
    pattern: /(?<=\b(?:[Oo]ver|[Aa]t|[Oo]n|[Dd]uring|[Tt]hrough|[Tt]hat) the\s+)weekend\b/g,
    resolve: (_, context) => relative(...weekendReadings(undefined, context)),
  },
  // (earlier|later) this week, last month, next year, the past year
  {
    starts: ['earlier', 'later', 'early', 'late', 'this', 'last', 'next', 'past', 'previous', 'coming'],
    pattern: /\b(?:(?:earlier|later|early|late)\s+)?(this|last|next|past|previous|coming)\s+(week|month|year)\b/gi,
    resolve: (m, { reference }) => (reference ? relative(periodReading(m[1].toLowerCase(), m[2].toLowerCase(), reference)) : relative()),
  },
  // 20 years ago, two weeks ago, a fortnight ago
  {
    starts: ['number before ago'],
    pattern: new RegExp(`\\b${NUMBER}\\s+${UNIT}\\s+ago\\b`, 'gi'),
    resolve: (m, { reference }) => {
      const n = numberOf(m[1], m[2]);
      if (n === undefined) return undefined;
      if (!reference) return relative();
      const reading = unitsBack(n, m[3].toLowerCase(), reference);
      return reading ? relative(reading) : undefined;
    },
  },
  // over the past two and a half years, in the last three months: from then to publication
  {
    starts: ['in the past'],
    pattern: new RegExp(`\\b(?:over|in|during|for|throughout|within)\\s+the\\s+(?:past|last|previous)\\s+${NUMBER}\\s+${UNIT}\\b`, 'gi'),
    resolve: (m, { reference }) => {
      const n = numberOf(m[1], m[2]);
      if (n === undefined) return undefined;
      if (!reference) return relative();
      const unit = m[3].toLowerCase();
      const from = unitsBack(n, unit, reference);
      if (!from) return undefined;
      const to =
        from.precision === 'year'
          ? yearReading(reference.year)
          : from.precision === 'month'
            ? monthReadingOf(reference)
            : dayReading(reference);
      return relative({ value: from.value, precision: from.precision === 'week' ? 'day' : from.precision, end: to.value });
    },
  },
];

/**
 * A span of days from `first` of `month` to `last` of `lastMonth` (the same month: `April 10 to 15`), of the next
 * year when the month comes round (`December 28 to January 3`); without a year, the start is resolved as a
 * yearless day.
 */
function daySpan(
  month: number | undefined,
  first: number,
  lastMonth: number | undefined,
  last: number,
  year: string | undefined,
  context: Context,
) {
  if (!month || !lastMonth || (lastMonth === month && last <= first)) return undefined;
  const rollsOver = lastMonth < month;
  if (year !== undefined) {
    const endYear = Number(year);
    const [from, to] = [validDay(rollsOver ? endYear - 1 : endYear, month, first), validDay(endYear, lastMonth, last)];
    return from && to && plausibleYear(endYear) ? absolute(rangeReading(dayReading(from), dayReading(to))) : undefined;
  }
  const start = yearlessDay(month, first, context);
  if (!start) return undefined;
  if (start.length === 0) return relative();
  const startYear = Number(start[0].value.slice(0, 4));
  const to = validDay(rollsOver ? startYear + 1 : startYear, lastMonth, last);
  return to ? relative(rangeReading(start[0], dayReading(to))) : undefined;
}

/** Days of two months (`November 28 to December 2`): a span only across months (one month's are the rules above). */
const monthsRange = (
  month: number | undefined,
  first: number,
  lastMonth: number | undefined,
  last: number,
  year: string | undefined,
  context: Context,
) => (month === lastMonth ? undefined : daySpan(month, first, lastMonth, last, year, context));

// ---- the scan -----------------------------------------------------------------------------------

/** Each rule's pattern, sticky: tried at one position (an anchor) rather than searched for. */
const STICKY = RULES_FOR_BENCH.map((rule) => new RegExp(rule.pattern.source, `${rule.pattern.flags.replace('g', '')}y`));

/** The rules (their indexes) that start with each anchor. */
const RULES_BY_ANCHOR = new Map<Anchor, number[]>();
RULES_FOR_BENCH.forEach((rule, index) => {
  for (const anchor of rule.starts) RULES_BY_ANCHOR.set(anchor, [...(RULES_BY_ANCHOR.get(anchor) ?? []), index]);
});

/**
 * Every expression the rules match from `from` on, overlapping ones included: the matches each rule's
 * global pattern finds over the whole text. A rule is tried at the anchors it starts with, in text
 * order, and only from the end of its previous match on, as `exec` with `g` goes on.
 */
function matchRules(text: string, reference: CalendarDate | undefined, from: number): Found[] {
  const found: Found[] = [];
  /** Per rule, where its next match may start. */
  const next = RULES_FOR_BENCH.map(() => from);
  forEachAnchor(text, from, (anchor, at) => {
    for (const rule of RULES_BY_ANCHOR.get(anchor) ?? []) {
      if (at < next[rule]) continue;
      const end = matchAt(rule, at, text, reference, found);
      if (end !== undefined) next[rule] = end;
    }
  });
  return found;
}

/** Tries rule `index` at `at`: the end of its match, if any; the match resolved into `found` when it is a date. */
function matchAt(index: number, at: number, text: string, reference: CalendarDate | undefined, found: Found[]): number | undefined {
  const rule = RULES_FOR_BENCH[index];
  const pattern = STICKY[index];
  pattern.lastIndex = at;
  const m = pattern.exec(text);
  if (m === null) return undefined;
  const start = rule.group ? m.index + m[0].lastIndexOf(m[rule.group]) : m.index;
  const end = at + m[0].length;
  let direction: Direction | undefined;
  const context: Context = { text, reference, start, end, direction: () => (direction ??= directionAt(text, start, end)) };
  const result = rule.resolve(m, context);
  if (result) found.push({ start, end, rule: index, ...result });
  return end;
}

/** How far back a date may be for `the following day` to count from it: a few sentences. */
const PREVIOUS_DATE_REACH = 400;

/**
 * `Talks were held on Tuesday 5 March. A follow-up call took place the following day.`: a day counted from the
 * date written just before, when that is one day (or a span of days: the day after its last, before its first)
 * and near enough. Otherwise the expression keeps no reading, as a relative date without a publication date.
 */
function countedFromPrevious(text: string, previous: Found, found: Found): Found {
  const reading = previous.readings.length === 1 ? previous.readings[0] : undefined;
  if (reading?.precision !== 'day' || found.start - previous.end > PREVIOUS_DATE_REACH) return found;
  // `On November 22 - the day after - they met`: said of that date (the day after something else), not counted from it.
  if (/^[\s,(–—-]*$/.test(text.slice(previous.end, found.start))) return found;
  const shift = found.fromPrevious ?? 0;
  const day = dayShifted(shift > 0 ? (reading.end ?? reading.value) : reading.value, shift);
  return day ? { ...found, readings: [day] } : found;
}

/** Every date expression in `text` from `options.from` on, in text order, none overlapping another. */
export function findBodyDates(text: string, reference: CalendarDate | undefined, options: BodyDateOptions = {}): BodyDate[] {
  const from = options.from ?? 0;
  const found = matchRules(text, reference, from);
  // The longest expression wins where two overlap (`November 22, 2024` over `November 22`).
  found.sort((a, b) => a.start - b.start || b.end - a.end || a.rule - b.rule);
  const kept: Found[] = [];
  for (const f of found) {
    const last = kept.at(-1);
    if (last && f.start < last.end) {
      if (f.end - f.start > last.end - last.start) kept[kept.length - 1] = f;
      continue;
    }
    kept.push(f);
  }
  const dates = kept.filter((f) => !f.impossible);
  if (dates.length === 0) return [];
  for (let i = 1; i < dates.length; i++) if (dates[i].fromPrevious) dates[i] = countedFromPrevious(text, dates[i - 1], dates[i]);
  // In text order, none overlapping: each offset is at or after the one before.
  const lines = new LineIndex(text);
  return dates.map((f) => ({
    text: text.slice(f.start, f.end),
    start: f.start,
    end: f.end,
    range: { start: lines.positionAt(f.start), end: lines.positionAt(f.end) },
    relative: f.relative,
    readings: f.readings,
  }));
}
