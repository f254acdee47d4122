// Meetings in the editor: the hover on a meeting's sentence, and the CodeLens above it ("Meeting ·
// reported in N articles", resolved lazily; it opens the reports).

import * as path from 'node:path';
import type { CodeLens, Hover, Location, Position } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import { describeMeeting, type Meeting, meetingIdentity, plural } from '../../core';
import { Commands } from '../../shared/protocol';
import type { MeetingIndex } from '../workspace/meetingIndex';
import type { Article, WorkspaceStore } from '../workspace/workspaceStore';
import { contains, openArticle } from './articleAt';
import { indexedForHover } from './indexWait';

/** The client command a meeting's CodeLens runs: `[uri, position, locations]`, as VS Code's showReferences takes. */
export const SHOW_REPORTS_COMMAND = Commands.showMeetingReports;

/** The meeting whose sentence holds the position. */
export function meetingAt(article: Article, position: Position): Meeting | undefined {
  return article.analysis.meetings.find((m) => contains(m.range, position));
}

export async function meetingHover(store: WorkspaceStore, meetings: MeetingIndex, uri: string, position: Position): Promise<Hover | null> {
  const article = await openArticle(store, uri);
  const meeting = article && meetingAt(article, position);
  if (!article || !meeting) return null;
  const id = meetingIdentity(meeting, article.analysis.referenceDate).id;
  await indexedForHover(store);
  const others = meetings
    .reportsOf(id)
    .filter((r) => r.uri !== article.uri)
    .map((r) => ({
      label: `${path.basename(r.file ?? r.uri)}:${r.meeting.range.start.line + 1}`,
      target: `${r.uri}#L${r.meeting.range.start.line + 1}`,
    }));
  const value = describeMeeting(meeting, {
    knowledgeBase: article.knowledgeBase.index.knowledgeBase,
    publication: article.analysis.referenceDate,
    alsoReportedIn: others,
  });
  return { contents: { kind: MarkupKind.Markdown, value }, range: meeting.range };
}

/** One lens per meeting, on its sentence's first line; the count comes in resolve. */
export async function meetingLenses(store: WorkspaceStore, uri: string): Promise<CodeLens[]> {
  const article = await openArticle(store, uri);
  if (!article) return [];
  return article.analysis.meetings.map((m) => ({
    range: { start: m.range.start, end: m.range.start },
    data: { uri, id: meetingIdentity(m, article.analysis.referenceDate).id, position: m.range.start },
  }));
}

export async function resolveMeetingLens(store: WorkspaceStore, meetings: MeetingIndex, lens: CodeLens): Promise<CodeLens> {
  const data = lens.data as { uri: string; id: string; position: Position } | undefined;
  if (!data) return lens;
  await indexedForHover(store);
  const reports = meetings.reportsOf(data.id);
  const locations: Location[] = reports.map((r) => ({ uri: r.uri, range: r.meeting.range }));
  const count = new Set(reports.map((r) => r.uri)).size;
  return {
    ...lens,
    command: {
      title: `Meeting · reported in ${plural(Math.max(count, 1), 'article')}`,
      command: SHOW_REPORTS_COMMAND,
      arguments: [data.uri, data.position, locations],
    },
  };
}
