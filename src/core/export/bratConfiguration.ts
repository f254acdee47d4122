// brat's annotation.conf for an exported folder (https://brat.nlplab.org/configuration.html): it must
// declare every type the .ann files use, or brat marks each annotation as an error.

import { BUILT_IN_ENTITY_TYPES } from '../knowledgeBase/entityTypes';
import type { Meeting, MeetingKind } from '../meetings/findMeetings';

export const DATE_TYPE = 'Date';
export const MEETING_TYPE = 'Meeting';

/** Every value of the Status and Kind attributes: a Record, so a new kind fails to compile until listed. */
const STATUSES: Record<Meeting['status'], true> = { held: true, planned: true };
const KINDS: Record<MeetingKind, true> = { 'in-person': true, call: true, virtual: true, dialogue: true };

/**
 * A KB type as a brat type: `person` → `Person`. brat stores types as `[A-Za-z0-9_-]` only, so a KB's
 * own types (`military unit`) are reduced to that; `Date` and `Meeting` are the export's own.
 */
export function bratTypeName(type: string): string {
  let name = type
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .replace(/[^A-Za-z0-9_-]+/g, '_');
  if (!/^[A-Za-z]/.test(name)) name = `Type${name}`;
  name = name[0].toUpperCase() + name.slice(1);
  return name === DATE_TYPE || name === MEETING_TYPE ? `${name}_entity` : name;
}

export const PERSON_TYPE = bratTypeName('person');

export interface BratTypesUsed {
  /** Text-bound types other than meeting triggers. */
  readonly entityTypes: Iterable<string>;
  /** The types of meeting participants. */
  readonly participantTypes: Iterable<string>;
}

/** The annotation.conf: the built-in types (so annotators can add any), the date type and whatever else the files use. */
export function bratConfiguration(used: BratTypesUsed): string {
  const entities = new Set([...BUILT_IN_ENTITY_TYPES.map(bratTypeName), DATE_TYPE, ...[...used.entityTypes].sort()]);
  const participants = new Set([PERSON_TYPE, ...[...used.participantTypes].sort()]);
  const lines = [
    '# brat configuration written by seed-annotator export: the types of the .ann files in this folder.',
    '',
    '[entities]',
    ...entities,
    '',
    '[relations]',
    '# No relations. Spans may overlap: a name inside a longer name, a date inside a name, a participant',
    '# read from a title (`Minister Singh`) around the name `Singh`.',
    '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    `${MEETING_TYPE}\tParticipant+:${[...participants].join('|')}`,
    '',
    '[attributes]',
    `Status\tArg:${MEETING_TYPE}, Value:${Object.keys(STATUSES).join('|')}`,
    `Kind\tArg:${MEETING_TYPE}, Value:${Object.keys(KINDS).join('|')}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** Colours per type; brat draws the KB's own types in its default colour. */
const COLOURS: Readonly<Record<string, string>> = {
  Person: '#ffccaa',
  Organisation: '#8fb2ff',
  Place: '#6fffdf',
  Agreement: '#e0ff7f',
  Initiative: '#ffe08f',
  Exercise: '#d0b0ff',
  Event: '#ffb0d0',
  [DATE_TYPE]: '#dddddd',
  [MEETING_TYPE]: '#c0f0c0',
};

/** The visual.conf: optional for brat, which otherwise says it uses its defaults each time a document opens. */
export function bratVisualConfiguration(): string {
  const lines = [
    '# brat visual configuration written by seed-annotator export.',
    '',
    '[labels]',
    `${MEETING_TYPE} | ${MEETING_TYPE} | Meet`,
    'Organisation | Organisation | Org',
    'Participant | Participant | P',
    '',
    '[drawing]',
    'SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken',
    'ARC_DEFAULT\tcolor:black, arrowHead:triangle-5',
    // No glyphs for the attributes: brat then shows the value itself (`[planned]`, `[call]`); a glyph
    // written here would lose its hyphens (`in-person` drawn as `in,person`).
    ...Object.entries(COLOURS).map(([type, colour]) => `${type}\tbgColor:${colour}`),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The tools.conf: sentences are lines, as articles put a paragraph on each (brat's default splitter
 * would cut at `J.` in `Lloyd J. Austin`); search as brat's default. No [normalization]: a database
 * declared there would be queried instead of showing the KB name the N lines carry.
 */
export function bratToolsConfiguration(): string {
  const lines = [
    '# brat tools configuration written by seed-annotator export.',
    '',
    '[options]',
    'Sentences\tsplitter:newline',
    '',
    '[search]',
    'Google\t<URL>:http://www.google.com/search?q=%s',
  ];
  return `${lines.join('\n')}\n`;
}
