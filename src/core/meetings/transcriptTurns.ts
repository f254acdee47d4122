// Transcripts (of briefings, doorsteps, interviews): who speaks a turn (`SECRETARY AUSTIN:`, `Official
// Spokesperson, Shri Randhir Jaiswal:`, the one who answers `Q:`), and the people a turn names by title and
// surname (`Minister Singh`), so that `I`, `we` and `you` in it can be read as people.

import { inLexicon, PERSON_TITLES } from '../entities/nameLexicon';
import { rolesOn } from '../entities/roles';
import type { Sentence } from '../text/sentences';
import { firstStartingAt } from '../text/spans';
import { titleCase } from '../text/titleCase';
import type { MeetingInput } from './findMeetings';
import { kbPeopleWithSurname, lastWord, type Person, personOf } from './meetingPeople';
import { ABBREVIATIONS, officeNamed, peopleByCountry, soleHolder, WRITTEN_OFFICES } from './officeHolders';

/** Whether the sentence's line opens with a speaker's label (`MARLES:`, `Official Spokesperson, Shri Randhir Jaiswal:`). */
export function inLabelledTurn(text: string, sentence: Sentence): boolean {
  const lineStart = lineStartNear(text, sentence.start, TURN_REACH);
  if (lineStart < 0) return false;
  const opening = text.slice(lineStart, Math.min(sentence.end, lineStart + 100));
  if (TURN_LABEL.test(opening) || LABEL.test(opening)) return true;
  // (A paragraph continuing the turn above it: `VLADIMIR PUTIN: …` and the paragraphs after it.)
  const above = labelLineAbove(text, lineStart);
  return above !== undefined && LABEL.test(text.slice(above.start, above.end));
}

/** The nearest line above `lineStart` that opens a turn (a label and its colon), where no line between does. */
function labelLineAbove(text: string, lineStart: number): { start: number; end: number } | undefined {
  // (A line that looks like a label of its own, `Key Points:`, continues no turn.)
  if (TURN_LABEL.test(text.slice(lineStart, lineStart + 100))) return undefined;
  const floor = Math.max(0, lineStart - TURN_REACH);
  // (Up to 8 paragraphs above: a turn is a few, a news report quoting one line of a briefing goes on for many.)
  for (let end = lineStart - 1, lines = 0; end > floor && lines < 8; ) {
    // (Looked for within reach only: a text may be one line of megabytes.)
    const lineBreak = text.slice(floor, end).lastIndexOf('\n');
    if (lineBreak < 0 && floor > 0) return undefined;
    const start = lineBreak < 0 ? 0 : floor + lineBreak + 1;
    const line = text.slice(start, end);
    end = start - 1;
    if (line.trim() === '') continue;
    if (TURN_LABEL.test(line.slice(0, 100))) return { start, end: start + line.length };
    lines++;
  }
  return undefined;
}

/**
 * How far from its label a turn's sentence is read as part of it. Every look at a line is bounded so: a text may
 * be one line of megabytes (a dump), whose sentences would each look back to its start.
 */
const TURN_REACH = 4000;

/** The start of the line `at` is on, if within `reach` characters before it; else -1. */
function lineStartNear(text: string, at: number, reach: number): number {
  const from = Math.max(0, at - reach);
  const lineBreak = text.slice(from, at).lastIndexOf('\n');
  return lineBreak >= 0 ? from + lineBreak + 1 : from === 0 ? 0 : -1;
}

/** The people (in text order) who start in [start, end). */
function peopleFrom(people: readonly Person[], start: number, end: number): readonly Person[] {
  const first = firstStartingAt(people, start);
  let last = first;
  while (last < people.length && people[last].start < end) last++;
  return people.slice(first, last);
}
const TURN_LABEL = /^[ \t]*[^\s.!?"“”:][^\n.!?"“”:]{0,80}:/;

/** The speaker among others: `Minister Jaishankar and I`, `with me`. */
export const WITH_ME = /\b(?:and I|I and|with me|and me)\b/;
/** The speaker's own part in what they say: `I`, `I've`, `we`, `me`, `us`, `my` (case-sensitive: not `US`). */
export const FIRST_PERSON = /\b(?:I|[Ww]e|me|us|[Mm]y)\b/;

// (A label in capitals may have initials, `SECRETARY OF DEFENSE LLOYD J. AUSTIN III:`; an interviewer's may be
// written in title case, `Question:`, `Anchor:`.)
// An office may speak (`EAM:`, `Prime Minister:`): its holder, as in a sentence (officeHolders.ts).
const OFFICE_LABEL = `Deputy Prime Minister|${WRITTEN_OFFICES}|${ABBREVIATIONS}`;
const LABEL = new RegExp(
  `^[ \\t]*(Q|A|[A-Z][A-Z.'’-]+(?:[ \\t]+[A-Z][A-Z.'’-]+){0,7}|Question|Questioner|Interviewer|Journalist|Reporter|Anchor|Host|Moderator|Answer|${OFFICE_LABEL})[ \\t]*:`,
);
const AN_OFFICE = new RegExp(`^(?:${OFFICE_LABEL})$`, 'i');
const TITLED =
  /\b((?:Prime |Deputy Prime |Defence |Defense |Foreign |External Affairs )?(?:Minister|Secretary|President|Ambassador|General|Admiral|Chancellor|Senator)) ([A-Z][a-z]+)\b(?! [A-Z])/g;

/**
 * The speaker of the turn a sentence is in (`SECRETARY AUSTIN:` on its line, or on the line opening its turn: a turn
 * may run over several paragraphs, as the Kremlin's and Hansard's do), then the people addressed or named on its line.
 */
export function turnPeople(input: MeetingInput, sentence: Sentence, people: readonly Person[]): Person[] {
  const { text } = input;
  const lineStart = lineStartNear(text, sentence.start, TURN_REACH);
  if (lineStart < 0) return [];
  const ahead = text.slice(sentence.start, sentence.start + TURN_REACH).indexOf('\n');
  const lineEnd = ahead < 0 ? Math.min(text.length, sentence.start + TURN_REACH) : sentence.start + ahead;
  const line = text.slice(lineStart, lineEnd);
  const onLine = peopleFrom(people, lineStart, lineEnd);
  const turn = speakerOfLine(input, sentence, people, lineStart, lineEnd) ?? earlierTurn(input, sentence, people, lineStart);
  // A turn with no one to say it (`NEW DELHI: …` is a dateline) has no speaker to add.
  if (!turn) return [];
  const { speaker } = turn;
  // (A turn continued from a label above counts from this line.)
  const turnStart = Math.max(turn.turnStart, lineStart);
  const found = [speaker];
  const inTurn = onLine.filter((p) => p.start >= turnStart && p.end <= lineEnd);
  for (const m of line.matchAll(TITLED)) {
    // `Minister Rajnath Singh` is the person recognised there, not a `Minister Rajnath`.
    const at = lineStart + m.index;
    if (onLine.some((p) => p.start < at + m[0].length && at < p.end)) continue;
    const person = resolveTitled(m[1], m[2], input, people, at);
    if (person) inTurn.push(person);
  }
  for (const person of inTurn) if (!found.some((p) => p.key === person.key)) found.push(person);
  return found;
}

/** The speaker of a line's turn if the line opens one (`SECRETARY AUSTIN:`, `Official Spokesperson, Shri Randhir Jaiswal:`). */
function speakerOfLine(
  input: MeetingInput,
  sentence: Sentence,
  people: readonly Person[],
  lineStart: number,
  lineEnd: number,
): { speaker: Person; turnStart: number } | undefined {
  const { text } = input;
  const line = text.slice(lineStart, lineEnd);
  const onLine = peopleFrom(people, lineStart, lineEnd);
  const label = LABEL.exec(line);
  if (label) {
    // `SECRETARY OF DEFENSE LLOYD J. AUSTIN III:` names the speaker in full: the person recognised there.
    const labelEnd = lineStart + label.index + label[0].length;
    const named = onLine.find((p) => p.end <= labelEnd);
    let speaker = named ?? labelSpeaker(label[1], input, people, lineStart + label.index);
    // `Q: You met Secretary Austin last month`: `you` is the one interviewed, who answers in the next turn.
    if (!speaker && QUESTIONER.test(label[1]) && /\byou\b/i.test(text.slice(sentence.start, sentence.end)))
      speaker = nextSpeaker(input, lineEnd, people);
    return speaker && { speaker, turnStart: labelEnd };
  }
  // `Official Spokesperson, Shri Randhir Jaiswal: …`, `Minister Marles: …`, `RICHARD MARLES, DEPUTY PRIME MINISTER: …`.
  const speaker = onLine.find((p) => p.start <= lineStart + 80 && p.end <= lineEnd && (speaksTheTurn(text, p) || isInTurnLabel(text, p)));
  return speaker && { speaker, turnStart: text.indexOf(':', speaker.end) + 1 };
}

/**
 * The turn a paragraph without a label continues: the nearest line above that opens a turn, where no line between
 * opens one (`President of Russia Vladimir Putin: …` and the paragraphs after it, until the next label).
 */
function earlierTurn(
  input: MeetingInput,
  sentence: Sentence,
  people: readonly Person[],
  lineStart: number,
): { speaker: Person; turnStart: number } | undefined {
  const above = labelLineAbove(input.text, lineStart);
  return above && speakerOfLine(input, sentence, people, above.start, above.end);
}

/** Who answers in an interview. */
const ANSWERER = /^(?:A|ANSWER)$/i;

/** The first person the text names before `at` outside any turn (an interview's introduction). */
function introduced(text: string, people: readonly Person[], at: number): Person | undefined {
  for (const person of people) {
    if (person.start >= at) return undefined;
    const lineStart = lineStartNear(text, person.start, TURN_REACH);
    if (lineStart >= 0 && !LABEL.test(text.slice(lineStart, lineStart + 100))) return person;
  }
  return undefined;
}

/** Who asks in an interview. */
const QUESTIONER = /^(?:Q|QUESTION|QUESTIONER|INTERVIEWER|JOURNALIST|REPORTER|ANCHOR|HOST|MODERATOR)$/i;

/** The speaker of the first turn after `from` (within a few lines) that is a person's. */
function nextSpeaker(input: MeetingInput, from: number, people: readonly Person[]): Person | undefined {
  const { text } = input;
  for (let lineStart = from + 1, lines = 0; from >= 0 && lineStart < text.length && lines < 8; lines++) {
    const lineEnd = text.indexOf('\n', lineStart);
    const label = LABEL.exec(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
    if (label && !QUESTIONER.test(label[1])) {
      const at = lineStart + label.index;
      return people.find((p) => p.start >= at && p.end <= at + label[0].length) ?? labelSpeaker(label[1], input, people, at);
    }
    if (lineEnd < 0) break;
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/** Who a label not naming a recognised person stands for: an office's holder (`EAM`), or a title and surname (`SECRETARY AUSTIN`). */
function labelSpeaker(label: string, input: MeetingInput, people: readonly Person[], at: number): Person | undefined {
  // `A:` answers an interview's `Q:`: the one the introduction names.
  if (ANSWERER.test(label)) {
    const interviewee = introduced(input.text, people, at);
    return interviewee && { ...interviewee, start: at, end: at + label.length };
  }
  if (AN_OFFICE.test(label)) {
    const holder =
      input.reference &&
      soleHolder(input.knowledgeBase?.entities ?? [], officeNamed(label), input.reference, () => peopleByCountry(people));
    return holder ? personOf(holder, at, at + label.length) : undefined;
  }
  // `THE PRESIDENT:` in the White House's transcripts: the person the article names with that title (`Remarks by
  // President Trump and …`), else the office's one holder.
  const office = THE_OFFICE.exec(label)?.[1];
  if (office) {
    const titled = titledPerson(input.text, people, office);
    if (titled) return { ...titled, start: at, end: at + label.length };
    const holder =
      input.reference &&
      soleHolder(input.knowledgeBase?.entities ?? [], office.toLowerCase(), input.reference, () => peopleByCountry(people));
    return holder ? personOf(holder, at, at + label.length) : undefined;
  }
  // `VLADIMIR PUTIN:`: a name in capitals, the article's person or the KB's of that name.
  const lower = label.toLowerCase().replace(/\s+/g, ' ');
  const known = byName(people).get(lower);
  if (known) return { ...known, start: at, end: at + label.length };
  const entities = input.knowledgeBase?.entities ?? [];
  const named = kbPeopleWithSurname(entities, lastWord(lower) ?? '').filter((e) =>
    [e.name, ...e.aliases].some((n) => n.toLowerCase() === lower),
  );
  if (named.length === 1) return personOf(named[0], at, at + label.length);
  const words = label.split(/\s+/);
  return resolveTitled(words.slice(0, -1).join(' '), words[words.length - 1], input, people, at);
}
/** For each article's people: the first named so, by name in lower case (a transcript asks at every label). */
const byNames = new WeakMap<readonly Person[], Map<string, Person>>();
function byName(people: readonly Person[]): Map<string, Person> {
  let index = byNames.get(people);
  if (!index) {
    index = new Map();
    for (const p of people) {
      const key = p.name.toLowerCase();
      if (!index.has(key)) index.set(key, p);
    }
    byNames.set(people, index);
  }
  return index;
}
const THE_OFFICE = /^THE ((?:VICE )?PRESIDENT|PRIME MINISTER|SECRETARY|CHANCELLOR|PREMIER)$/i;

/** For each article's people: titledPerson's answer by title (a transcript asks at every `THE PRESIDENT:`). */
const titled = new WeakMap<readonly Person[], Map<string, Person | undefined>>();

/** The first person the text names right after `title` (`President Trump`, `President Donald J. Trump`), any case. */
function titledPerson(text: string, people: readonly Person[], title: string): Person | undefined {
  const wanted = title.toLowerCase();
  let known = titled.get(people);
  if (!known) titled.set(people, (known = new Map()));
  if (!known.has(wanted))
    known.set(
      wanted,
      people.find((p) => {
        const before = text.slice(Math.max(0, p.start - wanted.length - 1), p.start).toLowerCase();
        return before.trimEnd() === wanted && before.length === wanted.length + 1;
      }),
    );
  return known.get(wanted);
}

/** For each article's people: the distinct people by the last word of their name (see namedWithSurname). */
const bySurname = new WeakMap<readonly Person[], Map<string | undefined, Person[]>>();

/**
 * The distinct people (by key, first mention) the article names with that surname. Built once per article:
 * filtering every mention for each `Minister Singh` of a transcript made a long one quadratic (600 KB: 4 s).
 */
function namedWithSurname(people: readonly Person[], surname: string): readonly Person[] {
  let index = bySurname.get(people);
  if (!index) {
    index = new Map();
    const seen = new Set<string>();
    for (const p of people) {
      if (seen.has(p.key)) continue;
      seen.add(p.key);
      const word = lastWord(p.name);
      const list = index.get(word);
      if (list) list.push(p);
      else index.set(word, [p]);
    }
    bySurname.set(people, index);
  }
  return index.get(surname) ?? [];
}

/** `Minister Singh`: the person the article names with that surname, else the one KB person with it holding such an office then. */
function resolveTitled(title: string, surname: string, input: MeetingInput, people: readonly Person[], at: number): Person | undefined {
  const last = surname.toLowerCase();
  const named = namedWithSurname(people, last);
  const span = { start: at, end: at + title.length + surname.length + 1 };
  if (named.length === 1) return { ...named[0], ...span };
  const office = title.toLowerCase().split(/\s+/).at(-1) ?? '';
  const ref = input.reference;
  const candidates = kbPeopleWithSurname(input.knowledgeBase?.entities ?? [], last).filter(
    (e) => !ref || !office || rolesOn(e, ref).some((r) => r.title.toLowerCase().includes(office)),
  );
  if (candidates.length === 1) {
    const e = candidates[0];
    return personOf(e, span.start, span.end);
  }
  // `NEW DELHI:` is a dateline, not `SECRETARY AUSTIN:`: only a person's title makes a name of a surname.
  if (!title || !inLexicon(PERSON_TITLES, title.split(/\s+/).at(-1) ?? '')) return undefined;
  const name = `${titleCase(title)} ${titleCase(surname)}`;
  return { key: `name:${name.toLowerCase()}`, name, id: null, ...span };
}

/**
 * Whether the person speaks the turn a line opens with, their office after their name (`Shri Randhir Jaiswal,
 * Official Spokesperson: …`): before the name on the line no sentence, after it a comma, capitalised words and a
 * colon (not `In Vientiane on Wednesday, Rajnath Singh met:`, a list's lead).
 */
export function isInTurnLabel(text: string, person: Person): boolean {
  if (!OFFICE_THEN_COLON.test(text.slice(person.end, person.end + 80))) return false;
  const lineStart = lineStartNear(text, person.start, 81);
  return lineStart >= 0 && !/[.!?"“”]/.test(text.slice(lineStart, person.start));
}
const OFFICE_THEN_COLON = /^,[ \t]*[A-Z][\w'’.-]*(?:[ \t]+(?:of|for|the|and|on|[A-Z][\w'’.-]*))*[ \t]*:/;

/** Whether the person is named in a transcript's speaker label: capitals from the line's start, then a colon. */
export function isSpeakerLabel(text: string, person: Person): boolean {
  const lineStart = lineStartNear(text, person.start, 100);
  return (
    lineStart >= 0 &&
    /^[A-Z .'’-]*$/.test(text.slice(lineStart, person.start)) &&
    /^[A-Z .'’-]*:/.test(text.slice(person.end, person.end + 40))
  );
}

/**
 * Whether the person is the speaker a line of a transcript opens with: a colon right after the name,
 * and before it on the line only their title or office (`Official Spokesperson, Shri`), no sentence.
 */
export function speaksTheTurn(text: string, person: Person): boolean {
  // (Hansard names the speaker after the office, in brackets: `The Secretary of State for Defence (John Healey):`.)
  if (!/^[ \t]*\)?[ \t]*:/.test(text.slice(person.end, person.end + 5))) return false;
  const lineStart = lineStartNear(text, person.start, 81);
  return lineStart >= 0 && !/[.!?"“”]/.test(text.slice(lineStart, person.start));
}
