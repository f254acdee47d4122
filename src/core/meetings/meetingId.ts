// One identity per real meeting, shared by every report of it across the corpus. Computed from the
// report alone — the same people (a person the KB does not know by family name), the same kind (in person or a dialogue; a call; a video conference), the same week — so the CLI can stream, the editor can
// index article by article, and linking 100k articles is one pass with no pairwise comparison.
//
// The week is the meeting's (Monday to Sunday) when the text fixes its day; otherwise that of the day
// before publication, as news reports a meeting the day it happens or the day after. Two reports of one
// meeting therefore share an id when their dates are equal, or one is unknown and the reports came out
// within the same week. A planned meeting gets an id of its own (`planned-…`) and `announces` the id the
// meeting will have once held, when the announcement gives its day.

import { parseIsoDate } from '../calendarDate';
import { addDays, weekReading } from '../dates/dateReading';
import { detached } from '../text/detached';
import type { Meeting } from './findMeetings';

export interface MeetingIdentity {
  readonly id: string;
  /** For a planned meeting whose day is known: the id of the held meeting it announces. */
  readonly announces: string | null;
}

/** The identity of a meeting reported in an article published on `publication` (`YYYY-MM-DD`), if known. */
export function meetingIdentity(meeting: Meeting, publication: string | null): MeetingIdentity {
  const people = meeting.participants
    .map((p) => slug(p.id ?? familyName(p.name)))
    .sort()
    .join('+');
  // Talks in person and a dialogue are one kind here: outlets tell a 2+2 as `held talks` or as the dialogue
  // itself; a call or a video conference is another meeting.
  const kind = meeting.kind === 'in-person' || meeting.kind === 'dialogue' ? '' : `-${meeting.kind}`;
  const day = meeting.date?.precision === 'day' ? meeting.date.value : undefined;
  // A month (`had last met in September 2019`) is the period itself; a meeting recalled without a date is
  // not the one of the days around publication.
  const coarse = meeting.date && !day ? meeting.date.value : undefined;
  const anchor = day ? parseIsoDate(day) : publication && !meeting.background ? parseIsoDate(publication) : undefined;
  const week = coarse ?? (anchor ? weekReading(day ? anchor : addDays(anchor, -1)).value : 'undated');
  const held = `${week}-${people}${kind}`;
  if (meeting.status === 'held') return { id: held, announces: null };
  return { id: `planned-${held}`, announces: day ? held : null };
}

/**
 * A person the KB does not know, by family name: outlets write `Gilberto C. Teodoro Jr.` and `Gilberto Teodoro`,
 * `KIHARA Minoru` and `Minoru Kihara`, `Sheikh Hasina` and `Hasina` — one person (the measure of MEETINGS.md
 * compares participants by surname too). The word in capitals where a name has one (a Japanese release's family
 * name), else the last word, generational suffixes aside.
 */
function familyName(name: string): string {
  const words = name.split(/\s+/).filter((w) => w && !SUFFIX.test(w));
  if (words.length === 0) return name;
  return words.find((w) => /^\p{Lu}{2,}$/u.test(w) && words.some((v) => /\p{Ll}/u.test(v))) ?? words[words.length - 1];
}
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

/** Slugs by name: the same few people take part in most meetings of a workspace. */
const slugs = new Map<string, string>();
const SLUGS_KEPT = 10_000;

function slug(text: string): string {
  let made = slugs.get(text);
  if (made === undefined) {
    if (slugs.size >= SLUGS_KEPT) slugs.clear();
    made = slugOf(text);
    slugs.set(detached(text), made);
  }
  return made;
}

function slugOf(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'unnamed'
  );
}
