// Where an article's text itself says when it was published: the dates a header is inferred
// from, or checked against. Only the lead is read: dates further down are about other events.

import type { CalendarDate } from './calendarDate';
import type { DateHeader } from './dateHeader';
import { type Range, positionAt, splitLines } from './textPosition';
import { firstDate } from './writtenDates';

/** How much of a headerless article is searched for its publication date. */
const INFERENCE_LINES = 40;
const INFERENCE_CHARS = 4000;
/** The lead of an article with a header: the header's scraper text and this many non-empty lines. */
const LEAD_LINES = 5;
const LEAD_CHARS = 2000;

export interface TextDate {
  readonly text: string;
  readonly date: CalendarDate;
  readonly range: Range;
}

export interface LeadDate extends TextDate {
  readonly kind: 'dateline' | 'first date';
}

/** The first full date (day, month and year written) near the top of a text without a header. */
export function publicationDateInText(text: string): TextDate | undefined {
  const lines = splitLines(text.slice(0, INFERENCE_CHARS), INFERENCE_LINES);
  const last = lines[lines.length - 1];
  const lead = text.slice(0, last.offset + last.text.length);
  const found = firstDate(lead, undefined, (d) => d.yearCertain);
  if (!found) return undefined;
  const start = positionAt(lines, found.index);
  return {
    text: found.text,
    date: found.date,
    range: { start, end: { line: start.line, character: start.character + found.text.length } },
  };
}

// Text before a date on its line that makes it a dateline: a place in capitalised words (short
// particles allowed: `Rio de Janeiro`), maybe `[Country]`, then a comma. Prose such as `The talks on`
// or `Published` is not a place: a date after it is the lead's first date, not its dateline.
const PLACE_BEFORE = /^\s*\p{Lu}[\p{L}.'’-]*(?:[ ]+(?:\p{Lu}[\p{L}.'’-]*|\p{Ll}{1,3}))*\s*(?:\[[^\]]*\])?\s*,\s*$/u;

/**
 * The dateline, or else the first day-precise date, of the lead of an article whose header says
 * `headerDate`; a date written without a year takes the year nearest the header's.
 */
export function leadDate(text: string, header: DateHeader, headerDate: CalendarDate): LeadDate | undefined {
  // No cap on the number of lines: scraped text often has runs of blank lines before the dateline,
  // and only non-empty lines count; the character cap bounds the work.
  // The header's text first, then the next non-empty lines one at a time, each searched before the next
  // is looked for: the lead's date is usually in its first line or two.
  const restStart = header.restRange.start.character;
  /** The lines are those of the text's first `end` characters (a line there may be cut short). */
  const end = Math.min(text.length, restStart + LEAD_CHARS * 2);
  let budget = LEAD_CHARS;
  let line = 0;
  let lineStart = 0;
  let lineEnd = lineEndAt(text, 0, end);
  for (let parts = 0; parts <= LEAD_LINES; parts++) {
    let searched: string;
    let start: number;
    if (parts === 0) {
      searched = header.rest.slice(0, budget);
      start = restStart;
    } else {
      // The next line with a character other than white space.
      do {
        if (lineEnd >= end) return undefined;
        lineStart = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 && lineEnd + 1 < end ? 2 : 1);
        lineEnd = lineEndAt(text, lineStart, end);
        line++;
      } while (!hasText(text, lineStart, lineEnd));
      searched = text.slice(lineStart, Math.min(lineEnd, lineStart + budget));
      start = 0;
    }
    budget -= searched.length;
    const found = firstDate(searched, headerDate);
    if (found) {
      const at = start + found.index;
      const kind = PLACE_BEFORE.test(searched.slice(0, found.index)) ? 'dateline' : 'first date';
      return {
        kind,
        text: found.text,
        date: found.date,
        range: { start: { line, character: at }, end: { line, character: at + found.text.length } },
      };
    }
    if (budget <= 0) break;
  }
  return undefined;
}

/** Where the line from `start` ends (its CR or LF), or `end`. */
function lineEndAt(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return end;
}

/** Whether text[start, end) has a character `trim` keeps. */
function hasText(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c > 32 && c < 127) || !WHITE.test(text[i])) return true;
  }
  return false;
}
const WHITE = /^\s$/;
