// Line and character of offsets met in text order, as textPosition.ts `splitLines` + `positionAt`
// give them, but reading line ends only as far as the last offset asked for and making no line
// strings: a few dates in a long article need a few line ends, not every line of it.

import type { Position } from '../textPosition';

const EOL = /\r\n|\r|\n/g;

export class LineCursor {
  private line = 0;
  private lineStart = 0;
  /** Where the current line's text ends (its end-of-line, or the end of the text). */
  private lineEnd = 0;
  /** Where the next line starts; Infinity on the last line. */
  private nextLineStart = 0;
  private readonly eol = new RegExp(EOL);

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

  private readLineEnd() {
    this.eol.lastIndex = this.lineStart;
    const m = this.eol.exec(this.text);
    this.lineEnd = m ? m.index : this.text.length;
    this.nextLineStart = m ? m.index + m[0].length : Infinity;
  }
}
