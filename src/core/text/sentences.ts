// Sentences of prose, as offsets: a sentence ends at `.`, `!` or `?` followed by white space, or at a danda (`।`) (not after an
// abbreviation or an initial: `Nov. 22`, `U.S. Secretary`, `Lloyd J. Austin`), or at the end of a line
// (scraped articles put one paragraph, a headline or a caption on each line).

export interface Sentence {
  readonly start: number;
  readonly end: number;
}

const ABBREVIATIONS = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr gen lt col adm sec secy st no vol rs jr sr prof hon brig maj capt cdr rep sen gov pres amb'.split(
    ' ',
  ),
);

/** The sentences of `text` from `from` on, trimmed of surrounding white space; empty ones are skipped. */
export function sentencesOf(text: string, from = 0): Sentence[] {
  const sentences: Sentence[] = [];
  let start = from;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) sentences.push({ start: s, end: e });
  };
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') {
      push(i);
      start = i + 1;
    } else if (c === '।') {
      // The danda ends a Hindi sentence, with or without a space after it.
      push(i + 1);
      start = i + 1;
    } else if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? ' ') && !abbreviationBefore(text, i)) {
      // A closing quote right after the stop belongs to the sentence.
      const end = /["”’')\]]/.test(text[i + 1] ?? '') ? i + 2 : i + 1;
      push(end);
      start = end;
    }
  }
  push(text.length);
  return sentences;
}

/** Whether the `.` at `dot` ends an abbreviation or an initial rather than a sentence. */
export function abbreviationBefore(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false;
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z]/.test(text[i])) i--;
  const word = text.slice(i + 1, dot);
  return word.length === 1 || ABBREVIATIONS.has(word.toLowerCase());
}
