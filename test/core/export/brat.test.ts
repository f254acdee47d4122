// brat standoff for one article: offsets in code points (astral characters, CRLF), spans over line
// breaks, names inside names, meetings as events, and the annotation.conf that declares it all.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  analyzeArticle,
  type BodyDate,
  bratConfiguration,
  bratToolsConfiguration,
  bratTypeName,
  bratVisualConfiguration,
  buildEntityIndex,
  combineKnowledgeBases,
  type Entity,
  type EntityMention,
  type Meeting,
  parseKnowledgeBase,
  positionAt,
  splitLines,
  toBrat,
} from '../../../src/core';
import { fragmentsOf } from '../../../src/core/export/brat';
import { codePointIndex } from '../../../src/core/export/codePoints';
import { assertAnnMatchesText } from '../../support/bratAnn';

const KB_FILE = join(__dirname, '..', '..', '..', 'seeds', 'entities.yaml');
const entities = buildEntityIndex(combineKnowledgeBases([parseKnowledgeBase(readFileSync(KB_FILE, 'utf8'), KB_FILE)]).knowledgeBase);
const NOW = new Date('2025-01-01T00:00:00Z');
const analyse = (text: string) => analyzeArticle(text, { now: NOW, entities });

const ARTICLE = [
  ' date 2024-11-22 Vientiane',
  '😀 Defence Minister Rajnath Singh met with US Secretary of Defence Lloyd J Austin in Vientiane on Thursday.',
  '𝕏 Singh 🇮🇳 said the two discussed INDUS-X.',
  '',
].join('\n');

/** The T line of the first mention written `written`. */
function textBoundOf(ann: string, text: string, written: string) {
  const parsed = assertAnnMatchesText(ann, text);
  for (const [id, t] of parsed.textBounds) if (t.text === written) return { id, ...t };
  assert.fail(`no T line for ${written}`);
}

describe('code point offsets', () => {
  test('an astral character is two UTF-16 units and one code point; an offset inside it is said', () => {
    const index = codePointIndex('a😀b😀');
    assert.deepEqual(
      [0, 1, 3, 4, 6].map((o) => index.at(o)),
      [0, 1, 2, 3, 4],
    );
    assert.deepEqual(
      [0, 1, 2, 3, 4, 5, 6].map((o) => index.splitsPair(o)),
      [false, false, true, false, false, true, false],
    );
    // A lone surrogate is one code point, as it is for Array.from and once written as UTF-8 (U+FFFD).
    assert.equal(codePointIndex('\uD800x').at(2), 2);
  });

  test('a span cutting a pair takes the whole character', () => {
    assert.deepEqual(fragmentsOf('a😀b', 2, 4), [{ start: 1, end: 3, text: '😀b' }]);
  });
});

describe('toBrat', () => {
  test('emoji and astral letters before names: every T line is the text at its code point offsets', () => {
    const analysis = analyse(ARTICLE);
    const { ann } = toBrat(ARTICLE, analysis);
    const parsed = assertAnnMatchesText(ann, ARTICLE);
    const singh = analysis.entities.find((m) => m.text === 'Rajnath Singh')!;
    const t = [...parsed.textBounds.values()].find((x) => x.text === 'Rajnath Singh')!;
    assert.equal(t.fragments[0].start, singh.start - 1, 'one emoji before it on its line');
    const later = [...parsed.textBounds.values()].find((x) => x.text === 'INDUS-X')!;
    const utf16 = ARTICLE.indexOf('INDUS-X');
    assert.equal(later.fragments[0].start, utf16 - 4, '😀, 𝕏 and the two halves of the flag');
  });

  test('CRLF: the carriage returns are characters brat counts, and nothing on an .ann line', () => {
    const crlf = ARTICLE.replace(/\n/g, '\r\n');
    const { ann } = toBrat(crlf, analyse(crlf));
    const parsed = assertAnnMatchesText(ann, crlf);
    const t = [...parsed.textBounds.values()].find((x) => x.text === 'Rajnath Singh')!;
    assert.equal(t.fragments[0].start, Array.from(crlf.slice(0, crlf.indexOf('Rajnath Singh'))).length);
    assert.ok(crlf.slice(0, crlf.indexOf('Rajnath Singh')).includes('\r'));
  });

  test('a span over a line break is a discontinuous span, one fragment per line, joined by a space', () => {
    const text = 'It was held on 21\r\nNovember 2024 in Vientiane.';
    const start = text.indexOf('21');
    const end = text.indexOf(' in');
    const { ann } = toBrat(text, {
      entities: [],
      dates: [bodyDate(text, start, end, [{ value: '2024-11-21', precision: 'day' }])],
      meetings: [],
    });
    assert.equal(ann.split('\n')[0], `T1\tDate ${start} ${start + 2};${start + 4} ${end}\t21 November 2024`);
    assertAnnMatchesText(ann, text);
  });

  test('known names are normalised to their KB id; misspellings get a note; unknown names are typed by their guess', () => {
    const text = ' date 2024-11-22 x\nLlyod Austin met Rajnath Singh and Brigadier Arjun Kapoor of the Garuda Regiment in Vientiane.\n';
    const { ann } = toBrat(text, analyse(text));
    const parsed = assertAnnMatchesText(ann, text);
    const austin = textBoundOf(ann, text, 'Llyod Austin');
    assert.ok(parsed.normalizations.some((n) => n.target === austin.id && n.ref === 'seedkb:lloyd-austin' && n.name === 'Lloyd Austin'));
    assert.ok(parsed.notes.some((n) => n.target === austin.id && n.text === 'misspelling of Lloyd Austin'));
    const kapoor = textBoundOf(ann, text, 'Arjun Kapoor');
    assert.equal(kapoor.type, 'Person');
    assert.equal(textBoundOf(ann, text, 'Garuda Regiment').type, 'Organisation');
    assert.ok(!parsed.normalizations.some((n) => n.target === kapoor.id), 'an unknown name has no KB id');
  });

  test('names inside a longer name are written too, each with its own normalisation', () => {
    const text = 'At the 11th ASEAN Defence Ministers’ Meeting.';
    const outer = mention(text, '11th ASEAN Defence Ministers’ Meeting', 'event', { id: 'admm-plus-11', name: '11th ADMM-Plus' });
    const inner = mention(text, 'ASEAN', 'organisation', { id: 'asean', name: 'ASEAN' });
    const { ann, entityTypes } = toBrat(text, { entities: [{ ...outer, inner: [inner] }], dates: [], meetings: [] });
    assert.equal(
      ann,
      [
        `T1\tEvent 7 44\t11th ASEAN Defence Ministers’ Meeting`,
        'N1\tReference T1 seedkb:admm-plus-11\t11th ADMM-Plus',
        'T2\tOrganisation 12 17\tASEAN',
        'N2\tReference T2 seedkb:asean\tASEAN',
        '',
      ].join('\n'),
    );
    assert.deepEqual(entityTypes, ['Event', 'Organisation']);
  });

  test('dates: a Date T with the value as a note, both readings when two remain, and why none', () => {
    const text = 'On 05/06/2024 and on Friday, and in August 2024.';
    const dates = [
      bodyDate(text, 3, 13, [
        { value: '2024-06-05', precision: 'day' },
        { value: '2024-05-06', precision: 'day' },
      ]),
      bodyDate(text, 21, 27, []),
      bodyDate(text, 36, 47, [{ value: '2024-08', precision: 'month' }]),
    ];
    const parsed = assertAnnMatchesText(toBrat(text, { entities: [], dates, meetings: [] }).ann, text);
    assert.deepEqual(
      parsed.notes.map((n) => [parsed.textBounds.get(n.target)!.text, n.text]),
      [
        ['05/06/2024', '2024-06-05 or 2024-05-06'],
        ['Friday', 'unresolved: no publication date'],
        ['August 2024', '2024-08 (month)'],
      ],
    );
  });

  test('a meeting is an event on its sentence: participants by their names, status and kind as attributes', () => {
    const analysis = analyse(ARTICLE);
    assert.equal(analysis.meetings.length, 1);
    const { ann, participantTypes } = toBrat(ARTICLE, analysis);
    const parsed = assertAnnMatchesText(ann, ARTICLE);
    const [[id, event]] = [...parsed.events];
    assert.equal(event.type, 'Meeting');
    const trigger = parsed.textBounds.get(event.trigger)!;
    assert.equal(trigger.type, 'Meeting');
    assert.match(trigger.text, /^😀 Defence Minister Rajnath Singh met with .* on Thursday\.$/);
    assert.deepEqual(
      event.args.map(([role, arg]) => [role, parsed.textBounds.get(arg)!.text]),
      [
        ['Participant', 'Rajnath Singh'],
        ['Participant2', 'Lloyd J Austin'],
      ],
    );
    assert.deepEqual(
      parsed.attributes.map((a) => [a.type, a.target, a.value]),
      [
        ['Status', id, 'held'],
        ['Kind', id, 'in-person'],
      ],
    );
    assert.deepEqual(participantTypes, ['Person']);
  });

  test('a participant with no name at its span gets a Person T; two meetings of one sentence share its trigger', () => {
    const text = 'MINISTER SINGH: Good to meet you, Secretary Austin, and you, Admiral Paparo.';
    const austin = mention(text, 'Austin', 'person', { id: 'lloyd-austin', name: 'Lloyd Austin' });
    const paparo = mention(text, 'Admiral Paparo', 'person');
    const meetings = [meeting(text, ['MINISTER SINGH', 'Austin']), meeting(text, ['MINISTER SINGH', 'Admiral Paparo'], 'planned', 'call')];
    const { ann, entityTypes } = toBrat(text, { entities: [austin, paparo], dates: [], meetings });
    const parsed = assertAnnMatchesText(ann, text);
    assert.equal(
      ann,
      [
        'T1\tPerson 44 50\tAustin',
        'N1\tReference T1 seedkb:lloyd-austin\tLloyd Austin',
        'T2\tPerson 61 75\tAdmiral Paparo',
        `T3\tMeeting 0 76\t${text}`,
        'T4\tPerson 0 14\tMINISTER SINGH',
        'E1\tMeeting:T3 Participant:T4 Participant2:T1',
        'A1\tStatus E1 held',
        'A2\tKind E1 in-person',
        'E2\tMeeting:T3 Participant:T4 Participant2:T2',
        'A3\tStatus E2 planned',
        'A4\tKind E2 call',
        '',
      ].join('\n'),
    );
    assert.equal(parsed.events.size, 2);
    assert.deepEqual(entityTypes, ['Person']);
  });

  test('no line of the .ann breaks, whatever the KB name or the text hold', () => {
    const text = 'Rajnath\u2028Singh met.';
    const singh = mention(text, 'Rajnath\u2028Singh', 'person', { id: 'rajnath-singh', name: 'Rajnath\nSingh' });
    const { ann } = toBrat(text, { entities: [singh], dates: [], meetings: [] });
    assert.equal(ann, 'T1\tPerson 0 7;8 13\tRajnath Singh\nN1\tReference T1 seedkb:rajnath-singh\tRajnath Singh\n');
    assertAnnMatchesText(ann, text);
  });

  test('an empty article has an empty .ann', () => {
    assert.equal(toBrat('', analyse('')).ann, '');
  });
});

/** A brat configuration file's sections: the lines of each, comments and blank lines left out. */
function sectionsOf(conf: string): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let current = '';
  for (const line of conf.split('\n')) {
    if (/^\[.*\]$/.test(line)) sections.set((current = line), []);
    else if (line && !line.startsWith('#')) sections.get(current)!.push(line);
  }
  return sections;
}

describe('annotation.conf, visual.conf, tools.conf', () => {
  test('KB types become brat types: capitalised, [A-Za-z0-9_-] only, Date and Meeting kept for the export', () => {
    assert.deepEqual(['person', 'platform', 'military unit', 'état-major', '2+2 format', 'date', 'meeting'].map(bratTypeName), [
      'Person',
      'Platform',
      'Military_unit',
      'Etat-major',
      'Type2_2_format',
      'Date_entity',
      'Meeting_entity',
    ]);
  });

  test('declares the built-in types, Date, every type used, the meeting event and its attributes', () => {
    const sections = sectionsOf(
      bratConfiguration({ entityTypes: ['Platform', 'Person', 'Date'], participantTypes: ['Person', 'Organisation'] }),
    );
    assert.deepEqual(sections.get('[entities]'), [
      'Person',
      'Organisation',
      'Place',
      'Agreement',
      'Initiative',
      'Exercise',
      'Event',
      'Date',
      'Platform',
    ]);
    assert.deepEqual(sections.get('[relations]'), ['<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>']);
    assert.deepEqual(sections.get('[events]'), ['Meeting\tParticipant+:Person|Organisation']);
    assert.deepEqual(sections.get('[attributes]'), [
      'Status\tArg:Meeting, Value:held|planned',
      'Kind\tArg:Meeting, Value:in-person|call|virtual|dialogue',
    ]);
  });

  test('visual.conf colours only declared types; tools.conf makes lines the sentences', () => {
    const declared = sectionsOf(bratConfiguration({ entityTypes: [], participantTypes: [] }));
    const types = new Set([...declared.get('[entities]')!, ...declared.get('[events]')!.map((l) => l.split('\t')[0])]);
    const drawing = sectionsOf(bratVisualConfiguration())
      .get('[drawing]')!
      .map((l) => l.split('\t')[0]);
    for (const type of drawing) assert.ok(type.endsWith('_DEFAULT') || types.has(type), type);
    assert.ok(drawing.includes('Meeting') && drawing.includes('Date'));
    assert.deepEqual(sectionsOf(bratToolsConfiguration()).get('[options]'), ['Sentences\tsplitter:newline']);
  });
});

const RANGE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function mention(text: string, written: string, type: string, entity?: { id: string; name: string }): EntityMention {
  const start = text.indexOf(written);
  assert.ok(start >= 0, written);
  return {
    start,
    end: start + written.length,
    range: RANGE,
    text: written,
    entity: entity ? ({ ...entity, type, aliases: [], roles: [] } as unknown as Entity) : undefined,
    type,
    kind: entity ? 'name' : 'unknown',
  };
}

function bodyDate(text: string, start: number, end: number, readings: BodyDate['readings']): BodyDate {
  return { text: text.slice(start, end), start, end, range: RANGE, relative: false, readings };
}

/** A meeting reported by the whole (one-line) text, between the people written so. */
function meeting(
  text: string,
  people: readonly string[],
  status: Meeting['status'] = 'held',
  kind: Meeting['kind'] = 'in-person',
): Meeting {
  const lines = splitLines(text);
  const range = (start: number, end: number) => ({ start: positionAt(lines, start), end: positionAt(lines, end) });
  return {
    participants: people.map((written) => {
      const start = text.indexOf(written);
      return { name: written, id: null, range: range(start, start + written.length) };
    }),
    kind,
    host: null,
    status,
    date: null,
    place: null,
    occasion: null,
    topics: [],
    background: false,
    start: 0,
    end: text.length,
    range: range(0, text.length),
    evidence: {},
  };
}
