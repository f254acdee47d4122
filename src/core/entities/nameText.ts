// How names compare with text: one definition shared by the matcher, the duplicate-name check and
// the misspelling finder, so "the same name" means the same thing everywhere.

import { codePointBefore, codeUnits, isLetterOrDigit, isLowerCase, isUpperCase } from './codePoints';

const APOSTROPHES = new Set([0x2019, 0x2018, 0x02bc, 0x0060, 0x00b4]);
const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212]);

/** Spaces that may separate the words of a name (not line breaks: names do not span lines). */
export function isNameSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x202f || (code >= 0x2000 && code <= 0x200a);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const wordTable = new Uint8Array(128);
for (let c = 0; c < 128; c++) wordTable[c] = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 0;

/** Non-ASCII answers, filled in as characters are met: 0 not yet known, 1 no, 2 yes. */
const wordCache = new Uint8Array(65536);

/** A letter or digit: what a name may not touch at either end. */
export function isWordCode(code: number): boolean {
  if (code < 128) return wordTable[code] === 1;
  if (code >= 0xd800 && code <= 0xdfff) return true; // astral letters: treat as word characters
  let known = wordCache[code];
  if (known === 0) wordCache[code] = known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 2 : 1;
  return known === 2;
}

/** Whether text[start, end) is a word of its own: no letter or digit right before or after it. */
export function isWholeWord(text: string, start: number, end: number): boolean {
  return (start === 0 || !isWordCode(text.charCodeAt(start - 1))) && (end >= text.length || !isWordCode(text.charCodeAt(end)));
}

/** The code unit a name character compares as: apostrophes and dashes unified, case kept. */
export function unifyCode(code: number): number {
  if (code < 128) return code;
  if (APOSTROPHES.has(code)) return 0x27;
  if (DASHES.has(code)) return 0x2d;
  if (isNameSpace(code)) return 0x20;
  return code;
}

/** Non-ASCII code units folded, filled in as characters are met (0: not yet known). */
const foldCache = new Uint16Array(65536);

/** As `unifyCode`, and case-folded. */
export function foldCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : isNameSpace(code) ? 0x20 : code;
  let folded = foldCache[code];
  if (folded === 0) {
    const unified = unifyCode(code);
    const lower = String.fromCharCode(code).toLowerCase();
    folded = unified !== code ? unified : lower.length === 1 ? lower.charCodeAt(0) : code;
    foldCache[code] = folded;
  }
  return folded;
}

/** A name with its spaces collapsed and its punctuation unified; `fold` also lower-cases it. */
export function normalizeName(name: string, fold: boolean): string {
  let out = '';
  let space = false;
  for (const ch of name.trim()) {
    const code = ch.charCodeAt(0);
    if (ch.length === 1 && isNameSpace(code)) {
      space = true;
      continue;
    }
    if (space && out) out += ' ';
    space = false;
    out += ch.length === 1 ? String.fromCharCode(fold ? foldCode(code) : unifyCode(code)) : fold ? ch.toLowerCase() : ch;
  }
  return out;
}

/**
 * Whether a name must match with its exact capitals. Acronyms (`US`, `SOSA`, `INDUS-X`) and words
 * with a capital inside (`MoD`, `iCET`) must, or `us` and `mod` would match; ordinary names
 * (`Rajnath Singh`, `Laos`) and handles (`@rajnathsingh`) match in any case.
 */
export function isCaseSensitiveName(name: string): boolean {
  if (name.startsWith('@')) return false;
  if (!/\p{Ll}/u.test(name)) return /\p{Lu}/u.test(name);
  // A generation's numeral after a name (`Lloyd J. Austin III`) is no acronym: the name is still found in capitals.
  return /\p{L}\p{Lu}/u.test(name.replace(ORDINAL_SUFFIX, ''));
}

/** ` II`, ` III`, ` IV` ending a person's name. */
const ORDINAL_SUFFIX = /\s+(?:II|III|IV|VI{0,3})$/u;

/** The key two names collide on (the duplicate check): case always folded. */
export function nameKey(name: string): string {
  return normalizeName(name, true);
}

/** The shape of a word in lower case: a lower-case letter, then lower-case letters, apostrophes and hyphens. */
const LOWER_CASE_WORD = /^\p{Ll}[\p{Ll}'’-]*$/u;

/** A character that continues a word in lower case: `[\p{Ll}'’-]`. */
const continuesLowerCaseWord = (codePoint: number) =>
  codePoint === 0x27 || codePoint === 0x2019 || codePoint === 0x2d || isLowerCase(codePoint);

/**
 * Whether `word` is one of the words in lower case of the text: what the global pattern
 * `(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}'’-]*` finds, read left to right. The recogniser asks this of a
 * few capitalised words per article; looking each one up with `indexOf` is some 50× faster than
 * running the pattern over the whole article to collect a set.
 */
export function isLowerCaseWordOf(text: string, word: string): boolean {
  if (!LOWER_CASE_WORD.test(word)) return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (lowerCaseWordStartsAt(text, at) && (end >= text.length || !continuesLowerCaseWord(text.codePointAt(end)!))) return true;
  }
  return false;
}

/**
 * Whether the pattern finds a word starting at `at` (where a lower-case letter stands): no letter or
 * digit just before, and not inside a word found before, which runs on over apostrophes and hyphens
 * (`x-ray` holds no `ray`, `X-ray` does).
 */
function lowerCaseWordStartsAt(text: string, at: number): boolean {
  const before = codePointBefore(text, at);
  if (isLetterOrDigit(before)) return false;
  for (let p = at; p > 0; ) {
    const codePoint = codePointBefore(text, p);
    if (!continuesLowerCaseWord(codePoint)) break;
    p -= codeUnits(codePoint);
    // A lower-case letter with no letter or digit before it starts a word that runs on to `at`.
    if (isLowerCase(codePoint) && !isLetterOrDigit(codePointBefore(text, p))) return false;
  }
  return true;
}

/**
 * How many capitalised words text[start, end) has: what `(?<![\p{L}\p{N}'’])\p{Lu}` finds in that
 * slice, counted without making the slice or running the pattern (once per match of every article).
 */
export function countCapitals(text: string, start: number, end: number): number {
  let count = 0;
  let before = -1;
  for (let i = start; i < end; ) {
    let codePoint = text.codePointAt(i)!;
    // A pair cut by the end of the slice leaves its first half alone.
    if (codePoint > 0xffff && i + 2 > end) codePoint = text.charCodeAt(i);
    if (isUpperCase(codePoint) && !(before === 0x27 || before === 0x2019 || isLetterOrDigit(before))) count++;
    before = codePoint;
    i += codeUnits(codePoint);
  }
  return count;
}

/**
 * The other common spelling of a name in Devanagari, if it has one: Hindi writes a nasal before a
 * consonant either as an anusvara or as the consonant's own nasal with a virama (`नरेंद्र` and
 * `नरेन्द्र`, `चंद्र` and `चन्द्र`), and news sites use both. Undefined for a name with neither.
 */
export function devanagariVariant(name: string): string | undefined {
  if (!DEVANAGARI.test(name)) return undefined;
  const toConjunct = name.replace(/ं(?=[\u0915-\u092E])/g, (_, at: number) => `${nasalOfClass(name.charCodeAt(at + 1))}्`);
  if (toConjunct !== name) return toConjunct;
  const toAnusvara = name.replace(/([ङञणनम])्(?=[\u0915-\u092E])/g, (whole, nasal: string, at: number) =>
    nasalOfClass(name.charCodeAt(at + 2)) === nasal ? 'ं' : whole,
  );
  return toAnusvara !== name ? toAnusvara : undefined;
}

const DEVANAGARI = /[\u0900-\u097F]/;

/** The nasal of a stop's class (velar क–ङ, palatal च–ञ, retroflex ट–ण, dental त–न, labial प–म). */
function nasalOfClass(consonant: number): string {
  const classStart =
    consonant >= 0x092a ? 0x092a : consonant >= 0x0924 ? 0x0924 : consonant >= 0x091f ? 0x091f : consonant >= 0x091a ? 0x091a : 0x0915;
  return String.fromCharCode(classStart + 4);
}
