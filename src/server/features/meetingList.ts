// The workspace's real meetings, one per meeting id with all its reports: what the Meetings view and the
// timeline show. Answered from the meeting index as it stands (it fills as the workspace is indexed).

import { meetingLabel } from '../../core';
import type { CorpusMeeting } from '../../shared/protocol';
import type { MeetingIndex, MeetingReport } from '../workspace/meetingIndex';

export async function listMeetings(meetings: MeetingIndex): Promise<CorpusMeeting[]> {
  const byId = new Map<string, MeetingReport[]>();
  for await (const report of meetings.all()) {
    let reports = byId.get(report.id);
    if (!reports) byId.set(report.id, (reports = []));
    reports.push(report);
  }
  const list = [...byId.entries()].map(([id, reports]) => toCorpusMeeting(id, reports));
  return list.sort((a, b) => (a.date ?? a.reported ?? '').localeCompare(b.date ?? b.reported ?? '') || a.label.localeCompare(b.label));
}

function toCorpusMeeting(id: string, reports: MeetingReport[]): CorpusMeeting {
  reports.sort((a, b) => a.uri.localeCompare(b.uri));
  // The report that says most speaks for the meeting (a day, a place); the others add what it leaves out.
  const best = [...reports].sort((a, b) => score(b) - score(a))[0].meeting;
  const first = <T>(pick: (r: MeetingReport) => T | null) => reports.map(pick).find((v) => v !== null) ?? null;
  const publications = reports.map((r) => r.publication).filter((p): p is string => p !== null);
  return {
    id,
    label: meetingLabel({ ...best, place: best.place ?? first((r) => r.meeting.place) }),
    date: best.date?.value ?? null,
    reported: publications.sort()[0] ?? null,
    participants: best.participants.map((p) => p.name),
    participantIds: best.participants.map((p) => p.id),
    kind: best.kind,
    status: best.status,
    background: reports.every((r) => r.meeting.background),
    place: best.place ?? first((r) => r.meeting.place),
    occasion: first((r) => r.meeting.occasion),
    reports: reports.map((r) => ({ uri: r.uri, range: r.meeting.range })),
  };
}

const score = (r: MeetingReport) => (r.meeting.date ? 4 : 0) + (r.meeting.place ? 2 : 0) + (r.meeting.occasion ? 1 : 0);
