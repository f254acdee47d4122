// The analysis core's public surface: text in, plain data out. No editor or protocol types here,
// so the language server, the CLI and the tests all run exactly this code.

export * from './analyzeArticle';
export { keepRecentWindows } from './writtenDates';
export * from './calendarDate';
export * from './diagnosticCodes';
export type { DateHeader } from './dateHeader';
export type { Fix, Problem, TextEdit } from './problem';
export * from './textPosition';
export * from './seedFiles';
export * from './tally';
export * from './knowledgeBase/entityTypes';
export * from './knowledgeBase/knowledgeBase';
export * from './knowledgeBase/parseKnowledgeBase';
export * from './knowledgeBase/combineKnowledgeBases';
export * from './knowledgeBase/editKnowledgeBase';
export type { PartialDate } from './knowledgeBase/partialDate';
export { buildEntityIndex, type EntityIndex } from './entities/entityIndex';
export type { EntityMention, MentionKind } from './entities/recognizeEntities';
export { describeEntity, describeMention, escapeMarkdown, type MentionContext } from './entities/describeEntity';
export { describeRole, rolesOn } from './entities/roles';
export * from './outline/articleOutline';
export type { BodyDate } from './dates/findBodyDates';
export { findBodyDates } from './dates/findBodyDates';
export type { DatePrecision, DateReading } from './dates/dateReading';
export { weekday } from './dates/dateReading';
export { dateHint, describeDate, readingLabel } from './dates/describeDate';
export type { Meeting, MeetingField, MeetingKind, Participant } from './meetings/findMeetings';
export { findMeetings } from './meetings/findMeetings';
export { type MeetingIdentity, meetingIdentity } from './meetings/meetingId';
export { describeMeeting, meetingDetail, meetingLabel, type MeetingCardContext } from './meetings/describeMeeting';
export { type BratDocument, type BratInput, KB_PREFIX, toBrat } from './export/brat';
export {
  bratConfiguration,
  bratTypeName,
  bratToolsConfiguration,
  type BratTypesUsed,
  bratVisualConfiguration,
} from './export/bratConfiguration';
