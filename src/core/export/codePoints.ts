// Offsets for tools that count characters as Python does (brat): in code points, where the analysis
// counts UTF-16 code units as editors and the LSP do. Each astral character (an emoji, 𝕏) is two
// units and one code point, so every one before a span shifts it by one.

/** Converts UTF-16 offsets of one text to code point offsets. */
export interface CodePointIndex {
  /** The code point offset of a UTF-16 offset (one between a pair's halves gives the offset after the pair). */
  at(offset: number): number;
  /** Whether the UTF-16 offset falls between the two halves of a surrogate pair. */
  splitsPair(offset: number): boolean;
}

export function codePointIndex(text: string): CodePointIndex {
  // Where each pair's second half stands: a code point offset is the UTF-16 offset minus the second
  // halves before it. Kept sorted, searched by halving: articles rarely hold many, and a 5 MB text
  // with none costs one array.
  const seconds: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) seconds.push(++i);
  }
  const before = (offset: number) => {
    let lo = 0;
    let hi = seconds.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seconds[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    at: (offset) => offset - before(offset),
    splitsPair: (offset) => seconds.length > 0 && seconds[before(offset)] === offset,
  };
}

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
