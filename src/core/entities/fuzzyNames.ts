// Names one typo away from a known name (`Llyod Austin`, `Rajanth Singh`).
//
// Candidates are bucketed by the initials of their words: typos in news copy rarely hit a word's
// first letter, and requiring the same initials keeps distinct people with similar names apart
// (`Floyd` is not `Lloyd`). Within a bucket, the Damerau distance (the `damerau-levenshtein`
// package: a swapped pair of letters counts as one typo) must be small for the length.

import { detached } from '../text/detached';
import damerauLevenshtein from 'damerau-levenshtein';
import { normalizeName } from './nameText';

export interface FuzzyEntry<T> {
  /** The name as spelled in the KB. */
  readonly name: string;
  readonly value: T;
}

interface Indexed<T> extends FuzzyEntry<T> {
  readonly folded: string;
}

export interface FuzzyHit<T> {
  readonly entry: FuzzyEntry<T>;
  readonly distance: number;
}

/** Shortest name checked: shorter names are too easily one letter from an ordinary word. */
export const MIN_FUZZY_LENGTH = 6;

export function allowedTypos(length: number): number {
  return length >= 12 ? 2 : 1;
}

function initialsOf(folded: string): string {
  let initials = folded[0] ?? '';
  for (let i = folded.indexOf(' '); i >= 0; i = folded.indexOf(' ', i + 1)) initials += folded[i + 1] ?? '';
  return initials;
}

const bucketKey = (folded: string, length: number) => `${initialsOf(folded)}:${length}`;

/** How many answers `nearest` keeps: enough for the capitalised phrases of many articles, bounded however much text is read. */
const MAX_ANSWERS = 8192;

export class FuzzyNames<T> {
  private readonly buckets = new Map<string, Indexed<T>[]>();
  /**
   * Answers already worked out, by candidate as written (null: no near name). The same capitalised
   * phrases (`Defence Minister`, `Prime Minister`) recur in article after article, and the answer
   * depends only on the phrase and the KB, which does not change for the life of this object.
   */
  private readonly answers = new Map<string, FuzzyHit<T> | null>();

  constructor(entries: Iterable<FuzzyEntry<T>>) {
    for (const entry of entries) {
      const folded = normalizeName(entry.name, true);
      if (folded.length < MIN_FUZZY_LENGTH || !/\p{L}/u.test(folded)) continue;
      const key = bucketKey(folded, folded.length);
      let bucket = this.buckets.get(key);
      if (!bucket) this.buckets.set(key, (bucket = []));
      bucket.push({ ...entry, folded });
    }
  }

  /** The closest known name within the allowed number of typos, if exactly one is closest. */
  nearest(candidate: string): FuzzyHit<T> | undefined {
    let answer = this.answers.get(candidate);
    if (answer === undefined) {
      if (this.answers.size >= MAX_ANSWERS) this.answers.clear();
      this.answers.set(detached(candidate), (answer = this.search(normalizeName(candidate, true)) ?? null));
    }
    return answer ?? undefined;
  }

  /** `nearest` for a folded candidate, worked out. */
  private search(folded: string): FuzzyHit<T> | undefined {
    if (folded.length < MIN_FUZZY_LENGTH) return undefined;
    const limit = allowedTypos(folded.length);
    const singleWord = !folded.includes(' ');
    const initials = initialsOf(folded);
    let best: FuzzyHit<T> | undefined;
    let tie = false;
    // Only names with the same initials and a length within reach: the buckets keep the work per
    // word small however large the KB is. One word alone is only a misspelling if it keeps its
    // length (a swapped or wrong letter): an extra or missing letter turns names into ordinary
    // words (`India` → `Indian`).
    const reach = singleWord ? 0 : limit;
    for (let length = folded.length - reach; length <= folded.length + reach; length++) {
      for (const entry of this.buckets.get(`${initials}:${length}`) ?? []) {
        if (bagDistance(folded, entry.folded) > limit) continue;
        const distance = damerauLevenshtein(folded, entry.folded).steps;
        if (distance === 0 || distance > limit) continue;
        // Word by word, one typo at most: `Indian Armed` is two letters but one whole word from `Indian Army`.
        if (!singleWord && !oneTypoPerWord(folded, entry.folded)) continue;
        if (!best || distance < best.distance) {
          best = { entry, distance };
          tie = false;
        } else if (distance === best.distance && best.entry.value !== entry.value) {
          tie = true;
        }
      }
    }
    return tie ? undefined : best;
  }
}

/** Whether two names with the same number of words differ by at most one typo in each word. */
function oneTypoPerWord(a: string, b: string): boolean {
  const wordsA = a.split(' ');
  const wordsB = b.split(' ');
  return wordsA.length === wordsB.length && wordsA.every((w, i) => w === wordsB[i] || damerauLevenshtein(w, wordsB[i]).steps <= 1);
}

const bagCounts = new Int32Array(256);

/**
 * How many characters one string has that the other lacks (the larger of the two counts): a lower
 * bound of the edit distance, with or without transpositions, computed without allocating. It rules
 * out most of a bucket before the exact distance is computed.
 */
function bagDistance(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) bagCounts[a.charCodeAt(i) & 255]++;
  for (let i = 0; i < b.length; i++) bagCounts[b.charCodeAt(i) & 255]--;
  let surplus = 0;
  let deficit = 0;
  for (let i = 0; i < a.length; i++) {
    const slot = a.charCodeAt(i) & 255;
    if (bagCounts[slot] > 0) surplus += bagCounts[slot];
    bagCounts[slot] = 0;
  }
  for (let i = 0; i < b.length; i++) {
    const slot = b.charCodeAt(i) & 255;
    if (bagCounts[slot] < 0) deficit -= bagCounts[slot];
    bagCounts[slot] = 0;
  }
  return Math.max(surplus, deficit);
}

/**
 * The typos between two names already folded (`normalizeName(…, true)`), or undefined when there
 * are more than `limit`: the bag bound first, then the Damerau distance.
 */
export function typos(a: string, b: string, limit: number): number | undefined {
  if (Math.abs(a.length - b.length) > limit || bagDistance(a, b) > limit) return undefined;
  const distance = damerauLevenshtein(a, b).steps;
  return distance <= limit ? distance : undefined;
}
