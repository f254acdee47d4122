// Line and character of offsets met in text order, as textPosition.ts `splitLines` + `positionAt`
// give them, but reading line ends only as far as the last offset asked for and making no line
// strings: a few dates in a long article need a few line ends, not every line of it.

import type { Position } from '../textPosition';

export class LineCursor {
  private line = 0;
  private lineStart = 0;
  /** Where the current line's text ends (its end-of-line, or the end of the text). */
  private lineEnd = 0;
  /** Where the next line starts; Infinity on the last line. */
  private nextLineStart = 0;
  /** The first `\r` at or after the current line's start, -1 when there is none left; read again once passed. */
  private nextReturn = -2;

  constructor(private readonly text: string) {
    this.readLineEnd();
  }

  /** The position of `offset`, which must not be before the offset of the previous call. */
  positionAt(offset: number): Position {
    while (offset >= this.nextLineStart) {
      this.line++;
      this.lineStart = this.nextLineStart;
      this.readLineEnd();
    }
    return { line: this.line, character: Math.min(offset - this.lineStart, this.lineEnd - this.lineStart) };
  }

  /** The current line's end, as `/\r\n|\r|\n/` finds it, with `indexOf` (no match objects; a lone `\r` is rare). */
  private readLineEnd() {
    if (this.nextReturn !== -1 && this.nextReturn < this.lineStart) this.nextReturn = this.text.indexOf('\r', this.lineStart);
    const newline = this.text.indexOf('\n', this.lineStart);
    const end = this.nextReturn < 0 ? newline : newline < 0 ? this.nextReturn : Math.min(newline, this.nextReturn);
    if (end < 0) {
      this.lineEnd = this.text.length;
      this.nextLineStart = Infinity;
    } else {
      this.lineEnd = end;
      this.nextLineStart = end === this.nextReturn && this.text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    }
  }
}
