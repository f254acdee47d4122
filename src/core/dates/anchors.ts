// Where a date expression can begin. Every rule in findBodyDates.ts starts with `\b` and a word (a
// number, a month, a weekday, `last`, `today`…), so one scan of the text for those words tells where
// each rule can match; a rule is then tried only there (sticky, on the whole text, so `\b` and the
// look-aheads see exactly what they saw before) instead of at every position of the text. Articles
// hold a few such words per paragraph: a dozen scans of the body become one.
//
// The positions found are a superset of where the rules match, never fewer: a word here may still
// fail its rule (`Mark` is no month, `may` is no month), which only costs the rule one try.

/** What a rule starts with. */
export type Anchor =
  /** A run of exactly four digits (`2024`). */
  | '4 digits'
  /** A run of one or two digits (`22`, `7th`). */
  | '1-2 digits'
  /** A month name or abbreviation, any case (`November`, `NOV`, `Nov.`, `may`). */
  | 'month'
  /** A weekday, any case. */
  | 'weekday'
  /** The word before a month, where `in`, `since`, `of`… may stand (`in September`, `end of May`). */
  | 'cue before month'
  /** The words before `ago`, where a number of units may begin (`two and a half years ago`). */
  | 'number before ago'
  /** `the` before `day before` / `day after` (`the day before yesterday`), `following day`, `next day`. */
  | 'the day'
  /** `in`, `over`, `for`… before `the past`, `the last`, `the previous`. */
  | 'in the past'
  | AnchorWord;

const ANCHOR_WORDS = [
  ...['last', 'next', 'this', 'coming', 'past', 'previous', 'earlier', 'later', 'early', 'late'],
  ...['today', 'tonight', 'yesterday', 'tomorrow', 'between', 'ago', 'weekend'],
] as const;
type AnchorWord = (typeof ANCHOR_WORDS)[number];

const MONTH_WORDS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';
const WEEKDAY_WORDS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';

// One alternative per kind of anchor, each taking only its first word (the rest is a look-ahead), so
// that no anchor hides the next word's. Groups: 1 digits, 2 month, 3 weekday, 4 other words, 5 `the`,
// 6 `in` (the past).
const ANCHOR = new RegExp(
  `\\b(?:(\\d+)|(${MONTH_WORDS})\\b|(${WEEKDAY_WORDS})\\b|(${ANCHOR_WORDS.join('|')})\\b|(the)(?= (?:day (?:before|after)|(?:following|next|previous|preceding) day)\\b)|` +
    '(over|in|during|for|throughout|within)(?=\\s+the\\s+(?:past|last|previous)\\s))',
  'gi',
);

/** How many words a `… ago` expression can have before `ago`: `a couple of`/`2.5` and `and a half`, and the unit. */
const WORDS_BEFORE_AGO = 8;

/**
 * Calls `visit` with every anchor in `text` from `from` on, each kind in text order, none twice (a
 * cue before a month comes with its month, after anchors between the two: a rule that starts with
 * `cue before month` or `number before ago` must start with nothing else).
 */
export function forEachAnchor(text: string, from: number, visit: (anchor: Anchor, at: number) => void): void {
  /** The last word start given before an `ago`: the next `ago`'s words up to there were given already. */
  let beforeAgo = from - 1;
  // The shared pattern, not a copy per call (visit never scans another text): its compiled code stays hot.
  const pattern = ANCHOR;
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const at = m.index;
    if (m[1] !== undefined) {
      if (m[1].length === 4) visit('4 digits', at);
      else if (m[1].length <= 2) visit('1-2 digits', at);
    } else if (m[2] !== undefined) {
      visit('month', at);
      const cue = cueStartBefore(text, at);
      if (cue !== undefined && cue >= from) visit('cue before month', cue);
    } else if (m[3] !== undefined) visit('weekday', at);
    else if (m[4] !== undefined) {
      const word = m[4].toLowerCase() as AnchorWord;
      visit(word, at);
      if (word === 'ago') {
        for (const start of wordStartsBefore(text, at, WORDS_BEFORE_AGO)) {
          if (start > beforeAgo) visit('number before ago', (beforeAgo = start));
        }
      }
    } else if (m[5] !== undefined) visit('the day', at);
    else visit('in the past', at);
  }
}

const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const SPACE_OR_HYPHEN = /[\s-]/;

/** Start of the run of word characters (`\w`) that ends at `end`; `end` itself when there is none. */
function wordStartEndingAt(text: string, end: number): number {
  let i = end;
  while (i > 0 && isWordChar(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * Where a cue before the month at `month` can start: the word just before it across white space and
 * hyphens (`in`, `mid-`). A two-word cue (`end of`) ends in `of`, itself a cue: the match from `of`
 * gives the same expression (the month) as the one from `end`, so `of` is enough.
 */
function cueStartBefore(text: string, month: number): number | undefined {
  let gap = month;
  while (gap > 0 && SPACE_OR_HYPHEN.test(text[gap - 1])) gap--;
  const word = wordStartEndingAt(text, gap);
  return gap < month && word < gap ? word : undefined;
}

/** The starts of the `count` words before `at` (whatever lies between them), in text order. */
function wordStartsBefore(text: string, at: number, count: number): number[] {
  const starts: number[] = [];
  let i = at;
  while (starts.length < count) {
    while (i > 0 && !isWordChar(text.charCodeAt(i - 1))) i--;
    if (i === 0) break;
    i = wordStartEndingAt(text, i);
    starts.push(i);
  }
  return starts.reverse();
}
