// The CLI's two output formats. The JSON field names are a public interface: add, never rename.

import {
  type ArticleAnalysis,
  type BodyDate,
  type DateReading,
  describeProblemCounts,
  type EntityMention,
  type Meeting,
  meetingIdentity,
  plural,
  type Problem,
  type Range,
  type Tally,
} from '../core';

export interface FileReport {
  readonly path: string;
  readonly analysis: ArticleAnalysis;
}

/** A knowledge base file in force for some of the articles checked, with the problems found in it. */
export interface KnowledgeBaseReport {
  readonly path: string;
  readonly problems: readonly Problem[];
}

interface JsonProblem {
  readonly code: string;
  readonly severity: string;
  readonly message: string;
  readonly range: Range;
}

export interface JsonEntity {
  /** The text as written in the article. */
  readonly text: string;
  /** The canonical name of the knowledge base entity meant, or null for a name the KB does not know. */
  readonly entity: string | null;
  readonly id: string | null;
  /** The entity's type; for unknown names, the guessed type. */
  readonly type: string;
  /** Whether the name stands for a knowledge base entity (misspellings included). */
  readonly known: boolean;
  /** `name` (a name or alias), `short` (a surname of someone named earlier), `misspelled`, `unknown`. */
  readonly kind: string;
  readonly misspelled?: true;
  /** For misspellings: the knowledge base spelling. */
  readonly suggestion?: string;
  /** An unknown name in the header's scraper text: listed, but not worth a hint. */
  readonly quiet?: true;
  readonly range: Range;
}

export interface JsonDate {
  /** The expression as written. */
  readonly text: string;
  /** `YYYY-MM-DD` (a day; a week's Monday), `YYYY-MM` or `YYYY`; null when two readings remain or a relative one has no publication date. */
  readonly value: string | null;
  /** `day`, `week`, `month` or `year`; null with a null value. */
  readonly precision: string | null;
  /** Whether it needed the publication date. */
  readonly relative: boolean;
  /** The last day, month or year of a range (`2025-2035`, `April 10 to 15`, a week). */
  readonly end?: string;
  /** Both readings, neither preferred, when the text leaves two open (`05/06/2024`, a bare weekday). */
  readonly candidates?: readonly DateReading[];
  readonly range: Range;
}

export interface JsonFile {
  readonly path: string;
  readonly kind: 'article';
  readonly header: ArticleAnalysis['header'];
  readonly problems: readonly JsonProblem[];
  readonly entities: readonly JsonEntity[];
  /** What relative dates were resolved against: the header's date or the one the text gives. */
  readonly referenceDate: string | null;
  readonly dates: readonly JsonDate[];
  readonly meetings: readonly JsonMeeting[];
}

export interface JsonMeeting {
  /** The real meeting's identity, shared by every report of it in the corpus. */
  readonly id: string;
  /** For a planned meeting whose day is known: the id of the held meeting it announces. */
  readonly announces: string | null;
  /** Canonical names: KB names, or the fullest name the article gives. */
  readonly participants: readonly string[];
  /** KB ids, null for people the KB does not know, in the order of `participants`. */
  readonly participantIds: readonly (string | null)[];
  /** `in-person`, `call`, `virtual` or `dialogue`. */
  readonly kind: string;
  readonly host: string | null;
  /** `held` or `planned`. */
  readonly status: string;
  /** `YYYY-MM-DD` when the text fixes the day; null otherwise. */
  readonly date: string | null;
  readonly place: string | null;
  readonly occasion: string | null;
  readonly topics: readonly string[];
  readonly background: boolean;
  /** The sentence that reports it. */
  readonly range: Range;
  /** Where each field was read. */
  readonly evidence: Readonly<Record<string, Range>>;
}

export interface JsonKnowledgeBaseFile {
  readonly path: string;
  readonly kind: 'knowledge-base';
  readonly problems: readonly JsonProblem[];
}

const toJsonProblem = ({ code, severity, message, range }: Problem): JsonProblem => ({ code, severity, message, range });

function toJsonEntity(m: EntityMention): JsonEntity {
  return {
    text: m.text,
    entity: m.entity?.name ?? null,
    id: m.entity?.id ?? null,
    type: m.type,
    known: m.entity !== undefined,
    kind: m.kind,
    ...(m.kind === 'misspelled' ? { misspelled: true as const, suggestion: m.suggestion } : {}),
    ...(m.quiet ? { quiet: true as const } : {}),
    range: m.range,
  };
}

export function toJsonFile({ path, analysis }: FileReport): JsonFile {
  return {
    path,
    kind: 'article',
    header: analysis.header,
    problems: analysis.problems.map(toJsonProblem),
    entities: analysis.entities.map(toJsonEntity),
    referenceDate: analysis.referenceDate,
    dates: analysis.dates.map(toJsonDate),
    meetings: analysis.meetings.map((m) => toJsonMeeting(m, analysis.referenceDate)),
  };
}

export function toJsonMeeting(m: Meeting, publication: string | null): JsonMeeting {
  const { id, announces } = meetingIdentity(m, publication);
  return {
    id,
    announces,
    participants: m.participants.map((p) => p.name),
    participantIds: m.participants.map((p) => p.id),
    kind: m.kind,
    host: m.host,
    status: m.status,
    date: m.date?.value ?? null,
    place: m.place,
    occasion: m.occasion,
    topics: m.topics,
    background: m.background,
    range: m.range,
    evidence: m.evidence,
  };
}

function toJsonDate(d: BodyDate): JsonDate {
  const only = d.readings.length === 1 ? d.readings[0] : undefined;
  return {
    text: d.text,
    value: only?.value ?? null,
    precision: only?.precision ?? null,
    relative: d.relative,
    ...(only?.end ? { end: only.end } : {}),
    ...(d.readings.length > 1 ? { candidates: d.readings } : {}),
    range: d.range,
  };
}

/** An entry of the top-level `knowledgeBases` list: a knowledge base file in force for some article. */
export interface JsonKnowledgeBase {
  readonly path: string;
}

export function toJsonKnowledgeBase({ path }: KnowledgeBaseReport): JsonKnowledgeBase {
  return { path };
}

export function toJsonKnowledgeBaseFile({ path, problems }: KnowledgeBaseReport): JsonKnowledgeBaseFile {
  return { path, kind: 'knowledge-base', problems: problems.map(toJsonProblem) };
}

/** `file:line:col: severity code message`, 1-based, as compilers print and problem matchers read. */
function toTextLine(path: string, p: Problem): string {
  return `${path}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.severity} ${p.code} ${p.message}`;
}

export function toTextLines({ path, analysis }: FileReport): string[] {
  return analysis.problems.map((p) => toTextLine(path, p));
}

export function knowledgeBaseTextLines({ path, problems }: KnowledgeBaseReport): string[] {
  return problems.map((p) => toTextLine(path, p));
}

/**
 * `5 files checked: 1 error, 0 warnings.` (`, 3 notes` for hints such as unknown names), then, only
 * when a knowledge base file has problems, their counts: ` 1 knowledge base file: 1 error, 0 warnings.`
 */
export function summaryLine(articles: Tally, knowledgeBases?: Tally): string {
  const line = `${plural(articles.files, 'file')} checked: ${describeProblemCounts(articles)}.`;
  if (!knowledgeBases || knowledgeBases.errors + knowledgeBases.warnings + knowledgeBases.notes === 0) return line;
  return `${line} ${plural(knowledgeBases.files, 'knowledge base file')}: ${describeProblemCounts(knowledgeBases)}.`;
}

/** One line of `export --format jsonl`: an article, with the shapes of `check --format json` (schemas/article.schema.json). */
export interface JsonArticleLine {
  readonly path: string;
  /** The header's date, `YYYY-MM-DD`; null when the first line is no header with a valid date. */
  readonly headerDate: string | null;
  readonly referenceDate: string | null;
  readonly entities: readonly JsonEntity[];
  readonly dates: readonly JsonDate[];
  readonly meetings: readonly JsonMeeting[];
}

export function toJsonArticleLine(report: FileReport): JsonArticleLine {
  const { path, header, referenceDate, entities, dates, meetings } = toJsonFile(report);
  return { path, headerDate: header?.date ?? null, referenceDate, entities, dates, meetings };
}
