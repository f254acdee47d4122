// Words for a date expression: the hover's card and the inlay hint's label. "Thursday 2024-11-21 — 1 day
// before publication"; both readings when the text leaves two.

import { type CalendarDate, compareDates, daysInMonth, monthName, parseIsoDate } from '../calendarDate';
import { escapeMarkdown } from '../entities/describeEntity';
import { plural } from '../tally';
import type { BodyDate } from './findBodyDates';
import { type DateReading, weekday } from './dateReading';

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The value as the hint shows it: `2024-11-21`, `2024-08`, `2025–2035`, `2024-11-11 – 2024-11-17`. */
export function readingLabel(reading: DateReading): string {
  if (!reading.end) return reading.value;
  return reading.precision === 'year' ? `${reading.value}–${reading.end}` : `${reading.value} – ${reading.end}`;
}

/** The inlay hint of a date: its value, or both values when two remain. */
export function dateHint(date: BodyDate): string | undefined {
  if (date.readings.length === 0) return undefined;
  return date.readings.map(readingLabel).join(' or ');
}

/** The hover of a date, in Markdown (no text from the article is interpreted as Markdown). */
export function describeDate(date: BodyDate, reference: string | null): string {
  const ref = reference ? parseIsoDate(reference) : undefined;
  if (date.readings.length === 0) {
    return `**${escapeMarkdown(date.text)}** · relative to the publication date, which this article does not give.`;
  }
  const lines = date.readings.map((r) => `**${spelled(r)}**${ref ? ` — ${relation(r, ref)}` : ''}`);
  if (lines.length === 1) return `${lines[0]}${date.relative ? '\n\nResolved against the publication date.' : ''}`;
  return `Either ${lines.join('\n\nor ')}\n\nThe text does not say which.`;
}

/** `Thursday 2024-11-21`, `August 2024`, `2023`, `week of Monday 2024-11-11`, `2025–2035`. */
function spelled(r: DateReading): string {
  const day = (iso: string) => {
    const d = parseIsoDate(iso)!;
    return `${WEEKDAY_NAMES[weekday(d)]} ${iso}`;
  };
  const month = (iso: string) => `${monthName(Number(iso.slice(5, 7)))} ${iso.slice(0, 4)}`;
  switch (r.precision) {
    case 'day':
      return r.end ? `${day(r.value)} to ${day(r.end)}` : day(r.value);
    case 'week':
      return `the week of ${day(r.value)}`;
    case 'month':
      return r.end ? `${month(r.value)} to ${month(r.end)}` : month(r.value);
    case 'year':
      return r.end ? `${r.value}–${r.end}` : r.value;
  }
}

/** How a reading stands to the publication date, in the reading's own unit. */
function relation(r: DateReading, ref: CalendarDate): string {
  const first = startOf(r);
  const last = endOf(r);
  if (compareDates(first, ref) <= 0 && compareDates(ref, last) <= 0)
    return r.precision === 'day' && !r.end ? 'the publication day' : 'includes the publication date';
  const before = compareDates(last, ref) < 0;
  const near = before ? last : first;
  let amount: string;
  if (r.precision === 'week') amount = plural(Math.ceil(Math.abs(compareDates(near, ref)) / 7), 'week');
  else if (r.precision === 'day') amount = plural(Math.abs(compareDates(near, ref)), 'day');
  else if (r.precision === 'month') amount = plural(Math.abs(near.year * 12 + near.month - (ref.year * 12 + ref.month)), 'month');
  else amount = plural(Math.abs(near.year - ref.year), 'year');
  return `${amount} ${before ? 'before' : 'after'} publication`;
}

function startOf(r: DateReading): CalendarDate {
  const [year, month = 1, day = 1] = r.value.split('-').map(Number);
  return { year, month, day };
}

function endOf(r: DateReading): CalendarDate {
  const iso = r.end ?? r.value;
  const [year, month, day] = iso.split('-').map(Number);
  if (day !== undefined) return { year, month, day };
  if (month !== undefined) return { year, month, day: daysInMonth(year, month) };
  return { year, month: 12, day: 31 };
}
