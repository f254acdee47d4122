// Sentences of prose, as offsets: a sentence ends at `.`, `!` or `?` followed by white space, or at a danda (`।`) (not after an
// abbreviation or an initial: `Nov. 22`, `U.S. Secretary`, `Lloyd J. Austin`), or at the end of a line
// (scraped articles put one paragraph, a headline or a caption on each line).
//
// Read by jumping from one possible end to the next with `indexOf` (native code) rather than by
// looking at every character in JavaScript: the ends are a few per hundred characters.

export interface Sentence {
  readonly start: number;
  readonly end: number;
}

const ABBREVIATIONS = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr gen lt col adm sec secy st no vol rs jr sr prof hon brig maj capt cdr rep sen gov pres amb'.split(
    ' ',
  ),
);
/** No word longer than this before a dot can be an abbreviation (an initial is one letter). */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((word) => word.length));

/** Where a sentence may end: a line end, a danda, or a stop (`stopEndsSentence`). */
const POSSIBLE_ENDS = ['\n', '\r', '।', '.', '!', '?'];
const DANDA = 0x0964;
const SPACE = /\s/;

/** `/\s/` on the character at `i`, without the regular expression for printable ASCII (most characters). */
export function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c > 32 && c < 127 ? false : SPACE.test(text[i]);
}

/** The sentences of `text` from `from` on, trimmed of surrounding white space; empty ones are skipped. */
export function sentencesOf(text: string, from = 0): Sentence[] {
  const sentences: Sentence[] = [];
  let start = from;
  const possibleEnds = new NextOfAny(text, POSSIBLE_ENDS, from);
  for (let i = possibleEnds.next(); i >= 0; i = possibleEnds.next()) {
    if (lineEndAt(text, i)) {
      pushTrimmed(sentences, text, start, i);
      start = i + 1;
    } else if (text.charCodeAt(i) === DANDA || stopEndsSentence(text, i)) {
      // The danda ends a Hindi sentence, with or without a space after it. A stop must be followed by
      // white space, so a closing quote right after it (`."`) does not end the sentence: the line end does.
      pushTrimmed(sentences, text, start, i + 1);
      start = i + 1;
    }
  }
  pushTrimmed(sentences, text, start, text.length);
  return sentences;
}

/**
 * The positions of any of a few characters, in text order: the next one of each is found with
 * `indexOf` (several times faster than a regular expression over two-byte text), and searched again
 * only once passed, so the text is read once per character.
 */
class NextOfAny {
  private readonly positions: number[];

  constructor(
    private readonly text: string,
    private readonly chars: readonly string[],
    from: number,
  ) {
    this.positions = chars.map((c) => text.indexOf(c, from));
  }

  /** The next position, -1 at the end. */
  next(): number {
    let which = -1;
    for (let k = 0; k < this.positions.length; k++) {
      const at = this.positions[k];
      if (at >= 0 && (which < 0 || at < this.positions[which])) which = k;
    }
    if (which < 0) return -1;
    const at = this.positions[which];
    this.positions[which] = this.text.indexOf(this.chars[which], at + 1);
    return at;
  }
}

/** Adds `[start, end)` without the white space around it, unless nothing is left. */
function pushTrimmed(sentences: Sentence[], text: string, start: number, end: number) {
  let s = start;
  let e = end;
  while (s < e && isSpace(text, s)) s++;
  while (e > s && isSpace(text, e - 1)) e--;
  if (e > s) sentences.push({ start: s, end: e });
}

/** Whether the character at `i` ends a line (`\n` or `\r`). */
export function lineEndAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 10 || c === 13;
}

/** Whether the character at `i` is a `.`, `!` or `?` that ends a sentence: white space after it, no abbreviation before it. */
export function stopEndsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c === 46 || c === 33 || c === 63) && (i + 1 >= text.length || isSpace(text, i + 1)) && !abbreviationBefore(text, i);
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;

/** `1. President Vladimir Putin`: the dot of a list item's number, one or two digits opening a line. */
function listNumberBefore(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && dot - start < 2 && isDigit(text.charCodeAt(start - 1))) start--;
  if (start === dot || isDigit(text.charCodeAt(start - 1))) return false;
  while (start > 0 && (text.charCodeAt(start - 1) === 32 || text.charCodeAt(start - 1) === 9)) start--;
  return start === 0 || text.charCodeAt(start - 1) === 10 || text.charCodeAt(start - 1) === 13;
}

/** Whether the `.` at `dot` ends an abbreviation or an initial rather than a sentence. */
export function abbreviationBefore(text: string, dot: number): boolean {
  if (text.charCodeAt(dot) !== 46) return false; // not a `.`
  if (listNumberBefore(text, dot)) return true;
  let start = dot;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) {
    start--;
    if (dot - start > LONGEST_ABBREVIATION) return false; // too long a word: no need to read it all
  }
  const length = dot - start;
  return length === 1 || (length > 1 && ABBREVIATIONS.has(text.slice(start, dot).toLowerCase()));
}
