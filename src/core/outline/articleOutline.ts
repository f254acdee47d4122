// An article's Outline (the editor's document symbols): the date header, the headline and the section headings.
// Scraped articles carry no markup, so a heading is told from prose by its shape alone: a short line standing on
// its own that does not end a sentence. The rules err towards leaving a line out: a missed heading costs the
// reader less than a caption or a dateline posing as one.

import type { HeaderSummary } from '../analyzeArticle';
import { readDateHeader } from '../dateHeader';
import { type Line, type Position, type Range, splitLines } from '../textPosition';

export interface OutlineSymbol {
  /** What the Outline shows. */
  readonly name: string;
  /** Shown greyed after the name. */
  readonly detail?: string;
  readonly kind: 'header' | 'headline' | 'section';
  /** The whole extent: from the heading to the last non-blank line before the next heading, or the end of the text. */
  readonly range: Range;
  /** The heading text itself, within `range`. */
  readonly selectionRange: Range;
  readonly children: readonly OutlineSymbol[];
}

// Headlines run long, section headings do not; past these a line reads as prose.
const HEADLINE_MAX_WORDS = 16;
const HEADLINE_MAX_CHARS = 120;
// One or two words standing alone before the story are menu text, kickers or bylines far more often than titles.
const HEADLINE_MIN_WORDS = 3;
const HEADING_MAX_WORDS = 10;
const HEADING_MAX_CHARS = 80;
const LABEL_MAX_WORDS = 6;
// How far into a line a label's colon is looked for: six words never need more, and huge lines are not scanned.
const LABEL_MAX_CHARS = 80;
const DETAIL_MAX_CHARS = 60;
// Enough of a first line for the header reader to tell a header from prose: a prefix and a written date.
const HEADER_LOOKAHEAD = 200;

// A sentence ends with its punctuation, possibly inside a closing quote or bracket (`… he said.”`, `(agencies.)`).
const SENTENCE_END = /[.!?:;,…]["'”’»)\]]*$/u;
// Titles open with a capital, a digit, a quote, or a letter of a script without case; a lowercase opening is a
// continuation or tag text, and punctuation (bullets, brackets, dashes) opens captions and list items.
const TITLE_START = /^[\p{Lu}\p{Lt}\p{Lo}\p{N}"'“‘«]/u;
// `NEW DELHI: With an upswing…`, `VIENTIANE, Laos (Reuters) — Talks…`, `MINISTER SINGH: Thank you`: words in capitals,
// a colon or a dash, then more text on the same line. That is a dateline or a speaker's turn opening prose, not a heading.
const CAPITALS_OPENER = /^([\p{Lu}][\p{Lu}\p{M}.'’&\- ]*)(?:[,([][^:—–]{0,60}?)?\s*(?::|\s[—–-])\s*\S/u;
const CAPITALS_OPENER_MIN_LETTERS = 3;

// Everything a dateline (`07-Feb-2025, 03:02 PM`, `Updated: Nov 22, 2024 10:15 IST`) is made of besides numbers.
const DATELINE_WORDS = new Set(
  [
    'january february march april may june july august september october november december',
    'jan feb mar apr jun jul aug sep sept oct nov dec',
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun',
    'am pm hrs ist gmt utc bst cet cest est edt cst cdt pst pdt et pt jst sgt aest',
    'updated published posted modified last first on at',
  ]
    .join(' ')
    .split(' '),
);
const DATELINE_NUMBER = /^\d+(?:st|nd|rd|th|t\d+|z)?$/;

/** Where a line's text stands once its surrounding white space is left out; columns in UTF-16 code units. */
interface Span {
  readonly start: number;
  readonly end: number;
}

/** A line seen as a heading: where its name stands, and whether it announces a list with a colon. */
interface Heading {
  readonly line: number;
  readonly name: Span;
  readonly colon: boolean;
  readonly labels: readonly LabelItem[];
}

/** A `Label: prose…` paragraph under a heading that ends with a colon. */
interface LabelItem {
  readonly line: number;
  readonly label: Span;
  readonly lastLine: number;
}

/**
 * The Outline of an article: the header (when the analysis found a valid one), the headline, then the sections in
 * text order. `header` is the analysis's header summary. Never throws; linear in the length of the text.
 */
export function articleOutline(text: string, header: HeaderSummary | null): OutlineSymbol[] {
  const lines = splitLines(text);
  const spans = lines.map((line) => contentSpan(line.text));
  const symbols: OutlineSymbol[] = [];
  if (header) symbols.push(headerSymbol(lines[0], header));
  // A first line read as a header with a wrong date is still the scraper's line, never the article's title. Its
  // opening decides whether it is one, so a huge first line is not read twice over (the analysis read it already).
  const bodyStart = header || readDateHeader(lines[0].text.slice(0, HEADER_LOOKAHEAD)) ? 1 : 0;
  const headline = findHeadline(lines, spans, bodyStart);
  const headings = findHeadings(lines, spans, headline === undefined ? bodyStart : headline + 1);
  if (headline !== undefined) {
    const name = spans[headline]!;
    const end = headings.length > 0 ? headings[0].line : lines.length;
    symbols.push(symbol('headline', textOf(lines[headline], name), extent(lines, spans, headline, end), at(headline, name), []));
  }
  headings.forEach((heading, i) => {
    const end = i + 1 < headings.length ? headings[i + 1].line : lines.length;
    symbols.push(sectionSymbol(lines, spans, heading, end));
  });
  return symbols;
}

function headerSymbol(line0: Line, header: HeaderSummary): OutlineSymbol {
  const whole = at(0, { start: 0, end: line0.text.length });
  const detail = summary(line0.text, header.range.end.line === 0 ? header.range.end.character : 0);
  const named = symbol('header', header.date, cover(whole, header.range), header.range, []);
  return detail ? { ...named, detail } : named;
}

function sectionSymbol(lines: readonly Line[], spans: readonly (Span | undefined)[], heading: Heading, end: number): OutlineSymbol {
  const children = heading.labels.map((item) =>
    symbol(
      'section',
      textOf(lines[item.line], item.label),
      extent(lines, spans, item.line, item.lastLine + 1),
      at(item.line, item.label),
      [],
    ),
  );
  const name = textOf(lines[heading.line], heading.name);
  return symbol('section', name, extent(lines, spans, heading.line, end), at(heading.line, heading.name), children);
}

function symbol(
  kind: OutlineSymbol['kind'],
  name: string,
  range: Range,
  selectionRange: Range,
  children: readonly OutlineSymbol[],
): OutlineSymbol {
  return { name, kind, range, selectionRange, children };
}

/**
 * The headline is the first title-shaped paragraph of the body. Fragments before it (menu text, tags, a dateline)
 * are passed over, but the story's first sentence is not: a short line after it is a heading, not the title.
 */
function findHeadline(lines: readonly Line[], spans: readonly (Span | undefined)[], from: number): number | undefined {
  for (let i = from; i < lines.length; i++) {
    if (!spans[i]) continue;
    const last = paragraphEnd(spans, i);
    // A title stands alone; a line with more lines under it is a fragment of whatever the scraper caught.
    if (last === i && isHeadline(lines[i], spans[i]!)) return i;
    for (let j = i; j <= last; j++) if (readsAsProse(lines[j], spans[j]!)) return undefined;
    i = last;
  }
  return undefined;
}

/** Headings stand at the start of a paragraph; a colon heading takes the label paragraphs right under it. */
function findHeadings(lines: readonly Line[], spans: readonly (Span | undefined)[], from: number): Heading[] {
  const headings: Heading[] = [];
  for (let i = from; i < lines.length; i++) {
    if (!spans[i]) continue;
    const heading = readHeading(lines[i], spans[i]!);
    if (!heading) {
      i = paragraphEnd(spans, i);
      continue;
    }
    const run = heading.colon ? readLabels(lines, spans, i + 1) : { items: [], next: i + 1 };
    headings.push({ line: i, ...heading, labels: run.items });
    i = run.items.length > 0 ? run.next - 1 : paragraphEnd(spans, i);
  }
  return headings;
}

/**
 * The `Label: prose…` items that follow a colon heading, up to the first paragraph that is not one. A line that is
 * not a label continues the item above it when no blank line separates them.
 */
function readLabels(lines: readonly Line[], spans: readonly (Span | undefined)[], from: number): { items: LabelItem[]; next: number } {
  const items: LabelItem[] = [];
  let i = from;
  for (; i < lines.length; i++) {
    if (!spans[i]) continue;
    const label = readLabel(lines[i], spans[i]!);
    if (label) items.push({ line: i, label, lastLine: i });
    else if (items.length > 0 && spans[i - 1]) items[items.length - 1] = { ...items[items.length - 1], lastLine: i };
    else break;
  }
  return { items, next: i };
}

function isHeadline(line: Line, span: Span): boolean {
  if (span.end - span.start > HEADLINE_MAX_CHARS) return false;
  const text = textOf(line, span);
  const words = wordCount(text);
  return words >= HEADLINE_MIN_WORDS && words <= HEADLINE_MAX_WORDS && !SENTENCE_END.test(text) && titleShaped(text);
}

/** Prose is what no title could be: too long, or a finished sentence. */
function readsAsProse(line: Line, span: Span): boolean {
  if (span.end - span.start > HEADLINE_MAX_CHARS) return true;
  const text = textOf(line, span);
  return wordCount(text) > HEADLINE_MAX_WORDS || SENTENCE_END.test(text);
}

/** A heading's name (a trailing colon left out), or undefined when the line is not a heading. */
function readHeading(line: Line, span: Span): { name: Span; colon: boolean } | undefined {
  if (span.end - span.start > HEADING_MAX_CHARS) return undefined;
  const text = textOf(line, span);
  const colon = text.endsWith(':');
  const nameText = colon ? text.slice(0, -1).trimEnd() : text;
  if (nameText === '' || wordCount(nameText) > HEADING_MAX_WORDS || SENTENCE_END.test(nameText) || !titleShaped(nameText)) {
    return undefined;
  }
  return { name: { start: span.start, end: span.start + nameText.length }, colon };
}

/** The label of a `Label: prose…` line: a few title-like words, a colon, a space, then more words. */
function readLabel(line: Line, span: Span): Span | undefined {
  const head = line.text.slice(span.start, Math.min(span.end, span.start + LABEL_MAX_CHARS + 2));
  const colon = head.indexOf(':');
  if (colon <= 0 || !/\s/.test(head.charAt(colon + 1))) return undefined;
  const label = head.slice(0, colon).trimEnd();
  const words = wordCount(label);
  if (words === 0 || words > LABEL_MAX_WORDS || SENTENCE_END.test(label) || !TITLE_START.test(label)) return undefined;
  const letter = /\p{L}/gu;
  letter.lastIndex = span.start + colon + 1;
  if (!letter.test(line.text)) return undefined;
  return { start: span.start, end: span.start + label.length };
}

/** What headlines and headings share: a title's opening, and neither a dateline nor a story's opening words. */
function titleShaped(text: string): boolean {
  return TITLE_START.test(text) && !isDateline(text) && !opensWithCapitals(text);
}

function opensWithCapitals(text: string): boolean {
  const m = CAPITALS_OPENER.exec(text);
  return m !== null && (m[1].match(/\p{Lu}/gu)?.length ?? 0) >= CAPITALS_OPENER_MIN_LETTERS;
}

/** A line of numbers, month and weekday names, times and zones only: when the story was filed, not what it says. */
function isDateline(text: string): boolean {
  if (!/\d/.test(text)) return false;
  const words = text
    .toLowerCase()
    .replace(/\b([ap])\.m\b\.?/g, '$1m')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  return words.every((w) => DATELINE_NUMBER.test(w) || DATELINE_WORDS.has(w));
}

/** The header's text after the date, on one line and cut short: enough to recognise the article by. */
function summary(line0: string, from: number): string {
  const nonSpace = /\S/g;
  nonSpace.lastIndex = from;
  if (!nonSpace.test(line0)) return '';
  const start = nonSpace.lastIndex - 1;
  // Only the first few hundred characters are looked at, so that a huge first line costs nothing.
  const window = line0.slice(start, start + DETAIL_MAX_CHARS * 4);
  const text = window.replace(/\s+/g, ' ').trim();
  nonSpace.lastIndex = start + window.length;
  const more = nonSpace.test(line0);
  return text.length <= DETAIL_MAX_CHARS && !more ? text : shorten(text, DETAIL_MAX_CHARS);
}

/** Cuts text to at most `max` characters, ellipsis included, at a space when one is not too far back. */
function shorten(text: string, max: number): string {
  let cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  if (space > max / 2) cut = cut.slice(0, space);
  // Never leave half of a character outside the Basic Multilingual Plane.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}…`;
}

function contentSpan(text: string): Span | undefined {
  const start = text.search(/\S/);
  if (start < 0) return undefined;
  return { start, end: text.trimEnd().length };
}

function paragraphEnd(spans: readonly (Span | undefined)[], line: number): number {
  let last = line;
  while (last + 1 < spans.length && spans[last + 1]) last++;
  return last;
}

/** From the start of line `first` to the end of the last non-blank line before `end`. */
function extent(lines: readonly Line[], spans: readonly (Span | undefined)[], first: number, end: number): Range {
  let last = end - 1;
  while (last > first && !spans[last]) last--;
  return { start: { line: first, character: 0 }, end: { line: last, character: lines[last].text.length } };
}

function at(line: number, span: Span): Range {
  return { start: { line, character: span.start }, end: { line, character: span.end } };
}

/** The smallest range holding both, so that a header range from elsewhere always lies within its symbol. */
function cover(a: Range, b: Range): Range {
  const before = (p: Position, q: Position) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return { start: before(b.start, a.start) ? b.start : a.start, end: before(a.end, b.end) ? b.end : a.end };
}

function textOf(line: Line, span: Span): string {
  return line.text.slice(span.start, span.end);
}

function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}
