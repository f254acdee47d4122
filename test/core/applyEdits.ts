// Applies LSP-style edits (0-based line, UTF-16 character, ranges against the original text) the
// way an editor applies one code action: all edits at once, so later ones do not see earlier ones.

import type { Position, TextEdit } from '../../src/core';

function offsetAt(text: string, position: Position): number {
  const eol = /\r\n|\r|\n/g;
  let lineStart = 0;
  for (let line = 0; line < position.line; line++) {
    const m = eol.exec(text);
    if (!m) throw new Error(`line ${position.line} is past the end of the text`);
    lineStart = m.index + m[0].length;
  }
  const rest = text.slice(lineStart);
  const lineLength = rest.search(/\r|\n/) < 0 ? rest.length : rest.search(/\r|\n/);
  if (position.character > lineLength) {
    throw new Error(`character ${position.character} is past the end of line ${position.line} (${lineLength})`);
  }
  return lineStart + position.character;
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const spans = edits
    .map((edit) => ({ start: offsetAt(text, edit.range.start), end: offsetAt(text, edit.range.end), newText: edit.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (const span of spans) if (span.end < span.start) throw new Error('an edit ends before it starts');
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].start < spans[i - 1].end) throw new Error('edits overlap');
  }
  let result = '';
  let at = 0;
  for (const span of spans) {
    result += text.slice(at, span.start) + span.newText;
    at = span.end;
  }
  return result + text.slice(at);
}
