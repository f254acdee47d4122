// Where an article's text itself says when it was published: the dates a header is inferred
// from, or checked against. Only the lead is read: dates further down are about other events.

import type { CalendarDate } from './calendarDate';
import type { DateHeader } from './dateHeader';
import { eachLine, type Range, positionAt, splitLines } from './textPosition';
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

// Text before a date on its line that makes it a dateline: a place in capitalised words (the particles of
// place names allowed: `Rio de Janeiro`, `Dar es Salaam`, `Frankfurt am Main`), maybe `[Country]`, then a
// comma. Prose such as `The talks on`, `Singh met Marles on Friday,` or `Published` is not a place: a date
// after it is the lead's first date, not its dateline.
const PLACE_BEFORE =
  /^\s*\p{Lu}[\p{L}.'’-]*(?:[ ]+(?:\p{Lu}[\p{L}.'’-]*|(?:de|da|do|dos|das|del|della|di|du|des|la|le|les|el|es|al|of|upon|am|an|im|der|den|von|van|y|e)))*\s*(?:\[[^\]]*\])?\s*,\s*$/u;

// A line of its own holding the date (and maybe its time), as releases write theirs under the title (`March 12, 2025`,
// `07-Feb-2025, 03:02 PM`): the release's dateline, without a place. (Not `Published …`, `Updated …`: a page's.)
const DATE_LINE_BEFORE = /^\s*$/;
const DATE_LINE_AFTER = /^[\s,|]*(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*\(?[A-Z]{2,4}\)?)?)?\s*$/;

/**
 * The dateline, or else the first day-precise date, of the lead of an article whose header says
 * `headerDate`; a date written without a year takes the year nearest the header's.
 */
export function leadDate(text: string, header: DateHeader, headerDate: CalendarDate): LeadDate | undefined {
  let budget = LEAD_CHARS;
  for (const part of leadParts(text, header)) {
    const searched = part.text.slice(0, budget);
    budget -= searched.length;
    const found = firstDate(searched, headerDate);
    if (found) {
      const start = part.start + found.index;
      const before = searched.slice(0, found.index);
      const kind =
        PLACE_BEFORE.test(before) ||
        (part.line > 0 && DATE_LINE_BEFORE.test(before) && DATE_LINE_AFTER.test(searched.slice(found.index + found.text.length)))
          ? 'dateline'
          : 'first date';
      return {
        kind,
        text: found.text,
        date: found.date,
        range: { start: { line: part.line, character: start }, end: { line: part.line, character: start + found.text.length } },
      };
    }
    if (budget <= 0) break;
  }
  return undefined;
}

/**
 * The parts of the lead, lazily: the header's scraper text, then up to LEAD_LINES non-empty lines. Each is
 * searched before the next is looked for: the date is usually in the first part or two.
 */
function* leadParts(text: string, header: DateHeader): Generator<{ line: number; start: number; text: string }> {
  // No cap on the number of lines: scraped text often has runs of blank lines before the dateline,
  // and only non-empty lines count; the character cap bounds the work.
  const restStart = header.restRange.start.character;
  yield { line: 0, start: restStart, text: header.rest };
  let lines = 0;
  for (const line of eachLine(text.slice(0, restStart + LEAD_CHARS * 2))) {
    if (line.line === 0 || !line.text.trim()) continue;
    if (++lines > LEAD_LINES) return;
    yield { line: line.line, start: 0, text: line.text };
  }
}
