// Workspace symbols (Go to Symbol in Workspace): the entities of the knowledge bases in force.

import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver';
import type { BuiltInEntityType, EntityIndex } from '../../core';
import { DEFAULT_SETTINGS } from '../../shared/protocol';
import { fileUri } from '../uris';
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

export async function getWorkspaceSymbols(store: WorkspaceStore, host: WorkspaceHost, query: string): Promise<WorkspaceSymbol[]> {
  const folders = host.folders();
  const settings = folders.length ? await host.settings(fileUri(folders[0])) : DEFAULT_SETTINGS;
  const inForce = store.knowledgeBases.loaded(settings).map((k) => k.index);
  const open = await Promise.all(host.documents().map((d) => (store.isOpen(d.uri) ? store.article(d.uri) : undefined)));
  return workspaceSymbols(query, [...inForce, ...open.flatMap((a) => (a ? [a.knowledgeBase.index] : []))]);
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
