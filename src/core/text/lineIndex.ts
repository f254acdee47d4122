// Line and character of offsets, as textPosition.ts `splitLines` + `positionAt` give them, without
// splitting the text: line breaks (`\n`, `\r\n`, a lone `\r`) are found with `indexOf` only as far as the
// largest offset asked for, no line strings are made, and offsets may come in any order (a binary search
// over the line starts found). Dates and meetings need a few positions in a long article, not every line.

import type { Position } from '../textPosition';

export class LineIndex {
  /** Where each line found so far starts. */
  private readonly starts: number[] = [0];
  /** Where each line found so far ends (its line break); the last one's end is unknown until `complete`. */
  private readonly ends: number[] = [];
  /** Every line break has been found. */
  private complete = false;
  /** The first `\r` at or after where the next break is looked for; -1 when none is left (read again once passed). */
  private nextReturn = -2;

  constructor(private readonly text: string) {}

  positionAt(offset: number): Position {
    const { starts } = this;
    while (!this.complete && starts[starts.length - 1] <= offset) this.readLineBreak();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const end = lo < this.ends.length ? this.ends[lo] : this.text.length;
    return { line: lo, character: Math.min(offset - starts[lo], end - starts[lo]) };
  }

  private readLineBreak(): void {
    const { text } = this;
    const from = this.starts[this.starts.length - 1];
    if (this.nextReturn !== -1 && this.nextReturn < from) this.nextReturn = text.indexOf('\r', from);
    const newline = text.indexOf('\n', from);
    const end = this.nextReturn < 0 ? newline : newline < 0 ? this.nextReturn : Math.min(newline, this.nextReturn);
    if (end < 0) {
      this.complete = true;
      return;
    }
    this.ends.push(end);
    this.starts.push(end === this.nextReturn && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1);
  }
}
