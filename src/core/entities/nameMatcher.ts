// Finds every known name in a text in one left-to-right pass, whatever the number of names.
//
// Names go into a trie keyed by case-folded UTF-16 code units. The text is walked from each word
// start, following the trie as far as the text allows; the longest name that ends at a word
// boundary wins and the walk resumes after it. Each character is visited a bounded number of times
// (the depth of the trie along the text's own path), so the cost grows with the text, not with the
// number of names. A hand-written matcher is justified here: it is the hot path, and the general
// npm Aho–Corasick packages and one big alternation RegExp were measured 5–150× slower (see
// docs/knowledge-base.md and `npm run bench`).

import { foldCode, isNameSpace, isWordCode, normalizeName, unifyCode } from './nameText';

export interface NamePattern<T> {
  /** The name as written in the KB. */
  readonly name: string;
  /** Match with exact capitals (acronyms); otherwise any case matches. */
  readonly caseSensitive: boolean;
  readonly value: T;
}

export interface NameMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly pattern: NamePattern<T>;
}

interface TrieNode<T> {
  next: Map<number, TrieNode<T>> | undefined;
  /** Names that end here: several when they differ only in case or punctuation. */
  names: NamePattern<T>[] | undefined;
}

const newNode = <T>(): TrieNode<T> => ({ next: undefined, names: undefined });

export class NameMatcher<T> {
  private readonly root: TrieNode<T> = newNode();
  readonly size: number;

  constructor(patterns: Iterable<NamePattern<T>>) {
    let size = 0;
    for (const pattern of patterns) {
      const key = normalizeName(pattern.name, true);
      if (key === '') continue;
      let node = this.root;
      for (let i = 0; i < key.length; i++) {
        const code = key.charCodeAt(i);
        node.next ??= new Map();
        let child = node.next.get(code);
        if (!child) node.next.set(code, (child = newNode()));
        node = child;
      }
      (node.names ??= []).push(pattern);
      size++;
    }
    this.size = size;
  }

  /** Every non-overlapping longest match in `text[from, to)`, left to right. */
  findAll(text: string, from = 0, to = text.length): NameMatch<T>[] {
    const matches: NameMatch<T>[] = [];
    const rootNext = this.root.next;
    if (!rootNext) return matches;
    let i = from;
    while (i < to) {
      const code = text.charCodeAt(i);
      if (!startsName(text, i, from) || !rootNext.has(foldCode(code))) {
        i++;
        continue;
      }
      const found = this.longestAt(text, i, to);
      if (found) {
        matches.push(found);
        i = found.end;
      } else {
        i++;
      }
    }
    return matches;
  }

  /**
   * The names written inside a match (`ASEAN` in `11th ASEAN Defence Ministers' Meeting`): every
   * non-overlapping longest match in its span other than the match itself. A name may end where the
   * outer one ends only when `mayEndWithOuter(start)` says so.
   */
  findInside(text: string, outer: { readonly start: number; readonly end: number }, mayEndWithOuter: (start: number) => boolean = () => true): NameMatch<T>[] {
    const matches: NameMatch<T>[] = [];
    let i = outer.start;
    while (i < outer.end) {
      const shorterThan = i === outer.start || !mayEndWithOuter(i) ? outer.end : undefined;
      const found = startsName(text, i, 0) ? this.longestAt(text, i, outer.end, shorterThan) : undefined;
      if (found) {
        matches.push(found);
        i = found.end;
      } else {
        i++;
      }
    }
    return matches;
  }

  /** The longest name starting at `start` and ending by `to` (and before `shorterThan`, when given). */
  private longestAt(text: string, start: number, to: number, shorterThan?: number): NameMatch<T> | undefined {
    let node: TrieNode<T> | undefined = this.root;
    let best: NameMatch<T> | undefined;
    let i = start;
    while (i < to && node) {
      let code = text.charCodeAt(i);
      if (isNameSpace(code)) {
        // A run of spaces in the text matches one space in a name.
        while (i + 1 < to && isNameSpace(text.charCodeAt(i + 1))) i++;
        code = 0x20;
      } else {
        code = foldCode(code);
      }
      node = node.next?.get(code);
      i++;
      if (node?.names && (i >= to || !isWordCode(text.charCodeAt(i)) || !isWordCode(text.charCodeAt(i - 1)))) {
        // Spelled with its exact capitals first (`QUAD` the acronym), then in any case (`Quad`).
        const pattern = node.names.find((p) => p.caseSensitive && sameCase(text, start, i, p.name)) ?? node.names.find((p) => !p.caseSensitive);
        if (pattern && (shorterThan === undefined || i < shorterThan)) best = { start, end: i, pattern };
      }
    }
    return best;
  }
}

/**
 * Whether a name may begin at `i`: a word start, or the `@` of a handle. A word right after `@` is
 * part of a handle or an e-mail address (`@India_Embassy`, `info@india.gov.in`): only a handle
 * name, matched from its `@`, covers it.
 */
function startsName(text: string, i: number, from: number): boolean {
  const code = text.charCodeAt(i);
  if (!isWordCode(code) && code !== 0x40) return false;
  if (i === from || i === 0) return true;
  const before = text.charCodeAt(i - 1);
  return !isWordCode(before) && before !== 0x40;
}

/** Whether text[start, end) spells `name` with the same capitals (spaces and punctuation unified). */
function sameCase(text: string, start: number, end: number, name: string): boolean {
  const normalized = normalizeName(name, false);
  let j = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isNameSpace(code)) {
      while (i + 1 < end && isNameSpace(text.charCodeAt(i + 1))) i++;
      if (normalized.charCodeAt(j++) !== 0x20) return false;
    } else if (unifyCode(code) !== normalized.charCodeAt(j++)) {
      return false;
    }
  }
  return j === normalized.length;
}
