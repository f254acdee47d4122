// The date header check: every problem a first line can have, each with its fixes.

import { type CalendarDate, compareDates, daysBetween, formatIsoDate, latestDateOnEarth } from './calendarDate';
import { BOM, CANONICAL_PREFIX, type DateHeader, readDateHeader } from './dateHeader';
import { type DiagnosticCode, severityOf } from './diagnosticCodes';
import type { Fix, Problem, TextEdit } from './problem';
import { type LeadDate, leadDate, publicationDateInText, type TextDate } from './publicationDate';
import { type Range, firstLine, range } from './textPosition';

export interface HeaderCheckOptions {
  /** The current instant, for `future-date-header`. */
  readonly now: Date;
}

export interface HeaderCheck {
  /** The header when one was read (valid or not). */
  readonly header: DateHeader | undefined;
  readonly problems: Problem[];
  /** Without a header: the date the text gives near its top (the fix's date), which analyzeArticle reuses. */
  readonly inferred?: TextDate;
  /** With a valid header date: the lead's dateline or first day-precise date, if any (what the header is checked against). */
  readonly lead?: LeadDate;
}

/** A dateline a day or two off the header is normal (time zones, overnight desks); a week is not. */
export const MISMATCH_TOLERANCE_DAYS = 3;
export const DATE_PLACEHOLDER = 'YYYY-MM-DD';

function problem(code: DiagnosticCode, message: string, at: Range, fixes: Fix[] = []): Problem {
  return { code, severity: severityOf(code), message, range: at, fixes };
}

function replaceDateFix(header: DateHeader, date: CalendarDate, preferred: boolean): Fix {
  const iso = formatIsoDate(date);
  // `2024-11-2{2 …`: the text glued to the date stays, after a space, or the fixed header would still be invalid
  // (found by the property tests).
  const newText = header.spaceAfterDate ? iso : `${iso} `;
  return { title: `Change the header date to ${iso}`, edits: [{ range: header.dateRange, newText }], preferred };
}

function missingHeader(text: string, lineStart: number, inferred: TextDate | undefined): Problem {
  const line0 = firstLine(text);
  const at = range(0, lineStart, line0.length);
  // The scraper's convention puts the header in front of the first line's text, so the fix
  // does the same: line numbers of the body stay as they were.
  const separator = line0.length > lineStart ? ' ' : '';
  const insertAt = range(0, lineStart, lineStart);
  const fix: Fix = inferred
    ? {
        title: `Insert a date header dated ${formatIsoDate(inferred.date)} (from "${inferred.text}")`,
        edits: [{ range: insertAt, newText: `${CANONICAL_PREFIX}${formatIsoDate(inferred.date)}${separator}` }],
        preferred: true,
      }
    : {
        title: 'Insert a date header',
        edits: [{ range: insertAt, newText: `${CANONICAL_PREFIX}${DATE_PLACEHOLDER}${separator}`, placeholder: DATE_PLACEHOLDER }],
        preferred: false,
      };
  const hint = inferred
    ? ` The text gives ${formatIsoDate(inferred.date)} ("${inferred.text}", line ${inferred.range.start.line + 1}).`
    : '';
  return problem(
    'missing-date-header',
    `The first line is not a date header: expected " date YYYY-MM-DD" followed by the scraped text.${hint}`,
    at,
    [fix],
  );
}

function noncanonical(header: DateHeader): Problem {
  const edits: TextEdit[] = [];
  if (!header.canonicalPrefix) edits.push({ range: header.prefixRange, newText: CANONICAL_PREFIX });
  if (!header.spaceAfterDate) edits.push({ range: range(0, header.dateRange.end.character, header.dateRange.end.character), newText: ' ' });
  const what = header.canonicalPrefix
    ? 'The header date must be followed by a space'
    : `The header must start with " date " (a space, "date", a space)`;
  const at = header.canonicalPrefix ? header.dateRange : header.prefixRange;
  return problem('noncanonical-date-header', `${what}; other tools may not read it.`, at, [
    { title: 'Rewrite the header in the canonical form', edits, preferred: true },
  ]);
}

function invalidDate(header: DateHeader): Problem {
  const { reason, candidates } = header.dateError!;
  const unambiguous = candidates.length === 1;
  return problem(
    'invalid-date-header',
    `Invalid header date: ${reason}${reason.endsWith('?') ? '' : '.'}`,
    header.dateText ? header.dateRange : header.prefixRange,
    candidates.map((date) => replaceDateFix(header, date, unambiguous)),
  );
}

function futureDate(header: DateHeader, date: CalendarDate, now: Date): Problem | undefined {
  const today = latestDateOnEarth(now);
  if (compareDates(date, today) <= 0) return undefined;
  return problem(
    'future-date-header',
    `The header date ${formatIsoDate(date)} is in the future: it is no later than ${formatIsoDate(today)} anywhere on Earth now.`,
    header.dateRange,
  );
}

function mismatch(header: DateHeader, date: CalendarDate, lead: LeadDate | undefined): Problem | undefined {
  if (!lead) return undefined;
  const days = daysBetween(date, lead.date);
  if (Math.abs(days) <= MISMATCH_TOLERANCE_DAYS) return undefined;
  const when = `${Math.abs(days)} days ${days > 0 ? 'after' : 'before'}`;
  return problem(
    'header-date-mismatch',
    `The article's ${lead.kind} "${lead.text}" (${formatIsoDate(lead.date)}) is ${when} the header date ${formatIsoDate(date)}.`,
    header.dateRange,
    [replaceDateFix(header, lead.date, false)],
  );
}

/** Checks the date header of a whole document's text. */
export function checkDateHeader(text: string, options: HeaderCheckOptions): HeaderCheck {
  const header = readDateHeader(firstLine(text));
  if (!header) {
    const inferred = publicationDateInText(text);
    return { header, problems: [missingHeader(text, text.startsWith(BOM) ? 1 : 0, inferred)], inferred };
  }
  const problems: Problem[] = [];
  if (!header.canonicalPrefix || !header.spaceAfterDate) problems.push(noncanonical(header));
  if (!header.date) {
    problems.push(invalidDate(header));
    return { header, problems };
  }
  const future = futureDate(header, header.date, options.now);
  if (future) problems.push(future);
  const lead = leadDate(text, header, header.date);
  const mismatched = mismatch(header, header.date, lead);
  if (mismatched) problems.push(mismatched);
  return { header, problems, ...(lead ? { lead } : {}) };
}
