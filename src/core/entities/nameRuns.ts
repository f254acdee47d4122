// Capitalised words in a row: the shape of a name in English prose. The recogniser looks at these
// for what the knowledge base did not match: surnames, misspellings and unknown names.

import { CONJUNCTIONS, inLexicon, NAME_JOINERS, TITLE_WORDS } from './nameLexicon';
import { codeUnits, isLetter, isLetterOrDigit, isLowerCase, isUpperCase, isWhiteSpace } from './codePoints';
import { isNameSpace, isWordCode } from './nameText';

export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A capitalised word: a capital (or `@` for a handle) followed by letters, digits, inner hyphens
 * and apostrophes, an initial with its dot (`J.`, `U.S.`), or a brand-like word with a capital
 * inside (`nFusion`, `iCET`). A trailing possessive is not part of it. As a pattern (which the
 * scan below follows step by step, without a regex engine or a match object per word):
 * `@[\p{L}\p{N}_]+|\p{Lu}(?:\.\p{Lu})*\.|(?:\p{Lu}|\p{Ll}+\p{Lu})[\p{L}\p{N}]*(?:[-'’][\p{L}\p{N}]+)*`,
 * the first alternative that matches winning.
 */
function capitalisedWordEnd(text: string, i: number): number {
  const first = codePointAt(text, i);
  if (first === 0x40) {
    const end = skipWhile(text, i + 1, isHandleCode);
    return end > i + 1 ? end : -1;
  }
  if (isUpperCase(first)) {
    const afterCapital = i + codeUnits(first);
    const initials = initialsEnd(text, afterCapital);
    if (initials >= 0) return initials;
    const end = wordBodyEnd(text, afterCapital);
    // `Mr.`, `Gen.`, `MR.`: a title's abbreviation keeps its dot, so the name after it stays in its run.
    return codeAt(text, end) === 0x2e && end - i <= 5 && inLexicon(TITLE_WORDS, text.slice(i, end + 1)) ? end + 1 : end;
  }
  // `nFusion`: lower-case letters, then a capital.
  const capital = skipWhile(text, i, isLowerCase);
  if (capital === i || !isUpperCase(codePointAt(text, capital))) return -1;
  return wordBodyEnd(text, capital + codeUnits(codePointAt(text, capital)));
}

const isHandleCode = (codePoint: number) => codePoint === 0x5f || isLetterOrDigit(codePoint);
const isNameApostropheOrHyphen = (code: number) => code === 0x2d || code === 0x27 || code === 0x2019;

/**
 * `(?:\.\p{Lu})*\.` from `i`, just after an initial's capital: its end, or -1. The most capitals
 * that a dot still follows (`U.S.`; `U.S` gives `U.`, as the pattern backtracks).
 */
function initialsEnd(text: string, i: number): number {
  if (codeAt(text, i) !== 0x2e) return -1;
  let end = i + 1;
  for (let k = i; codeAt(text, k) === 0x2e; ) {
    const capital = codePointAt(text, k + 1);
    if (!isUpperCase(capital)) break;
    k += 1 + codeUnits(capital);
    if (codeAt(text, k) === 0x2e) end = k + 1;
  }
  return end;
}

/** `[\p{L}\p{N}]*(?:[-'’][\p{L}\p{N}]+)*` from `i`: letters and digits, joined by hyphens and apostrophes. */
function wordBodyEnd(text: string, i: number): number {
  let end = skipWhile(text, i, isLetterOrDigit);
  while (isNameApostropheOrHyphen(codeAt(text, end))) {
    const after = skipWhile(text, end + 1, isLetterOrDigit);
    if (after === end + 1) break;
    end = after;
  }
  return end;
}

/** Characters after which no capitalised word starts (it would be inside a word, handle or `U.S.`). */
const glued = (code: number) => isWordCode(code) || code === 0x40 || code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2d;

/** Arabic articles written joined to a name (`al-Sisi`, `el-Sisi`, `ash-Shaibani`). */
const ARTICLES = new Set(['al', 'el', 'ad', 'ash', 'az', 'ul', 'ud']);
const isAsciiUpper = (code: number) => code >= 65 && code <= 90;

/**
 * The capitalised words in [from, to), in order. A word is looked for only where one can start,
 * which keeps this the cheap loop over every character it must be.
 */
function capitalisedWords(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 128 && !((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 0x40)) continue;
    if (i > 0 && glued(text.charCodeAt(i - 1))) continue;
    if (code >= 97 && code <= 122) {
      // A lower-case word is only taken when a capital follows its first letters (`nFusion`).
      let j = i + 1;
      while (j < to && text.charCodeAt(j) >= 97 && text.charCodeAt(j) <= 122) j++;
      const next = j < to ? text.charCodeAt(j) : 0;
      // `al-Sisi`, `el-Baradei`: an Arabic article joined to a capitalised name is part of it.
      if (next === 0x2d && j - i <= 3 && j + 1 < to && isAsciiUpper(text.charCodeAt(j + 1)) && ARTICLES.has(text.slice(i, j))) {
        const end = capitalisedWordEnd(text, j + 1);
        if (end > 0 && end <= to) {
          words.push({ text: text.slice(i, end), start: i, end });
          i = end - 1;
          continue;
        }
      }
      if (next < 128 && !(next >= 65 && next <= 90)) {
        i = j - 1;
        continue;
      }
    }
    const end = capitalisedWordEnd(text, i);
    if (end < 0) continue;
    if (end > to) break;
    words.push({ text: text.slice(i, end), start: i, end });
    i = end - 1;
  }
  return words;
}

/** A word written with a capital inside after a lower-case start (`nFusion`, `iCET`): a brand, a name. */
export function isCamelCaseWord(word: string): boolean {
  return /^\p{Ll}+\p{Lu}/u.test(word);
}
/** More words than any name has (`Ministry of Electronics and Information Technology of India` has 8). */
export const MAX_RUN_WORDS = 16;

/** Runs of capitalised words joined by single spaces or by joiners (`of`, `the`…) in [from, to). */
export function capitalisedRuns(text: string, from: number, to: number): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  let pendingJoiners: Word[] = [];
  for (const written of capitalisedWords(text, from, to)) {
    // A possessive (`India's`) is not part of the word; a capitalised word ends in a letter, digit
    // or dot, so `'s` is the only form it takes here.
    const possessive = isPossessiveEnd(text, written.end);
    const word: Word = possessive ? { text: written.text.slice(0, -2), start: written.start, end: written.end - 2 } : written;
    // (Not `run[run.length - 1]` of an empty run: reading past an array's end deoptimises.)
    const previous = run.length > 0 ? run[run.length - 1] : undefined;
    if (previous) {
      const joiners = joinersBetween(text, previous.end, word.start);
      if (joiners === undefined) {
        runs.push(run);
        run = [];
      } else {
        pendingJoiners = joiners;
      }
    }
    if (run.length > 0 && pendingJoiners.length > 0) run.push(...pendingJoiners);
    pendingJoiners = [];
    run.push(word);
    // A possessive ends the run (`India's Defence Minister`), a plural one does not (`Ministers' Meeting`).
    // So does a run as long as no name is: title-case passages are cut into pieces of bounded size,
    // which keeps the work per run bounded however long a line of capitals is.
    if (possessive || run.length >= MAX_RUN_WORDS) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Whether a word ending at `end` ends with `'s` or `’s` after at least one character of its own. */
function isPossessiveEnd(text: string, end: number): boolean {
  // (A one-letter word at the start of the text has nothing before it: not read, as reading
  // before the start deoptimises.)
  if (end < 2 || text.charCodeAt(end - 1) !== 0x73) return false;
  const apostrophe = text.charCodeAt(end - 2);
  return apostrophe === 0x27 || apostrophe === 0x2019;
}

const isGapSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0xa0;
const isAsciiLowerCase = (code: number) => code >= 97 && code <= 122;

/**
 * What lies between two capitalised words of one name: a single space (returns []), or spaces
 * around lower-case joiners (returns them). Anything else (punctuation, line breaks) splits names.
 * As a pattern, the gap is `[ \t\u00a0]+(?:(?:[a-z]+|&)[ \t\u00a0]+){1,2}`; the scan gives up at
 * the first character that does not fit, so a long gap of prose costs no more than a short one.
 */
function joinersBetween(text: string, start: number, end: number): Word[] | undefined {
  if (end - start === 1 && isNameSpace(text.charCodeAt(start))) return [];
  // A plural possessive inside a name: `Defence Ministers' Meeting`.
  const first = text.charCodeAt(start);
  if (
    end - start === 2 &&
    (first === 0x27 || first === 0x2019) &&
    text.charCodeAt(start - 1) === 0x73 &&
    isNameSpace(text.charCodeAt(start + 1))
  )
    return [];
  let i = skipCodesWhile(text, start, end, isGapSpace);
  if (i === start) return undefined;
  const joiners: Word[] = [];
  while (i < end) {
    if (joiners.length === 2) return undefined;
    const wordStart = i;
    i = text.charCodeAt(i) === 0x26 ? i + 1 : skipCodesWhile(text, i, end, isAsciiLowerCase);
    if (i === wordStart || i === end || !isGapSpace(text.charCodeAt(i))) return undefined;
    const joiner = text.slice(wordStart, i);
    if (!NAME_JOINERS.has(joiner) && !CONJUNCTIONS.has(joiner)) return undefined;
    joiners.push({ text: joiner, start: wordStart, end: i });
    i = skipCodesWhile(text, i, end, isGapSpace);
  }
  if (joiners.length === 0) return undefined;
  // `the` alone does not join a name (`See the Privacy Policy`); after another joiner it does (`Ministry of the Interior`).
  if (joiners.length === 1 && joiners[0].text === 'the') return undefined;
  // `on` before a day is the day's (`meet Chief Minister Mohan Charan Majhi on Jan 17`, `Singh on Monday`).
  if (joiners[joiners.length - 1].text === 'on' && DAY_NAME.test(text.slice(end, end + 10))) return undefined;
  return joiners;
}
const DAY_NAME =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun)\.?(?![\w-])/;

/** Lower-case words a headline writes small: they do not count against it being one. */
const MINOR_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'in', 'on', 'for', 'to', 'at', 'by', 'with', 'from', 'through']);

/** A line that reads like a headline (most words capitalised): its names are not reported as unknown. */
export function isHeadlineLike(lineText: string): boolean {
  // Headlines do not end sentences; a line of prose full of names does.
  if (endsSentence(lineText)) return false;
  // The words are what `[\p{L}][\p{L}\p{N}'’-]*` finds: counted as they are met, not collected.
  let words = 0;
  let capitalised = 0;
  let minor = 0;
  let other = 0;
  for (let i = 0; i < lineText.length; ) {
    const first = codePointAt(lineText, i);
    const start = i;
    i += codeUnits(first);
    if (!isLetter(first)) continue;
    i = skipWhile(lineText, i, (c) => isLetterOrDigit(c) || isNameApostropheOrHyphen(c));
    words++;
    if (isUpperCase(first) || isCamelCaseAt(lineText, start, i)) capitalised++;
    else if (i - start <= 7 && MINOR_WORDS.has(lineText.slice(start, i))) minor++;
    // A headline has at most a fifth of its words neither capitalised nor minor. Once more than a
    // quarter of the most words the line can have are such (each word after `i` takes a letter and
    // a character between), the answer is no whatever follows: lines of prose stop here, not at their end.
    else if (++other * 4 > words + ((lineText.length - i + 1) >> 1)) return false;
  }
  if (words < 4) return false;
  return capitalised + minor >= words * 0.8 && capitalised >= (words - minor) * 0.8;
}

/** Whether a line ends like a sentence, `[.!?]["”’)]?\s*$`: a stop, perhaps a closing quote or bracket, then spaces. */
function endsSentence(lineText: string): boolean {
  let end = lineText.length;
  while (end > 0 && isWhiteSpace(lineText.charCodeAt(end - 1))) end--;
  const isStop = (code: number) => code === 0x2e || code === 0x21 || code === 0x3f;
  if (end === 0) return false;
  const last = lineText.charCodeAt(end - 1);
  if (isStop(last)) return true;
  return end >= 2 && (last === 0x22 || last === 0x201d || last === 0x2019 || last === 0x29) && isStop(lineText.charCodeAt(end - 2));
}

/** `isCamelCaseWord` of text[start, end). */
function isCamelCaseAt(text: string, start: number, end: number): boolean {
  const capital = skipWhile(text, start, isLowerCase);
  return capital > start && capital < end && isUpperCase(codePointAt(text, capital));
}

/**
 * The code unit at `i`, or -1 past the end. Reading `charCodeAt` past the end (NaN) deoptimises
 * the optimised code that does it (an "out of bounds" deopt, then a recompile of the whole scan).
 */
function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -1;
}

/** The code point at `i`, or -1 past the end. */
function codePointAt(text: string, i: number): number {
  return i < text.length ? text.codePointAt(i)! : -1;
}

/** Past the code points from `i` that pass `test`. */
function skipWhile(text: string, i: number, test: (codePoint: number) => boolean): number {
  for (let codePoint = codePointAt(text, i); test(codePoint); codePoint = codePointAt(text, i)) i += codeUnits(codePoint);
  return i;
}

/** Past the code units in [i, end) that pass `test`. */
function skipCodesWhile(text: string, i: number, end: number, test: (code: number) => boolean): number {
  while (i < end && test(text.charCodeAt(i))) i++;
  return i;
}
