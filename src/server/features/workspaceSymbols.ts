// Workspace symbols (Go to Symbol in Workspace): the entities of the knowledge bases in force.

import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver';
import { type BuiltInEntityType, type EntityIndex, meetingDetail, meetingLabel } from '../../core';
import { DEFAULT_SETTINGS } from '../../shared/protocol';
import { fileUri } from '../uris';
import type { MeetingIndex } from '../workspace/meetingIndex';
import type { WorkspaceHost } from '../workspace/workspaceHost';
import type { WorkspaceStore } from '../workspace/workspaceStore';
import { definitionOf } from './definition';

const SYMBOL_KINDS: Record<BuiltInEntityType, SymbolKind> = {
  person: SymbolKind.Constant,
  organisation: SymbolKind.Class,
  place: SymbolKind.Namespace,
  agreement: SymbolKind.Struct,
  initiative: SymbolKind.Interface,
  exercise: SymbolKind.EnumMember,
  event: SymbolKind.Event,
};

export async function getWorkspaceSymbols(
  store: WorkspaceStore,
  host: WorkspaceHost,
  meetings: MeetingIndex,
  query: string,
): Promise<WorkspaceSymbol[]> {
  const folders = host.folders();
  const settings = folders.length ? await host.settings(fileUri(folders[0])) : DEFAULT_SETTINGS;
  const inForce = store.knowledgeBases.loaded(settings).map((k) => k.index);
  const open = await Promise.all(host.documents().map((d) => (store.isOpen(d.uri) ? store.article(d.uri) : undefined)));
  const entities = workspaceSymbols(query, [...inForce, ...open.flatMap((a) => (a ? [a.knowledgeBase.index] : []))]);
  return [...entities, ...(await meetingSymbols(query, meetings))];
}

/** Meetings whose label holds the query's words, each word's characters in order (`Singh Austin` finds them); one per meeting id. */
export async function meetingSymbols(query: string, meetings: MeetingIndex): Promise<WorkspaceSymbol[]> {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const seen = new Set<string>();
  const symbols: WorkspaceSymbol[] = [];
  for await (const report of meetings.all()) {
    if (seen.has(report.id)) continue;
    const label = meetingLabel(report.meeting);
    const haystack = label.toLowerCase();
    if (!words.every((w) => isSubsequence(w, haystack))) continue;
    seen.add(report.id);
    symbols.push({
      name: label,
      kind: SymbolKind.Event,
      containerName: meetingDetail(report.meeting),
      location: { uri: report.uri, range: report.meeting.range },
    });
  }
  return symbols;
}

/** Entities whose name or alias contains the query's characters in order (as VS Code filters). */
export function workspaceSymbols(query: string, indexes: readonly EntityIndex[]): WorkspaceSymbol[] {
  const seen = new Set<string>();
  const symbols: WorkspaceSymbol[] = [];
  const wanted = query.toLowerCase().replace(/\s+/g, '');
  for (const index of indexes) {
    for (const entity of index.knowledgeBase.entities) {
      if (seen.has(entity.id)) continue;
      seen.add(entity.id);
      if (wanted && ![entity.name, ...entity.aliases].some((n) => isSubsequence(wanted, n.toLowerCase()))) continue;
      symbols.push({
        name: entity.name,
        kind: SYMBOL_KINDS[index.baseTypeOf(entity)],
        containerName: entity.type,
        location: definitionOf(entity),
      });
    }
  }
  return symbols;
}

function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (let j = 0; j < haystack.length && i < needle.length; j++) if (haystack[j] === needle[i]) i++;
  return i === needle.length;
}
