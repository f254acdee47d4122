// Words for a meeting: its one-line label (the Outline, the Meetings view, workspace symbols) and its
// hover card. No article text is interpreted as Markdown.

import { parseIsoDate } from '../calendarDate';
import { describeRole, rolesOn } from '../entities/roles';
import { escapeMarkdown, linkDestination } from '../entities/describeEntity';
import type { KnowledgeBase } from '../knowledgeBase/knowledgeBase';
import type { Meeting } from './findMeetings';

/** `Rajnath Singh – Lloyd Austin · 2024-11-21 · Vientiane, Laos`. */
export function meetingLabel(meeting: Meeting): string {
  const parts = [meeting.participants.map((p) => p.name).join(' – ')];
  if (meeting.date) parts.push(meeting.date.value);
  if (meeting.place) parts.push(meeting.place);
  return parts.join(' · ');
}

/** `call · planned · background`: what the label leaves out. */
export function meetingDetail(meeting: Meeting): string {
  return [
    meeting.kind === 'in-person' ? 'meeting' : meeting.kind,
    meeting.status === 'planned' ? 'planned' : '',
    meeting.background ? 'background' : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

export interface MeetingCardContext {
  /** The KB in force, for the office each participant held on the day. */
  readonly knowledgeBase?: KnowledgeBase;
  /** The publication date, when the meeting's own is unknown. */
  readonly publication?: string | null;
  /** Other articles reporting the same meeting: label and link target. */
  readonly alsoReportedIn?: readonly { readonly label: string; readonly target: string }[];
}

const KIND_WORDS: Record<Meeting['kind'], string> = {
  'in-person': 'Meeting',
  call: 'Call',
  virtual: 'Video conference',
  dialogue: 'Dialogue',
};

export function describeMeeting(meeting: Meeting, context: MeetingCardContext = {}): string {
  const title = `**${KIND_WORDS[meeting.kind]}**${meeting.status === 'planned' ? ' (planned)' : ''}${meeting.background ? ' (recalled, background)' : ''}`;
  const lines = [title];
  const day = meeting.date?.value ?? context.publication ?? undefined;
  const on = day ? parseIsoDate(day.slice(0, 10)) : undefined;
  const people = meeting.participants.map((p) => {
    const entity = p.id ? context.knowledgeBase?.byId.get(p.id) : undefined;
    const role = entity && on ? rolesOn(entity, on)[0] : undefined;
    return `- ${escapeMarkdown(p.name)}${role ? ` — ${escapeMarkdown(describeRole(role))}` : p.id ? '' : ' (not in the knowledge base)'}`;
  });
  lines.push(people.join('\n'));
  const facts: string[] = [];
  facts.push(`Date: ${meeting.date ? meeting.date.value : 'not given'}`);
  if (meeting.place) facts.push(`Place: ${escapeMarkdown(meeting.place)}`);
  if (meeting.occasion) facts.push(`Occasion: ${escapeMarkdown(meeting.occasion)}`);
  if (meeting.host) facts.push(`Host: ${escapeMarkdown(meeting.host)}`);
  if (meeting.topics.length) facts.push(`Topics: ${meeting.topics.map(escapeMarkdown).join(', ')}`);
  lines.push(facts.join('  \n'));
  const others = context.alsoReportedIn ?? [];
  if (others.length)
    lines.push(`Also reported in ${others.map((o) => `[${escapeMarkdown(o.label)}](${linkDestination(o.target)})`).join(', ')}`);
  return lines.join('\n\n');
}
