// A very long text read a section at a time (cutSections.ts): each section as if it were an article's
// body of its own, under the article's publication date, its findings moved to where the section stands.
//
// A text of megabytes is a dump of many articles, not one: a surname in its thousandth paragraph is not
// the person its first paragraph named, and its first dateline is not where its later meetings were held.
// So nothing carries from one section to the next (names, `the two ministers`, the dateline), and each
// section's reading depends on its text, the publication date and the knowledge base only. That is what
// makes editing such a text cheap: a `SectionMemo` keeps each section's reading, and after an edit only
// the sections whose text changed are read again (docs/scale.md, *Long texts*).

import { type BodyAnalysis, type BodyContext, analyzeBody } from '../analyzeBody';
import { formatIsoDate } from '../calendarDate';
import type { EntityIndex } from '../entities/entityIndex';
import type { EntityMention } from '../entities/recognizeEntities';
import type { Meeting, MeetingField } from '../meetings/findMeetings';
import type { Position, Range } from '../textPosition';
import { cutSections, type Section } from './cutSections';

/** A section's reading, and the last copy of it moved to where the section stood. */
interface Kept {
  /** What else the reading depends on: the publication date, and for the first section where its body starts. */
  readonly context: string;
  readonly reading: BodyAnalysis;
  moved?: { readonly section: Section; readonly body: BodyAnalysis };
}

/**
 * The readings of the sections of one text, to reuse when it is read again (an open document edited),
 * by the section's text. It keeps those of the last reading only, so it holds about what one analysis of
 * the text does (twice that with the moved copies).
 */
export class SectionMemo {
  private kept = new Map<string, Kept>();
  private next = new Map<string, Kept>();
  private index: EntityIndex | undefined;

  /** Sections read (not reused) by the last reading: what the tests of reuse look at. */
  read = 0;

  /** Starts a reading of the text under `index`: readings made under another knowledge base are dropped. */
  begin(index: EntityIndex | undefined): void {
    if (index !== this.index) this.kept.clear();
    this.index = index;
    this.next = new Map();
    this.read = 0;
  }

  /** The section's reading, read now unless it was kept. */
  reading(text: string, context: string, read: () => BodyAnalysis): Kept {
    // A section may repeat an earlier one of the same text (a dump holds the same paragraphs many times).
    let kept = this.next.get(text) ?? this.kept.get(text);
    if (kept?.context !== context) {
      kept = { context, reading: read() };
      this.read++;
    }
    this.next.set(text, kept);
    return kept;
  }

  /** Ends the reading: only its sections' readings are kept. */
  end(): void {
    this.kept = this.next;
    this.next = new Map();
  }
}

/**
 * A long text's body, read one section per `step` (a caller that must stay responsive yields between),
 * each section's findings moved to where it stands as it is read.
 */
export class SectionedBody {
  readonly sections: readonly Section[];
  private readonly moved: BodyAnalysis[] = [];
  private readonly reference: string;

  constructor(
    private readonly text: string,
    private readonly context: BodyContext,
    private readonly memo: SectionMemo = new SectionMemo(),
  ) {
    this.sections = cutSections(text);
    this.reference = context.reference ? formatIsoDate(context.reference) : '';
    memo.begin(context.entities);
  }

  get done(): boolean {
    return this.moved.length === this.sections.length;
  }

  /** Reads the next section (or takes its reading from the memo); false once every section is read. */
  step(): boolean {
    if (this.done) return false;
    const section = this.sections[this.moved.length];
    const first = section.start === 0;
    // The first section holds the header: where its body starts is part of what it is read with.
    const context = `${this.context.problemsOnly ? 'problems|' : ''}${this.reference}${first ? `|${this.context.from}|${this.context.firstLineIsHeader}` : ''}`;
    const text = this.text.slice(section.start, section.end);
    const kept = this.memo.reading(text, context, () =>
      analyzeBody(text, first ? this.context : { ...this.context, from: 0, firstLineIsHeader: false, dateline: false }),
    );
    if (!kept.moved || !samePlace(kept.moved.section, section)) kept.moved = { section, body: moveBody(kept.reading, section) };
    this.moved.push(kept.moved.body);
    if (this.done) this.memo.end();
    return true;
  }

  /** The body's reading: every section's, where it stands in the text. */
  result(): BodyAnalysis {
    while (this.step());
    const entities: EntityMention[] = [];
    const dates: BodyAnalysis['dates'][number][] = [];
    const meetings: Meeting[] = [];
    for (const body of this.moved) {
      for (const m of body.entities) entities.push(m);
      for (const d of body.dates) dates.push(d);
      for (const m of body.meetings) meetings.push(m);
    }
    return { entities, dates, meetings };
  }
}

/** The body of a text read in sections, at once. */
export function sectionedBody(text: string, context: BodyContext): BodyAnalysis {
  return new SectionedBody(text, context).result();
}

const samePlace = (a: Section, b: Section) => a.start === b.start && a.line === b.line && a.character === b.character;

/** A section's findings, moved from positions in its text to positions in the whole text. */
function moveBody(body: BodyAnalysis, section: Section): BodyAnalysis {
  if (section.start === 0) return body;
  const position = (p: Position): Position =>
    p.line === 0
      ? { line: section.line, character: section.character + p.character }
      : { line: section.line + p.line, character: p.character };
  const at: Placer = {
    offset: (offset) => offset + section.start,
    range: (range) => ({ start: position(range.start), end: position(range.end) }),
  };
  return {
    entities: body.entities.map((m) => moveMention(m, at)),
    dates: body.dates.map((d) => ({ ...d, start: at.offset(d.start), end: at.offset(d.end), range: at.range(d.range) })),
    meetings: body.meetings.map((m) => moveMeeting(m, at)),
  };
}

interface Placer {
  offset(offset: number): number;
  range(range: Range): Range;
}

function moveMention(m: EntityMention, at: Placer): EntityMention {
  return {
    ...m,
    start: at.offset(m.start),
    end: at.offset(m.end),
    range: at.range(m.range),
    ...(m.inner ? { inner: m.inner.map((inner) => moveMention(inner, at)) } : {}),
  };
}

function moveMeeting(m: Meeting, at: Placer): Meeting {
  const evidence: Partial<Record<MeetingField, Range>> = {};
  for (const [field, range] of Object.entries(m.evidence) as [MeetingField, Range][]) evidence[field] = at.range(range);
  return {
    ...m,
    participants: m.participants.map((p) => ({ ...p, range: at.range(p.range) })),
    start: at.offset(m.start),
    end: at.offset(m.end),
    range: at.range(m.range),
    evidence,
  };
}
