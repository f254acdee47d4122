// Positions and ranges in a document, counted as the LSP does: 0-based lines, UTF-16 code units.
// The core uses these plain shapes so the server, the CLI and the tests share one vocabulary.

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export function range(line: number, startCharacter: number, endCharacter: number): Range {
  return { start: { line, character: startCharacter }, end: { line, character: endCharacter } };
}

/** A line of a document, without its end-of-line characters. */
export interface Line {
  readonly text: string;
  readonly line: number;
  /** Offset of the line's first character in the whole text. */
  readonly offset: number;
}

const EOL = /\r\n|\r|\n/g;

/** Splits text into lines the way editors do (`\n`, `\r\n` and lone `\r` all end a line). */
export function splitLines(text: string, maxLines = Infinity): Line[] {
  const lines: Line[] = [];
  let start = 0;
  EOL.lastIndex = 0;
  for (let m = EOL.exec(text); m !== null && lines.length < maxLines; m = EOL.exec(text)) {
    lines.push({ text: text.slice(start, m.index), line: lines.length, offset: start });
    start = m.index + m[0].length;
  }
  if (lines.length < maxLines) lines.push({ text: text.slice(start), line: lines.length, offset: start });
  return lines;
}

/**
 * The lines of `text` one at a time, as `splitLines` would give them: for callers that need only
 * the first few lines of a long text.
 */
export function* eachLine(text: string): Generator<Line> {
  let start = 0;
  let line = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    yield { text: text.slice(start, i), line: line++, offset: start };
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  yield { text: text.slice(start), line, offset: start };
}

/** The first line of a text, without its end-of-line. */
export function firstLine(text: string): string {
  // indexOf, not a loop over the characters or a regex search: this runs on every check of every article,
  // and a header line can be a whole scraped paragraph.
  const lf = text.indexOf('\n');
  const end = lf < 0 ? text.length : lf;
  // A CR at or before the LF (a CRLF, or an old Mac line end): the line ends at the first one.
  return text.slice(0, text.lastIndexOf('\r', end) < 0 ? end : text.indexOf('\r'));
}

/** The line and character of an offset in a text. */
export function positionAt(lines: readonly Line[], offset: number): Position {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  const line = lines[lo];
  return { line: line.line, character: Math.min(offset - line.offset, line.text.length) };
}
