// Capitalised words in a row: the shape of a name in English prose. The recogniser looks at these
// for what the knowledge base did not match: surnames, misspellings and unknown names.

import { CONJUNCTIONS, NAME_JOINERS } from './nameLexicon';
import { isNameSpace, isWordCode } from './nameText';

export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A capitalised word: a capital (or `@` for a handle) followed by letters, digits, inner hyphens
 * and apostrophes, an initial with its dot (`J.`, `U.S.`), or a brand-like word with a capital
 * inside (`nFusion`, `iCET`). A trailing possessive is not part of it.
 */
const CAPITALISED_WORD_AT = /(?:@[\p{L}\p{N}_]+|\p{Lu}(?:\.\p{Lu})*\.|(?:\p{Lu}|\p{Ll}+\p{Lu})[\p{L}\p{N}]*(?:[-'’][\p{L}\p{N}]+)*)/uy;

/** Characters after which no capitalised word starts (it would be inside a word, handle or `U.S.`). */
const glued = (code: number) => isWordCode(code) || code === 0x40 || code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2d;

/**
 * The capitalised words in [from, to), in order. The sticky pattern is tried only where a word can
 * start, which is several times faster than one global pattern with a look-behind (the recogniser's
 * hottest loop after the name matcher).
 */
function capitalisedWords(text: string, from: number, to: number): { text: string; index: number }[] {
  const words: { text: string; index: number }[] = [];
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 128 && !((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 0x40)) continue;
    if (i > 0 && glued(text.charCodeAt(i - 1))) continue;
    if (code >= 97 && code <= 122) {
      // A lower-case word is only taken when a capital follows its first letters (`nFusion`).
      let j = i + 1;
      while (j < to && text.charCodeAt(j) >= 97 && text.charCodeAt(j) <= 122) j++;
      const next = j < to ? text.charCodeAt(j) : 0;
      if (next < 128 && !(next >= 65 && next <= 90)) {
        i = j - 1;
        continue;
      }
    }
    CAPITALISED_WORD_AT.lastIndex = i;
    const m = CAPITALISED_WORD_AT.exec(text);
    if (!m) continue;
    if (i + m[0].length > to) break;
    words.push({ text: m[0], index: i });
    i += m[0].length - 1;
  }
  return words;
}

/** A word written with a capital inside after a lower-case start (`nFusion`, `iCET`): a brand, a name. */
export function isCamelCaseWord(word: string): boolean {
  return /^\p{Ll}+\p{Lu}/u.test(word);
}
const POSSESSIVE = /^(.*?)(?:['’]s?)$/u;

/** More words than any name has (`Ministry of Electronics and Information Technology of India` has 8). */
export const MAX_RUN_WORDS = 16;

/** Runs of capitalised words joined by single spaces or by joiners (`of`, `the`…) in [from, to). */
export function capitalisedRuns(text: string, from: number, to: number): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  let pendingJoiners: Word[] = [];
  for (const m of capitalisedWords(text, from, to)) {
    let word: Word = { text: m.text, start: m.index, end: m.index + m.text.length };
    const possessive = POSSESSIVE.exec(word.text);
    if (possessive?.[1] && word.text.length > possessive[1].length && /['’]s?$/u.test(word.text)) {
      word = { text: possessive[1], start: word.start, end: word.start + possessive[1].length };
    }
    const previous = run[run.length - 1];
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
    if ((word.end < m.index + m.text.length && !/s['’]$/u.test(m.text)) || run.length >= MAX_RUN_WORDS) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * What lies between two capitalised words of one name: a single space (returns []), or spaces
 * around lower-case joiners (returns them). Anything else (punctuation, line breaks) splits names.
 */
function joinersBetween(text: string, start: number, end: number): Word[] | undefined {
  if (end - start === 1 && isNameSpace(text.charCodeAt(start))) return [];
  // A plural possessive inside a name: `Defence Ministers' Meeting`.
  if (end - start === 2 && /^['’]$/.test(text[start]) && text[start - 1] === 's' && isNameSpace(text.charCodeAt(start + 1))) return [];
  const gap = text.slice(start, end);
  if (!/^[ \t\u00a0]+(?:(?:[a-z]+|&)[ \t\u00a0]+){1,2}$/.test(gap)) return undefined;
  const joiners: Word[] = [];
  const WORD = /[a-z]+|&/g;
  for (let m = WORD.exec(gap); m; m = WORD.exec(gap)) {
    if (!NAME_JOINERS.has(m[0]) && !CONJUNCTIONS.has(m[0])) return undefined;
    joiners.push({ text: m[0], start: start + m.index, end: start + m.index + m[0].length });
  }
  // `the` alone does not join a name (`See the Privacy Policy`); after another joiner it does (`Ministry of the Interior`).
  if (joiners.length === 1 && joiners[0].text === 'the') return undefined;
  return joiners;
}

/** A line that reads like a headline (most words capitalised): its names are not reported as unknown. */
export function isHeadlineLike(lineText: string): boolean {
  // Headlines do not end sentences; a line of prose full of names does.
  if (/[.!?]["”’)]?\s*$/u.test(lineText)) return false;
  const all = lineText.match(/[\p{L}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (all.length < 4) return false;
  const capitalised = all.filter((w) => /^\p{Lu}/u.test(w) || isCamelCaseWord(w)).length;
  const minor = all.filter((w) => /^(?:a|an|the|of|and|in|on|for|to|at|by|with|from|through)$/.test(w)).length;
  return capitalised + minor >= all.length * 0.8 && capitalised >= (all.length - minor) * 0.8;
}
