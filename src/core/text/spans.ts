// Searches in spans of text kept in text order and never overlapping (entity mentions, body dates):
// binary searches, so a long article's thousands of spans are never walked for each sentence or word.

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The index of the first span starting at or after `offset`. */
export function firstStartingAt(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The index of the first span ending after `offset`. */
export function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle].end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether any span overlaps [start, end): only the last one starting before `end` can, as ends grow with starts. */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  const last = spans[firstStartingAt(spans, end) - 1];
  return last !== undefined && last.end > start;
}
