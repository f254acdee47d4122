// Links to other articles that a scraped page keeps around its story: `Also Read: Jaishankar holds talks with
// Wang Yi`, and the headlines listed under `Related Stories` or `READ MORE:`. Their words are other articles'
// news, never this one's: the meetings reader skips them (entities in them are still names, and still shown).

import type { Span } from './spans';

// A label opening a line. With text after it on the line (`Also Read: …`), that line is a link; alone on its
// line (`Related Stories`, `READ MORE:`), the headlines on the lines after it are.
const LINK_LABEL =
  /[ \t]*(?:also read|read also|read more|more to read|related(?: stories| news| articles| posts| coverage| reads| links)?|more (?:from|on|stories|news)|trending(?: now| stories| news)?|recommended(?: stories| for you)?|you (?:may|might) also (?:like|read)|top stories|latest(?: news| stories)?|must read|don'?t miss|see also|also see|also watch|watch)\b[ \t]*(?:[:|>»\-–—][ \t]*)?/iy;

/** A headline listed under a label: a line of at most this many characters that ends without a full stop. */
const HEADLINE_MAX = 160;
/** At most this many headlines are taken under one label. */
const LIST_MAX = 15;

/** The first letters of the labels, either case: a line opening with none of them is no label (most are not). */
const LABEL_INITIALS = new Set([...'ARMTYLDSW'].flatMap((c) => [c.charCodeAt(0), c.toLowerCase().charCodeAt(0)]));

/** The spans of `text` (from `from` on) that are links to other articles, in text order. */
export function linkBlocks(text: string, from = 0): Span[] {
  const blocks: Span[] = [];
  // Line by line, the label tried only where a line opens with one of its first letters: a scan of the whole
  // text by the pattern cost the meetings reader a sixth more.
  for (let lineStart = from; lineStart < text.length; ) {
    let at = lineStart;
    while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
    const lineEnd = endOfLine(text, lineStart);
    const m = LABEL_INITIALS.has(text.charCodeAt(at)) ? labelAt(text, lineStart) : null;
    lineStart = lineEnd + 1;
    if (!m) continue;
    const start = m.index;
    // A label alone on its line, or with a link after it.
    const rest = text.slice(m.index + m[0].length, lineEnd).trim();
    // (`Watch the press conference.`, `Latest figures show …`: prose that opens with such a word is no label.)
    if (rest && !m[0].trimEnd().match(/[:|>»\-–—]$/)) continue;
    let end = lineEnd;
    if (!rest) {
      for (let next = lineEnd + 1, taken = 0; next < text.length && taken < LIST_MAX; ) {
        const nextEnd = endOfLine(text, next);
        const line = text.slice(next, nextEnd).trim();
        if (line && !isListedHeadline(line)) break;
        if (line) {
          end = nextEnd;
          taken++;
        }
        next = nextEnd + 1;
      }
    }
    blocks.push({ start, end });
    lineStart = Math.max(lineStart, end + 1);
  }
  return blocks;
}

function labelAt(text: string, lineStart: number): RegExpExecArray | null {
  LINK_LABEL.lastIndex = lineStart;
  return LINK_LABEL.exec(text);
}

function isListedHeadline(line: string): boolean {
  return line.length <= HEADLINE_MAX && !/[.!?]["”’)]?$/.test(line);
}

function endOfLine(text: string, at: number): number {
  const lf = text.indexOf('\n', at);
  return lf < 0 ? text.length : lf;
}
