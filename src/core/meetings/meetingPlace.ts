// Where a meeting took place, as its sentences and the article's dateline say: a place the knowledge base
// knows after `in`/`at` (or the `to` of a visit or a welcome), capitalised words no entity claims after
// `in`/`at`/`at the`, else the dateline.

import { inLexicon, PERSON_TITLES } from '../entities/nameLexicon';
import type { EntityMention } from '../entities/recognizeEntities';
import type { Sentence } from '../text/sentences';
import { firstStartingAt, overlapsAny } from '../text/spans';
import { titleCase } from '../text/titleCase';
import type { MeetingInput } from './findMeetings';
import { PLACE_AFTER, PLACE_BEFORE, VISIT_PLACE_BEFORE } from './meetingCues';

/** A place read, and where. */
export interface FoundPlace {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

type PlaceInput = Pick<MeetingInput, 'text' | 'entities' | 'dates'>;

/**
 * The place a sentence gives a meeting: in the sentence that reports it (`reporting`), the first after the
 * meeting words (`after`) — `was welcomed at Rashtrapati Bhavan, and the two leaders held talks at Hyderabad
 * House` — then one before them (`In Vientiane, …`); `places` are the article's place mentions, in text order.
 */
export function placeIn(
  input: PlaceInput,
  sentence: Sentence,
  body: string,
  places: readonly EntityMention[],
  after: number,
  reporting: boolean,
): FoundPlace | null {
  // `… before departing for Hawaii, where he will call on …`: the place the clause of the meeting words is said of.
  if (reporting && input.text.slice(sentence.start, after).includes('where')) {
    const i = firstStartingAt(places, after) - 1;
    const place = places[i];
    if (place && place.start >= sentence.start && WHERE_CLAUSE.test(input.text.slice(place.end, after)))
      return { name: place.text, start: place.start, end: place.end };
    // …or capitalised words no entity claims after `to`, `in` or `at` (`will travel to Tokyo next week, where …`).
    const unknown = WHERE_UNKNOWN.exec(input.text.slice(sentence.start, after));
    if (unknown?.indices?.[1]) {
      const [start, end] = unknown.indices[1].map((i) => sentence.start + i);
      if (!NOT_A_PLACE.test(unknown[1]) && !overlapsAny(input.entities, start, end)) return { name: unknown[1], start, end };
    }
  }
  // Only the places of this sentence: a long article has thousands, and sentences by the thousand.
  for (let i = firstStartingAt(places, after), wrapped = false; ; i++) {
    if (i >= places.length || places[i].start > sentence.end) {
      if (wrapped || after === sentence.start) break;
      wrapped = true;
      i = firstStartingAt(places, sentence.start);
    }
    const place = places[i];
    if (!place || (wrapped && place.start >= after)) break;
    if (place.end > sentence.end) continue;
    // `Modi landed at Joint Base Andrews and met …`: an airfield before the meeting words is where a guest arrived.
    if (wrapped && AIRFIELD.test(place.text)) continue;
    const before = input.text.slice(Math.max(sentence.start, place.start - 16), place.start);
    if (
      !PLACE_BEFORE.test(before) &&
      !(
        reporting &&
        ((VISIT_PLACE_BEFORE.test(before) && !visitAsTime(input.text, sentence, place.start)) ||
          welcomedTo(input.text, sentence, place.start))
      )
    )
      continue;
    if (!PLACE_AFTER.test(input.text.slice(place.end, Math.min(sentence.end + 1, place.end + 12)))) continue;
    // `Vientiane, Laos`: a place and the country after it are one place. Only the next place can be
    // it: text between two places includes the nearer one's name.
    const following = places[firstStartingAt(places, place.end + 1)];
    const next =
      following && /^\s*,\s*$/.test(input.text.slice(place.end, following.start)) && !isPossessive(input.text, following.end)
        ? following
        : undefined;
    const end = next && next.end <= sentence.end ? next.end : place.end;
    return { name: input.text.slice(place.start, end), start: place.start, end };
  }
  return unknownPlace(input, sentence, body, places, after);
}

const WHERE_CLAUSE = /^[^,.;]{0,30},?\s*where\s+[^,.;]{0,40}$/;
const WHERE_UNKNOWN = /\b(?:to|in|at) (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})[^,.;]{0,30},\s*where\s+[^,.;]{0,40}$/du;

/**
 * An organisation named as where people met: `at the White House`, `at the Pentagon` (a building the KB knows by
 * the body it houses) — not a group written in capitals (`at the SCO`) nor an event (`at the ADMM-Plus`); or a
 * name the KB does not know after `in`, which the words alone could not tell from an organisation's (`in Rio de
 * Janeiro`).
 */
export function isVenue(text: string, mention: EntityMention): boolean {
  if (mention.type !== 'organisation' || !/[a-z]/.test(mention.text) || EVENT_WORD.test(mention.text)) return false;
  const before = text.slice(Math.max(0, mention.start - 7), mention.start);
  return (
    /\b[Aa]t the $/.test(before) ||
    // `talks in the Oval Office`: a room or a building of the body's.
    (/\bin the $/.test(before) && ROOM.test(mention.text)) ||
    (mention.kind === 'unknown' && /\bin $/.test(before)) ||
    // `welcomed … Richard Marles to the Pentagon`
    (/\bto the $/.test(before) && WELCOMED_TO.test(text.slice(Math.max(0, mention.start - 120), mention.start)))
  );
}

const ROOM = /\b(?:Office|House|Palace|Hall|Room|Building|Kremlin|Pentagon|Secretariat|Block)$/;

const NOT_A_PLACE =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Parliament|Congress|Senate|Cabinet|Lok|Rajya|House|Court|Office|Ministry|Department|Committee|Council|The|This|That|His|Her|Their)\b/;

const AIRFIELD = /\b(?:Airport|Airbase|Air Base|Base|Airfield|Air Station|Air Force Station)\b/;
const isPossessive = (text: string, at: number) => /^['’]s?\b/.test(text.slice(at, at + 3));

const IN_CAPITAL = /\b(?:in|at|at the|in the) [A-ZÀ-ÖØ-Þ]/;
const EVENT_WORD = /\b(?:Summit|Meeting|Conference|Dialogue|Forum|Session|Conclave|Exhibition|Expo|Games|Ceremony|Parade|Plus)\b/;

/** `in Wilmington on Saturday`: capitalised words after `in`/`at` that no entity and no date claims, in the reporting sentence. */
function unknownPlace(
  input: PlaceInput,
  sentence: Sentence,
  body: string,
  places: readonly EntityMention[],
  after: number,
): FoundPlace | null {
  // The pattern below needs Unicode mode, which is slow; a capital after `in`/`at` is where it can start.
  if (!IN_CAPITAL.test(body)) return welcomedPlace(input, sentence, body);
  // The first after `after` (the meeting words), else the first before them (see fill).
  let before: FoundPlace | null = null;
  for (const m of body.matchAll(/\b(?:in|at|(?:at|in) (the)) ((?:\p{Lu}[\p{L}'’.-]+)(?: \p{Lu}[\p{L}'’.-]+){0,3})/gu)) {
    // `in Tokyo.`: the sentence's full stop is not the place's (`Washington D.C.` keeps its own).
    const name = /[^.][^.\s]\.$/.test(m[2]) ? m[2].slice(0, -1) : m[2];
    // `at the Kremlin`, but not `at the Quad Summit` (an occasion).
    if (m[1] && EVENT_WORD.test(name)) continue;
    const start = sentence.start + m.index + m[0].length - m[2].length;
    const end = start + name.length;
    if (NOT_A_PLACE.test(name) || !PLACE_AFTER.test(input.text.slice(end, Math.min(sentence.end + 1, end + 12)))) continue;
    if (overlapsAny(input.entities, start, end) || overlapsAny(input.dates, start, end)) continue;
    // `Modi landed at Joint Base Andrews and met …`: an airfield before the meeting words is where a guest arrived.
    if (start < after && AIRFIELD.test(name)) continue;
    // `Vientiane, Laos`: a known country after the unknown town belongs to the place (only the next
    // place can be: text between two places includes the nearer one's name).
    const following = places[firstStartingAt(places, end + 1)];
    // (Not `in Washington, India's foreign ministry said`: a country whose something follows begins another clause.)
    const country =
      following &&
      following.end <= sentence.end &&
      /^\s*,\s*$/.test(input.text.slice(end, following.start)) &&
      !isPossessive(input.text, following.end)
        ? following
        : undefined;
    const last = country ? country.end : end;
    const place = { name: input.text.slice(start, last), start, end: last };
    if (start >= after) return place;
    before ??= place;
  }
  return before ?? welcomedPlace(input, sentence, body);
}

/** `welcomed India's Raksha Mantri … to Canberra`: capitalised words after the `to` of a welcome that no entity claims. */
function welcomedPlace(input: PlaceInput, sentence: Sentence, body: string): FoundPlace | null {
  if (!/[Ww]elcom/.test(body)) return null;
  for (const m of body.matchAll(/\bto (?:the )?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3})/gu)) {
    const start = sentence.start + m.index + m[0].length - m[1].length;
    const end = start + m[1].length;
    if (NOT_A_PLACE.test(m[1]) || !welcomedTo(input.text, sentence, start)) continue;
    if (!PLACE_AFTER.test(input.text.slice(end, Math.min(sentence.end + 1, end + 12)))) continue;
    if (overlapsAny(input.entities, start, end) || overlapsAny(input.dates, start, end)) continue;
    return { name: m[1], start, end };
  }
  return null;
}

/**
 * `The meeting … came weeks before Modi's state visit to Washington`, `ahead of his visit to Washington`: a visit
 * that dates the meeting, another event than it, whose place is not the meeting's.
 */
function visitAsTime(text: string, sentence: Sentence, placeStart: number): boolean {
  return VISIT_AS_TIME.test(text.slice(Math.max(sentence.start, placeStart - 100), placeStart));
}
const VISIT_AS_TIME =
  /\b(?:before|after|ahead of|following|prior to|since|until)\s+(?:[^,;.]{0,60}\s)?visit(?:s|ed|ing)?\s+(?:to\s+)?(?:the\s+)?$/i;

/** `welcomed India's Raksha Mantri … to Canberra`: the place a guest was welcomed to. */
function welcomedTo(text: string, sentence: Sentence, placeStart: number): boolean {
  return WELCOMED_TO.test(text.slice(Math.max(sentence.start, placeStart - 120), placeStart));
}
const WELCOMED_TO = /\b[Ww]elcom(?:ed|es|e|ing)\b[^.;]{0,100}\bto\s+(?:the\s+)?$/;

/**
 * The place of the article's dateline (`NEW DELHI:`, `Vientiane [Laos], November 22 :`), where the report was filed;
 * `isPersonName` (a surname, in lower case) tells a speaker's label (`JAISHANKAR:`, `RICHARD MARLES, …:`) from a place.
 */
export function datelinePlace(
  text: string,
  from: number,
  isPersonName: (word: string) => boolean,
  isKnownPlace: (start: number, end: number) => boolean = () => false,
): FoundPlace | null {
  // The first 12 lines of the 3000 characters after `from`, as `split(/\r?\n/)` cuts them, but cut one
  // at a time: the place is almost always on the first line, and the rest need not be cut at all.
  const head = text.slice(from, from + 3000);
  for (let lineStart = 0, count = 0; count < 12 && lineStart <= head.length; count++) {
    const lf = head.indexOf('\n', lineStart);
    const lineEnd = lf < 0 ? head.length : lf;
    const line = head.slice(lineStart, lf > lineStart && head.charCodeAt(lf - 1) === 13 ? lf - 1 : lineEnd);
    const lineAt = from + lineStart;
    lineStart = lineEnd + 1;
    // An ALL-CAPS place before `:` or a dash; a Title-Case one only with `[Country]` or `, date` after it.
    // `New Delhi: On the sidelines of …`: a place the KB knows, then a colon, needs nothing more.
    const known = DATELINE_KNOWN.exec(line);
    if (known) {
      const start = lineAt + known.index + known[0].length - known[1].length;
      if (isKnownPlace(start, start + known[1].length)) return { name: known[1], start, end: start + known[1].length };
    }
    const m = DATELINE_CAPS.exec(line) ?? DATELINE_TITLED.exec(line);
    if (!m) continue;
    // `MINISTER SINGH:`, `MR. MILLER:` open a transcript's turn: a speaker, not a place.
    const first = m[1].split(' ')[0];
    if (inLexicon(PERSON_TITLES, first) || TURN_ROLES.test(first)) continue;
    const start = lineAt + m.index;
    // `JAISHANKAR:`, `RICHARD MARLES, DEPUTY PRIME MINISTER:` open a turn: a person's name, not a place.
    if (isPersonName(m[1].slice(m[1].lastIndexOf(' ') + 1).toLowerCase())) continue;
    // `Official Spokesperson, Shri Randhir Jaiswal:`: an office, then the speaker's name, open a turn.
    const after = line
      .slice(m.index + m[0].length)
      .split(/[:—–]/)[0]
      .replace(/^[\s,]+/, '')
      .trim()
      .split(/\s+/);
    if (after[0] && (inLexicon(PERSON_TITLES, after[0]) || isPersonName(after[after.length - 1].toLowerCase()))) continue;
    const name = m[1] === m[1].toUpperCase() ? titleCase(m[1]) : m[1];
    return { name, start, end: start + m[1].length };
  }
  return null;
}

/** Who else opens a transcript's turn. */
const TURN_ROLES = /^(?:Q|A|QUESTION|ANSWER|MODERATOR|JOURNALIST|REPORTER|OPERATOR|INTERVIEWER|PARTICIPANT|AUDIENCE|ANCHOR|HOST)$/i;

// The dash after a dateline may be a hyphen between spaces, as wire copy writes it (`NEW DELHI, Oct 2 (Reuters) -`).
const DATELINE_CAPS = /^\s*([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*)(?=\s*(?:[[(][^\])]*[\])]\s*)?(?:,[^:—–\n]{0,40})?\s*(?:[:—–]|-\s))/;
// (Or a dash: `New Delhi – Ambassador …`, as the US Embassy writes it.)
const DATELINE_KNOWN = /^\s*([A-Z][a-z.'’-]+(?: [A-Z][a-z.'’-]+){0,2})(?=\s*(?::|[—–]|-(?=\s))\s)/;
// (Also a news agency's style, the date and the agency in brackets with no dash: `Rome, Nov 26 (PTI) External …`.)
const DATELINE_TITLED =
  /^\s*([A-Z][a-z.'’-]+(?: [A-Z][a-z.'’-]+)*)(?=\s*(?:\[[^\]]*\]\s*,?|,)[^:—–\n]{0,40}\s*(?:[:—–]|-\s)|,\s*[A-Z][a-z]{2,8}\.? \d{1,2}\s*\([A-Z]{2,8}\))/;
