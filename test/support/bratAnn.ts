// Reads brat standoff back as brat does (annotation.py), for tests: every line an id, a tab, data and an
// optional tab and text; offsets in code points of the .txt.

import assert from 'node:assert/strict';

export interface TextBound {
  readonly type: string;
  readonly fragments: readonly { readonly start: number; readonly end: number }[];
  readonly text: string;
}

export interface Ann {
  readonly textBounds: ReadonlyMap<string, TextBound>;
  readonly events: ReadonlyMap<string, { readonly type: string; readonly trigger: string; readonly args: readonly [string, string][] }>;
  readonly attributes: readonly { readonly id: string; readonly type: string; readonly target: string; readonly value: string }[];
  readonly normalizations: readonly { readonly id: string; readonly target: string; readonly ref: string; readonly name: string }[];
  readonly notes: readonly { readonly id: string; readonly target: string; readonly text: string }[];
}

export function parseAnn(ann: string): Ann {
  const textBounds = new Map<string, TextBound>();
  const events = new Map<string, { type: string; trigger: string; args: [string, string][] }>();
  const attributes: { id: string; type: string; target: string; value: string }[] = [];
  const normalizations: { id: string; target: string; ref: string; name: string }[] = [];
  const notes: { id: string; target: string; text: string }[] = [];
  assert.ok(ann === '' || ann.endsWith('\n'), 'the .ann ends with a line end');
  const ids = new Set<string>();
  for (const line of ann.split('\n').slice(0, -1)) {
    const [id, data, ...tail] = line.split('\t');
    assert.ok(!ids.has(id), `duplicate id ${id}`);
    ids.add(id);
    const text = tail.join('\t');
    if (id.startsWith('T')) {
      const [type, ...rest] = data.split(' ');
      const fragments = rest
        .join(' ')
        .split(';')
        .map((pair) => {
          const [start, end] = pair.split(' ').map(Number);
          return { start, end };
        });
      textBounds.set(id, { type, fragments, text });
    } else if (id.startsWith('E')) {
      const [head, ...args] = data.split(' ');
      const [type, trigger] = head.split(':');
      events.set(id, { type, trigger, args: args.map((a) => a.split(':') as [string, string]) });
    } else if (id.startsWith('A')) {
      const [type, target, value] = data.split(' ');
      attributes.push({ id, type, target, value });
    } else if (id.startsWith('N')) {
      const [, target, ref] = data.split(' ');
      normalizations.push({ id, target, ref, name: text });
    } else if (id.startsWith('#')) {
      const [, target] = data.split(' ');
      notes.push({ id, target, text });
    } else assert.fail(`unexpected line ${JSON.stringify(line)}`);
  }
  return { textBounds, events, attributes, normalizations, notes };
}

/**
 * What brat checks on opening a document, and more: each T's text is the .txt's code points at its
 * offsets (fragments joined by a space), no .ann line holds a line break Python would split at, and
 * every reference points to an annotation that exists.
 */
export function assertAnnMatchesText(ann: string, text: string, where = ''): Ann {
  const parsed = parseAnn(ann);
  const codePoints = Array.from(text);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: what Python's splitlines breaks at, besides \n.
  const pythonLineBreak = /[\r\v\f\x1c-\x1e\x85\u2028\u2029]/;
  for (const line of ann.split('\n')) assert.doesNotMatch(line, pythonLineBreak, `${where}: ${line}`);
  for (const [id, t] of parsed.textBounds) {
    for (const f of t.fragments) {
      assert.ok(
        Number.isInteger(f.start) && Number.isInteger(f.end) && 0 <= f.start && f.start < f.end && f.end <= codePoints.length,
        `${where} ${id}`,
      );
    }
    const written = t.fragments.map((f) => codePoints.slice(f.start, f.end).join('')).join(' ');
    assert.equal(written, t.text, `${where} ${id}: offsets ${JSON.stringify(t.fragments)}`);
  }
  const exists = (id: string) => parsed.textBounds.has(id) || parsed.events.has(id);
  for (const [id, e] of parsed.events) {
    assert.ok(parsed.textBounds.has(e.trigger), `${where} ${id}: trigger ${e.trigger}`);
    for (const [role, arg] of e.args) assert.ok(parsed.textBounds.has(arg), `${where} ${id}: ${role} ${arg}`);
  }
  for (const a of parsed.attributes) assert.ok(exists(a.target), `${where} ${a.id}`);
  for (const n of parsed.normalizations) assert.ok(exists(n.target), `${where} ${n.id}`);
  for (const n of parsed.notes) assert.ok(exists(n.target), `${where} ${n.id}`);
  return parsed;
}
