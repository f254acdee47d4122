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

/**
 * A trie node. Most nodes deep in a trie of names have one child, so that child is held in two
 * plain fields (`code`, `only`) and a Map is made only for a second one; the root's ASCII children
 * are an array. Both keep the common step a field or array read instead of a hash lookup (about
 * 3× faster on news text; see `npm run bench`).
 */
interface TrieNode<T> {
  /** The code unit of the only child, or -1. */
  code: number;
  only: TrieNode<T> | undefined;
  /** Every child, once there are two or more. */
  next: Map<number, TrieNode<T>> | undefined;
  /** Names that end here: several when they differ only in case or punctuation. */
  names: NamePattern<T>[] | undefined;
}

const newNode = <T>(): TrieNode<T> => ({ code: -1, only: undefined, next: undefined, names: undefined });

function childOf<T>(node: TrieNode<T>, code: number): TrieNode<T> | undefined {
  return node.code === code ? node.only : node.next?.get(code);
}

function addChild<T>(node: TrieNode<T>, code: number): TrieNode<T> {
  const existing = childOf(node, code);
  if (existing) return existing;
  const child = newNode<T>();
  if (!node.only && !node.next) {
    node.code = code;
    node.only = child;
  } else {
    if (!node.next) {
      node.next = new Map([[node.code, node.only!]]);
      node.code = -1;
      node.only = undefined;
    }
    node.next.set(code, child);
  }
  return child;
}

export class NameMatcher<T> {
  private readonly root: TrieNode<T> = newNode();
  /** The root's children for ASCII code units (most word starts). */
  private readonly rootAscii: (TrieNode<T> | undefined)[] = new Array(128).fill(undefined);
  readonly size: number;

  constructor(patterns: Iterable<NamePattern<T>>) {
    let size = 0;
    for (const pattern of patterns) {
      const key = normalizeName(pattern.name, true);
      if (key === '') continue;
      let node = this.root;
      for (let i = 0; i < key.length; i++) node = addChild(node, key.charCodeAt(i));
      (node.names ??= []).push(pattern);
      size++;
    }
    for (let code = 0; code < 128; code++) this.rootAscii[code] = childOf(this.root, code);
    this.size = size;
  }

  private rootChild(folded: number): TrieNode<T> | undefined {
    return folded < 128
      ? this.rootAscii[folded]
      : (this.root.next?.get(folded) ?? (this.root.code === folded ? this.root.only : undefined));
  }

  /** Every non-overlapping longest match in `text[from, to)`, left to right. */
  findAll(text: string, from = 0, to = text.length): NameMatch<T>[] {
    return this.scan(text, from, to, from, () => undefined);
  }

  /**
   * The names written inside a match (`ASEAN` in `11th ASEAN Defence Ministers' Meeting`): every
   * non-overlapping longest match in its span other than the match itself. A name may end where the
   * outer one ends only when `mayEndWithOuter(start)` says so.
   */
  findInside(
    text: string,
    outer: { readonly start: number; readonly end: number },
    mayEndWithOuter: (start: number) => boolean = () => true,
  ): NameMatch<T>[] {
    return this.scan(text, outer.start, outer.end, 0, (i) => (i === outer.start || !mayEndWithOuter(i) ? outer.end : undefined));
  }

  /**
   * The longest matches in [from, to), left to right. `textStart` is where word boundaries start
   * counting (a name may begin at `from` itself only if `from` is `textStart` or a word start);
   * `endBefore(i)` bounds a match starting at `i` to end before that offset.
   */
  private scan(
    text: string,
    from: number,
    to: number,
    textStart: number,
    endBefore: (start: number) => number | undefined,
  ): NameMatch<T>[] {
    const matches: NameMatch<T>[] = [];
    if (this.size === 0) return matches;
    let i = from;
    while (i < to) {
      const code = text.charCodeAt(i);
      // Inside a word nothing can start: the cheapest test first.
      if (
        (i > textStart && isWordCode(text.charCodeAt(i - 1)) && isWordCode(code)) ||
        !this.rootChild(foldCode(code)) ||
        !startsName(text, i, textStart)
      ) {
        i++;
        continue;
      }
      const found = this.longestAt(text, i, to, endBefore(i));
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
    let node: TrieNode<T> | undefined = this.rootChild(foldCode(text.charCodeAt(start)));
    let best: NameMatch<T> | undefined;
    let i = start + 1;
    if (node?.names) best = this.accept(text, node, start, i, to, shorterThan);
    while (i < to && node) {
      let code = text.charCodeAt(i);
      if (isNameSpace(code)) {
        // A run of spaces in the text matches one space in a name.
        while (i + 1 < to && isNameSpace(text.charCodeAt(i + 1))) i++;
        code = 0x20;
      } else {
        code = foldCode(code);
      }
      node = childOf(node, code);
      i++;
      if (node?.names) best = this.accept(text, node, start, i, to, shorterThan) ?? best;
    }
    return best;
  }

  /** The name ending at `end` in `node`, if it ends at a word boundary and its capitals fit. */
  private accept(
    text: string,
    node: TrieNode<T>,
    start: number,
    end: number,
    to: number,
    shorterThan: number | undefined,
  ): NameMatch<T> | undefined {
    if (end < to && isWordCode(text.charCodeAt(end)) && isWordCode(text.charCodeAt(end - 1))) return undefined;
    if (shorterThan !== undefined && end >= shorterThan) return undefined;
    // Spelled with its exact capitals first (`QUAD` the acronym), then in any case (`Quad`).
    const pattern =
      node.names!.find((p) => p.caseSensitive && sameCase(text, start, end, p.name)) ?? node.names!.find((p) => !p.caseSensitive);
    return pattern && { start, end, pattern };
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
