// Unicode character classes answered from tables instead of regular expressions, for the scans that
// visit every character of an article. Each class is defined by the regex it replaces and gives the
// same answer for every code point (astral ones and lone surrogates included): the table is filled
// in from that regex as characters are met, so no Unicode data is copied here.

/** A test of one code point, as `pattern` (a one-character class with the `u` flag) answers it; -1 (no character) is in no class. */
export type CodePointTest = (codePoint: number) => boolean;

function codePointClass(pattern: RegExp): CodePointTest {
  /** BMP answers: 0 not yet known, 1 no, 2 yes. */
  const bmp = new Uint8Array(0x10000);
  const astral = new Map<number, boolean>();
  const answer = (codePoint: number) => pattern.test(String.fromCodePoint(codePoint));
  return (codePoint) => {
    if (codePoint < 0) return false;
    if (codePoint < 0x10000) {
      let known = bmp[codePoint];
      if (known === 0) bmp[codePoint] = known = answer(codePoint) ? 2 : 1;
      return known === 2;
    }
    let known = astral.get(codePoint);
    if (known === undefined) astral.set(codePoint, (known = answer(codePoint)));
    return known;
  };
}

/** `\p{L}` */
export const isLetter = codePointClass(/^\p{L}$/u);
/** `[\p{L}\p{N}]` */
export const isLetterOrDigit = codePointClass(/^[\p{L}\p{N}]$/u);
/** `\p{Lu}` */
export const isUpperCase = codePointClass(/^\p{Lu}$/u);
/** `\p{Ll}` */
export const isLowerCase = codePointClass(/^\p{Ll}$/u);
/** `\s` */
export const isWhiteSpace = codePointClass(/^\s$/u);

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The code point that ends just before `i` (a whole surrogate pair when there is one), or -1 at the start. */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const low = text.charCodeAt(i - 1);
  if (i >= 2 && isLowSurrogate(low)) {
    const high = text.charCodeAt(i - 2);
    if (isHighSurrogate(high)) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** How many UTF-16 code units a code point takes. */
export const codeUnits = (codePoint: number) => (codePoint > 0xffff ? 2 : 1);
