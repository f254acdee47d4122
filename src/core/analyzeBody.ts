// What an article's text says past its header: its entity mentions, its dates and its meetings. The
// header check decides what this reading needs of it (where the body starts, the publication date), so
// that a long text can be read here a section at a time (sections/sectionedBody.ts).

import type { CalendarDate } from './calendarDate';
import { type BodyDate, findBodyDates } from './dates/findBodyDates';
import type { EntityIndex } from './entities/entityIndex';
import { type EntityMention, recognizeEntities } from './entities/recognizeEntities';
import { findMeetings, type Meeting } from './meetings/findMeetings';

export interface BodyContext {
  /** The knowledge base compiled for recognition; without it, entities are not looked for. */
  readonly entities: EntityIndex | undefined;
  /** The publication date, which relative dates are resolved against. */
  readonly reference: CalendarDate | undefined;
  /** Where the body starts (after the header's date), as an offset. */
  readonly from: number;
  /** The first line is a date header, whose text after the date is scraper residue. */
  readonly firstLineIsHeader: boolean;
  /** The text opens the article: its dateline, its headline (false for a later section of a long text). */
  readonly dateline: boolean;
  /** Only problems are wanted (see AnalysisOptions.problemsOnly): no dates or meetings are looked for. */
  readonly problemsOnly?: boolean;
}

export interface BodyAnalysis {
  readonly entities: readonly EntityMention[];
  readonly dates: readonly BodyDate[];
  readonly meetings: readonly Meeting[];
}

export function analyzeBody(text: string, context: BodyContext): BodyAnalysis {
  const { reference, from } = context;
  const entities = context.entities
    ? recognizeEntities(text, context.entities, { firstLineIsHeader: context.firstLineIsHeader, opensArticle: context.dateline })
    : [];
  if (context.problemsOnly) return { entities, dates: [], meetings: [] };
  const dates = findBodyDates(text, reference, { from });
  const meetings = findMeetings({
    text,
    entities,
    dates,
    reference,
    from,
    knowledgeBase: context.entities?.knowledgeBase,
    ...(context.dateline ? {} : { dateline: false }),
  });
  return { entities, dates, meetings };
}
