// `I` and `we` outside a transcript's turns (transcriptTurns.ts reads those): the speaker of the quotation they
// are in (`"I had a very good conversation with Secretary Hegseth," Singh said`, `Marles wrote: "…"`), or, outside
// any quotation, the article's author when the article names one (`By Rajnath Singh` over an op-ed, a post's
// author line over `Had an excellent meeting with my friend Richard Marles`, a release signed at its end).
// `he`/`she` attributing a quotation is the person the article follows.

import { firstStartingAt } from '../text/spans';
import type { Person } from './meetingPeople';

/**
 * How far around the first-person word a quotation's marks and its attribution are looked for: a paragraph
 * may be a megabyte long (a dump without line breaks), and every look is bounded so.
 */
const REACH = 1500;

/** A sentence in a social post's register, its subject dropped: `Had a productive meeting with …`, `Delighted to meet …`. */
export const DROPPED_SUBJECT =
  /^\s*(?:(?:Had|Held|Met|Spoke|Called on|Received|Hosted)\b|(?:Delighted|Pleased|Glad|Happy|Honou?red|Great|Good|Wonderful|Lovely)\s+to\s+(?:meet|have met|host|receive|speak|call on|catch up|hold|welcome)\b)/;

/** A speech verb: what makes the person next to a quotation its speaker. */
const SPEECH =
  '(?:said|says|added|adds|told|tells|wrote|writes|posted|posts|tweeted|tweets|noted|notes|stated|states|remarked|recalled|recalls|declared|observed|explained)';
/** After a quotation's closing mark: `," he said`, `," said Singh` — the pronoun or the verb first. */
const PRONOUN_SAID = new RegExp(String.raw`^[\s,]*(?:(he|she)\s+(?:also\s+)?${SPEECH}\b|${SPEECH}\s)`);
/** Before a quotation's opening mark: `Singh said:`, `Marles wrote on X:`, `she told reporters,`. */
const SAID_THEN = new RegExp(String.raw`\b(?:(he|she)\s+(?:also\s+)?)?${SPEECH}\b[^:"“”.!?]{0,60}[:,]?\s*$`);
/** A role after a name that makes its bearer a commentator or a spokesperson (`Tanvi Madan, a senior fellow at Brookings`). */
export const SOURCE_ROLE =
  /^,\s+(?:a|an|the|its|their)\s+(?:[\w.'’-]+\s+){0,4}?(?:spokes(?:person|man|woman)|press secretary|analyst|fellow|professor|expert|researcher|correspondent|reporter)\b/i;

/**
 * A byline: `By Rajnath Singh` alone on a line, a title after a comma allowed; also the line over a speech
 * (`Remarks by Deputy Prime Minister Richard Marles`, `Keynote address by …`), titles between `by` and the name, and
 * where and to whom after it.
 */
const BYLINE =
  /^[ \t]*(?:By|(?:Remarks|Speech|Statement|Address|Keynote|Message|Op-ed|Article|Lecture)(?:[ \t]+[a-z]+){0,3}[ \t]+by)(?:[ \t]+(?:[A-Z][\w.'’-]*|of|for|the))*[ \t]+$/;
/** What may follow a byline's name on its line: an office after a comma, or where and to whom the speech was made. */
const AFTER_BYLINE = /^[ \t]*(?:,[^.!?]*|[ \t]+(?:at|to|on|in|during|before|for)\b[^.!?]*)?$/;

export interface FirstPersonInput {
  readonly text: string;
  /** Where the body starts (after the header). */
  readonly from: number;
  /** The text's people, in text order (one array per article: what is read of it once is kept by it). */
  readonly people: readonly Person[];
}

/**
 * Who the first-person word at `at` stands for, if the text tells: the speaker of the quotation around it, else
 * (outside a quotation) the article's author. `followed` is the person `he`/`she` would be.
 */
export function firstPersonSpeaker(input: FirstPersonInput, at: number, followed: Person | undefined): Person | undefined {
  const quote = quotationAround(input.text, at);
  if (!quote) return authorOf(input);
  return quoteSpeaker(input, quote, followed);
}

interface Quotation {
  readonly open: number;
  /** The closing mark, or the paragraph's end when the quotation runs on (a quoted paragraph may not close). */
  readonly close: number;
  readonly lineStart: number;
  readonly lineEnd: number;
}

/** Whether the offset is inside a quotation (its paragraph's marks, curly or straight). */
export function inQuotation(text: string, at: number): boolean {
  return quotationAround(text, at) !== undefined;
}

/** The quotation the offset is in (curly or straight marks, within its paragraph), if any. */
function quotationAround(text: string, at: number): Quotation | undefined {
  const from = Math.max(0, at - REACH);
  const back = text.slice(from, at).lastIndexOf('\n');
  const lineStart = back >= 0 ? from + back + 1 : from;
  const ahead = text.slice(at, at + REACH).indexOf('\n');
  const lineEnd = ahead >= 0 ? at + ahead : Math.min(text.length, at + REACH);
  const before = text.slice(lineStart, at);
  const curlyOpen = before.lastIndexOf('“');
  if (curlyOpen >= 0 && before.indexOf('”', curlyOpen) < 0) {
    const close = text.indexOf('”', at);
    return { open: lineStart + curlyOpen, close: close >= 0 && close < lineEnd ? close : lineEnd, lineStart, lineEnd };
  }
  let marks = 0;
  let open = -1;
  for (let i = before.indexOf('"'); i >= 0; i = before.indexOf('"', i + 1)) {
    marks++;
    open = i;
  }
  if (marks % 2 === 0) return undefined;
  const close = text.indexOf('"', at);
  return { open: lineStart + open, close: close >= 0 && close < lineEnd ? close : lineEnd, lineStart, lineEnd };
}

/** The speaker of a quotation: attributed after it, before it, or (a quotation continuing another) the one before's. */
function quoteSpeaker(input: FirstPersonInput, quote: Quotation, followed: Person | undefined): Person | undefined {
  const after = attributedAfter(input, quote.close, quote.lineEnd, followed);
  if (after) return after;
  const { text } = input;
  const lead = text.slice(quote.lineStart, quote.open);
  // `"We discussed the Quad," she told reporters. "I also met the Defence Minister."`: the quotation before's speaker.
  const previousClose = Math.max(lead.lastIndexOf('”'), lead.lastIndexOf('"'));
  const from = previousClose >= 0 ? quote.lineStart + previousClose : quote.lineStart;
  const windowStart = Math.max(from, quote.open - 200);
  const said = SAID_THEN.exec(text.slice(windowStart, quote.open));
  if (said) {
    if (said[1]) return followed;
    const speechAt = windowStart + said.index;
    return lastPersonIn(input.people, Math.max(from, speechAt - 150), speechAt);
  }
  if (previousClose >= 0) return attributedAfter(input, quote.lineStart + previousClose, quote.open, followed);
  return undefined;
}

/** `," Singh said`, `," said Defence Minister Rajnath Singh`, `," he said` right after a closing mark. */
function attributedAfter(input: FirstPersonInput, close: number, limit: number, followed: Person | undefined): Person | undefined {
  const { text, people } = input;
  const window = text.slice(close + 1, Math.min(limit, close + 160));
  const end = window.search(/[.!?](?:\s|$)|[“"]/);
  const clause = end >= 0 ? window.slice(0, end) : window;
  const pronoun = PRONOUN_SAID.exec(clause);
  if (pronoun?.[1]) return followed;
  const first = people[firstStartingAt(people, close + 1)];
  if (!first || first.end > close + 1 + clause.length) return undefined;
  // `," said Singh` or `," Defence Minister Rajnath Singh said in a post on X` — not `," said Tanvi Madan, a senior
  // fellow at Brookings`: a commentator's `I met Singh` is no meeting of officials.
  if (SOURCE_ROLE.test(text.slice(first.end, first.end + 80))) return undefined;
  if (pronoun) return first;
  const between = text.slice(first.end, close + 1 + clause.length);
  return new RegExp(String.raw`^[^,]{0,3}(?:,[^,]{1,60},)?\s+(?:also\s+)?${SPEECH}\b`).test(between) ? first : undefined;
}

/** The last person named in [start, end). */
function lastPersonIn(people: readonly Person[], start: number, end: number): Person | undefined {
  const i = firstStartingAt(people, end) - 1;
  return i >= 0 && people[i].start >= start && people[i].end <= end ? people[i] : undefined;
}

/** For each article's people: its author, looked for once (every first-person sentence asks). */
const authors = new WeakMap<readonly Person[], Person | undefined>();

/**
 * The article's author, named above its first lines of prose: a byline (`By Rajnath Singh`), or a post's author
 * line (the name alone on a line, the handle on the next: `Rajnath Singh` / `@rajnathsingh`).
 */
function authorOf(input: FirstPersonInput): Person | undefined {
  if (!authors.has(input.people)) authors.set(input.people, findAuthor(input));
  return authors.get(input.people);
}

function findAuthor(input: FirstPersonInput): Person | undefined {
  const { text, people } = input;
  let lineStart = input.from;
  for (let lines = 0; lines < 6 && lineStart < text.length; lines++) {
    // (A line is looked at to 200 characters: a text may be one line of megabytes.)
    const found = text.slice(lineStart, lineStart + 200).indexOf('\n');
    const lineEnd = found < 0 ? Math.min(text.length, lineStart + 200) : lineStart + found;
    const i = firstStartingAt(people, lineStart);
    const person = people[i];
    if (person && person.end <= lineEnd) {
      const before = text.slice(lineStart, person.start);
      const after = text.slice(person.end, lineEnd);
      if (BYLINE.test(before) && AFTER_BYLINE.test(after)) return person;
      if (/^[ \t]*$/.test(before) && /^[ \t]*$/.test(after) && /^[ \t]*@\w/.test(text.slice(lineEnd + 1, lineEnd + 40))) return person;
    }
    if (found < 0) break;
    lineStart = lineEnd + 1;
  }
  return signatory(input);
}

/**
 * A media release signed at its end: the last line a person's name and their office (`Richard Marles, Deputy Prime
 * Minister`), nothing else on it.
 */
function signatory(input: FirstPersonInput): Person | undefined {
  const { text, people } = input;
  let end = text.length;
  while (end > input.from && /\s/.test(text[end - 1])) end--;
  const lineStart = Math.max(input.from, text.lastIndexOf('\n', end - 1) + 1);
  if (end - lineStart > 120) return undefined;
  const person = people[firstStartingAt(people, lineStart)];
  if (!person || person.end > end || !/^[ \t]*$/.test(text.slice(lineStart, person.start))) return undefined;
  return SIGNATURE_OFFICE.test(text.slice(person.end, end)) ? person : undefined;
}
const SIGNATURE_OFFICE = /^,[ \t]*[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|of|for|and|the))*[ \t]*$/;
