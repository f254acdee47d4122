// Finds explicit calendar dates written in prose (`07-Feb-2025, 03:02 PM`, `Published Feb 7, 2025`,
// `Dec. 3, 2018`, `November 22`). Parsing is chrono-node's (strict mode: no "today", no weekdays);
// this module only narrows its results to what a date header can be compared with.
//
// chrono runs ~13 regular expressions and ~14 refiners over all the text it is given, which made it
// a sixth of the whole analysis. Most of a lead has no date, so chrono is only given the few windows
// of text that could hold one (see `windows`), and callers that need the first date only stop there.

import { Chrono, strict } from 'chrono-node/en';
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
  return [...writtenDates(text, reference)];
}

/** The first of `findDates(text, reference)` that `accept` takes, reading no further than it. */
export function firstDate(
  text: string,
  reference?: CalendarDate,
  accept: (date: WrittenDate) => boolean = () => true,
): WrittenDate | undefined {
  for (const date of writtenDates(text, reference)) if (accept(date)) return date;
  return undefined;
}

// Every result `writtenDates` keeps has a certain month, and in chrono's strict English configuration
// only three things make a month certain: a month name (all of chrono's start with these stems:
// `Sept.`, `jan`), a numeric date (ISO `2024-11-22`, `2024 11 22`, `22/11/2024`, `22.11`: a digit, one
// of `-./` or a white space, a digit), or a duration of days or less that chrono adds to the reference
// (`3 days ago`, `within the week`, `2 hours later`: units of a month or a year leave the day uncertain).
// A window without any of them cannot give a kept date, whatever chrono makes of it. (Global: searched
// from a position.)
const MONTH_EVIDENCE = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|second|minute|hour|day|week|\d[\s./-]\d/gi;

/** `findDates`, lazily: chrono parses one window when the caller asks for the dates in it. */
function* writtenDates(text: string, reference: CalendarDate | undefined): Generator<WrittenDate> {
  // A window has month evidence when the first evidence at or after its start ends within it: no match
  // of MONTH_EVIDENCE lies strictly inside another (its words have none inside them, nor has `1 2`), and
  // the alternatives that can match at one position exclude each other. So the first evidence after a
  // window's start is looked for once, and kept for the windows before it.
  let evidence = -1;
  let evidenceEnd = -1;
  const evidenceFrom = (from: number) => {
    MONTH_EVIDENCE.lastIndex = from;
    const m = MONTH_EVIDENCE.exec(text);
    evidence = m ? m.index : text.length;
    evidenceEnd = m ? m.index + m[0].length : Infinity;
  };
  // Windows are parts of the text: without month evidence in the text, none has any, and the
  // anchors need not even be looked for (titles, bylines, most lines of a lead).
  evidenceFrom(0);
  if (evidenceEnd === Infinity) return;
  for (const [from, to] of windowsOf(text)) {
    if (evidence < from) evidenceFrom(from);
    // No evidence after this window's start: none in the windows after it either.
    if (evidenceEnd === Infinity) return;
    // Most windows hold a number or an ordinal but nothing that gives a month (`the 11th ASEAN`,
    // `15 percent`): chrono would read them for nothing, at a fixed cost per call.
    if (evidenceEnd > to) continue;
    const part = from === 0 && to === text.length ? text : text.slice(from, to);
    for (const date of datesInWindow(part, reference)) yield { ...date, index: from + date.index };
  }
}

/**
 * What chrono reads in one window, kept for the last few windows read — where the caller asked for it. In an editor a
 * keystroke has the article's lead read again, the same windows under the same date: each chrono call costs tens of
 * microseconds, a tenth of a 3 KB article's whole analysis. A batch (the CLI, the index) reads each lead once, so it
 * keeps nothing: kept windows would only hit there where articles repeat one another (the bench's generated corpus),
 * flattering its figures. Without a reference the dates are read from now: kept for the minute.
 */
const recentWindows = new Map<string, readonly WrittenDate[]>();
const RECENT_WINDOWS = 32;
let keepingWindows = false;

/** Whether chrono's readings of the last windows are kept (the language server's own thread: see above). */
export function keepRecentWindows(keep: boolean): void {
  keepingWindows = keep;
  if (!keep) recentWindows.clear();
}

function datesInWindow(part: string, reference: CalendarDate | undefined): readonly WrittenDate[] {
  const instant = () => (reference ? noonUtc(reference) : new Date());
  if (!keepingWindows) return chronoDates(part, instant());
  const key = `${reference ? `${reference.year}-${reference.month}-${reference.day}` : `now ${Math.floor(Date.now() / 60_000)}`} ${part}`;
  let dates = recentWindows.get(key);
  if (dates) return dates;
  dates = chronoDates(part, instant());
  if (recentWindows.size >= RECENT_WINDOWS) recentWindows.delete(recentWindows.keys().next().value!);
  recentWindows.set(key, dates);
  return dates;
}

/** chrono's day-precise, unambiguous dates in a window, their index in it. */
function chronoDates(part: string, instant: Date): WrittenDate[] {
  const dates: WrittenDate[] = [];
  for (const result of chronoFor(part).parse(part, { instant })) {
    const start = result.start;
    if (!start.isCertain('day') || !start.isCertain('month')) continue;
    // `3 days ago`, `a day after holding talks`: counted from the instant chrono was given, so a date of the
    // reader's making, not one the text writes (a lead's `a day after` checked the header against itself + 1).
    if (start.tags().has('result/relativeDate')) continue;
    // chrono's match may start with whitespace or the preposition "on": neither is the date.
    const leading = /^\s*(?:on\s+)?/i.exec(result.text)![0].length;
    const written = result.text.slice(leading).trimEnd();
    if (isAmbiguous(written)) continue;
    dates.push({
      text: written,
      index: result.index + leading,
      date: { year: start.get('year')!, month: start.get('month')!, day: start.get('day')! },
      yearCertain: start.isCertain('year'),
    });
  }
  return dates;
}

// ---- which of chrono's parsers can match --------------------------------------------------------
//
// A chrono call costs little for its work on a window (~13 µs for a dateline when the same kind of call
// is repeated) and ~60 µs within the whole analysis: chrono's code calls each parser's and refiner's
// methods through call sites that see many classes (V8's megamorphic inline caches, looked up in a
// global cache that the rest of the analysis keeps overwriting), and each parser's code and large
// compiled pattern must be fetched again. A parser whose pattern cannot match the window adds nothing
// to chrono's results, so it is left out of the call: each parser below needs a piece of text that the
// gate in front of it looks for (both with the `i` flag, so that letters match alike), and where the gate
// finds nothing, chrono runs the other parsers, in their order, with all of its refiners. Its results are
// the same: the parsers' results are put together in their order and sorted by position (a stable sort),
// and a parser without a match adds none.
// - years: ISO `2024-11-22` and `2024/11/22` need four digits; `2024 November` four digits or a
//   number and an era (`BE`, `AD`, `BC`, `BCE`, `CE`) after at most two white spaces.
const YEAR_GATE = /\d{4}|\d\s{0,2}(?:be|ad|bc|ce)/i;
// - `22/11/2024`, `11.22`, `22-11` and `11/2024`: a digit, one of `/.-`, a digit.
const NUMERIC_GATE = /\d[-./]\d/i;
// - weekdays: every name and abbreviation chrono spells holds one of these (`weekend`, `weekday`: `week`).
const WEEKDAY_GATE = /sun|mon|tue|wed|thu|fri|sat|week/i;
// - `within/in/for`, `ago/before/earlier` and `later/after/from now` need at least one time unit written
//   in full (strict mode), each of which (and its plural) starts with one of these.
const UNIT_GATE = /second|minute|hour|day|week|month|quarter|year/i;
// - `22 November`, `November 22`: a month name or abbreviation, all of which start with one of these (a
//   window can have month evidence without one: `2024 11 22`, `3 days ago`, and `3.5` in `3.5 percent`).
const MONTH_GATE = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

const GATES = [YEAR_GATE, NUMERIC_GATE, WEEKDAY_GATE, UNIT_GATE, MONTH_GATE];

/** The gate of each of chrono's strict parsers that has one, by class name. */
export const PARSER_GATES: Readonly<Record<string, RegExp>> = {
  ENYearMonthDayParser: YEAR_GATE,
  ISOFormatParser: YEAR_GATE,
  ENYearMonthNameParser: YEAR_GATE,
  SlashDateFormatParser: NUMERIC_GATE,
  ENSlashMonthFormatParser: NUMERIC_GATE,
  ENWeekdayParser: WEEKDAY_GATE,
  ENTimeUnitWithinFormatParser: UNIT_GATE,
  ENTimeUnitAgoFormatParser: UNIT_GATE,
  ENTimeUnitLaterFormatParser: UNIT_GATE,
  ENMonthNameLittleEndianParser: MONTH_GATE,
  ENMonthNameMiddleEndianParser: MONTH_GATE,
};

/** The gate of each parser of `strict` as an index in GATES, or -1: a parser not named above (a class renamed) always runs. */
const gateOf = strict.parsers.map((parser) => {
  const gate = PARSER_GATES[parser.constructor.name];
  return gate ? GATES.indexOf(gate) : -1;
});
const ALL_GATES = (1 << GATES.length) - 1;
/** `strict` without the parsers of the gates not in the index (a bit mask of GATES), made when first used. */
const gated: Chrono[] = [];
gated[ALL_GATES] = strict;

/** chrono's strict configuration without the parsers that cannot match `part`. */
function chronoFor(part: string): Chrono {
  let open = 0;
  for (let g = 0; g < GATES.length; g++) if (GATES[g].test(part)) open |= 1 << g;
  return (gated[open] ??= new Chrono({
    parsers: strict.parsers.filter((_, i) => gateOf[i] < 0 || (open & (1 << gateOf[i])) !== 0),
    refiners: strict.refiners,
  }));
}

// ---- where chrono can find a date ---------------------------------------------------------------
//
// Two facts about chrono's strict English parsers (checked against chrono's own patterns in
// test/core/writtenDates.test.ts) let it read windows of the text instead of all of it, with the same
// results:
//
// 1. A day-precise date needs an anchor: a day (`22`, `22nd`, `first of March`: chrono reads no day
//    without one), or a time unit and its number (`in the week`, `a few days ago`: a date relative to
//    the reference). A weekday alone is dropped by strict mode.
// 2. A barrier, a word of five or more ASCII letters between white space that is not a run of the
//    words chrono's patterns spell (`month`, `ago`, `t`, `am`…), is never part of a match, nor of the
//    text chrono's refiners merge across or extend a result with (time zones are 2–4 letters). Every
//    pattern begins with a boundary (`\W`, `^`, `\s`, `\b`, a non-digit before digits) and ends with a
//    look-ahead for `\W`, so no match starts or ends inside a barrier either: chrono's scan passes over
//    it without a match, and what it finds after it does not depend on what came before it.
//
// So the text is cut into windows at barriers (each window keeps its barrier words, so that every
// look-ahead and look-behind sees what it sees in the whole text), and only windows with an anchor
// are parsed. Anchors closer than `MERGE_GAP` share a window: each chrono call has a fixed cost.

// A day number (digits or an ordinal word: `first of March`), or a time unit after what chrono's
// `in/ago/later` patterns accept as its number (`in the week`, `a few days ago`, `2days later`). The
// units are found first and their number checked after: `the`, `a` and `of` are everywhere.
// The words are `first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|
// twentieth|thirtieth|quarter|minute|hour|day|week|month|year`, grouped by their first letters so that the
// scan tries fewer alternatives at each position: none is a prefix of another and no two match at one
// position, so the grouping finds the same matches.
const ANCHOR =
  /[0-9]|f(?:irst|ourth|ifth)|s(?:econd|ixth|eventh)|t(?:h(?:ird|irtieth)|e(?:nth|enth)|w(?:elfth|entieth))|e(?:ighth|leventh)|ninth|quarter|m(?:inute|onth)|hour|day|week|year/gi;
const UNIT_NUMBER = /(?:eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten|half|an?|few|several|the|couple|of)\s{0,3}$/i;
/** Enough text before a unit for its number: `several` and three spaces. */
const NUMBER_REACH = 10;

/** The next anchor in `text` at or after `from`, or null. */
function nextAnchor(text: string, from: number): RegExpExecArray | null {
  // ANCHOR is shared: its position is set on every call, as a lazy `windowsOf` may be suspended
  // while another text is searched.
  ANCHOR.lastIndex = from;
  for (let m = ANCHOR.exec(text); m !== null; m = ANCHOR.exec(text)) {
    const c = m[0].charCodeAt(0) | 32;
    const unit = c === 113 || c === 109 || c === 104 || c === 100 || c === 119 || c === 121; // q m h d w y
    if (!unit || UNIT_NUMBER.test(text.slice(Math.max(0, m.index - NUMBER_REACH), m.index))) return m;
  }
  return null;
}

// A barrier candidate: five or more ASCII letters with white space (as `\s` means it) on both sides.
const CANDIDATE = /(?<=\s)[A-Za-z]{5,}(?=\s)/g;
/** Anchors closer than this share a window (each chrono call has a fixed cost). */
const MERGE_GAP = 80;
/** How far back from an anchor barriers are first looked for. */
const LOOK_BACK = 64;

/**
 * Every run of letters in the patterns of chrono's strict English parsers and refiners (single
 * letters from `T`, `a.m.`, `o'clock`…; `an?` gives `a` and `an`).
 */
export const CHRONO_WORDS: ReadonlySet<string> = new Set(
  (
    'a about ad after afternoon ago am an and approximately apr april around at aug august bc bce be before ce clock ' +
    'couple day days dec december earlier eight eighteenth eighth eleven eleventh feb february few fifteenth fifth ' +
    'first five for four fourteenth fourth fri friday from gmt half hour hours in jan january jul july jun june just ' +
    'last later m mar march may minute minutes mon monday month months morning nd next night nine nineteenth ninth ' +
    'nov november now o oct october of on one p past pm quarter quarters rd roughly sat saturday second seconds sep ' +
    'sept september seven seventeenth seventh several six sixteenth sixth st sun sunday t ten tenth th the third ' +
    'thirteenth thirtieth thirty this three through thu thur thurs thursday till to tue tuesday twelfth twelve ' +
    'twentieth twenty two until utc wed wednesday week weekday weekend weeks within year years z'
  ).split(' '),
);

/** CHRONO_WORDS as a trie over lower-case letters: node i's child for letter c is CHILD[i * 26 + c]. */
const CHILD: number[] = [0];
const WORD_END: boolean[] = [false];
for (const word of CHRONO_WORDS) {
  let node = 0;
  for (let k = 0; k < word.length; k++) {
    const slot = node * 26 + word.charCodeAt(k) - 97;
    if (!CHILD[slot]) {
      CHILD[slot] = WORD_END.length;
      WORD_END.push(false);
    }
    node = CHILD[slot];
  }
  WORD_END[node] = true;
}

/** Whether text[start, end) (ASCII letters) could be read by chrono as one or more of its words run together. */
function spelledByChrono(text: string, start: number, end: number): boolean {
  // reachable[i]: the first i letters are a run of chrono's words.
  const reachable = new Uint8Array(end - start + 1);
  reachable[0] = 1;
  for (let i = 0; i < end - start; i++) {
    if (!reachable[i]) continue;
    let node = 0;
    for (let k = start + i; k < end; k++) {
      node = CHILD[node * 26 + (text.charCodeAt(k) | 32) - 97] ?? 0;
      if (node === 0) break;
      if (WORD_END[node]) reachable[k + 1 - start] = 1;
    }
  }
  return reachable[end - start] === 1;
}

/** The first barrier of `text` starting at or after `from`, as [start, end). */
function barrierAfter(text: string, from: number): [number, number] | undefined {
  CANDIDATE.lastIndex = from;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const end = m.index + m[0].length;
    if (!spelledByChrono(text, m.index, end)) return [m.index, end];
  }
  return undefined;
}

/** The last barrier of `text` ending at or before `to`, as [start, end). */
function barrierBefore(text: string, to: number): [number, number] | undefined {
  for (let look = LOOK_BACK; ; look *= 4) {
    const from = Math.max(0, to - look);
    let last: [number, number] | undefined;
    CANDIDATE.lastIndex = from;
    for (let m = CANDIDATE.exec(text); m !== null && m.index + m[0].length <= to; m = CANDIDATE.exec(text)) {
      const end = m.index + m[0].length;
      if (!spelledByChrono(text, m.index, end)) last = [m.index, end];
    }
    if (last || from === 0) return last;
  }
}

/** The [from, to) windows of `text` that chrono must read to find every date `findDates` keeps, in order. */
export function windows(text: string): [number, number][] {
  return [...windowsOf(text)];
}

/**
 * `windows(text)`, lazily: a window is yielded as soon as the next anchor is known to start a window
 * of its own, so that a caller stopping at the first date does not look for anchors in the rest of
 * the text (on a long lead that scan cost more than chrono itself).
 */
function* windowsOf(text: string): Generator<[number, number]> {
  let current: [number, number] | undefined;
  let anchor = nextAnchor(text, 0);
  while (anchor) {
    // The anchors near this one (closer than MERGE_GAP to the one before) share its window.
    const first = anchor.index;
    let end = first + anchor[0].length;
    for (anchor = nextAnchor(text, end); anchor && anchor.index - end < MERGE_GAP; anchor = nextAnchor(text, end)) {
      end = anchor.index + anchor[0].length;
    }
    if (current && first < current[1]) {
      // Within the current window (which reaches past its anchors to a barrier): extend it.
      if (end <= current[1]) continue;
      current[1] = barrierAfter(text, end)?.[1] ?? text.length;
    } else {
      const from = barrierBefore(text, first)?.[0] ?? 0;
      const to = barrierAfter(text, end)?.[1] ?? text.length;
      if (current && from <= current[1]) current[1] = to;
      else {
        // Later anchors can only extend the newest window: the one before is final.
        if (current) yield current;
        current = [from, to];
      }
    }
    if (current[1] === text.length) break;
    // Anchors inside the window just made are read with it.
    if (anchor && anchor.index < current[1]) anchor = nextAnchor(text, current[1]);
  }
  if (current) yield current;
}
