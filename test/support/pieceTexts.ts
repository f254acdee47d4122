// Texts made of the pieces a set of patterns spells (words, stems, digits, punctuation), run together or
// apart: for tests that a cheap scan finds something wherever a costly pattern can match.

import fc from 'fast-check';

/** `count` texts (fixed by `seed`) of 1 to `most` pieces, each followed by a space or not. */
export function textsOfPieces(pieces: readonly string[], most: number, count: number, seed: number): string[] {
  const text = fc
    .array(fc.tuple(fc.constantFrom(...pieces), fc.boolean()), { minLength: 1, maxLength: most })
    .map((parts) => parts.map(([piece, spaced]) => (spaced ? `${piece} ` : piece)).join(''));
  return fc.sample(text, { numRuns: count, seed });
}
