// One article as brat standoff annotations (https://brat.nlplab.org/standoff.html): the `.ann` file
// brat reads next to the article's text. Names are `T` lines typed by entity type, with an `N` line to
// the KB id for known ones; dates are `Date` T lines with the resolved value as a note; each meeting is
// a `Meeting` event on its sentence, its participants as arguments, its status and kind as attributes.
//
// Offsets: brat counts the characters of the .txt as Python reads them — code points — while the
// analysis counts UTF-16 units, so they are converted here. Line ends are characters too: brat reads
// the .txt without translating CRLF, so the text must be written exactly as analysed.

import type { ArticleAnalysis } from '../analyzeArticle';
import type { EntityMention } from '../entities/recognizeEntities';
import { type Range, splitLines } from '../textPosition';
import { codePointIndex } from './codePoints';
import { bratTypeName, DATE_TYPE, MEETING_TYPE, PERSON_TYPE } from './bratConfiguration';

export type BratInput = Pick<ArticleAnalysis, 'entities' | 'dates' | 'meetings'>;

export interface BratDocument {
  /** The `.ann` file, one annotation a line. */
  readonly ann: string;
  /** The types of the text-bound annotations other than meeting triggers, for annotation.conf's [entities]. */
  readonly entityTypes: readonly string[];
  /** The types meeting participants have, for annotation.conf's [events]. */
  readonly participantTypes: readonly string[];
}

/** The KB an `N` line points into: `seedkb:lloyd-austin`. */
export const KB_PREFIX = 'seedkb';

/**
 * What Python's `str.splitlines` breaks at — brat reads the .ann with it, so none of these may stand
 * inside a line: a span over one becomes a discontinuous span, one fragment per line.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the file and group separators are line breaks to Python.
const LINE_BREAKS = /[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+/g;

export function toBrat(text: string, analysis: BratInput): BratDocument {
  const index = codePointIndex(text);
  const lines: string[] = [];
  const counters = new Map<string, number>();
  const nextId = (prefix: string) => {
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    return `${prefix}${n}`;
  };
  const entityTypes = new Set<string>();
  const participantTypes = new Set<string>();
  /** `type start end` (UTF-16) → the T id, so one span of one type is written once. */
  const written = new Map<string, string>();
  /** `start end` → the T of the name there, for meeting participants. */
  const names = new Map<string, { id: string; type: string }>();

  const textBound = (type: string, start: number, end: number): string | undefined => {
    const key = `${type} ${start} ${end}`;
    const known = written.get(key);
    if (known) return known;
    const fragments = fragmentsOf(text, start, end, index);
    if (fragments.length === 0) return undefined;
    const id = nextId('T');
    const spans = fragments.map((f) => `${f.start} ${f.end}`).join(';');
    // brat joins a discontinuous span's fragments with a space.
    lines.push(`${id}\t${type} ${spans}\t${fragments.map((f) => f.text).join(' ')}`);
    written.set(key, id);
    return id;
  };
  const note = (target: string, words: string) => lines.push(`${nextId('#')}\tAnnotatorNotes ${target}\t${oneLine(words)}`);

  const addMention = (m: EntityMention) => {
    const type = bratTypeName(m.type);
    const id = textBound(type, m.start, m.end);
    if (id) {
      entityTypes.add(type);
      names.set(`${m.start} ${m.end}`, { id, type });
      if (m.entity) lines.push(`${nextId('N')}\tReference ${id} ${KB_PREFIX}:${m.entity.id}\t${oneLine(m.entity.name)}`);
      if (m.kind === 'misspelled' && m.suggestion) note(id, `misspelling of ${m.suggestion}`);
    }
    // Names inside a longer one (`ASEAN` in `11th ASEAN Defence Ministers' Meeting`): annotated too;
    // annotation.conf lets names overlap.
    for (const inner of m.inner ?? []) addMention(inner);
  };
  for (const m of analysis.entities) addMention(m);

  for (const d of analysis.dates) {
    const id = textBound(DATE_TYPE, d.start, d.end);
    if (!id) continue;
    entityTypes.add(DATE_TYPE);
    note(id, dateNote(d.readings));
  }

  const lineStarts = splitLines(text);
  const offsetOf = (p: Range['start']) => (lineStarts[p.line]?.offset ?? text.length) + p.character;
  for (const meeting of analysis.meetings) {
    // Two meetings read from one sentence (`met A and B separately`) share its trigger.
    const trigger = textBound(MEETING_TYPE, meeting.start, meeting.end);
    if (!trigger) continue;
    const args: string[] = [];
    for (const p of meeting.participants) {
      const start = offsetOf(p.range.start);
      const end = offsetOf(p.range.end);
      // The name the participant was read from; `Minister Singh` in a transcript may be no name of
      // the list, so it gets a Person annotation of its own.
      const name = names.get(`${start} ${end}`);
      const id = name?.id ?? textBound(PERSON_TYPE, start, end);
      if (!id) continue;
      const type = name?.type ?? PERSON_TYPE;
      if (!name) entityTypes.add(PERSON_TYPE);
      participantTypes.add(type);
      // brat numbers a repeated role: Participant, Participant2, Participant3…
      args.push(`Participant${args.length === 0 ? '' : args.length + 1}:${id}`);
    }
    const event = nextId('E');
    lines.push(`${event}\t${MEETING_TYPE}:${trigger}${args.map((a) => ` ${a}`).join('')}`);
    lines.push(`${nextId('A')}\tStatus ${event} ${meeting.status}`);
    lines.push(`${nextId('A')}\tKind ${event} ${meeting.kind}`);
  }

  return { ann: lines.map((l) => `${l}\n`).join(''), entityTypes: [...entityTypes], participantTypes: [...participantTypes] };
}

interface Fragment {
  /** Code point offsets. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A UTF-16 span as brat fragments: whole code points, split at line breaks, empty pieces dropped. */
export function fragmentsOf(text: string, start: number, end: number, index = codePointIndex(text)): Fragment[] {
  let from = Math.max(0, Math.min(start, text.length));
  let to = Math.max(from, Math.min(end, text.length));
  // A span cutting a surrogate pair (none should) takes the whole character rather than half of it.
  if (index.splitsPair(from)) from--;
  if (index.splitsPair(to)) to++;
  const fragments: Fragment[] = [];
  const push = (a: number, b: number) => {
    if (b > a) fragments.push({ start: index.at(a), end: index.at(b), text: text.slice(a, b) });
  };
  const breaks = new RegExp(LINE_BREAKS.source, 'g');
  const body = text.slice(from, to);
  let at = 0;
  for (const m of body.matchAll(breaks)) {
    push(from + at, from + m.index);
    at = m.index + m[0].length;
  }
  push(from + at, to);
  return fragments;
}

/** The note on a date: its value (`2024-11-21`, `2024-11 (month)`, `2025/2035 (year)`), both readings, or why none. */
function dateNote(readings: ArticleAnalysis['dates'][number]['readings']): string {
  if (readings.length === 0) return 'unresolved: no publication date';
  return readings.map((r) => `${r.value}${r.end ? `/${r.end}` : ''}${r.precision === 'day' ? '' : ` (${r.precision})`}`).join(' or ');
}

/** Free text at the end of an .ann line (a KB name, a note) on one line. */
const oneLine = (words: string) => words.replace(LINE_BREAKS, ' ');
