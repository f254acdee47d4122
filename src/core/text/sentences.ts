// Sentences of prose, as offsets: a sentence ends at `.`, `!` or `?` followed by white space, or at a danda (`।`) (not after an
// abbreviation or an initial: `Nov. 22`, `U.S. Secretary`, `Lloyd J. Austin`), or at the end of a line
// (scraped articles put one paragraph, a headline or a caption on each line).
//
// Read by jumping from one possible end to the next with a regular expression (native code) rather
// than by looking at every character in JavaScript: the ends are a few per hundred characters.

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

/** Where a sentence may end: a line end, a danda, or a stop followed by white space or the end of the text. */
const POSSIBLE_END = /[\n\r।]|[.!?](?=\s|$)/g;
const SPACE = /\s/;

/** `/\s/` on the character at `i`, without the regular expression for printable ASCII (most characters). */
function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c > 32 && c < 127 ? false : SPACE.test(text[i]);
}

/** The sentences of `text` from `from` on, trimmed of surrounding white space; empty ones are skipped. */
export function sentencesOf(text: string, from = 0): Sentence[] {
  const sentences: Sentence[] = [];
  let start = from;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text, s)) s++;
    while (e > s && isSpace(text, e - 1)) e--;
    if (e > s) sentences.push({ start: s, end: e });
  };
  const possibleEnd = new RegExp(POSSIBLE_END);
  possibleEnd.lastIndex = from;
  // `test` rather than `exec`: no match to build; every possible end is one character, before `lastIndex`.
  while (possibleEnd.test(text)) {
    const i = possibleEnd.lastIndex - 1;
    const c = text[i];
    if (c === '\n' || c === '\r') {
      push(i);
      start = i + 1;
    } else if (c === '।') {
      // The danda ends a Hindi sentence, with or without a space after it.
      push(i + 1);
      start = i + 1;
    } else if (!abbreviationBefore(text, i)) {
      // The stop is followed by white space, so a closing quote right after it (`."`) does not end
      // the sentence here: the line end or the next stop does.
      push(i + 1);
      start = i + 1;
    }
  }
  push(text.length);
  return sentences;
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

/** Whether the `.` at `dot` ends an abbreviation or an initial rather than a sentence. */
export function abbreviationBefore(text: string, dot: number): boolean {
  if (text.charCodeAt(dot) !== 46) return false; // not a `.`
  let start = dot;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) {
    start--;
    if (dot - start > LONGEST_ABBREVIATION) return false; // too long a word: no need to read it all
  }
  const length = dot - start;
  return length === 1 || (length > 1 && ABBREVIATIONS.has(text.slice(start, dot).toLowerCase()));
}
