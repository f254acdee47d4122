// The Meetings view (explorer): the workspace's real meetings grouped by year and month, each with its
// reports; a filter by person and a toggle for background meetings. The server does the work
// (`listMeetings`); this file only draws the tree and follows the server's "meetings changed" notice.

import {
  type Event,
  EventEmitter,
  MarkdownString,
  Range,
  ThemeIcon,
  type TreeDataProvider,
  TreeItem,
  TreeItemCollapsibleState,
  Uri,
  window,
  workspace,
} from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExecuteCommandRequest } from 'vscode-languageclient/node';
import { type CorpusMeeting, ServerCommands } from '../shared/protocol';

type Node =
  | {
      readonly kind: 'group';
      readonly label: string;
      readonly key: string;
      readonly meetings: readonly CorpusMeeting[];
      readonly byMonth: boolean;
    }
  | { readonly kind: 'meeting'; readonly meeting: CorpusMeeting }
  | { readonly kind: 'report'; readonly meeting: CorpusMeeting; readonly report: CorpusMeeting['reports'][number] };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export class MeetingsView implements TreeDataProvider<Node> {
  private readonly changed = new EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData: Event<Node | undefined> = this.changed.event;
  private meetings: CorpusMeeting[] = [];
  private person: string | undefined;
  private showBackground = false;

  constructor(private readonly client: LanguageClient) {}

  /** Asks the server again (it said the meetings changed, or the view opened). */
  async refresh(): Promise<void> {
    const meetings = ((await this.client.sendRequest(ExecuteCommandRequest.type, {
      command: ServerCommands.listMeetings,
      arguments: [],
    })) ?? []) as CorpusMeeting[];
    // Redrawing an unchanged tree would only make it flicker under the user's pointer.
    const fingerprint = JSON.stringify(meetings);
    if (fingerprint === this.fingerprint) return;
    this.fingerprint = fingerprint;
    this.meetings = meetings;
    this.changed.fire(undefined);
  }

  private fingerprint = '';

  /** Every meeting the server knows (the timeline draws the same list). */
  all(): readonly CorpusMeeting[] {
    return this.meetings;
  }

  async filterByPerson(): Promise<void> {
    const people = [...new Set(this.meetings.flatMap((m) => m.participants))].sort();
    const all = '$(clear-all) All people';
    const picked = await window.showQuickPick([all, ...people], { placeHolder: 'Show the meetings of…' });
    if (picked === undefined) return;
    this.person = picked === all ? undefined : picked;
    this.changed.fire(undefined);
  }

  toggleBackground(): void {
    this.showBackground = !this.showBackground;
    void window.showInformationMessage(`Seed Annotator: background meetings ${this.showBackground ? 'shown' : 'hidden'}.`);
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    const shown = this.meetings.filter(
      (m) => (this.showBackground || !m.background) && (!this.person || m.participants.includes(this.person)),
    );
    if (!node) return years(shown);
    if (node.kind === 'group') return node.byMonth ? node.meetings.map((meeting) => ({ kind: 'meeting', meeting })) : months(node);
    if (node.kind === 'meeting') return node.meeting.reports.map((report) => ({ kind: 'report', meeting: node.meeting, report }));
    return [];
  }

  getTreeItem(node: Node): TreeItem {
    if (node.kind === 'group') {
      const item = new TreeItem(node.label, TreeItemCollapsibleState.Expanded);
      item.id = node.key;
      item.description = `${node.meetings.length} meeting${node.meetings.length === 1 ? '' : 's'}`;
      return item;
    }
    if (node.kind === 'meeting') {
      const m = node.meeting;
      const place = m.place?.split(',')[0];
      const item = new TreeItem(`${m.participants.join(' – ')}${place ? ` · ${place}` : ''}`, TreeItemCollapsibleState.Collapsed);
      item.id = m.id;
      item.description = [
        m.date ?? 'no date',
        m.status === 'planned' ? 'planned' : '',
        m.kind === 'in-person' ? '' : m.kind,
        m.background ? 'background' : '',
      ]
        .filter(Boolean)
        .join(' · ');
      item.iconPath = new ThemeIcon(m.status === 'planned' ? 'calendar' : m.kind === 'call' ? 'call-outgoing' : 'organization');
      item.tooltip = new MarkdownString().appendText(`${m.label}\n${m.occasion ?? ''}\nreported in ${m.reports.length}`);
      item.contextValue = 'meeting';
      return item;
    }
    const { report } = node;
    const file = Uri.parse(report.uri);
    const item = new TreeItem(`${workspace.asRelativePath(file)}:${report.range.start.line + 1}`, TreeItemCollapsibleState.None);
    item.id = `${node.meeting.id}|${report.uri}|${report.range.start.line}`;
    item.iconPath = new ThemeIcon('file-text');
    item.command = {
      title: 'Open the report',
      command: 'vscode.open',
      arguments: [
        file,
        { selection: new Range(report.range.start.line, report.range.start.character, report.range.end.line, report.range.end.character) },
      ],
    };
    return item;
  }
}

/** Year groups, newest first; undated meetings last. */
function years(meetings: readonly CorpusMeeting[]): Node[] {
  const byYear = new Map<string, CorpusMeeting[]>();
  for (const m of meetings) {
    const year = m.date?.slice(0, 4) ?? 'No date';
    let list = byYear.get(year);
    if (!list) byYear.set(year, (list = []));
    list.push(m);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => (a === 'No date' ? 1 : b === 'No date' ? -1 : b.localeCompare(a)))
    .map(([year, list]) => ({ kind: 'group', label: year, key: `year:${year}`, meetings: list, byMonth: year === 'No date' }));
}

function months(group: Extract<Node, { kind: 'group' }>): Node[] {
  const byMonth = new Map<string, CorpusMeeting[]>();
  for (const m of group.meetings) {
    const month = m.date!.slice(0, 7);
    let list = byMonth.get(month);
    if (!list) byMonth.set(month, (list = []));
    list.push(m);
  }
  return [...byMonth.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([month, list]) => ({
      kind: 'group',
      label: `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`,
      key: `month:${month}`,
      meetings: list.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')),
      byMonth: true,
    }));
}
