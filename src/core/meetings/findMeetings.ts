// The meetings an article reports: who met whom, how, when, where, on what occasion, about what —
// each field with the text it came from. Sentence by sentence: a sentence with meeting words and two
// people (named, or "the two ministers" standing for the two just named) reports a meeting; a later
// sentence about "the meeting" adds what the first left out (`The meeting was held on Thursday`).
// Conventions: docs/meetings.md.

import { type CalendarDate, dayNumber, daysBetween, formatIsoDate, parseIsoDate } from '../calendarDate';
import type { BodyDate } from '../dates/findBodyDates';
import { type DateReading, dayReading, dayShifted } from '../dates/dateReading';
import { directionAt } from '../dates/tense';
import { isWholeWord } from '../entities/nameText';
import type { EntityMention } from '../entities/recognizeEntities';
import type { Entity, KnowledgeBase } from '../knowledgeBase/knowledgeBase';
import { isSpace, type Sentence, sentencesOf } from '../text/sentences';
import type { Range } from '../textPosition';
import { LineIndex } from '../text/lineIndex';
import { linkBlocks } from '../text/linkBlocks';
import { firstStartingAt } from '../text/spans';
import { holderOfCountryOffice, officesOfCountry } from './officeOfCountry';
import { COUNTRY_COUNTERPART, counterpartOf } from './counterparts';
import { countryBefore, kbPeopleWithSurname, lastWord, type Person, personOf } from './meetingPeople';
import { DROPPED_SUBJECT, type FirstPersonInput, firstPersonSpeaker, inQuotation, SOURCE_ROLE } from './firstPerson';
import { datelinePlace, type FoundPlace, isVenue, placeIn } from './meetingPlace';
import { ABBREVIATIONS, OFFICE_ABBREVIATIONS, officeNamed, peopleByCountry, soleHolder, WRITTEN_OFFICES } from './officeHolders';
import {
  HAS_MEETING_REFERENCE,
  HINDI_FUTURE,
  JOINT_ACTION,
  MEETING_REFERENCE,
  type MeetingKind,
  meetingTrigger,
  meetingWordsIn,
  OCCASION,
  OCCASION_END,
  PLANNED,
  RECALLED,
  REMEMBERED,
  THE_TWO,
  type Trigger,
} from './meetingCues';
import { FIRST_PERSON, inLabelledTurn, isInTurnLabel, isSpeakerLabel, speaksTheTurn, turnPeople, WITH_ME } from './transcriptTurns';

export type { MeetingKind } from './meetingCues';

export interface Participant {
  /** The KB name, or the fullest name the article gives. */
  readonly name: string;
  /** The KB id; null for a person the KB does not know. */
  readonly id: string | null;
  /** Where the article names them for this meeting. */
  readonly range: Range;
}

export type MeetingField = 'participants' | 'kind' | 'host' | 'status' | 'date' | 'place' | 'occasion' | 'topics' | 'background';

export interface Meeting {
  readonly participants: readonly Participant[];
  readonly kind: MeetingKind;
  /** The participant who received the other(s), where the text says who visited whom. */
  readonly host: string | null;
  /** `planned` for a meeting announced, not yet held at publication. */
  readonly status: 'held' | 'planned';
  /** The day (or week, month) the text fixes; null when it does not. */
  readonly date: DateReading | null;
  readonly place: string | null;
  readonly occasion: string | null;
  /** Agreements, initiatives and exercises named with it. */
  readonly topics: readonly string[];
  /** Recalled in passing, not the article's news. */
  readonly background: boolean;
  /** The sentence that reports it. */
  readonly start: number;
  readonly end: number;
  readonly range: Range;
  /** Where each field was read. */
  readonly evidence: Partial<Record<MeetingField, Range>>;
}

export interface MeetingInput {
  readonly text: string;
  readonly entities: readonly EntityMention[];
  readonly dates: readonly BodyDate[];
  /** The publication date. */
  readonly reference: CalendarDate | undefined;
  /** Where the body starts (after the header's date). */
  readonly from: number;
  /** The knowledge base, to tell who `MINISTER SINGH:` or `Minister Singh` is on the publication date. */
  readonly knowledgeBase?: KnowledgeBase;
  /**
   * Whether the text opens with the article's dateline (the default): false for a later section of a
   * long text (see sections/sectionedBody.ts), whose first lines are the middle of the text.
   */
  readonly dateline?: boolean;
}

interface Draft {
  participants: Person[];
  kind: MeetingKind;
  host: string | null;
  status: 'held' | 'planned';
  date: BodyDate | null;
  place: FoundPlace | null;
  occasion: { name: string; start: number; end: number } | null;
  topics: Map<string, { start: number; end: number }>;
  background: boolean;
  sentence: Sentence;
  /** Where `sentence` is in the sentences read (`seen`); -1 for a clause of one (see clausesOf). */
  seenIndex: number;
  /** The meeting words: the evidence of its kind and its status. */
  trigger: { start: number; end: number };
}

/** Officials a lede speaks of without naming them. */
// (Or a body that meets: `The India-U.S. Defense Policy Group met in New Delhi on April 11.`)
const LEDE_ROLES =
  /\b(?:counterparts?|ministers?|chiefs?|secretary|president|premier|leaders?|envoys?|advis[eo]rs?|chancellor|group|dialogue|commission|council)\b/i;

/** A lede with meeting words and no one named. */
interface Lede {
  readonly sentence: Sentence;
  readonly body: string;
  readonly trigger: Trigger;
  readonly seenIndex: number;
}

/** A sentence read and the people it names (each once). */
interface Seen {
  readonly sentence: Sentence;
  readonly people: readonly Person[];
}

/** A meeting as first reported; `fill` adds what its sentences say. */
function newDraft(
  participants: Person[],
  kind: MeetingKind,
  status: Draft['status'],
  sentence: Sentence,
  seenIndex: number,
  trigger: { start: number; end: number },
  background: boolean,
): Draft {
  return {
    participants,
    kind,
    host: null,
    status,
    date: null,
    place: null,
    occasion: null,
    topics: new Map(),
    background,
    sentence,
    seenIndex,
    trigger,
  };
}

/** A recalled meeting more than this many days before publication is background. */
const BACKGROUND_DAYS = 45;
/** A meeting this many days before publication or fewer is the news, however it is told (but REMEMBERED). */
const RECENT_DAYS = 7;
/** The entity types that are a meeting's topics. */
const isTopicType = (type: string) => type === 'agreement' || type === 'initiative' || type === 'exercise';

export function findMeetings(input: MeetingInput): Meeting[] {
  const reader = new MeetingReader(input);
  // `Also Read: …`, the headlines under `Related Stories`: other articles' news.
  const links = linkBlocks(input.text, input.from);
  let link = 0;
  // The next semicolon, looked for again only once passed (a scan from each sentence would read a long text
  // once per sentence).
  let semicolon = -1;
  for (const sentence of sentencesOf(input.text, input.from)) {
    while (link < links.length && links[link].end < sentence.end) link++;
    if (link < links.length && links[link].start <= sentence.start) continue;
    if (semicolon !== Infinity && semicolon < sentence.start) {
      const next = input.text.indexOf(';', sentence.start);
      semicolon = next < 0 ? Infinity : next;
    }
    if (semicolon < sentence.end) for (const part of reportsIn(input.text, sentence)) reader.read(part);
    else reader.read(sentence);
  }
  return reader.meetings();
}

const NAMED_SUBJECT = /^\s*(?:and\s+|while\s+|meanwhile,?\s+)?(?!(?:The|They|He|She|It|This|That|These|Those|His|Her|Their|Both)\b)\p{Lu}/u;

/**
 * `In brief: Jaishankar met … in Athens on Wednesday; Rajnath Singh spoke with … by phone; and Ajit Doval received
 * …`: reports joined by semicolons, each with meeting words of its own, are read one by one (as sentences).
 */
function* reportsIn(text: string, sentence: Sentence): Generator<Sentence> {
  // (Only where the next report opens with a name: `; they last met in July` tells of the people just named.)
  let start = sentence.start;
  for (let semicolon = text.indexOf(';', start); semicolon >= 0 && semicolon < sentence.end; ) {
    const following = text.indexOf(';', semicolon + 1);
    const partEnd = following >= 0 && following < sentence.end ? following : sentence.end;
    const after = text.slice(semicolon + 1, partEnd);
    if (NAMED_SUBJECT.test(after) && meetingTrigger(after) && meetingTrigger(text.slice(start, semicolon))) {
      yield { start, end: semicolon + 1 };
      start = semicolon + 1;
      while (start < partEnd && isSpace(text, start)) start++;
    }
    semicolon = partEnd < sentence.end ? partEnd : -1;
  }
  yield { start, end: sentence.end };
}

/** A sentence like `Singh met:` whose list of people follows, one per line. */
interface ListLead {
  readonly subject: Person;
  /** The lead's meeting words; none for a diary's (`Engagements of EAM on 21 January:`), whose items have theirs. */
  readonly trigger: Trigger | undefined;
  readonly sentence: Sentence;
}

/**
 * Reads an article's sentences in order, keeping what each leaves for the next. One method per case
 * rather than one long loop: V8 optimises each small method on its own, sooner and at less cost (the
 * loop was the costliest function of the core to compile), which counts in cold runs (CLI, indexing).
 */
class MeetingReader {
  private readonly text: string;
  /** People mentioned, in text order, read sentence by sentence from `peopleCursor` on. */
  private readonly people: Person[];
  private peopleCursor = 0;
  private readonly places: EntityMention[] = [];
  private readonly topics: EntityMention[] = [];
  private readonly hasMeetingWord: (start: number, end: number) => boolean;
  private readonly drafts: Draft[] = [];
  /** People in order of mention, for "the two ministers". */
  private readonly named: Person[] = [];
  /** The people each sentence named, for a date said just before the meeting (`Singh on Friday said …`). */
  private readonly seen: Seen[] = [];
  private previousPeople: Person[] = [];
  /** The meeting later sentences add to (`The meeting was held on Thursday`). */
  private current: Draft | undefined = undefined;
  /** Whether the article judges claims (a fact-check: see isFalseClaim), once asked. */
  private factCheck: boolean | undefined = undefined;
  private listLead: ListLead | undefined = undefined;
  /** Who the article is following: the last person a sentence opened with (`General Upendra Dwivedi, Chief of …, is on a visit`). */
  private subject: Person | undefined = undefined;
  /** The last sentence officeOpening read, and what it found. */
  private officeRead: { readonly sentence: Sentence; readonly office: Person | undefined } | undefined = undefined;
  /** The people the sentence being read was found to speak of without naming them (`the visiting minister`, `him`). */
  private unnamed: Person[] = [];
  /** Who last received a guest on arrival (`He was received at the airport by … Sheikh Mohamed bin Zayed`): the host of their talks after. */
  private receivedBy: Person | undefined = undefined;
  /** The sentence just read, if it was a lede with meeting words and no one named (see startFromLede). */
  private lede: Lede | undefined = undefined;
  /** Lines of the text, made when a position is first needed before the meetings are finished. */
  private lines: LineIndex | undefined = undefined;
  /** The first comma at or after the last sentence asked about (see officeOpening). */
  private nextComma = -1;
  /** What firstPersonSpeaker reads of the article. */
  private readonly firstPersonInput: FirstPersonInput;
  /** The last sentence firstPersonIn read, and what it found. */
  private firstPersonRead: { readonly sentence: Sentence; readonly speaker: Person | undefined } | undefined = undefined;
  /** The last sentence's transcript turn (turnOf), read once: asked whether its words can matter, then for its people. */
  private turnRead: { readonly sentence: Sentence; readonly people: readonly Person[] } | undefined = undefined;

  constructor(private readonly input: MeetingInput) {
    this.text = input.text;
    this.people = peopleOf(input.text, input.entities, input.knowledgeBase?.entities ?? []);
    this.firstPersonInput = { text: this.text, from: input.from ?? 0, people: this.people };
    for (const m of input.entities) {
      if (m.type === 'place' || isVenue(this.text, m)) this.places.push(m);
      if (isTopicType(m.entity ? m.entity.type : m.type)) this.topics.push(m);
    }
    this.hasMeetingWord = meetingWordsIn(this.text, input.from);
  }

  read(sentence: Sentence): void {
    const inSentence = this.peopleIn(sentence);
    const lede = this.lede;
    this.lede = undefined;
    // Most sentences have no meeting word at all: one scan of the text spares them every cue pattern.
    const mayCue = this.hasMeetingWord(sentence.start, sentence.end);
    // `Foreign Minister Vijitha Herath was also present.`: one more at the meeting just reported.
    const current = this.current;
    if (current && inSentence.length >= 1 && current.seenIndex >= this.seen.length - 1 && this.alsoPresent(current, sentence, inSentence))
      return;
    // Without meeting words, only two people doing something together report a meeting (`jointAction`).
    if (!this.listLead && !mayCue && inSentence.length < 2) {
      this.remember(sentence, inSentence);
      return;
    }
    const body = this.text.slice(sentence.start, sentence.end);
    if (this.listLead && LIST_ITEM.test(body) && inSentence.length >= 1) {
      this.readListItem(this.listLead, sentence, body, inSentence);
      this.remember(sentence, inSentence);
      return;
    }
    this.listLead = undefined;
    // (Protocol on arrival has the meeting word `received`: only such a sentence is looked at.)
    const arrival = inSentence.length > 0 && mayCue ? RECEIVED_ON_ARRIVAL.exec(body) : null;
    if (arrival) this.receivedBy = inSentence.find((p) => p.start >= sentence.start + arrival.index + arrival[0].length);
    // `Engagements of External Affairs Minister on 21 January 2025:`, `Prime Minister's bilateral meetings at …:` and a
    // list below: the office's holder met each person listed.
    if (inSentence.length === 0 && endsWithColon(body)) {
      const holder = this.officeIn(sentence, body);
      if (holder) {
        this.listLead = { subject: holder, trigger: affirmedTrigger(body), sentence };
        this.remember(sentence, inSentence);
        return;
      }
    }
    // `the meeting` matters only with a meeting to add to or people just named to start one.
    const refersBack = mayCue && (this.current !== undefined || this.previousPeople.length >= 2) && HAS_MEETING_REFERENCE.test(body);
    const trigger = !mayCue
      ? jointAction(this.text, sentence, inSentence)
      : triggerCanMatter(
            body,
            inSentence,
            refersBack && !this.current && this.previousPeople.length >= 2,
            this.subject !== undefined,
            () =>
              inLabelledTurn(this.text, sentence) ||
              this.firstPersonIn(sentence, body) !== undefined ||
              // (A paragraph continuing a turn whose label names its speaker: `President of Russia Vladimir Putin: …`.)
              this.turnOf(sentence).length > 0,
          )
        ? (affirmedTrigger(body) ?? jointAction(this.text, sentence, inSentence))
        : undefined;

    // A question (`Sir, did the NSA meet Mr. Sullivan?`) asks whether a meeting took place: it reports none.
    if (
      trigger &&
      !QUESTION.test(body) &&
      !isHypothetical(body.slice(0, trigger.start)) &&
      !isFalseClaim(body, trigger.start, () => (this.factCheck ??= FACT_CHECK.test(this.text))) &&
      !isRepeated(body, trigger) &&
      !byAnInstitution(this.text, sentence, trigger, inSentence)
    ) {
      const before = this.drafts.length;
      this.report(sentence, body, trigger, inSentence, refersBack);
      // `The Defense Policy Group met in New Delhi on April 11. The meeting was co-chaired by A and B.`: the lede told
      // what, where and when, this sentence (referring back to it) who.
      if (lede && HAS_MEETING_REFERENCE.test(body)) for (const draft of this.drafts.slice(before)) this.fillFromLede(draft, lede);
    } else if (refersBack) {
      this.referBack(sentence, body);
    } else if (lede && !mayCue && inSentence.length >= 2) {
      this.startFromLede(lede, sentence, body, inSentence);
    }
    // A lede with meeting words and officials unnamed (`South Korea's defense chief will hold talks with his
    // Indian counterpart …`): the next sentence, with no meeting words of its own, may name them.
    if (mayCue && inSentence.length === 0 && this.seen.length <= 2 && !this.current && LEDE_ROLES.test(body) && !QUESTION.test(body)) {
      const words = trigger ?? affirmedTrigger(body);
      if (words) this.lede = { sentence, body, trigger: words, seenIndex: this.seen.length };
    }
    this.remember(sentence, inSentence);
  }

  /** What a lede that named no one (the sentence before) says of the meeting its next sentence names the people of. */
  private fillFromLede(draft: Draft, lede: Lede): void {
    if (lede.trigger.kind === 'dialogue') draft.kind = 'dialogue';
    fill(draft, this.input, lede.sentence, lede.body, this.places, this.topics);
  }

  /** `… will hold talks with his Indian counterpart via videoconference on Wednesday. Shin Won-sik and Rajnath Singh are expected to …` */
  private startFromLede(lede: Lede, sentence: Sentence, body: string, inSentence: Person[]): void {
    const { text, input } = this;
    const status = isPlanned(text, lede.sentence, lede.trigger) ? 'planned' : 'held';
    const span = { start: lede.sentence.start + lede.trigger.start, end: lede.sentence.start + lede.trigger.end };
    const draft = newDraft([...inSentence], lede.trigger.kind, status, lede.sentence, lede.seenIndex, span, isRecalled(lede.body));
    fill(draft, input, lede.sentence, lede.body, this.places, this.topics);
    fill(draft, input, sentence, body, this.places, this.topics);
    this.drafts.push(draft);
    this.current = draft;
  }

  /** The people a sentence names, each once (in text order). */
  private peopleIn(sentence: Sentence): Person[] {
    const { people } = this;
    const inSentence: Person[] = [];
    while (this.peopleCursor < people.length && people[this.peopleCursor].start < sentence.end) {
      const person = people[this.peopleCursor++];
      if (person.start < sentence.start) continue;
      if (!hasKey(inSentence, person.key)) inSentence.push(person);
    }
    return inSentence;
  }

  /** The sentence's people and those it spoke of without naming (for the day said just before: `dayJustBefore`). */
  private withUnnamed(inSentence: Person[]): Person[] {
    const more = this.unnamed.filter((p) => !hasKey(inSentence, p.key));
    return more.length === 0 ? inSentence : [...inSentence, ...more];
  }

  /** What later sentences need of one read: its people, in `named`, `seen`, `previousPeople` and `subject`. */
  private remember(sentence: Sentence, inSentence: Person[]): void {
    // `He was received by the President of UAE, Sheikh Mohamed bin Zayed … The two leaders then held talks`: `he`, the
    // person followed, is named there too.
    const opening = this.subject ? this.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 80)) : '';
    const pronoun = opening.includes('He') || opening.includes('She') ? PRONOUN_OPENING.exec(opening) : null;
    if (pronoun && this.subject && !hasKey(inSentence, this.subject.key)) {
      const at = sentence.start + pronoun[0].length - pronoun[1].length;
      this.named.push({ ...this.subject, start: at, end: at + pronoun[1].length });
    }
    for (const person of inSentence) this.named.push(person);
    const first = inSentence[0];
    // (A transcript's speaker, `Shri Randhir Jaiswal, Official Spokesperson: …`, tells of others: not the one followed.)
    if (
      first &&
      opensWithName(this.text.slice(sentence.start, first.start)) &&
      !isInTurnLabel(this.text, first) &&
      !speaksTheTurn(this.text, first)
    ) {
      this.subject = first;
      this.seen.push({ sentence, people: this.withUnnamed(inSentence) });
    } else {
      // (`Prime Minister had a meeting with President Trump yesterday. Prime Minister also met …`: the office's holder is
      // one of the sentence's people for the day said just before.)
      const office = this.officeOpening(sentence);
      this.subject = office ?? this.subject;
      const people = this.withUnnamed(inSentence);
      this.seen.push({ sentence, people: office && !hasKey(people, office.key) ? [...people, office] : people });
    }
    this.previousPeople = inSentence;
    this.unnamed = [];
  }

  /** The speaker of the transcript turn a sentence is in, then the people the turn names (transcriptTurns.ts). */
  private turnOf(sentence: Sentence): readonly Person[] {
    if (this.turnRead?.sentence !== sentence) this.turnRead = { sentence, people: turnPeople(this.input, sentence, this.people) };
    return this.turnRead.people;
  }

  /** Who `I` or `we` (or a subject dropped: `Had a productive meeting with …`) of a sentence stands for, if the text tells (firstPerson.ts). */
  private firstPersonIn(sentence: Sentence, body: string): Person | undefined {
    // (Asked whether the sentence's meeting words can matter, then for its participants: read once.)
    if (this.firstPersonRead?.sentence === sentence) return this.firstPersonRead.speaker;
    const m = DROPPED_SUBJECT.exec(body) ?? FIRST_PERSON.exec(body);
    const word = m && /\S+/.exec(m[0]);
    const at = m ? sentence.start + m.index + (word?.index ?? 0) : 0;
    const found = m ? firstPersonSpeaker(this.firstPersonInput, at, this.subject) : undefined;
    const speaker = found && { ...found, start: at, end: at + (word?.[0].length ?? 0) };
    this.firstPersonRead = { sentence, speaker };
    return speaker;
  }

  /** The publication day as the date of a meeting under way, its evidence the meeting words. */
  private publicationDay(at: { start: number; end: number }): BodyDate {
    this.lines ??= new LineIndex(this.text);
    return {
      text: this.text.slice(at.start, at.end),
      start: at.start,
      end: at.end,
      range: { start: this.lines.positionAt(at.start), end: this.lines.positionAt(at.end) },
      relative: true,
      readings: [dayReading(this.input.reference!)],
    };
  }

  /** How many of the article's people are of each country (see soleHolder). */
  private countries(): ReadonlyMap<string, number> {
    return peopleByCountry(this.people);
  }

  /** `Raksha Mantri appreciated …`, `Earlier, EAM called on …`: the one holding the office a sentence opens with, then. */
  private officeOpening(sentence: Sentence): Person | undefined {
    // (Asked for a sentence's participants, then again when it is remembered: read once.)
    if (this.officeRead?.sentence !== sentence) this.officeRead = { sentence, office: this.readOfficeOpening(sentence) };
    return this.officeRead.office;
  }

  private readOfficeOpening(sentence: Sentence): Person | undefined {
    // At the sentence's start, or after a short lead and its comma: tried at those two places only (every
    // sentence is asked).
    const { text } = this;
    let start = sentence.start;
    while (start < sentence.end && isSpace(text, start)) start++;
    // A turn's label is not the sentence's opening (`Shri Randhir Jaiswal, Official Spokesperson: Yes, the Prime
    // Minister met …`).
    const head = text.slice(start, Math.min(sentence.end, start + 100));
    const label = head.includes(':') ? TURN_OPENING.exec(head) : null;
    if (label && inLabelledTurn(text, sentence)) start += label[0].length;
    // …nor a list item's mark (`• RM held bilateral talks with …`).
    const marker = LIST_ITEM.exec(head);
    if (marker && !label) start += marker[0].length;
    let m: RegExpExecArray | null = null;
    if (OFFICE_INITIALS.has(text.charCodeAt(start))) {
      OPENING_OFFICE.lastIndex = start;
      m = OPENING_OFFICE.exec(text);
    }
    if (!m) {
      // The first comma, within 40 characters and with no full stop before it (the next comma is kept from sentence
      // to sentence: sentences come in text order).
      if (this.nextComma < start) {
        const next = text.indexOf(',', start);
        this.nextComma = next < 0 ? Infinity : next;
      }
      // (The second comma where the first ends a date's day: `On August 23, 2024, RM met …`.)
      let comma = this.nextComma;
      if (comma < start + 40 && DAY_THEN_YEAR.test(text.slice(comma - 3, comma + 7))) {
        const second = text.indexOf(',', comma + 1);
        if (second >= 0 && second <= start + 40) comma = second;
      }
      let after = comma + 1;
      if (comma <= start + 40 && comma < sentence.end) while (after < sentence.end && isSpace(text, after)) after++;
      if (
        comma <= start + 40 &&
        comma < sentence.end &&
        OFFICE_INITIALS.has(text.charCodeAt(after)) &&
        !text.slice(start, comma).includes('.')
      ) {
        OPENING_OFFICE.lastIndex = after;
        m = OPENING_OFFICE.exec(text);
      }
    }
    if (!m || m.index + m[0].length > sentence.end) return undefined;
    const written = m[1] ?? m[2];
    return written ? this.holderOf(written, m.index + m[0].lastIndexOf(written)) : undefined;
  }

  /** The holder of the first office a sentence names anywhere (`Engagements of External Affairs Minister on …`). */
  private officeIn(sentence: Sentence, body: string): Person | undefined {
    const m = OFFICE_ANYWHERE.exec(body);
    const written = m && (m[1] ?? m[2]);
    return m && written ? this.holderOf(written, sentence.start + m.index + m[0].indexOf(written)) : undefined;
  }

  /** The one holding the office written at `at` on the reference day (officeHolders.ts), as a person there. */
  private holderOf(written: string, at: number): Person | undefined {
    const { input } = this;
    const holder =
      input.reference && soleHolder(input.knowledgeBase?.entities ?? [], officeNamed(written), input.reference, () => this.countries());
    return holder && personOf(holder, at, at + written.length);
  }

  /** A line of the list after `Singh met:`: a meeting of the lead's subject with the first other person listed. */
  private readListItem(lead: ListLead, sentence: Sentence, body: string, inSentence: readonly Person[]): void {
    const { text, input } = this;
    // (`- Called on Secretary of State Marco Rubio`: an item's own words say what kind of meeting it was.)
    const own = affirmedTrigger(body);
    const trigger = own ?? lead.trigger;
    if (!trigger) return;
    const told = own ? sentence : lead.sentence;
    for (const person of inSentence.filter((p) => p.key !== lead.subject.key).slice(0, 1)) {
      const span = { start: told.start + trigger.start, end: told.start + trigger.end };
      const status = isPlanned(text, told, trigger) ? 'planned' : 'held';
      const draft = newDraft([lead.subject, person], trigger.kind, status, sentence, this.seen.length, span, false);
      fill(draft, input, lead.sentence, text.slice(lead.sentence.start, lead.sentence.end), this.places, this.topics);
      fill(draft, input, sentence, body, this.places, this.topics);
      this.drafts.push(draft);
      this.current = draft;
    }
  }

  /** A sentence with meeting words: the meeting(s) it reports, or what it adds to the current one. */
  private report(sentence: Sentence, body: string, trigger: Trigger, inSentence: readonly Person[], refersBack: boolean): void {
    const participants = this.participantsOf(sentence, body, trigger, inSentence);
    // `On the sidelines, Singh met:` and a list below it: one meeting with each person listed.
    if (participants.length === 1 && endsWithColon(body)) {
      this.listLead = { subject: participants[0], trigger, sentence };
      return;
    }
    if (trigger.needsObject && !participants.some((p) => p.start >= sentence.start + trigger.end)) return;
    if (participants.length >= 2) {
      this.addMeetings(sentence, body, trigger, participants, refersBack);
      this.listLead = undefined;
    } else if (refersBack && this.current) {
      fill(this.current, this.input, sentence, body, this.places, this.topics);
    }
  }

  /** Who took part in the meeting a sentence reports: its people, less its sources, plus those it stands for. */
  private participantsOf(sentence: Sentence, body: string, trigger: Trigger, inSentence: readonly Person[]): Person[] {
    const { text, input, named, subject } = this;
    // Whoever the sentence quotes on it (`…, said Commander Amy Hopkins, a Navy spokesperson`) reports
    // the meeting rather than taking part, while two others remain to have held it.
    // Someone only named for who they sent (`met Rajnath Singh's envoy`) did not meet anyone.
    // …nor has the speaker of a transcript's turn (`Official Spokesperson, Shri Randhir Jaiswal: Yes, NSA
    // Ajit Doval met Jake Sullivan`), unless addressed as `you` below.
    // Nor has one whose visit is still awaited (`ahead of the visit of Prime Minister Pedro Sánchez`).
    // Nor one named in an aside before the meeting words (`Trump, who called Modi "a great friend", met Albanese`).
    const present = inSentence.filter(
      (p) =>
        !isStandIn(text, sentence, p) &&
        !speaksTheTurn(text, p) &&
        !isInTurnLabel(text, p) &&
        !isAwaitedVisitor(text, sentence, p) &&
        !inAside(text, sentence, p, sentence.start + trigger.start),
    );
    const sources = present.filter((p) => isSource(text, sentence, p));
    // (A commentator quoted, `said Tanvi Madan, a senior fellow at Brookings`, is no official at the meeting, whoever remains.)
    const participants = present.filter(
      (p) => !sources.includes(p) || (present.length - sources.length < 2 && !SOURCE_ROLE.test(text.slice(p.end, p.end + 80))),
    );
    // `… is accompanied by the Minister of Defense, José Múcio Monteiro, who on Tuesday held a meeting with Singh`: meeting
    // words in a relative clause are its antecedent's, not the main clause's subject's.
    const clause =
      participants.length > 2
        ? relativeClause(text, sentence, { start: sentence.start + trigger.start, end: sentence.start + trigger.end })
        : null;
    if (clause) {
      const antecedent = participants.filter((p) => p.end <= clause.start).at(-1);
      if (antecedent && /^\s*,?\s*$/.test(text.slice(antecedent.end, clause.start)))
        for (let i = participants.length - 1; i >= 0; i--) if (participants[i].end < antecedent.start) participants.splice(i, 1);
    }
    if (participants.length <= 1) this.counterpartIn(sentence, body, trigger, participants);
    if (participants.length <= 1) this.countryOfficeIn(sentence, body, participants);
    // `the two ministers` matters only while the sentence has fewer than two people of its own.
    // (`he met his Indian counterpart S Jaishankar`: the counterpart is named, and `he` is the one followed.)
    const his =
      participants.length === 1 && subject !== undefined && subject.key !== participants[0].key && SUBJECT_WORD.test(body)
        ? REFERS_TO_SUBJECT.test(body.slice(0, trigger.start))
        : false;
    const two = participants.length < 2 && !his && THE_TWO.test(body);
    // `the four leaders held the Quad Summit together`: the last four people named.
    const many = participants.length < 2 ? THE_MANY.exec(body) : null;
    const wanted = many ? GROUP_SIZES[many[1].toLowerCase()] : 2;
    const firstPerson = FIRST_PERSON.test(body) || DROPPED_SUBJECT.test(body);
    if (participants.length < 2 && (addressesSomeone(body) || firstPerson)) {
      // A transcript: `SECRETARY AUSTIN: … great to meet with you`, `MARLES: I've just had a meeting with …` —
      // the speaker and the one addressed or named in the turn.
      const turn = this.turnOf(sentence);
      for (const person of turn) {
        if (participants.length < 2 && !hasKey(participants, person.key)) participants.push(person);
      }
      // Elsewhere `I` is a quotation's speaker or the article's author (`"I had a very good conversation with
      // Secretary Hegseth," Singh said`).
      const speaker = turn.length === 0 && firstPerson && participants.length < 2 ? this.firstPersonIn(sentence, body) : undefined;
      if (speaker && !hasKey(participants, speaker.key)) participants.unshift(speaker);
    } else if (WITH_ME.test(body)) {
      // `BLINKEN: Minister Jaishankar and I, along with Secretary Austin and Minister Singh, just concluded the
      // 2+2`: the speaker too, and the people the sentence names by title and surname.
      const [speaker, ...named]: readonly (Person | undefined)[] = inLabelledTurn(text, sentence)
        ? this.turnOf(sentence)
        : [this.firstPersonIn(sentence, body)];
      for (const person of [speaker, ...named.filter((p) => p && p.start >= sentence.start && p.end <= sentence.end)])
        if (person && !hasKey(participants, person.key)) participants.push(person);
    }
    if (participants.length < wanted && (two || many)) {
      // `Singh held talks with Nakatani … ahead of Prime Minister Modi's visit. The two ministers agreed …`: the people
      // of the meeting just told, when they are among the last named, not whoever was named last.
      const told = this.current?.participants;
      const recent = named.slice(-wanted - 2);
      // (`The meeting with Takaichi will be the first between the two leaders` after a list of bilaterals: the people of
      // the latest meeting of the one the sentence names, of the last few told.)
      const withNamed = participants.length === 1 && wanted === 2 ? this.latestMeetingOf(participants[0], wanted) : undefined;
      const first =
        withNamed ?? (participants.length === 0 && told && told.length === wanted && told.every((p) => hasKey(recent, p.key)) ? told : []);
      // A transcript's speaker (`MAJ. GEN. PAT RYDER:`) reports the meeting; his counterpart is someone else's.
      const take = (person: Person) => {
        if (
          !hasKey(participants, person.key) &&
          !isSpeakerLabel(text, person) &&
          !speaksTheTurn(text, person) &&
          !isInTurnLabel(text, person)
        )
          participants.unshift(person);
      };
      for (let i = first.length - 1; i >= 0 && participants.length < wanted; i--) take(first[i]);
      for (let i = named.length - 1; i >= 0 && participants.length < wanted; i--) if (!hasKey(first, named[i].key)) take(named[i]);
    }
    // `Prime Minister also met Vice President JD Vance and Secretary Rubio` (an office opening the sentence, no name
    // after it): its holder met them, they did not meet each other.
    // (`RM and Australian Deputy Prime Minister Richard Marles co-chaired …`: the office first among the subjects.)
    if (participants.length >= 1) {
      const office = this.officeOpening(sentence);
      if (
        office &&
        office.start < Math.min(sentence.start + trigger.start, participants[0].start) &&
        !hasKey(participants, office.key) &&
        !TITLE_GAP.test(text.slice(office.end, participants[0].start))
      )
        participants.unshift(office);
    }
    // `He also met Admiral David Johnston`, `the COAS called on …`: the person the article follows.
    // (Only where no one named stands before the meeting words: `he called on Modi and also met Jaishankar`.)
    const reference =
      participants.length >= 1 && subject && !participants.some((p) => p.key === subject.key || p.start < sentence.start + trigger.start)
        ? (REFERS_TO_SUBJECT.exec(body.slice(0, trigger.start)) ?? CLAUSE_SUBJECT.exec(body.slice(0, trigger.start)))
        : null;
    if (subject && reference?.indices?.[1]) {
      const [start, end] = reference.indices[1];
      participants.unshift({ ...subject, start: sentence.start + start, end: sentence.start + end });
    } else if (!subject && participants.length >= 2 && !participants.some((p) => p.start < sentence.start + trigger.start)) {
      // `He also met A and B` with no one to be `he`: A and B did not meet each other.
      if (/^[Hh]e|^[Ss]he/.test(REFERS_TO_SUBJECT.exec(body.slice(0, trigger.start))?.[1] ?? '')) return [];
      // `Modi held bilateral meetings with A and B` with no one recognised to have held them: neither.
      if (MEETINGS_WITH_EACH.test(body)) return [];
    }
    // `Putin hosted a private dinner for the Prime Minister`: the person the article last named with that title.
    if (participants.length === 1) {
      const office = OFFICE_AFTER.exec(body.slice(trigger.end));
      const holder = office && titledEarlier(text, named, office[1], participants[0]);
      if (holder) {
        const at = sentence.start + trigger.end + office.index + office[0].length - office[1].length;
        participants.push({ ...holder, start: at, end: at + office[1].length });
      }
    }
    // `His Majesty the Sultan and Prime Minister Modi held talks`: the person the article named with that royal title.
    if (participants.length === 1) {
      const royal = ROYAL_TITLE.exec(body);
      const holder = royal && royalNamedEarlier(text, named, (royal[1] ?? royal[2]).toLowerCase(), participants[0]);
      if (royal && holder) {
        const at = sentence.start + royal.index;
        participants.push({ ...holder, start: at, end: at + royal[0].length });
      }
    }
    // `Smt. Nirmala Sitharaman also called on the visiting dignitary`: the one of the meeting just reported who is of
    // another country than the sentence's person.
    // (Without one, the last person named before of another country: `Marles arrived in New Delhi on Wednesday. Singh
    // held talks with the visiting minister on Thursday`.)
    if (participants.length === 1 && VISITOR.test(body.slice(trigger.end, trigger.end + 40))) {
      const host = participants[0];
      const abroad = (p: Person) => p.key !== host.key && p.country && host.country && p.country !== host.country;
      const visitors = this.current
        ? this.current.participants.filter(abroad)
        : named.filter((p) => p.end <= sentence.start && abroad(p)).slice(-1);
      if (visitors.length === 1)
        participants.push({ ...visitors[0], start: sentence.start + trigger.end, end: sentence.start + trigger.end });
    }
    // `Austin arrived on Monday. Singh received him at South Block.`, `Q: When did you last meet President Putin?
    // MODI: I met him …`: `him`/`her` right after the meeting words is the last person named before, not yet in it.
    if (participants.length === 1 && OBJECT_PRONOUN.test(body.slice(trigger.end, trigger.end + 12))) {
      for (let i = named.length - 1; i >= 0; i--) {
        if (named[i].end > sentence.start || hasKey(participants, named[i].key) || isSpeakerLabel(text, named[i])) continue;
        participants.push({ ...named[i], start: sentence.start + trigger.end, end: sentence.start + trigger.end });
        break;
      }
    }
    // `the Deputy Prime Minister held bilateral meetings with:` — the one KB person holding that office then.
    if (participants.length < 2 && !participants.some((p) => p.start < sentence.start + trigger.start)) {
      const holder = officeHolderBefore(input, sentence, body.slice(0, trigger.start), () => this.countries());
      if (holder && !hasKey(participants, holder.key)) participants.unshift(holder);
    }
    this.unnamed = participants.filter((p) => !hasKey(inSentence, p.key));
    return participants;
  }

  /**
   * `Marles said after meeting his Indian counterpart in Canberra`, `He met his US counterpart`: the counterpart of the
   * one person of the sentence (or the one `he` stands for), when the knowledge base tells who (see counterparts.ts).
   */
  private counterpartIn(sentence: Sentence, body: string, trigger: Trigger, participants: Person[]): void {
    const { input, subject } = this;
    const m = input.reference && input.knowledgeBase ? COUNTRY_COUNTERPART.exec(body) : null;
    if (!m) return;
    const reference = participants.length === 0 && subject ? REFERS_TO_SUBJECT.exec(body.slice(0, trigger.start)) : null;
    const owner = participants[0] ?? (reference?.indices?.[1] ? subject : undefined);
    const other = owner?.id ? counterpartOf(input.knowledgeBase!.entities, owner.id, m[1], input.reference!) : undefined;
    if (!owner || !other) return;
    if (participants.length === 0) {
      const [start, end] = reference!.indices![1];
      participants.push({ ...owner, start: sentence.start + start, end: sentence.start + end });
    }
    const at = sentence.start + m.index;
    participants.push(personOf(other, at, at + m[0].length));
  }

  /** The participants of the latest of the last four meetings told that has `size` people, one of them `person`. */
  private latestMeetingOf(person: Person, size: number): Person[] | undefined {
    for (let i = this.drafts.length - 1; i >= Math.max(0, this.drafts.length - 4); i--) {
      const group = this.drafts[i].participants;
      if (group.length === size && hasKey(group, person.key)) return group;
    }
    return undefined;
  }

  /** `President Murmu received the Indonesian President`, `called on the Prime Minister of Australia`: the office's holder. */
  private countryOfficeIn(sentence: Sentence, body: string, participants: Person[]): void {
    if (!COUNTRY_OFFICE_WORD.test(body)) return;
    const { input } = this;
    for (const found of officesOfCountry(body)) {
      const holder = holderOfCountryOffice(
        found,
        this.named,
        sentence.start,
        this.text,
        input.knowledgeBase?.entities ?? [],
        input.reference,
      );
      if (!holder) continue;
      const at = sentence.start + found.start;
      const person =
        'key' in holder ? { ...holder, start: at, end: sentence.start + found.end } : personOf(holder, at, sentence.start + found.end);
      if (hasKey(participants, person.key)) continue;
      const i = participants.findIndex((p) => p.start > person.start);
      participants.splice(i < 0 ? participants.length : i, 0, person);
    }
  }

  /** The meetings of two or more participants a sentence reports (one, or one per person or per clause). */
  private addMeetings(sentence: Sentence, body: string, trigger: Trigger, participants: Person[], refersBack: boolean): void {
    const { text, input } = this;
    // `held bilateral meetings with A and B`, `met A, B and C separately`: one meeting with each.
    const triggerAt = sentence.start + trigger.start;
    // `During his stay, Singh also met Marco Rubio, Mike Waltz and Steve Feinberg`: one visitor and a list
    // of the people they saw is a meeting with each (a joint one says so: `together`, `trilateral`, a 2+2).
    const oneBefore = participants.filter((p) => p.start < triggerAt).length === 1;
    const listed = SEPARATE.test(body) || (oneBefore && BILATERAL.test(body));
    const groups =
      participants.length > 2 && (listed || (oneBefore && trigger.kind === 'in-person' && trigger.strength >= 3 && !together(body)))
        ? separately(participants, triggerAt)
        : [participants];
    // `X spoke with A on Tuesday, a day after he held a call with B`, `X met A on Tuesday, a day after co-chairing
    // … with B`: each meeting read from its own clause (unless the sentence lists whom X met one by one).
    const readings: Reading[] =
      ((groups.length === 1 || !listed) && clausesOf(text, sentence, participants, trigger)) ||
      (groups.length === 1 && relativeThenMain(text, sentence, participants, trigger)) ||
      (groups.length === 1 && thenAgain(text, sentence, participants, trigger)) ||
      groups.map((group) => ({ group, sentence, body, trigger }));
    let previous: Draft | undefined;
    for (const reading of readings) {
      const { group, sameDay } = reading;
      // The sentence is remembered once read (`remember`): it will be next in `seen`, a clause never.
      const seenIndex = reading.sentence === sentence ? this.seen.length : -1;
      // `The meeting between A and B was postponed on Wednesday`: still to come, on a day not yet known; `…
      // was cancelled`: none.
      const off = calledOff(reading.body, reading.trigger.start);
      if (off === 'cancelled') continue;
      // `he will hold talks with A and call on B`: the `will` of the clause before holds for one joined by `and`.
      const status: Draft['status'] =
        off || isPlanned(text, reading.sentence, reading.trigger) || (sameDay && previous?.status === 'planned') ? 'planned' : 'held';
      const current = this.current;
      // A meeting reported is another than one recalled (`Modi had last met Trump in Houston in 2019. The two
      // leaders spoke by phone on January 27`), unless the sentence refers back to it.
      // A dated list item is an entry of its own (`- February 2023: … met …` / `- June 5, 2023: … held talks with …`),
      // not a numbered paragraph of a joint statement (`2. The two Prime Ministers held talks …`).
      // `Jaishankar will be meeting Rubio a day earlier`, `The two had spoken by phone the previous evening`: counted
      // from the meeting just reported, and so another meeting than it.
      const fromCurrent = current?.date ? daysFrom(reading.body, current.date) : null;
      const sameAsCurrent =
        readings.length === 1 &&
        current !== undefined &&
        !fromCurrent &&
        (refersBack || !opensWithDate(input, reading.sentence, reading.body)) &&
        sameSet(current.participants, group) &&
        current.status === status &&
        (refersBack ||
          (current.background === isRecalled(reading.body) && !datesDiffer(current.date, dayIn(input, reading.sentence, status))));
      const at = { start: reading.sentence.start + reading.trigger.start, end: reading.sentence.start + reading.trigger.end };
      const draft: Draft = sameAsCurrent
        ? current
        : newDraft(
            group,
            reading.trigger.kind,
            status,
            reading.sentence,
            seenIndex,
            at,
            reading.recalled || isRecalled(reading.body) || follows(reading.body, reading.sentence.start, group),
          );
      if (!sameAsCurrent) this.drafts.push(draft);
      if (!sameAsCurrent && fromCurrent) draft.date = fromCurrent;
      else {
        if (reading.trigger.kind === 'call' || reading.trigger.kind === 'virtual') draft.kind = reading.trigger.kind;
        // `Austin hosts Marles` (a headline), then `Austin welcomed … Marles to the Pentagon today.`: the story's
        // sentence reports the meeting (its place after the meeting words, where it was welcomed to).
        if (isHeadline(text, draft.sentence) && reading.sentence === sentence) {
          draft.sentence = sentence;
          draft.seenIndex = seenIndex;
          draft.trigger = at;
        }
      }
      fill(draft, input, reading.sentence, reading.body, this.places, this.topics);
      if (off && draft.date && draft.date.start >= reading.sentence.start && draft.date.end <= reading.sentence.end) draft.date = null;
      // `Earlier in the day, Singh had met Sullivan`: the day of the meeting just reported.
      if (!draft.date && current && current !== draft && SAME_DAY.test(reading.body)) draft.date = current.date;
      // `Putin and Modi are holding talks in the Kremlin`: under way as the report is written, so of its day.
      if (
        !draft.date &&
        draft.status === 'held' &&
        input.reference &&
        UNDER_WAY.test(text.slice(Math.max(at.start - 60, reading.sentence.start), at.end))
      )
        draft.date = this.publicationDay(at);
      // `On 18 June, he called on Modi and also met Jaishankar`: the second meeting is of that day too.
      if (sameDay && previous && !draft.date) draft.date = previous.date;
      // `… on Tuesday, a day after co-chairing the Commission with Belousov`: the day before the previous clause's.
      if (previous && !draft.date && previous.date) draft.date = daysApart(reading.body, previous.date);
      // A call or a video conference has no host (`received a call from`).
      if (draft.kind !== 'call' && draft.kind !== 'virtual') {
        draft.host ??= hostOf(reading.body, reading.sentence, group);
        const received = this.receivedBy;
        if (!draft.host && received && group.length === 2 && hasKey(group, received.key)) draft.host = received.name;
      }
      this.current = previous = draft;
    }
  }

  /** `X was also present`, `Y also attended`: the sentence's people join the meeting just reported. */
  private alsoPresent(current: Draft, sentence: Sentence, inSentence: Person[]): boolean {
    if (!ALSO_PRESENT.test(this.text.slice(sentence.start, sentence.end))) return false;
    for (const person of inSentence) if (!hasKey(current.participants, person.key)) current.participants.push(person);
    this.remember(sentence, inSentence);
    return true;
  }

  /**
   * A sentence that speaks of `the meeting` without reporting one: what it says of the current meeting, else
   * the meeting of the people just named. `The meeting was called off.` / `The talks were postponed.`: what
   * happened to it.
   */
  private referBack(sentence: Sentence, body: string): void {
    const off = calledOff(body, HAS_MEETING_REFERENCE.exec(body)!.index);
    if (this.current) {
      if (off) this.callOff(this.current, off);
      else fill(this.current, this.input, sentence, body, this.places, this.topics);
      // `Austin, Singh hold talks` (a headline) … `Austin and Singh agreed on Monday …` … `The meeting, which lasted
      // over an hour, …`: the day said just before the sentence that refers back, of the same people (soon after
      // the meeting was reported).
      const current = this.current;
      if (!off && !current.date && current.status === 'held' && !current.background && current.seenIndex >= this.seen.length - 3)
        current.date = dayJustBefore(current, this.seen.length, this.seen, this.input);
    } else if (off !== 'cancelled') {
      this.startFromReference(sentence, body);
      if (off) this.callOff(this.current!, off);
    }
  }

  /** The current meeting, cancelled (gone) or postponed (to come, its day no longer known). */
  private callOff(draft: Draft, off: 'cancelled' | 'postponed'): void {
    if (off === 'cancelled') {
      this.drafts.splice(this.drafts.indexOf(draft), 1);
      this.current = undefined;
      return;
    }
    draft.status = 'planned';
    draft.date = null;
  }

  /** `Singh and Austin reviewed the ties. Held during the ADMM, the talks …`: the talks of the two just named. */
  private startFromReference(sentence: Sentence, body: string): void {
    const at = MEETING_REFERENCE.exec(body)!;
    const span = { start: sentence.start + at.index, end: sentence.start + at.index + at[0].length };
    const kind = /call|conversation/i.test(at[0]) ? 'call' : 'in-person';
    const draft = newDraft(this.previousPeople, kind, 'held', sentence, this.seen.length, span, isRecalled(body));
    this.current = draft;
    this.drafts.push(draft);
    fill(draft, this.input, sentence, body, this.places, this.topics);
  }

  /**
   * `Modi held a series of bilateral meetings on the sidelines of the Quad Leaders' Summit in Wilmington. He
   * met …`: the occasion (and the place, if the meeting has none) of one of the two sentences just before
   * that names a participant, reports no meeting of its own and announces meetings at an event.
   */
  private occasionJustBefore(draft: Draft): void {
    const { seen, input } = this;
    for (let i = draft.seenIndex - 1; i >= Math.max(0, draft.seenIndex - 2); i--) {
      const { sentence, people } = seen[i];
      if (!draft.participants.some((p) => hasKey(people, p.key))) continue;
      const body = this.text.slice(sentence.start, sentence.end);
      if (!MEETINGS_AT_EVENT.test(body) || this.drafts.some((d) => d.sentence === sentence)) continue;
      const before: Draft = { ...draft, place: null, occasion: null, topics: new Map() };
      fill(before, input, sentence, body, this.places, this.topics);
      if (!before.occasion || /\bvisit\b/i.test(before.occasion.name)) continue;
      draft.occasion = before.occasion;
      draft.place ??= before.place;
      return;
    }
  }

  /** The meetings read, each finished with what the article says around it. */
  meetings(): Meeting[] {
    const { input } = this;
    const drafts = mergeRetold(input.text, this.drafts);
    // The dateline is read only for a meeting that may take it as its place (most articles have none).
    let dateline: Draft['place'] | undefined;
    for (const draft of drafts) {
      // (Not for a meeting recalled: the day just reported is the news's, not the recollection's.)
      // (Nor for one its own sentence dates otherwise: `When I met President Biden last year, …`; `On the second day of
      // his visit, he met …` is the day after the one said before, and its last day is not known.)
      if (!draft.date && draft.status === 'held' && !draft.background && !pastDateIn(input, draft.sentence)) {
        const nth = nthDayOfVisit(input.text.slice(draft.sentence.start, draft.sentence.end));
        const before = nth !== 0 ? dayJustBefore(draft, draft.seenIndex, this.seen, input) : null;
        draft.date = before && nth !== undefined ? shifted(before, nth) : before;
      }
      if (!draft.occasion) this.occasionJustBefore(draft);
      if (input.dateline === false) continue;
      if (!draft.place && draft.status === 'held' && !draft.background && draft.kind !== 'call' && draft.kind !== 'virtual') {
        dateline ??= datelinePlace(
          this.text,
          input.from,
          (word) =>
            this.people.some((p) => lastWord(p.name) === word) || kbPeopleWithSurname(input.knowledgeBase?.entities ?? [], word).length > 0,
          (start, end) => {
            const place = this.places[firstStartingAt(this.places, start)];
            return place !== undefined && place.start === start && place.end === end && place.type === 'place';
          },
        );
        if (dateline) draft.place = dateline;
      }
    }
    if (drafts.length === 0) return [];

    const positions = new LineIndex(this.text);
    return drafts.map((d) => finish(d, input, positions));
  }
}

const HOSTING = /\b(?:hosted|hosts|hosting|received|receives|receiving|welcomed|welcomes)\b/;
// (The bare verb only after `will`, `to`…, looked for only in a sentence that has it: `will host his counterpart`,
// not `the host country`.)
const WILL_HOST = /\b(?:will|to|would|shall|may|might) (?:host|receive|welcome)\b/;

/** A line without a full stop at its end (a headline, the header's scraped title): no sentence of the story. */
function isHeadline(text: string, sentence: Sentence): boolean {
  let end = sentence.end;
  while (end > sentence.start && isSpace(text, end - 1)) end--;
  if (/[.!?:;]["”’)]?$/.test(text.slice(Math.max(sentence.start, end - 2), end))) return false;
  // …and ends its line.
  for (let i = end; i < text.length && i <= sentence.end; i++) if (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) return true;
  return sentence.end >= text.length;
}

/** Whether one of the people has the key. */
function hasKey(people: readonly Person[], key: string): boolean {
  for (const p of people) if (p.key === key) return true;
  return false;
}

/** `/:\s*$/.test(text)`, read from the end: a colon, then only white space. */
function endsWithColon(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpace(text, end - 1)) end--;
  return end > 0 && text.charCodeAt(end - 1) === 58;
}

/**
 * Whether meeting words in the sentence could change anything: they report a meeting only with two
 * people (named in it, addressed as `you` in a transcript, or `the two ministers` standing for two named
 * before), one person leading a list (`Singh met:`), one met by the person the article follows (`He also
 * met …`) or by an office's holder (`the Deputy Prime Minister met …`); and they stop `the talks` from
 * starting a meeting of the people just named (`newFromReference`). Anywhere else the sentence is read
 * the same without them, so the cue patterns need not run.
 */
function triggerCanMatter(
  body: string,
  inSentence: readonly Person[],
  newFromReference: boolean,
  followsSomeone: boolean,
  inTurn: () => boolean,
): boolean {
  if (inSentence.length >= 2 || newFromReference) return true;
  if (inSentence.length === 1 && endsWithColon(body)) return true;
  if (inSentence.length === 1 && followsSomeone && SUBJECT_WORD.test(body)) return true;
  // `Singh received him at South Block` (see participantsOf).
  if (inSentence.length === 1 && HIM_OR_HER.test(body)) return true;
  // `the Deputy Prime Minister held bilateral meetings with:` (see officeHolderBefore); `Prime Minister had a meeting
  // with President Trump` (see officeOpening).
  if (inSentence.length <= 1 && (OFFICE_SUBJECT.test(body) || OPENS_WITH_OFFICE.test(body))) return true;
  // `His Majesty the Sultan and Prime Minister Modi held talks` (see royalNamedEarlier).
  if (inSentence.length === 1 && ROYAL_TITLE.test(body)) return true;
  // `MARLES: I've just had a meeting with …`: the speaker of a transcript's turn (see turnPeople).
  return THE_TWO_OR_YOU.test(body) || ((FIRST_PERSON.test(body) || DROPPED_SUBJECT.test(body)) && inTurn());
}

/** `the three ministers`, `the four leaders`: that many people named just before. */
const THE_MANY = /\bthe (three|four|five|six) (?:ministers|leaders|secretaries|sides|officials|counterparts|dignitaries)\b/i;
const GROUP_SIZES: Record<string, number> = { three: 3, four: 4, five: 5, six: 6 };
/** `THE_TWO.test(body) || THE_MANY.test(body) || /\byou\b/i.test(body)` in one scan of the sentence. */
const THE_TWO_OR_YOU = new RegExp(`${THE_TWO.source}|${THE_MANY.source}|\\byou\\b`, 'i');

/**
 * `Ajit Doval and Jake Sullivan launched …`: two people of different countries as the subject of a joint
 * action met to do it. The weakest cue: only where no meeting words are.
 */
function jointAction(text: string, sentence: Sentence, people: readonly Person[]): Trigger | undefined {
  for (let i = 0; i + 1 < people.length; i++) {
    const [a, b] = [people[i], people[i + 1]];
    // (`Rajnath Singh and US Secretary of War Pete Hegseth signed`, `Smotrich and his Indian counterpart Sitharaman signed`.)
    if (!JOINED_BY_AND.test(text.slice(a.end, b.start))) continue;
    // Of different countries: both known and different, or one known (the KB's) and one not. Two people
    // the KB knows nothing of (`Vice Admiral Girish Luthra and Dr. Rajeswari Pillai Rajagopalan discussed …`
    // on a panel) are not evidence of a meeting.
    if ((a.country && b.country && a.country === b.country) || (!a.country && !b.country)) continue;
    const verb = JOINT_ACTION.exec(text.slice(b.end, Math.min(sentence.end, b.end + 40)));
    if (verb) return { kind: 'in-person', start: b.end - sentence.start, end: b.end + verb[0].length - sentence.start, strength: 1 };
  }
  return undefined;
}

const JOINED_BY_AND = /^\s*and\s+(?:(?:his|her|their) (?:\w+ )?counterparts?,?\s+|(?:[A-Z][\w.'’-]*\s+|of\s+|the\s+|for\s+){0,8})$/;

/** Separate meetings with each person named after the meeting words. */
const SEPARATE =
  /\b(?:bilateral meetings|bilateral talks with (?:each|several)|separate (?:meetings|talks|calls)|separately|held meetings with|met with leaders)\b/i;
/**
 * `At a panel hosted by the Observer Research Foundation, …`: meeting words in the passive whose agent
 * is an institution, not a person (the next person comes after a comma): an event, not a meeting of the
 * people named.
 */
function byAnInstitution(text: string, sentence: Sentence, trigger: Trigger, people: readonly Person[]): boolean {
  const end = sentence.start + trigger.end;
  if (!/^\s+by\s/.test(text.slice(end, end + 5))) return false;
  const next = people.find((p) => p.start >= end);
  return !next || /[,;.]/.test(text.slice(end, next.start));
}

/**
 * `the Deputy Prime Minister` as a sentence's subject, its office capitalised: the one person of the
 * knowledge base who held an office of that title on the publication date — none when several did (`the
 * Prime Minister`, of which the KB has several countries').
 */
function officeHolderBefore(
  input: MeetingInput,
  sentence: Sentence,
  before: string,
  countries: () => ReadonlyMap<string, number>,
): Person | undefined {
  const ref = input.reference;
  const m = OFFICE_REFERENCE.exec(before) ?? ABBREVIATED_OFFICE.exec(before);
  if (!ref || !m?.indices?.[1]) return undefined;
  const office = OFFICE_ABBREVIATIONS[m[1]] ?? m[1].toLowerCase();
  const holder = soleHolder(input.knowledgeBase?.entities ?? [], office, ref, countries);
  if (!holder) return undefined;
  const [start, end] = m.indices[1];
  return personOf(holder, sentence.start + start, sentence.start + end);
}
/** The guest of a visit named by what they are: `the visiting dignitary`, `the visiting minister`. */
const VISITOR = /^\s*(?:with\s+)?the visiting (?:dignitary|dignitaries|minister|leader|guest|secretary|delegation|counterpart)\b/i;

/** Offices a sentence may name its subject by (`the Deputy Prime Minister`). */
const OFFICES = '(?:Minister|Secretary|President|Premier|Chancellor|Adviser|Advisor|Ambassador)';
/** `for the Prime Minister`, `with the Defence Secretary`: an office named after the meeting words. */
const OFFICE_AFTER = new RegExp(`^[^.;]{0,60}?\\b(?:with|for|on|to|by) the ((?:[A-Z][\\w'’-]*\\s+){0,3}${OFFICES})\\b`);

/** A ruler named by title alone: `His Majesty the Sultan`, `the Emir`, `the Crown Prince`. */
const ROYAL_TITLE =
  /\b(?:His|Her) (?:Royal )?(?:Majesty|Highness)(?: the)? (Sultan|King|Queen|Emir|Amir|Crown Prince)\b|\b[Tt]he (Sultan|King|Queen|Emir|Amir|Crown Prince)\b/;

/** The person the article last named with the royal title a few words before them (`Sultan Haji Hassanal Bolkiah`), other than `not`. */
function royalNamedEarlier(text: string, named: readonly Person[], title: string, not: Person): Person | undefined {
  for (let i = named.length - 1; i >= 0; i--) {
    const person = named[i];
    if (person.key === not.key) continue;
    const before = text.slice(Math.max(0, person.start - 40), person.start).toLowerCase();
    const at = before.lastIndexOf(title);
    if (at >= 0 && /^(?:\s+[a-z]+){0,2}\s+$/.test(before.slice(at + title.length))) return person;
  }
  return undefined;
}

/** The person the article last named right after the title (`Prime Minister Narendra Modi`), other than `not`. */
function titledEarlier(text: string, named: readonly Person[], title: string, not: Person): Person | undefined {
  const wanted = title.toLowerCase().replace(/\s+/g, ' ');
  const endsWithTitle = new RegExp(`\\b${wanted}(?: (?:of|for) [\\w' ]+?)?,? $`);
  for (let i = named.length - 1; i >= 0; i--) {
    const person = named[i];
    if (person.key === not.key) continue;
    const before = text
      .slice(Math.max(0, person.start - wanted.length - 24), person.start)
      .toLowerCase()
      .replace(/\s+/g, ' ');
    if (endsWithTitle.test(before)) return person;
  }
  return undefined;
}

/** The cheap look before OFFICE_REFERENCE: such an office anywhere in the sentence (or one abbreviated). */
const OFFICE_SUBJECT = new RegExp(`\\b[Tt]he (?:[A-Z][\\w'’-]*\\s+){0,4}${OFFICES}\\b|\\b(?:${ABBREVIATIONS})\\b`);
/** An abbreviated office opening a sentence (after a short lead: `Earlier in the day, Raksha Mantri …`). */
// (An office written out opens the sentence without a name after it: `Prime Minister arrived in Abu Dhabi`.)
/** A day's number, its comma, then a year (`23, 2024`): the first comma of a sentence that is not its lead's. */
const DAY_THEN_YEAR = /\d,\s*\d{4}\b/;
/** What may stand between an office and the name it is the title of (`Raksha Mantri Shri Rajnath Singh`). */
const TITLE_GAP = /^\s*(?:(?:Shri|Smt\.?|Dr\.?|Mr\.?|Ms\.?|Mrs\.?)\s*)?$/;
/** An office named anywhere in a sentence, possessive or not (`Prime Minister's bilateral meetings`). */
const OFFICE_ANYWHERE = new RegExp(`\\b(?:(${ABBREVIATIONS})\\b|(${WRITTEN_OFFICES})\\b)`);
/** A turn's label (or a dateline) opening a sentence: words without a full stop, then a colon. */
const TURN_OPENING = /^[^\n.!?"“”:]{1,80}:[ \t]*/;
const OPENING_OFFICE = new RegExp(`\\s*(?:(${ABBREVIATIONS})\\b|(?:[Tt]he )?(${WRITTEN_OFFICES}) (?=[a-z]))`, 'y');
/** OPENING_OFFICE at a sentence's start. */
const OPENS_WITH_OFFICE = new RegExp(`^${OPENING_OFFICE.source}`);
/** The letters OPENING_OFFICE's words start with (`EAM`, `NSA`, `CDS`, `COAS`, `Raksha`, `The`, `Prime`, `Defence`, `Foreign`, `External`, `National`). */
const OFFICE_INITIALS = new Set([...'CDEFNPRTt'].map((c) => c.charCodeAt(0)));
/** An abbreviated office as the subject right before the meeting words. */
const ABBREVIATED_OFFICE = new RegExp(`\\b(${ABBREVIATIONS})\\s+(?:(?:also|later|then|had|has|was|is|will|would)\\s+)*$`, 'd');
/** The office as the subject right before the meeting words, its title captured. */
const OFFICE_REFERENCE = new RegExp(
  `\\b[Tt]he ((?:[A-Z][\\w'’-]*\\s+){0,4}?${OFFICES}(?: (?:of|for) (?:[A-Z][\\w'’-]*\\s*){1,3})?)\\s+(?:(?:also|later|then|had|has|was|is|will|would)\\s+)*$`,
  'd',
);

/**
 * The sentence's meeting words, unless negated (`did not meet`, `has never met`, `no meeting with`): then
 * the next ones after them, if any, that say a meeting took place (`…did not meet Wang Yi on Thursday,
 * though they met in Astana`) — not a noun that may be the occasion of the one denied (`did not meet his
 * Chinese counterpart during his visit to Kazakhstan`).
 */
function affirmedTrigger(body: string): Trigger | undefined {
  let offset = 0;
  for (let tries = 0; tries < 3; tries++) {
    const trigger = meetingTrigger(body.slice(offset));
    if (!trigger || (offset > 0 && trigger.strength < 3)) return undefined;
    const at = offset + trigger.start;
    if (!NEGATED.test(body.slice(Math.max(0, at - 24), at))) return { ...trigger, start: at, end: offset + trigger.end };
    offset += trigger.end;
  }
  return undefined;
}
const NEGATED = /(?:\bnot|n't|\bnever|\bno|\bnor|\bwithout)\s+(?:(?:yet|been|have|has|had|formally|directly|personally|also)\s+)*$/i;

/** One meeting as a sentence, or a clause of one, reports it. */
interface Reading {
  readonly group: Person[];
  readonly sentence: Sentence;
  readonly body: string;
  readonly trigger: Trigger;
  /** Joined to the clause before by `and` alone (no comma): the same day as that clause's meeting. */
  readonly sameDay?: boolean;
  /** Told in passing, in a relative clause before the sentence's news (see relativeThenMain). */
  readonly recalled?: boolean;
}

/**
 * `X spoke by phone with A on Tuesday, a day after he held a call with B`: one subject, and meeting
 * words again between the people after the first ones. Each meeting is the subject with the people
 * after its words, read from its own clause (its kind, its day), not one meeting of everyone.
 */
function clausesOf(text: string, sentence: Sentence, participants: readonly Person[], trigger: Trigger): Reading[] | undefined {
  const triggerAt = sentence.start + trigger.start;
  const subjects = participants.filter((p) => p.start < triggerAt);
  const others = participants.filter((p) => p.start >= triggerAt).sort((a, b) => a.start - b.start);
  if (subjects.length !== 1 || others.length < 2) return undefined;
  const readings: Reading[] = [];
  let clause = { start: sentence.start, trigger, group: [subjects[0], others[0]], sameDay: false };
  for (let i = 1; i < others.length; i++) {
    const between = text.slice(others[i - 1].end, others[i].start);
    const next = meetingTrigger(between);
    if (!next) {
      clause.group.push(others[i]);
      continue;
    }
    const punctuation = between.search(/[,;]/);
    const end = others[i - 1].end + Math.max(0, punctuation);
    readings.push(reading(text, { start: clause.start, end }, clause.group, clause.trigger, clause.sameDay));
    const start = end;
    // `…, a day after Modi met Elon Musk`: a clause that names its own subject (named before in the sentence, so
    // listed once) is theirs.
    const head = between.slice(Math.max(0, punctuation), next.start);
    const own = participants.find((p) => p !== others[i] && p !== subjects[0] && namesBySurname(head, p));
    clause = {
      start,
      trigger: { ...next, start: others[i - 1].end + next.start - start, end: others[i - 1].end + next.end - start },
      group: [own ?? subjects[0], others[i]],
      sameDay: punctuation < 0,
    };
  }
  if (readings.length === 0) return undefined;
  readings.push(reading(text, { start: clause.start, end: sentence.end }, clause.group, clause.trigger, clause.sameDay));
  return readings;
}

/**
 * `Jaishankar and Wong held talks in New Delhi on Tuesday and agreed to hold the next round of their Dialogue in
 * Canberra later this year`, `Singh met Marles on Tuesday, and the two will meet again in June`: the meeting told, then
 * the same people's next one, to come — two meetings, each read from its own clause (its kind, tense, day and place).
 */
function thenAgain(text: string, sentence: Sentence, group: Person[], trigger: Trigger): Reading[] | undefined {
  const from = Math.max(sentence.start + trigger.end, ...group.map((p) => p.end));
  const rest = text.slice(from, sentence.end);
  const again = AGAIN.exec(rest);
  if (!again) return undefined;
  const at = from + again.index;
  const next = meetingTrigger(text.slice(at, sentence.end));
  if (!next) return undefined;
  // (The first clause's own words: the dialogue to come is not the kind of the talks held.)
  const first = meetingTrigger(text.slice(sentence.start, at)) ?? trigger;
  return [reading(text, { start: sentence.start, end: at }, group, first), reading(text, { start: at, end: sentence.end }, group, next)];
}
const AGAIN =
  /(?:,\s*|\s+)and\s+(?:(?:the two|both)(?: \w+)? |they |it was )?(?:agreed|decided|resolved|will|would|planned|plan|are (?:set|expected|scheduled)|were (?:set|expected|scheduled))\b[^.;]{0,40}?\b(?:meet|hold|convene|reconvene|visit)\b/;

/**
 * `Jaishankar, who met Rubio in Washington last month, will meet him again in Brussels this week`: meeting words in a
 * relative clause, then again in the main clause after it — two meetings of the same people, the clause's told in
 * passing, each read from its own words (its tense, its day).
 */
function relativeThenMain(text: string, sentence: Sentence, group: Person[], trigger: Trigger): Reading[] | undefined {
  const clause = relativeClause(text, sentence, { start: sentence.start + trigger.start, end: sentence.start + trigger.end });
  if (!clause || clause.end >= sentence.end - 1) return undefined;
  const main = meetingTrigger(text.slice(clause.end, sentence.end));
  if (!main) return undefined;
  const offset = sentence.start - clause.start;
  return [
    { ...reading(text, clause, group, { ...trigger, start: trigger.start + offset, end: trigger.end + offset }), recalled: true },
    reading(text, { start: clause.end, end: sentence.end }, group, main),
  ];
}

/** Whether `text` holds the person's surname (their name's last word) as a word of its own. */
function namesBySurname(text: string, person: Person): boolean {
  const surname = person.name.slice(person.name.lastIndexOf(' ') + 1);
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1))
    if (isWholeWord(text, at, at + surname.length)) return true;
  return false;
}

function reading(text: string, sentence: Sentence, group: Person[], trigger: Trigger, sameDay = false): Reading {
  return { group, sentence, body: text.slice(sentence.start, sentence.end), trigger, sameDay };
}

// (`her` as an object, not `her Indian counterpart`.)
const OBJECT_PRONOUN =
  /^\s*(?:with\s+|on\s+|to\s+)?(?:him\b|her(?=\s*(?:[.,;:!?]|$|\s+(?:at|in|on|to|for|during|and|at|last|yesterday|today|again|briefly|only)\b)))/;
const HIM_OR_HER = /\b(?:him|her)\b/;

/** Meetings announced at an event: `held a series of bilateral meetings on the sidelines of …` (see occasionJustBefore). */
const MEETINGS_AT_EVENT = /\b(?:meetings|bilateral|series of|engagements)\b[^.]*\b(?:sidelines|margins|during|at)\b/i;

/** TOGETHER in the sentence, but not in its occasion (`On the sidelines of the summit, Modi is scheduled to meet A, B and C`). */
const together = (body: string) => TOGETHER.test(body.includes('the s') || body.includes('the m') ? body.replace(SIDELINES_OF, '') : body);
const SIDELINES_OF = /\b(?:on|at) the (?:sidelines|margins) of [^,;]*/gi;

/** Words that make one meeting of everyone a sentence names (see addMeetings). */
const TOGETHER =
  /\b(?:together|along with|accompanied by|jointly|joint|trilateral|trilaterally|quadrilateral|multilateral|all (?:three|four|five)|the (?:three|four|five)|summit|round ?table|2\s*\+\s*2|two-plus-two|each other|one another|with the (?:[A-Z][\w-]* )*(?:foreign |defen[cs]e )?(?:ministers|leaders|counterparts))\b/i;
/**
 * Words after which the people listed were met one by one, by someone else (`held bilateral meetings with A and B`);
 * in the plural only: `during a bilateral meeting with Austin, Singh said` names its subject after the one met.
 */
const MEETINGS_WITH_EACH = /\b(?:bilateral|separate) (?:meetings|calls) with\b|\bheld meetings with\b/i;
/** `X held bilateral talks with A, B and C`: one subject, several others, each met in turn. */
const BILATERAL = /\bbilateral (?:talks|meetings?|discussions|consultations) with\b/i;
/** An invitation to meet or visit (`accepted … invitation to visit`, `invited him to visit`): the meeting is to come. */
// (Also `accepted the invitation of Defence Minister Rajnath Singh to visit New Delhi`.)
const INVITATION = /\binvit(?:ation|ations|ed \w+|es \w+)(?: (?:of|from) [^.;,]{1,60}?)? to (?:visit|meet|attend|hold talks)\b/i;
/**
 * Meeting words in a condition, which report nothing (`If Modi were to meet Xi at the summit, …`, `unless the
 * two ministers meet`): `if`, `unless` or `whether` in the clause before them; or in a sentence that opens with
 * an inverted condition (`Had Trump not returned to office, Modi would have met Harris`).
 */
const HYPOTHETICAL = /\b(?:[Ii]f|[Uu]nless|[Ww]hether)\b[^,;:(){}]{0,80}$|^\s*(?:Had|Were|Should)\s+\S[^,;:]{0,80},/;
/** What would have been and was not: `would likely have met`, `could have held talks`. */
const COUNTERFACTUAL = /\b(?:would|could|might|should)(?: \w+)? have\s+$/;

/** A meeting denied: `denied reports that Doval had met Wang Yi`, `dismissed speculation that … would meet`. */
const DENIED =
  /\b(?:denied|denies|deny|dismissed|dismisses|rejected|rejects|refuted|refutes)\s+(?:(?:the\s+)?(?:media\s+)?(?:reports?|claims?|speculation|rumou?rs?)\s+)?that\b[^;:]{0,80}$/;

/**
 * A meeting only claimed, where the sentence calls the claim false (a fact-check): `Claims that Doval secretly met Munir
 * … are false`, `A viral post falsely claimed that Doval met Munir`, `fake reports that …`.
 */
function isFalseClaim(body: string, triggerAt: number, factCheck: () => boolean): boolean {
  const before = body.slice(Math.max(0, triggerAt - 160), triggerAt);
  const claim = CLAIM_THAT.exec(before);
  if (!claim) return false;
  // (A claim the article only judges elsewhere: `A post circulating on X claims that Doval met …` in a fact-check.)
  return FALSE_CLAIM.test(claim[0]) || CALLED_FALSE.test(body.slice(triggerAt)) || (CLAIMED.test(claim[0]) && factCheck());
}
const CLAIMED = /\b(?:claim(?:s|ed|ing)?|allegations?|alleg(?:es|ed|ing)|rumou?rs?|viral|circulating)\b/i;
/** An article that judges claims: a fact-check, or one saying a claim, post or report is false. */
const FACT_CHECK =
  /\b[Ff]act[- ]?[Cc]heck|\b(?:claim|post|video|report|news)s? (?:is|are|was|were|to be) (?:false|fake|misleading|fabricated|baseless)\b/;
const CLAIM_THAT =
  /\b(?:claim(?:s|ed|ing)?|allegations?|alleg(?:es|ed|ing)|rumou?rs?|reports?|posts?|videos?|messages?|suggest(?:s|ed|ing)?|speculation)\b[^.;:]{0,60}?\bthat\b[^;:]{0,100}$/i;
const FALSE_CLAIM = /\b(?:false|falsely|fake|fabricated|doctored|misleading|baseless|wrongly|incorrectly|bogus)\b/i;
const CALLED_FALSE =
  /\b(?:is|are|was|were)\s+(?:(?:completely|entirely|totally|patently|also)\s+)?(?:false|fake|baseless|untrue|fabricated|misleading|incorrect|not true|bogus)\b/i;

/** A meeting urged, not arranged: `Mr Modi would do well to meet Mr Xi`, `should meet`, `must meet`. */
const URGED = /\b(?:would do well to|should|ought to|must|needs? to)\s+(?:(?:also|now|first|soon|urgently|still)\s+)?$/i;

/** Whether meeting words, after `before` in their sentence, tell of a meeting only supposed (HYPOTHETICAL, COUNTERFACTUAL), urged or denied. */
function isHypothetical(before: string): boolean {
  const near = before.slice(-40);
  return HYPOTHETICAL.test(before) || COUNTERFACTUAL.test(near) || URGED.test(near) || DENIED.test(before.slice(-160));
}
/**
 * Whether the sentence tells of a meeting called off (`was cancelled`, `called off`) or put off (`was postponed`,
 * `deferred`), unless it says it took place after all (`the postponed talks were held on Monday`).
 */
function calledOff(body: string, at: number): 'cancelled' | 'postponed' | undefined {
  const m = CALLED_OFF.exec(body);
  if (!m || TOOK_PLACE.test(body)) return undefined;
  // Said of those meeting words: in their clause, near them (`cancelled his meeting with`, `the meeting … was postponed`).
  const [from, to] = m.index < at ? [m.index, at] : [at, m.index];
  if (to - from > 120 || /[;:.]\s/.test(body.slice(from, to))) return undefined;
  return m[1] ? 'postponed' : 'cancelled';
}
// In lower case only: a case-insensitive scan of every sentence with a meeting costs twice as much.
const CALLED_OFF = /\b(?:(postponed|deferred|put off|rescheduled|pushed back)|cancell?ed|called off|scrapped|shelved)\b/;
const TOOK_PLACE = /\b(?:(?:was|were) (?:finally |eventually |instead )?held|took place)\b/i;

/**
 * `The call follows Misri's visit to Washington last month, during which he held talks with Landau`, `The meeting comes a
 * day after Trump and Xi met in Busan`: a meeting the news comes after, told in passing (its people named after the verb:
 * `Modi's call with Trump follows …` is the news).
 */
function follows(body: string, at: number, group: readonly Person[]): boolean {
  const m = FOLLOWS.exec(body);
  return m !== null && group.every((p) => p.start > at + m.index);
}
const FOLLOWS =
  /\b(?:follows|comes|came)(?: (?:just|only|close))? (?:(?:a|one|two|three|several|a few) (?:days?|weeks?|months?) |days |weeks |months )?(?:after|on the heels of)\b|\b(?:meeting|talks|call|visit|conversation|dialogue|engagement|trip|It|it|This|this) (?:also )?follows\b/;

/** A meeting recalled, not reported (RECALLED) — unless of the day just reported (`Earlier in the day, he had met …`). */
function isRecalled(body: string): boolean {
  return RECALLED.test(body) && !SAME_DAY.test(body);
}
const SAME_DAY = /\b(?:(?:earlier|later) (?:in the day|that day|on the same day)|the same day|that (?:morning|afternoon|evening))\b/i;

/** Someone else at the meeting just reported (`X was also present`, `Y also attended the talks`, `The meeting was also attended by X`). */
const ALSO_PRESENT =
  /\b(?:(?:meeting|talks|call|discussions) (?:was|were) (?:also )?attended by\b|(?:was|were) also (?:present|in attendance)(?=\s*(?:[,.;]\s*)?$| (?:at|during|for) the (?:meeting|talks|call|discussions)\b)|(?:also (?:attended|joined|took part in|participated in|sat in on)|(?:was|were) (?:present|in attendance) (?:at|during)) the (?:meeting|talks|call|discussions)\b)/i;

/** Whether the sentence says `you` to someone (not `As you know`, `Thank you`: words said to no one in particular). */
function addressesSomeone(body: string): boolean {
  return /\byou\b/i.test(body) && /\byou\b/i.test(body.replace(GENERIC_YOU, ''));
}
const GENERIC_YOU =
  /\b(?:as you (?:know|are aware|may know|may recall|will recall|can see)|thank you|you know|you see|if you (?:will|like))\b/gi;

/** A sentence that asks rather than reports: it ends with a question mark (a closing quote or bracket allowed). */
const QUESTION = /\?["”’)\]]?\s*$/;

/**
 * Whether the sentence quotes the person as its source: `said`, `told`, `according to` right before
 * them (titles between allowed), `X said`/`X told` right after, or a role after a comma that makes
 * them a commentator or a spokesperson (`Tanvi Madan, a senior fellow at Brookings`).
 */
function isSource(text: string, sentence: Sentence, person: Person): boolean {
  const before = text.slice(Math.max(sentence.start, person.start - 60), person.start);
  const after = text.slice(person.end, Math.min(sentence.end, person.end + 80));
  // (`said PM Modi will hold talks with …`: the reported clause's subject, not its source.)
  return (SOURCE_BEFORE.test(before) && !CLAUSE_VERB_AFTER.test(after)) || SOURCE_AFTER.test(after) || SOURCE_ROLE.test(after);
}
const CLAUSE_VERB_AFTER =
  /^\s+(?:will|would|shall|is|are|was|were|has|have|had|may|might|could|can|also|met|meets|held|holds|spoke|speaks|called|plans|hopes)\b/;
const SOURCE_BEFORE = /\b(?:said|says|told|added|noted|stated|according to|quoted)\s+(?:(?:the\s+)?[A-Z][\w.'’-]*\s+){0,5}$/;
const SOURCE_AFTER = /^(?:,[^,]{1,60},)?\s+(?:said|says|told|added|noted|stated)\b/;

/** Only titles (capitalised words, and `of`, `for`, `the` in an office: `US Director of National Intelligence`) before a sentence's first name, after an opening phrase if any: the name is its subject. */
// (The lead before a comma is an adverbial — `On Monday,`, `In Vientiane,` — not a clause of its own: `He was
// received … by the President of UAE, His Highness Sheikh …` does not open with the Sheikh.)
// (Nor does a sentence opening with a preposition: `With Carney, he agreed …`, `Like Modi, Albanese …`.)
const OPENS_WITH_NAME =
  /^\s*(?:(?!(?:He|She|They|It|We|I)\b)[^,.]{0,60},\s*)?(?!(?:With|Without|Like|Unlike|For|After|Before|Besides|Beyond|Against|To|From|Among|Between|Including|Except|Apart|Alongside|Beside|Behind|Under|Over|Toward|Towards|Through|Via|Per)\s)(?:(?:[A-Z][\w.'’-]*|of|for|the)\s+){0,10}$/;
/** The same after a dateline (`Qingdao [China], June 27 (ANI): Defence Minister …`), tried only where one can be. */
const OPENS_WITH_NAME_AFTER_DATELINE = new RegExp(`^\\s*[^:.!?\\n]{1,60}[:—–]${OPENS_WITH_NAME.source.slice(1)}`);
const DATELINE_MARK = /[:—–]/;
const opensWithName = (before: string) =>
  OPENS_WITH_NAME.test(before) || (DATELINE_MARK.test(before) && OPENS_WITH_NAME_AFTER_DATELINE.test(before));
/** A word of every office officesOfCountry reads (asked first: most sentences name none). */
const COUNTRY_OFFICE_WORD =
  /\bthe (?:[A-Z][\w.]* )?(?:Vice |Deputy )?(?:President|Prime|Defen|Foreign|External|Minister|Secretary|National)/;
/** The words REFERS_TO_SUBJECT starts from, looked for first (cheaply). */
const SUBJECT_WORD = /\b(?:he|she|the)\b/i;
/** What may stand between the subject and the meeting words of one to come (`He is expected to meet`, `plans to meet`). */
const ANNOUNCED_TO = String.raw`(?:(?:(?:scheduled|expected|set|due|slated|likely|going|poised|about|plans|planned|planning|hopes|intends|wants)\s+)?to\s+)?`;
/**
 * A sentence whose subject, right before the meeting words, is `he`, `she` or an office (`the COAS`, `the Minister`),
 * after an opening phrase if any (`On Monday,`; a day or a place without a comma: `On the 15th she met`).
 */
const REFERS_TO_SUBJECT = new RegExp(
  String.raw`^\s*(?:[^,.]{0,60},\s*|(?:[Oo]n|[Ii]n|[Aa]t|[Ll]ater|[Ee]arlier|[Tt]hen|[Ll]ast|[Tt]his|[Tt]oday|[Yy]esterday|[Dd]uring|[Aa]fter)\b[^,.]{0,40}?\s+)?([Hh]e|[Ss]he|[Tt]he (?:visiting )?(?:[A-Z]{2,5}|[Mm]inister|[Ss]ecretary|[Cc]hief|[Gg]eneral|[Aa]dmiral|[Pp]resident|[Pp]rime [Mm]inister|[Pp]remier|[Aa]mbassador|[Ee]nvoy|[Cc]ommander|[Dd]ignitary|visiting [Gg]uest|visiting [Ll]eader))\s+(?:(?:also|later|then|subsequently|separately|further|first|had|has|will|would|was|is|were)\s+)*${ANNOUNCED_TO}$`,
  'd',
);

/** `was received at the airport by`, `welcomed on arrival by`: protocol on arrival (no meeting), by the host. */
const RECEIVED_ON_ARRIVAL =
  /\b(?:received|welcomed|greeted)\s+(?:at the (?:airport|tarmac|air ?base)|(?:up)?on (?:(?:his|her|their) )?arrival)[^.;]{0,40}?\bby\b/;

/** A sentence whose subject is `he` or `she` (after an opening phrase and its comma, if any). */
const PRONOUN_OPENING = /^\s*(?:[^,.]{0,60},\s*)?(He|She)\b/;

/** `… before departing for Hawaii, where he will call on …`, `, and on the 16th she called on`: `he` opening a later clause. */
const CLAUSE_SUBJECT = new RegExp(
  String.raw`,\s*(?:where|when|and|after which|before which)\s+(?:(?:on|in|at|later|then|the next day)\b[^,.]{0,30}?\s+)?([Hh]e|[Ss]he)\s+(?:(?:also|later|then|had|has|will|would|was|is)\s+)*${ANNOUNCED_TO}$`,
  'd',
);

/**
 * `met Rajnath Singh's envoy`: the one met is someone sent by the person, not the person; `called Ajit Doval's remarks
 * "constructive"`: what the person said or did is no one to meet. (Not a meeting of theirs: `Austin's meeting with
 * Singh`, `accepted Modi's invitation to visit`.)
 */
function isStandIn(text: string, sentence: Sentence, person: Person): boolean {
  const after = text.slice(person.end, Math.min(sentence.end, person.end + 40));
  if (STAND_IN.test(after)) return true;
  if (STAND_INS_OF.test(text.slice(Math.max(sentence.start, person.start - 100), person.start))) return true;
  const thing = POSSESSED.exec(after);
  return thing !== null && !THEIR_MEETING.test(thing[1]);
}
/**
 * `Trump, who called Modi "a great friend", met Albanese`: a relative clause closed before the meeting words, telling
 * of someone else without meeting words of its own, is an aside (not `, who was accompanied by Doval,`).
 */
function inAside(text: string, sentence: Sentence, person: Person, triggerAt: number): boolean {
  if (person.end > triggerAt) return false;
  const opening = ASIDE_OPENING.exec(text.slice(Math.max(sentence.start, person.start - 80), person.start));
  if (!opening) return false;
  const closing = ASIDE_CLOSING.exec(text.slice(person.end, triggerAt));
  if (!closing) return false;
  const aside = text.slice(person.start - opening[0].length + opening.index, person.end + closing[0].length);
  return !ACCOMPANYING.test(aside) && meetingTrigger(aside) === undefined;
}
const ASIDE_OPENING = /,\s*(?:who|whom|whose)\s[^,;()]*$/;
const ASIDE_CLOSING = /^[^,;()]*,/;
const ACCOMPANYING = /\b(?:accompan\w+|along with|together with|joined by|led by|with)\b/;

/** `ahead of the visit of Prime Minister Pedro Sánchez`, `before Sánchez's visit`: a visit to come, not the meeting told. */
function isAwaitedVisitor(text: string, sentence: Sentence, person: Person): boolean {
  const before = text.slice(Math.max(sentence.start, person.start - 80), person.start);
  if (VISIT_OF.test(before)) return true;
  return AHEAD_OF.test(before) && VISIT_AFTER.test(text.slice(person.end, Math.min(sentence.end, person.end + 30)));
}
const AHEAD = String.raw`\b(?:[Aa]head of|[Bb]efore|[Ii]n preparation for|to prepare for|preparing for)\s+`;
const TITLES_BEFORE = String.raw`(?:[A-Z][\w.'’-]*\s+|of\s+|the\s+){0,8}$`;
const VISIT_OF = new RegExp(
  String.raw`${AHEAD}(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:visit|trip|arrival|tour)\s+(?:of|by)\s+${TITLES_BEFORE}`,
);
const AHEAD_OF = new RegExp(`${AHEAD}${TITLES_BEFORE}`);
const VISIT_AFTER = /^['’]s?\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|arrival|tour)\b/;

/** `'s` and the noun after it (`Doval's remarks`, `Doval's recent remarks`). */
const POSSESSED = /^['’]s\s+(?:(?:recent|latest|earlier|strong|public|own|only|first|second|last|next)\s+)?([a-z-]+)\b/;
const THEIR_MEETING =
  /^(?:meeting|meetings|talks|visit|visits|call|calls|trip|tour|invitation|invite|counterpart|counterparts|host|hosts|guest|guests|hospitality|welcome|reception|residence|home|dinner|lunch|breakfast|conversation|discussions?|dialogue|summit|arrival|departure|first|maiden|official|state|recent|last|upcoming|planned|bilateral|engagement|engagements|interaction|encounter)$/;
/** `Officials of Defence Minister Rajnath Singh and Secretary Pete Hegseth met …`: those who met are theirs. */
// (Also someone whose greetings or message were carried: `conveyed the greetings of Pradhan Mantri Shri Narendra Modi`.)
const STAND_INS_OF =
  /\b(?:[Oo]fficials|[Aa]ides|teams|representatives|envoys|staff|deputies|sherpas|greetings|wishes|regards|message|letter|condolences|felicitations) (?:of|from) (?:(?:[A-Z][\w.'’-]*|of|the|and|for),?\s+)*$/;
const STAND_IN =
  /^['’]s?\s+(?:special\s+|personal\s+|chief\s+|senior\s+)?(?:envoy|emissary|representative|delegation|aide|adviser|advisor|office|team|staff|deputy|wife|husband|son|daughter|spokes(?:person|man|woman))\b/i;

/**
 * `, a day after …`, `, two days before …` opening a clause: its meeting's day, counted from the previous clause's
 * (a day after co-chairing: the co-chairing was the day before). Null when the clause does not open so.
 */
function daysApart(clause: string, previous: BodyDate): BodyDate | null {
  const m = DAYS_APART.exec(clause);
  return m ? shifted(previous, (m[1] ? DAY_COUNTS[m[1].toLowerCase()] : 0) * (m[2].toLowerCase() === 'after' ? -1 : 1)) : null;
}
/** (`hours after`, `shortly before`: the same day.) */
const DAYS_APART =
  /^[,;]?\s*(?:(a|one|two|three) days?|(?:just |only |a few |some |several )?(?:hours|minutes|moments)|shortly|soon|just|right) (after|before)\b/i;

/** `a day earlier`, `two days later` in a sentence: its meeting's day, counted from the day of the meeting before. */
function daysFrom(body: string, before: BodyDate): BodyDate | null {
  const m = DAYS_LATER.exec(body);
  if (m) return shifted(before, (m[1] ? DAY_COUNTS[m[1].toLowerCase()] : 0) * (m[2].toLowerCase() === 'earlier' ? -1 : 1));
  const next = NEXT_OR_PREVIOUS.exec(body);
  return next ? shifted(before, /^(?:previous|preceding|before)$/i.test(next[1] ?? next[2]) ? -1 : 1) : null;
}
/** (`hours later`, `minutes earlier`: the same day.) */
const DAYS_LATER = /\b(?:(a|one|two|three) days?|(?:a few |some |several )?(?:hours|minutes|moments)) (earlier|later)\b/i;
/** `the previous evening`, `the night before` (a day before); `the next day`, `the following morning` (a day after). */
const NEXT_OR_PREVIOUS =
  /\bthe (previous|preceding|next|following) (?:day|evening|night|morning|afternoon)\b|\bthe (?:day|evening|night) (before|after)(?=\s*(?:[.,;]|$))/i;

/**
 * `On the second day of his visit`, `the third day of the Shangri-La Dialogue`, `On day two,`: days after the first, told
 * before (0 for `the last day`, whose day is not known); undefined where the sentence says none of it.
 */
function nthDayOfVisit(body: string): number | undefined {
  const m = NTH_DAY_OF_VISIT.exec(body);
  return m ? NTH_DAYS[(m[1] ?? m[2] ?? m[3]).toLowerCase()] : undefined;
}
const NTH_DAY_OF_VISIT =
  /\bthe (second|third|fourth|fifth|final|last|closing) day of (?:(?:his|her|their|the) (?:[\w-]+ )?(?:visit|trip|tour|stay)\b|the (?:\d+(?:st|nd|rd|th) )?[A-Z][\w-]*(?: [A-Z][\w-]*)*)|^\s*(?:[Oo]n )?[Dd]ay (two|three|four|five|2|3|4|5)\b|^\s*(?:[Oo]n )?the (second|third|fourth|fifth|final|last|closing) day\b(?! of)/;
const NTH_DAYS: Record<string, number> = {
  ...{ second: 1, third: 2, fourth: 3, fifth: 4, final: 0, last: 0, closing: 0 },
  ...{ two: 1, three: 2, four: 3, five: 4, 2: 1, 3: 2, 4: 3, 5: 4 },
};

/** A date of one day, moved by `days` (its evidence kept); null for a date of another precision or of two readings. */
function shifted(date: BodyDate, days: number): BodyDate | null {
  const reading = date.readings.length === 1 ? date.readings[0] : undefined;
  if (reading?.precision !== 'day' || reading.end) return null;
  const day = dayShifted(reading.value, days);
  return day ? { ...date, readings: [day] } : null;
}
const DAY_COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3 };

/** A list item opening with a date and a colon or a dash (a timeline's): `- February 2023:`, `• June 5, 2023 —`. */
function opensWithDate(input: MeetingInput, sentence: Sentence, body: string): boolean {
  const marker = LIST_ITEM.exec(body);
  if (!marker) return false;
  const at = sentence.start + marker[0].length;
  const date = input.dates[firstStartingAt(input.dates, at)];
  return date?.start === at && /^\s*[:—–-]/.test(input.text.slice(date.end, date.end + 4));
}

/** A line of a list: a bullet, a dash, a number. */
const LIST_ITEM = /^\s*(?:[-•*–—]|\d+[.)])\s*/;

/** `X held bilateral meetings with A and B`: X with A, X with B (X: the first person before the meeting words). */
function separately(participants: readonly Person[], triggerAt: number): Person[][] {
  const subject = participants.find((p) => p.start < triggerAt) ?? participants[0];
  return participants.filter((p) => p !== subject).map((other) => [subject, other]);
}

/**
 * Whether the meeting words' sentence dates them well before publication (`in 2016`, `in March 2023`): a date before
 * them, or after them in their own clause (not `… the QUAD Summit held in September, where …`).
 */
function datedLongBefore(input: MeetingInput, sentence: Sentence, trigger: { start: number; end: number }): boolean {
  const reference = input.reference;
  if (!reference) return false;
  for (const d of datesIn(input, sentence)) {
    if (d.end > sentence.end || d.readings.length === 0 || isDateline(input.text, d)) continue;
    if (d.start >= trigger.end && ANOTHER_CLAUSE.test(input.text.slice(trigger.end, d.start))) continue;
    if (d.readings.every((r) => daysBefore(lastDayOf(r), reference) > BACKGROUND_DAYS)) return true;
  }
  return false;
}

const ANOTHER_CLAUSE = /[,;:(]|\b(?:held|which|that|who|when|where|since|after|before|signed|launched)\b/;

/** The last day a reading covers, `YYYY-MM-DD` (a year's 31 December, a month's 28th is enough here). */
function lastDayOf(reading: DateReading): string {
  const value = reading.end ?? reading.value;
  return value.length === 4 ? `${value}-12-31` : value.length === 7 ? `${value}-28` : value.slice(0, 10);
}

/** Whether the sentence has a date other than a day, begun by publication (`last year`, `in July`, `earlier this week`): it dates what it tells itself. */
function pastDateIn(input: MeetingInput, sentence: Sentence): boolean {
  const published = input.reference ? formatIsoDate(input.reference) : undefined;
  for (const d of datesIn(input, sentence)) {
    if (
      d.end <= sentence.end &&
      d.readings.length > 0 &&
      d.readings.every((r) => r.precision !== 'day' && published !== undefined && r.value <= published.slice(0, r.value.length))
    )
      return true;
  }
  return false;
}

/**
 * A day said in the two sentences before the `index`th (the meeting's), by a sentence naming one of its participants;
 * or further back, up to six, where no sentence between says a day (a readout's dated lede, then paragraphs of what
 * was discussed, then `Minister Chan also met …`).
 */
function dayJustBefore(draft: Draft, index: number, seen: readonly Seen[], input: MeetingInput): BodyDate | null {
  const named = (i: number) => draft.participants.some((p) => seen[i].people.some((q) => q.key === p.key));
  for (let i = index - 1; i >= Math.max(0, index - 2); i--) {
    // A lede that names no one, right before, is about them (`Japan's defence chief and his Australian
    // counterpart agreed Monday to … Kihara and Marles met in Tokyo`).
    const aboutThem = i === index - 1 && i <= 1 && seen[i].people.length === 0;
    if (!aboutThem && !named(i)) continue;
    const day = dayIn(input, seen[i].sentence, draft.status);
    if (day) return day;
  }
  // (Not past another day, nor past another meeting: `The two leaders then held restricted talks. The Prime Minister
  // also called on … in Dubai` may be of another day. Each sentence between is looked at once, going back.)
  const says = (sentence: Sentence) => datesIn(input, sentence).next().done === false || toldAMeeting(input.text, sentence);
  if (index < 3 || says(seen[index - 1].sentence)) return null;
  for (let i = index - 3; i >= Math.max(0, index - 6); i--) {
    if (says(seen[i + 1].sentence)) return null;
    // (The day of a meeting told, not of a statement: `Singh on Friday said …`.)
    if (!named(i) || !toldAMeeting(input.text, seen[i].sentence)) continue;
    const day = dayIn(input, seen[i].sentence, draft.status);
    if (day) return day;
  }
  return null;
}

/** Whether a sentence has strong meeting words (`held talks`, `met`, `received`). */
function toldAMeeting(text: string, sentence: Sentence): boolean {
  const trigger = meetingTrigger(text.slice(sentence.start, sentence.end));
  return trigger !== undefined && trigger.strength >= 3;
}

/** People mentioned, one entry per mention, unknown surnames tied to the full name given earlier. */
function peopleOf(text: string, entities: readonly EntityMention[], kb: readonly Entity[]): Person[] {
  const people: Person[] = [];
  const fullNames = new Map<string, string>(); // a name word → full name of an unknown person
  for (const m of entities) {
    if (m.type !== 'person' && m.entity?.type !== 'person') continue;
    // A quiet name (listed without a hint) is a person too: a surname after a title (`Minister KIHARA`),
    // or a name word of someone named in full before. Only a surname several KB people share
    // (`Minister Singh`) is left to the transcript rules, which tell them apart by office (resolveTitled).
    if (m.entity) {
      people.push(personOf(m.entity, m.start, m.end));
      continue;
    }
    let name = m.text.trim();
    const words = name.split(/\s+/);
    if (words.length >= 2) {
      // Every word of a full name may come back alone: the surname, or the family name written first
      // (`NAKATANI Gen` … `Minister NAKATANI`), or a given name (`Sjafrie`).
      for (const word of words) if (!fullNames.has(word.toLowerCase())) fullNames.set(word.toLowerCase(), name);
    } else {
      const full = fullNames.get(name.toLowerCase());
      if (!full && m.quiet && kbPeopleWithSurname(kb, name.toLowerCase()).length > 0) continue;
      name = full ?? name;
    }
    // `country` written out, as for a KB person (one shape for every person, for the loops that read them): where the
    // text says it before the name.
    people.push({ key: `name:${name.toLowerCase()}`, name, id: null, start: m.start, end: m.end, country: countryBefore(text, m.start) });
  }
  // A headline's `PM Starmer` before the body's `Sir Keir Starmer`: a name word alone is the person named in
  // full later, too.
  for (let i = 0; i < people.length; i++) {
    const person = people[i];
    if (person.id !== null || /\s/.test(person.name)) continue;
    const full = fullNames.get(person.name.toLowerCase());
    if (full) people[i] = { ...person, key: `name:${full.toLowerCase()}`, name: full };
  }
  return people;
}

function isPlanned(text: string, sentence: Sentence, trigger: { start: number; end: number }): boolean {
  const body = text.slice(sentence.start, sentence.end);
  if (HINDI_FUTURE.test(body)) return true;
  // `Trump accepted Modi's invitation to visit India`: an invitation accepted or extended is a visit to come.
  if (INVITATION.test(body)) return true;
  if (!PLANNED.test(body)) return false;
  // `Rubio, who hosted Jaishankar last month, is expected to travel …`: meeting words in the past tense tell
  // of a meeting held, whatever the sentence announces after them.
  // (`is to be hosted by`: a passive infinitive, to come.)
  if (
    PAST_TRIGGER.test(body.slice(trigger.start, trigger.end)) &&
    !/\bto be\s+$/.test(body.slice(Math.max(0, trigger.start - 8), trigger.start))
  )
    return false;
  return directionAt(text, sentence.start + trigger.start, sentence.start + trigger.end) === 'future';
}
const PAST_TRIGGER =
  /^(?:met|held|hosted|received|called on|visited|spoke|talked|phoned|dialled|interacted|conferred|co-chaired|welcomed)\b/;

/** Fills what a sentence says of a meeting and the draft does not know yet. */
function fill(
  draft: Draft,
  input: MeetingInput,
  sentence: Sentence,
  body: string,
  places: readonly EntityMention[],
  topics: readonly EntityMention[],
) {
  const reporting = draft.sentence === sentence;
  // `Lloyd Austin, who met Rajnath Singh last year, praised … on Monday`: meeting words in a relative clause are dated
  // within it only.
  const clause = reporting ? relativeClause(input.text, sentence, draft.trigger) : null;
  draft.date ??= dayIn(input, clause ?? sentence, draft.status, reporting ? draft.trigger : undefined);
  // `MON 17 NOV | Washington` over a digest's item, `Thursday, 31 July 2025` over a programme's: a heading's day.
  if (!draft.date && reporting && !clause) draft.date = headingDay(input, sentence, draft.status);
  // `Modi had last met Trump in Houston in September 2019`: a meeting recalled is often dated by its month (or
  // year: `had previously met in New Delhi in 2023`); one reported is, where a month opens its sentence
  // (`In February 2023, …`, a timeline's `- February 2023: …`).
  if (!draft.date && reporting) draft.date = monthIn(input, clause ?? sentence, draft.background || clause !== null, draft.trigger.start);
  // In the sentence that reports it, a place after the meeting words first (`was welcomed at Rashtrapati
  // Bhavan, and the two leaders held talks at Hyderabad House`), then one before them (`In Vientiane, …`).
  const after = reporting ? Math.min(Math.max(draft.trigger.end, sentence.start), sentence.end) : sentence.start;
  if (!draft.place) draft.place = placeIn(input, sentence, body, places, after, reporting);
  else if (draft.place.start < sentence.start && isCountry(places, draft.place)) {
    // `paid an official visit to the Lao PDR … The two Prime Ministers held talks … in Vientiane`: a town of the
    // country the meeting was placed in says where in it.
    const found = placeIn(input, sentence, body, places, after, reporting);
    if (found && isTownOf(places, found, draft.place)) draft.place = found;
  }
  if (!draft.occasion) {
    const m = OCCASION.exec(body);
    const name = m && (m[1] ?? m[2] ?? m[3] ?? m[4])?.split(OCCASION_END)[0].trim();
    if (m && name) {
      const at = sentence.start + m.index + m[0].lastIndexOf(name);
      draft.occasion = { name, start: at, end: at + name.length };
    }
  }
  for (let i = firstStartingAt(topics, sentence.start); i < topics.length && topics[i].start <= sentence.end; i++) {
    const topic = topics[i];
    if (topic.end > sentence.end) continue;
    const name = topic.entity?.name ?? topic.text;
    if (!draft.topics.has(name)) draft.topics.set(name, { start: topic.start, end: topic.end });
  }
  if (!draft.background && draft.sentence === sentence && isRecalled(body)) draft.background = true;
}

/** Whether the place read is a KB place in no country (a country). */
function isCountry(places: readonly EntityMention[], place: FoundPlace): boolean {
  const mention = places[firstStartingAt(places, place.start)];
  return mention?.start === place.start && mention.entity !== undefined && !mention.entity.country;
}

/** Whether the place read is a town the KB puts in the country read before (`Vientiane` in `Laos`, `Lao PDR`). */
function isTownOf(places: readonly EntityMention[], town: FoundPlace, country: FoundPlace): boolean {
  const inner = places[firstStartingAt(places, town.start)]?.entity;
  const outer = places[firstStartingAt(places, country.start)]?.entity;
  return inner?.country !== undefined && outer !== undefined && inner.country === outer.name && !outer.country;
}

/**
 * A month of the sentence, on or before publication (not a dateline's): anywhere in it for a meeting recalled
 * (`recalled`, which takes a year too), only opening it for one reported.
 */
function monthIn(input: MeetingInput, sentence: Sentence, recalled: boolean, triggerStart: number): BodyDate | null {
  const published = input.reference ? formatIsoDate(input.reference) : undefined;
  // (A month before a year: `their fourth meeting this year; they last met in Vientiane in July`.)
  let year: BodyDate | null = null;
  for (const date of datesIn(input, sentence)) {
    if (date.end > sentence.end) continue;
    if (date.readings.length !== 1 || date.readings[0].end) continue;
    const { precision, value } = date.readings[0];
    if (precision !== 'month' && precision !== 'year') continue;
    if (isDateline(input.text, date) || (published && value > published.slice(0, value.length))) continue;
    // A year dates a meeting reported only where it opens the sentence (`In 2019, Modi met Trump in Houston`); a month
    // there too, or before the where-clause of its event (`the AUSMIN consultations held in Brisbane last July, where
    // Austin … met Marles`).
    const opens = MONTH_OPENS.test(input.text.slice(sentence.start, date.start));
    if (precision === 'year' && !recalled && !opens) continue;
    if (!recalled && !opens && !(date.end <= triggerStart && WHERE_THEN.test(input.text.slice(date.end, triggerStart)))) continue;
    if (precision === 'month') return date;
    year ??= date;
  }
  return year;
}
const WHERE_THEN = /^[^.;]{0,60},\s*(?:where|when)\b[^.;]*$/;
const MONTH_OPENS = /^\s*(?:(?:[-•*–—]|\d+[.)])\s*)?(?:(?:[Ii]n|[Dd]uring)\s+)?$/;

/** The day a sentence fixes for a meeting: a date of day precision, not a dateline's, on the side of publication its status allows. */
function dayIn(
  input: MeetingInput,
  sentence: Sentence,
  status: Draft['status'],
  trigger?: { start: number; end: number },
): BodyDate | null {
  const first = firstDayIn(input, sentence, status, trigger?.end);
  // `Singh flies to Tokyo on Saturday and is scheduled to hold talks with Nakatani on Sunday`: a day in a predicate
  // before the meeting's own is that predicate's, where the meeting's part of the sentence gives one.
  if (!first || !trigger || first.end > trigger.start) return first;
  if (!ANOTHER_PREDICATE.test(input.text.slice(first.end, trigger.start))) return first;
  return firstDayIn(input, { start: trigger.end, end: sentence.end }, status, trigger.end) ?? first;
}
/** `… on Saturday and is scheduled to`, `…, and he is expected to`: a second predicate (of the same subject, or its own). */
const ANOTHER_PREDICATE = /\b(?:and|but|while)\s+(?:(?:he|she|they)\s+)?(?:is|are|was|were|will|would|has|have|plans?|hopes?|intends?)\b/;

/**
 * The day of the heading over the sentence's paragraph, in an article with headings of days (`MON 17 NOV | Washington`
 * over a digest's item, `Thursday, 31 July 2025` over a programme's): a line that holds a day and nothing else but a
 * weekday, or a place or a short label after a bar or a comma. The heading is the paragraph's first line, or stands
 * above it with only blank lines between. One such line alone is the page's own date (`07-Feb-2025, 03:02 PM` under
 * a title), which dates no meeting: an article has headings when it has two or more.
 */
function headingDay(input: MeetingInput, sentence: Sentence, status: Draft['status']): BodyDate | null {
  const headings = headingsOf(input);
  if (headings.length < 2) return null;
  // (The last heading before the sentence, found by search: a long text may have thousands.)
  const heading = headings[firstStartingAt(headings, sentence.start) - 1];
  if (!heading || heading.end > sentence.start) return null;
  const lineEnd = input.text.indexOf('\n', heading.end);
  if (lineEnd < 0 || sentence.start - lineEnd > 2000) return null;
  // Blank lines may stand between the heading and its paragraph, not inside the paragraph.
  const between = input.text.slice(lineEnd + 1, sentence.start).replace(/^(?:[ \t\r]*\n)+/, '');
  if (/\n[ \t\r]*\n/.test(between)) return null;
  const reading = heading.readings[0];
  if (input.reference && status === 'held' && reading.value > formatIsoDate(input.reference)) return null;
  return heading;
}

const HEADINGS = new WeakMap<MeetingInput, BodyDate[]>();
/** The article's days that stand as headings, in text order. */
function headingsOf(input: MeetingInput): BodyDate[] {
  let headings = HEADINGS.get(input);
  if (headings) return headings;
  headings = [];
  const { text } = input;
  for (const date of input.dates) {
    const reading = date.readings.length === 1 ? date.readings[0] : undefined;
    if (reading?.precision !== 'day' || reading.end) continue;
    // (A heading is a short line: its ends are looked for 80 characters around the date, not across a one-line text.)
    const near = Math.max(0, date.start - 81);
    const back = text.slice(near, date.start).lastIndexOf('\n');
    if (back < 0) continue;
    const start = near + back + 1;
    const ahead = text.slice(date.end, date.end + 81).indexOf('\n');
    const end = ahead >= 0 ? date.end + ahead : date.end + 81 >= text.length ? text.length : -1;
    if (end < 0 || end - start > 80) continue;
    if (HEADING_BEFORE.test(text.slice(start, date.start)) && HEADING_AFTER.test(text.slice(date.end, end))) headings.push(date);
  }
  HEADINGS.set(input, headings);
  return headings;
}
const HEADING_BEFORE = /^[\s#*•>-]*(?:(?:[Oo]n\s+)?(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s*)?$/i;
const HEADING_AFTER = /^\s*(?:[|,–—:-]\s*[^|.;!?]{0,40})?\s*$/;

function firstDayIn(input: MeetingInput, sentence: Sentence, status: Draft['status'], triggerEnd?: number): BodyDate | null {
  for (const date of datesIn(input, sentence)) {
    if (date.end > sentence.end) continue;
    if (date.readings.length !== 1 || date.readings[0].precision !== 'day' || date.readings[0].end) continue;
    if (isDateline(input.text, date)) continue;
    // `Modi and I just concluded a productive meeting, and yesterday we had a private dinner`: a day opening a
    // clause after the meeting words is that clause's.
    // (Looked at in the 40 characters before the day: a sentence may be a megabyte long.)
    if (
      triggerEnd !== undefined &&
      date.start > triggerEnd &&
      OPENS_A_CLAUSE.test(input.text.slice(Math.max(triggerEnd, date.start - 40), date.start))
    )
      continue;
    // `…, the Department of National Defense said on Monday`: the day it was said, not the meeting's; `a visit … from
    // August 23, during which he will meet …`: the day a period starts.
    const before = input.text.slice(Math.max(sentence.start, date.start - 40), date.start);
    // (`Briefing reporters on Wednesday, X said …`: the day of the briefing.)
    if (SAID_ON.test(before) || FROM_DAY.test(before) || SPEAKING_ON.test(before)) continue;
    if (input.reference && status === 'held' && date.readings[0].value > formatIsoDate(input.reference)) continue;
    // `"… with my friend Lloyd Austin today," Rajnath Singh posted on X on Thursday`: a quotation's `today` is the day
    // it was said, where the sentence tells it.
    if (SPOKEN_DAY.test(date.text) && inQuotation(input.text, date.start)) {
      const said = saidOnDay(input, sentence, date.end);
      if (said) return shifted(said, /^yesterday$/i.test(date.text) ? -1 : 0) ?? date;
    }
    return date;
  }
  return null;
}

/** The day the sentence says its words were said (`said on Thursday`, `posted on X on Thursday`), after `from`. */
function saidOnDay(input: MeetingInput, sentence: Sentence, from: number): BodyDate | undefined {
  for (const date of datesIn(input, sentence)) {
    if (date.start < from || date.end > sentence.end || date.readings.length !== 1 || date.readings[0].precision !== 'day') continue;
    if (SAID_ON.test(input.text.slice(Math.max(sentence.start, date.start - 40), date.start))) return date;
  }
  return undefined;
}

/** The relative clause (`, who met Rajnath Singh last year,`) the meeting words stand in, if any. */
function relativeClause(text: string, sentence: Sentence, trigger: { start: number; end: number }): Sentence | null {
  const before = text.slice(Math.max(sentence.start, trigger.start - 80), trigger.start);
  const m = RELATIVE_OPENING.exec(before);
  if (!m) return null;
  const start = trigger.start - before.length + m.index;
  let end = trigger.end;
  while (end < sentence.end && end < trigger.end + 300 && text.charCodeAt(end) !== 44) end++;
  return { start, end };
}
const RELATIVE_OPENING = /,\s*(?:who|whom|which)\s[^,]*$/;

const SPEAKING_ON = /\b(?:[Bb]riefing|[Ss]peaking|[Tt]alking|[Aa]ddressing|[Ww]riting|[Aa]nswering|[Tt]elling)\b[^,.;]{0,40}$/;
const FROM_DAY = /\b(?:[Ff]rom|[Ss]ince|[Ss]tarting)\s+(?:the\s+)?$/;
// (Also a relative clause of something else: `on the eve of the G20 summit, which opens on Saturday`.)
const OPENS_A_CLAUSE = /(?:,\s*(?:and|but|while|whereas)|;)\s+(?:(?:on|then|later|earlier|and)\s+)?$|,\s*which\s+[^,;()]{0,30}$/;

/** `Vientiane [Laos], November 22 :`, `WASHINGTON, Feb 13 (Reuters) -`: the report's date, not the meeting's. */
const SAID_ON =
  /\b(?:said|says|told [\w ]{1,30}|announced|stated|added|confirmed|reported|posted|wrote|tweeted)(?: (?:on|in) (?:X|Twitter|Facebook|Instagram|social media|a (?:post|statement)))?\s+(?:late\s+|early\s+|earlier\s+)?(?:on\s+)?$/;

/**
 * The dates starting in a sentence, in text order: found by search, not by reading every date of the text for each
 * sentence (a 600 KB timeline without line breaks took 3 s so).
 */
function* datesIn(input: MeetingInput, sentence: Sentence): Generator<BodyDate> {
  const { dates } = input;
  for (let i = firstStartingAt(dates, sentence.start); i < dates.length && dates[i].start < sentence.end; i++) yield dates[i];
}

function isDateline(text: string, date: BodyDate): boolean {
  // (The line's start is looked for in the 100 characters before the date: a dateline's lead is 60 at most, after
  // a header's 17, and a text may be one line of megabytes.)
  const near = Math.max(0, date.start - 100);
  const lineBreak = text.slice(near, date.start).lastIndexOf('\n');
  if (lineBreak < 0 && near > 0) return false;
  const lineStart = lineBreak < 0 ? 0 : near + lineBreak + 1;
  const before = text.slice(Math.max(lineStart, date.start - 80), date.start);
  const after = text.slice(date.end, date.end + 20);
  const headerRest = /^ ?date \d{4}-\d\d-\d\d /i.test(text.slice(lineStart, lineStart + 17)) ? 17 : 0;
  const lead = text.slice(lineStart + headerRest, date.start);
  return (
    lead.length <= 60 &&
    // A place: capitalised words (`Port of Spain`: short joiners allowed), not a sentence (`spoke … early Friday (IST)`).
    /^\s*\p{Lu}[\p{L}.'’/-]*(?:\s+(?:\p{Lu}[\p{L}.'’/-]*|\p{Ll}{1,3}))*\s*(?:\[[^\]]*\])?\s*,?\s*$/u.test(
      before.slice(-lead.length) || before,
    ) &&
    /^\s*(?:\([^)]*\)\s*)?[:—–-]|^\s*\([A-Z]{2,8}\)/.test(after)
  );
}

/** Who received whom: `Visiting X … talks with Y` (Y hosts), `X hosted Y`, `X received Y`, `X called on Y` (Y hosts). */
function hostOf(body: string, sentence: Sentence, participants: readonly Person[]): string | null {
  const inBody = participants.filter((p) => p.start >= sentence.start && p.end <= sentence.end);
  if (inBody.length < 2) return null;
  const position = (m: RegExpExecArray | null) => (m ? sentence.start + m.index : -1);
  const visiting = position(/\b[Vv]isiting\b/.exec(body));
  if (visiting >= 0) {
    const visitor = inBody.find((p) => p.start > visiting && p.start - visiting < 80);
    const host = inBody.find((p) => p !== visitor);
    if (visitor && host) return host.name;
  }
  // `He was received by Defence Secretary …`: the one after `by` receives.
  const passive = /\b(?:was|were|is|are|being) (?:hosted|received|welcomed)(?: [^\s,.;:]+){0,4} by\b/.exec(body);
  if (passive) {
    const host = inBody.find((p) => p.start > position(passive));
    if (host) return host.name;
  }
  // (`will host his Indian counterpart`, not `the host country`.)
  const hosting =
    HOSTING.exec(body) ?? (body.includes('host ') || body.includes('receive ') || body.includes('welcome ') ? WILL_HOST.exec(body) : null);
  if (hosting) {
    const host = [...inBody].reverse().find((p) => p.start < position(hosting));
    if (host) return host.name;
  }
  const callingOn = /\b(?:called|calls|call) on\b/.exec(body);
  if (callingOn) {
    const host = inBody.find((p) => p.start > position(callingOn));
    if (host) return host.name;
  }
  return null;
}

function finish(d: Draft, input: MeetingInput, positions: LineIndex): Meeting {
  const range = (start: number, end: number): Range => ({ start: positions.positionAt(start), end: positions.positionAt(end) });
  const date = d.date?.readings[0] ?? null;
  // A meeting recalled from well before publication is background, said or not (asked only where it can change that).
  // (Undated, but told in a sentence dated well before publication: `Carter and Parrikar signed LEMOA in 2016, after
  // Parrikar visited the Pentagon`.)
  const old =
    !d.background &&
    d.status === 'held' &&
    input.reference &&
    (date ? daysBefore(date.value, input.reference) > BACKGROUND_DAYS : datedLongBefore(input, d.sentence, d.trigger));
  // …and one told in the words of a recollection (`Earlier, she had met Doval … on Sunday`) but of the days just
  // before publication is the news.
  // (Not one the text says is remembered: `Singh recalled his visit …`.)
  const recent =
    d.background &&
    date?.precision === 'day' &&
    !date.end &&
    input.reference &&
    daysBefore(date.value, input.reference) <= RECENT_DAYS &&
    !REMEMBERED.test(input.text.slice(d.sentence.start, d.sentence.end));
  const evidence: Partial<Record<MeetingField, Range>> = {
    participants: range(Math.min(...d.participants.map((p) => p.start)), Math.max(...d.participants.map((p) => p.end))),
    kind: range(d.trigger.start, d.trigger.end),
    status: range(d.trigger.start, d.trigger.end),
  };
  if (d.date) evidence.date = d.date.range;
  // A call or a video conference has no place (`exchanged views on the situation in Ukraine` is what they spoke of).
  const place = d.kind === 'call' || d.kind === 'virtual' ? null : d.place;
  if (place) evidence.place = range(place.start, place.end);
  if (d.occasion) evidence.occasion = range(d.occasion.start, d.occasion.end);
  if (d.topics.size) {
    const spans = [...d.topics.values()];
    evidence.topics = range(Math.min(...spans.map((s) => s.start)), Math.max(...spans.map((s) => s.end)));
  }
  return {
    participants: d.participants.map(({ name, id, start, end }) => ({ name, id, range: range(start, end) })),
    kind: d.kind,
    host: d.host,
    status: d.status,
    date,
    place: place?.name ?? null,
    occasion: d.occasion?.name ?? null,
    topics: [...d.topics.keys()],
    background: (d.background && !recent) || Boolean(old && d.status === 'held'),
    start: d.sentence.start,
    end: d.sentence.end,
    range: range(d.sentence.start, d.sentence.end),
    evidence,
  };
}

/**
 * One meeting told twice — a headline and its story (`Jaishankar meets Waltz, Gabbard in Washington` … `on
 * Thursday met … Mike Waltz`), a quote after the report (`"Delighted to meet DNI @TulsiGabbard," Modi said`) —
 * is one entry: a later draft of the same people, kind, status and standing (news or recalled) whose day and
 * place do not contradict an earlier one's adds what it knows to it. (Consecutive sentences are joined as they
 * are read; this joins those told apart.)
 */
function mergeRetold(text: string, drafts: readonly Draft[]): Draft[] {
  const kept: Draft[] = [];
  for (const later of drafts) {
    const earlier = toldBefore(text, kept, later);
    if (!earlier) {
      kept.push(later);
      continue;
    }
    earlier.date ??= later.date;
    earlier.place ??= later.place;
    earlier.occasion ??= later.occasion;
    earlier.host ??= later.host;
    for (const [name, span] of later.topics) if (!earlier.topics.has(name)) earlier.topics.set(name, span);
  }
  return kept;
}

/**
 * The first of the meetings kept whose telling `later` may be: looked for among the article's first ones (a headline,
 * a lede) and the last ones before it — a meeting is told again near its first telling, and a text of thousands of
 * meetings is not compared pair by pair.
 */
function toldBefore(text: string, kept: readonly Draft[], later: Draft): Draft | undefined {
  // `"Productive discussions with my friend Rajnath Singh today," Marles posted`: a quotation's `today` is the day its
  // speaker spoke, which the report after it may tell as `Thursday`; within a day or two, it contradicts nothing.
  const spoken = later.date !== null && SPOKEN_DAY.test(later.date.text) && inQuotation(text, later.date.start);
  for (let j = 0; j < kept.length; j++) {
    if (j === RETOLD_FIRST && kept.length - RETOLD_NEAR > j) j = kept.length - RETOLD_NEAR;
    const d = kept[j];
    if (
      d.status === later.status &&
      d.kind === later.kind &&
      d.background === later.background &&
      sameSet(d.participants, later.participants) &&
      !(spoken ? daysBetweenDates(d.date, later.date) > 2 : datesDiffer(d.date, later.date)) &&
      !(d.place && later.place && d.place.name !== later.place.name)
    )
      return d;
  }
  return undefined;
}

/**
 * `Modi has met Biden six times since 2021`, `who has met Wang Yi many times`, `have held several rounds of talks`:
 * meetings counted, none of them told; `looked forward to meeting Singh again someday`: one wished for, none set.
 */
function isRepeated(body: string, trigger: Trigger): boolean {
  // The clause of the meeting words, up to 60 characters after them.
  const after = body.slice(trigger.start, trigger.end + 60);
  const stop = after.search(/[.;:]/);
  return REPEATED.test(stop < 0 ? after : after.slice(0, stop));
}
const REPEATED =
  /\b(?:some ?day|one day|at some point|in the (?:near |distant )?future|(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|multiple|numerous|countless|a dozen|dozens of) (?:times|occasions)|(?:several|many|multiple|numerous|two|three|four|five|\d+) rounds of|on (?:several|many|multiple|numerous) occasions|(?:twice|thrice) (?:before|since|already|in|this|last)\b|(?:met|meets|hosted|received) (?:every|each|all(?: the)?) (?:[\w-]+ ){0,3}(?:secretar(?:y|ies)|ministers?|presidents?|leaders?|counterparts?|chiefs?)\b)/i;

/** `are holding talks`, `is meeting`, `just concluded`: under way, or just over, as the report is written. */
const UNDER_WAY =
  /\b(?:(?:is|are)\s+(?:currently\s+|now\s+)?(?:holding|meeting)|just\s+(?:concluded|finished|completed|wrapped up|had|held|met|come out of|came out of|emerged from|left))\b(?:[^.;]|\.(?=\S))*$/;

const RETOLD_FIRST = 10;
const RETOLD_NEAR = 40;

function sameSet(a: readonly Person[], b: readonly Person[]): boolean {
  return a.length === b.length && a.every((p) => b.some((q) => q.key === p.key));
}

function datesDiffer(a: BodyDate | null, b: BodyDate | null): boolean {
  return a !== null && b !== null && a.readings[0].value !== b.readings[0].value;
}

/** Days between two dates' first readings: 0 where either is missing, Infinity where they differ and either is no day. */
function daysBetweenDates(a: BodyDate | null, b: BodyDate | null): number {
  if (!datesDiffer(a, b)) return 0;
  const x = parseIsoDate(a?.readings[0].value ?? '');
  const y = parseIsoDate(b?.readings[0].value ?? '');
  return x && y ? Math.abs(dayNumber(x) - dayNumber(y)) : Infinity;
}

/** A day said from where its speaker stands. */
const SPOKEN_DAY = /^(?:today|tonight|this (?:morning|afternoon|evening)|yesterday)$/i;

function daysBefore(iso: string, ref: CalendarDate): number {
  const [year, month = 1, day = 1] = iso.split('-').map(Number);
  return daysBetween({ year, month, day }, ref);
}
