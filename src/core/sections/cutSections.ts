// Where a very long text is cut into the sections it is read in (see sectionedBody.ts).
//
// A cut falls at a paragraph break (the start of a line after a blank line), where no name, sentence or
// date runs across. Which breaks are cuts depends on the text right after each break, not on offsets
// (content-defined chunking, as rsync and backup tools cut files): an edit moves the cuts of its own
// section at most, so the sections after it are the same strings as before and their readings are reused.

import { LineIndex } from '../text/lineIndex';

/** Texts this long or longer are read in sections: a news article is kilobytes; a megabyte is a dump of many. */
export const SECTIONED_FROM = 1_000_000;

/** No cut is made closer than this to the section's start. */
export const MIN_SECTION = 16 * 1024;
/** Past this length a section ends at the next paragraph break, whatever follows it. */
export const MAX_SECTION = 128 * 1024;
/** One paragraph break in this many (by the text after it) ends a section once it is long enough. */
const ONE_IN = 8;
/** How much of the text after a break decides whether it is a cut. */
const HASHED = 32;

export interface Section {
  readonly start: number;
  readonly end: number;
  /** Where the section starts, as a position in the whole text. */
  readonly line: number;
  readonly character: number;
}

/** The sections of `text`, in order, covering it. */
export function cutSections(text: string): Section[] {
  const lines = new LineIndex(text);
  const sections: Section[] = [];
  for (let start = 0; start < text.length; ) {
    const end = sectionEnd(text, start);
    const { line, character } = lines.positionAt(start);
    sections.push({ start, end, line, character });
    start = end;
  }
  return sections;
}

function sectionEnd(text: string, start: number): number {
  if (text.length - start <= MAX_SECTION) return text.length;
  // A text without paragraph breaks is cut at a line break, else after a space, else anywhere: the same
  // bound on a section's length, without the stable cuts.
  const limit = start + 2 * MAX_SECTION;
  for (
    let newline = text.indexOf('\n', start + MIN_SECTION - 1);
    newline >= 0 && newline < limit;
    newline = text.indexOf('\n', newline + 1)
  ) {
    const after = blankLineEnd(text, newline + 1);
    if (after < 0) continue;
    if (after >= text.length) return text.length;
    if (after - start >= MAX_SECTION || textHash(text, after) % ONE_IN === 0) return after;
  }
  const newline = text.indexOf('\n', start + MAX_SECTION);
  if (newline >= 0 && newline < limit) return newline + 1;
  const space = text.indexOf(' ', start + MAX_SECTION);
  if (space >= 0 && space < limit) return space + 1;
  const cut = start + MAX_SECTION;
  // Not between the halves of a surrogate pair.
  return isHighSurrogate(text.charCodeAt(cut - 1)) ? cut + 1 : cut;
}

/** Where the line starting at `i` ends (past its line break) if it is blank, else -1. */
function blankLineEnd(text: string, i: number): number {
  for (let j = i; j < text.length; j++) {
    const code = text.charCodeAt(j);
    if (code === 10) return j + 1;
    if (code !== 32 && code !== 9 && code !== 13) return -1;
  }
  return text.length;
}

/** FNV-1a over the first code units from `i`. */
function textHash(text: string, i: number): number {
  let hash = 0x811c9dc5;
  for (let j = i; j < Math.min(text.length, i + HASHED); j++) hash = Math.imul(hash ^ text.charCodeAt(j), 0x01000193);
  return hash >>> 0;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
