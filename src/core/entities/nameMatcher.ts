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

/** A match of a name; `P` is the pattern type the matcher was given (one with more facts about the name). */
export interface NameMatch<T, P extends NamePattern<T> = NamePattern<T>> {
  readonly start: number;
  readonly end: number;
  readonly pattern: P;
}

/**
 * A trie node. Most nodes deep in a trie of names have one child, so that child is held in two
 * plain fields (`code`, `only`); a node with more has them in a Map while the trie is built, and
 * its ASCII ones also in an array once it is (`freeze`). Both keep the common step a field or array
 * read instead of a hash lookup (about 3× faster on news text; see `npm run bench`).
 */
interface TrieNode<P> {
  /** The code unit of the only child, or -1. */
  code: number;
  only: TrieNode<P> | undefined;
  /** Every child, once there are two or more. */
  next: Map<number, TrieNode<P>> | undefined;
  /** The children for ASCII code units when there are two or more (filled in by `freeze`). */
  ascii: (TrieNode<P> | undefined)[] | undefined;
  /** Names that end here: several when they differ only in case or punctuation. */
  names: NameEnd<P>[] | undefined;
}

/** A name that ends at a node, with its spelling for the case-sensitive comparison made once. */
interface NameEnd<P> {
  readonly pattern: P;
  /** `normalizeName(name, false)`: what `sameCase` compares the text with. */
  readonly spelled: string;
}

const newNode = <P>(): TrieNode<P> => ({ code: -1, only: undefined, next: undefined, ascii: undefined, names: undefined });

function childOf<P>(node: TrieNode<P>, code: number): TrieNode<P> | undefined {
  if (node.code === code) return node.only;
  return code < 128 && node.ascii !== undefined ? node.ascii[code] : node.next?.get(code);
}

function addChild<P>(node: TrieNode<P>, code: number): TrieNode<P> {
  const existing = childOf(node, code);
  if (existing) return existing;
  const child = newNode<P>();
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

/** Gives every node with several children its ASCII array, once the trie is complete. */
function freeze<P>(node: TrieNode<P>): void {
  if (node.only) freeze(node.only);
  if (!node.next) return;
  node.ascii = new Array(128).fill(undefined);
  for (const [code, child] of node.next) {
    if (code < 128) node.ascii[code] = child;
    freeze(child);
  }
}

/**
 * A hash of a word's first word characters, folded, as the scan reads them: what the first-word
 * filter is indexed by. Collisions only cost a trie walk that finds nothing.
 */
const FIRST_WORD_SLOTS = 1 << 16;
const addToHash = (hash: number, folded: number) => (Math.imul(hash, 31) + folded) | 0;
const slotOf = (hash: number) => (hash ^ (hash >>> 16)) & (FIRST_WORD_SLOTS - 1);

/** First-word slots: no name, only names that `capitalisedOnly` says yes of, any other name. */
const SLOT_NONE = 0;
const SLOT_CAPITALISED = 1;
const SLOT_ANY = 2;

/**
 * Whether the name can only match text that begins with a capital: a case-sensitive name whose
 * spelling begins with an ASCII capital. `sameCase` compares the text's first character with that
 * capital as it is (`unifyCode` keeps ASCII letters), so a word that begins with a lower-case ASCII
 * letter never matches it, and the trie walk from that word can be skipped.
 */
function capitalisedOnly(pattern: NamePattern<unknown>, spelled: string): boolean {
  const first = spelled.charCodeAt(0);
  return pattern.caseSensitive && first >= 65 && first <= 90;
}

export class NameMatcher<T, P extends NamePattern<T> = NamePattern<T>> {
  private readonly root: TrieNode<P> = newNode();
  /** The root's children for ASCII code units (most word starts). */
  private readonly rootAscii: (TrieNode<P> | undefined)[] = new Array(128).fill(undefined);
  /**
   * The first words of the names (their word characters up to the first other one), by `slotOf`
   * their hash. A name can only start where the text's word is its first word: most words of a text
   * (`said`, `with`, `relationship`) begin no name, and testing this costs one table read per word
   * where the trie walk costs one step per character and often runs on into the next word.
   * A slot holds SLOT_CAPITALISED when every name in it is case-sensitive and begins with a capital
   * (`IN`, `A`, `S`-something acronyms), SLOT_ANY otherwise (see capitalisedOnly).
   */
  private readonly firstWords = new Uint8Array(FIRST_WORD_SLOTS);
  /**
   * The patterns that may have other names written inside them (`India` in `India-US Defence
   * Acceleration Ecosystem`); `findInside` need not look inside any other (`Rajnath Singh`).
   */
  private readonly holders = new Set<P>();
  readonly size: number;

  constructor(patterns: Iterable<P>) {
    const keyed: [P, string][] = [];
    for (const pattern of patterns) {
      const key = normalizeName(pattern.name, true);
      if (key === '') continue;
      keyed.push([pattern, key]);
      let node = this.root;
      for (let i = 0; i < key.length; i++) node = addChild(node, key.charCodeAt(i));
      const spelled = normalizeName(pattern.name, false);
      (node.names ??= []).push({ pattern, spelled });
      const slot = slotOf(firstWordHash(key));
      this.firstWords[slot] = this.firstWords[slot] === SLOT_ANY || !capitalisedOnly(pattern, spelled) ? SLOT_ANY : SLOT_CAPITALISED;
    }
    freeze(this.root);
    for (let code = 0; code < 128; code++) this.rootAscii[code] = childOf(this.root, code);
    this.size = keyed.length;
    for (const [pattern, key] of keyed) if (this.mayHoldNames(key)) this.holders.add(pattern);
  }

  /**
   * Whether another name could be found inside a match of the name with this key. The text of a
   * match folds to the key, so the trie walks inside it are walks along the key: if no walk from a
   * place where a name may start reaches the end of a name (one shorter than the key, from its
   * start), `findInside` finds nothing in any match of it. Looser than the scan (capitals, word ends
   * and where exactly a name may start are not checked), so it never says no wrongly.
   */
  private mayHoldNames(key: string): boolean {
    for (let start = 0; start < key.length; start++) {
      const code = key.charCodeAt(start);
      if (!isWordCode(code) && code !== 0x40) continue;
      let node: TrieNode<P> | undefined = this.rootChild(code);
      for (let i = start + 1; node; i++) {
        if (node.names && (start > 0 || i < key.length)) return true;
        if (i >= key.length) break;
        node = childOf(node, key.charCodeAt(i));
      }
    }
    return false;
  }

  private rootChild(folded: number): TrieNode<P> | undefined {
    return folded < 128
      ? this.rootAscii[folded]
      : (this.root.next?.get(folded) ?? (this.root.code === folded ? this.root.only : undefined));
  }

  /** Every non-overlapping longest match in `text[from, to)`, left to right. */
  findAll(text: string, from = 0, to = text.length): NameMatch<T, P>[] {
    return this.scan(text, from, to, from, () => undefined);
  }

  /**
   * The names written inside a match (`ASEAN` in `11th ASEAN Defence Ministers' Meeting`): every
   * non-overlapping longest match in its span other than the match itself. A name may end where the
   * outer one ends only when `mayEndWithOuter(start)` says so.
   */
  findInside(text: string, outer: NameMatch<T, P>, mayEndWithOuter: (start: number) => boolean = () => true): NameMatch<T, P>[] {
    if (!this.holders.has(outer.pattern)) return [];
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
  ): NameMatch<T, P>[] {
    const matches: NameMatch<T, P>[] = [];
    if (this.size === 0) return matches;
    let i = from;
    while (i < to) {
      const code = text.charCodeAt(i);
      if (!isWordCode(code)) {
        // Only a handle starts with something other than a word character.
        if (code === 0x40 && this.rootAscii[0x40] && startsName(text, i, textStart)) {
          const found = this.longestAt(text, i, to, endBefore(i));
          if (found) {
            matches.push(found);
            i = found.end;
            continue;
          }
        }
        i++;
        continue;
      }
      // A word: read to its end in one tight loop (most of the text), hashing its first word as it goes.
      let end = i;
      let hash = 0;
      let hashing = true;
      for (; end < to; end++) {
        const unit = text.charCodeAt(end);
        if (!isWordCode(unit)) break;
        if (!hashing) continue;
        const folded = foldCode(unit);
        // A word character that folds to punctuation (U+02BC, a modifier apostrophe) ends the name's first word.
        if (unit >= 128 && !isWordCode(folded)) hashing = false;
        else hash = addToHash(hash, folded);
      }
      // Common words (`in`, `a`, `s`) share slots with acronyms (`IN`, `A`, `S-400`) that they cannot be.
      const slot = this.firstWords[slotOf(hash)];
      if (slot !== SLOT_NONE && (slot === SLOT_ANY || !(code >= 97 && code <= 122)) && startsName(text, i, textStart)) {
        const found = this.longestAt(text, i, to, endBefore(i));
        if (found) {
          matches.push(found);
          i = found.end;
          continue;
        }
      }
      // Inside a word nothing can start.
      i = end;
    }
    return matches;
  }

  /** The longest name starting at `start` and ending by `to` (and before `shorterThan`, when given). */
  private longestAt(text: string, start: number, to: number, shorterThan?: number): NameMatch<T, P> | undefined {
    let node: TrieNode<P> | undefined = this.rootChild(foldCode(text.charCodeAt(start)));
    let best: NameMatch<T, P> | undefined;
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
    node: TrieNode<P>,
    start: number,
    end: number,
    to: number,
    shorterThan: number | undefined,
  ): NameMatch<T, P> | undefined {
    if (end < to && isWordCode(text.charCodeAt(end)) && isWordCode(text.charCodeAt(end - 1))) return undefined;
    if (shorterThan !== undefined && end >= shorterThan) return undefined;
    // Spelled with its exact capitals first (`QUAD` the acronym), then in any case (`Quad`).
    const names = node.names!;
    for (const { pattern, spelled } of names)
      if (pattern.caseSensitive && sameCase(text, start, end, spelled)) return { start, end, pattern };
    for (const { pattern } of names) if (!pattern.caseSensitive) return { start, end, pattern };
    return undefined;
  }
}

/** `addToHash` over a folded name's first word: its word characters up to the first other one. */
function firstWordHash(key: string): number {
  let hash = 0;
  for (let i = 0; i < key.length && isWordCode(key.charCodeAt(i)); i++) hash = addToHash(hash, key.charCodeAt(i));
  return hash;
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

/** Whether text[start, end) spells a name (`normalized`: as `normalizeName(name, false)`) with the same capitals. */
function sameCase(text: string, start: number, end: number, normalized: string): boolean {
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
