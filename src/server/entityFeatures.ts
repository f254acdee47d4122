// Hover, go to definition, references, workspace symbols and semantic tokens for entity mentions:
// translations of the core's mentions and the workspace index into LSP shapes.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type Hover,
  type Location,
  MarkupKind,
  type Position,
  type SemanticTokens,
  SemanticTokensBuilder,
  SymbolKind,
  type WorkspaceSymbol,
} from 'vscode-languageserver';
import {
  BUILT_IN_ENTITY_TYPES,
  type ArticleAnalysis,
  type BuiltInEntityType,
  describeMention,
  type Entity,
  type EntityIndex,
  type EntityMention,
  parseIsoDate,
} from '../core';
import type { MentionIndex } from './mentionIndex';

/** One semantic token type per built-in entity type; custom types use their `like` type. */
export const TOKEN_TYPES: readonly string[] = BUILT_IN_ENTITY_TYPES;
export const TOKEN_MODIFIERS = ['unknown', 'misspelled'] as const;

export function mentionAt(analysis: ArticleAnalysis, position: Position): EntityMention | undefined {
  return analysis.entities.find(
    (m) =>
      m.range.start.line === position.line && m.range.start.character <= position.character && position.character <= m.range.end.character,
  );
}

export function fileUri(file: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(file) && !/^[a-z]:[\\/]/i.test(file) ? file : pathToFileURL(file).toString();
}

export function hoverFor(mention: EntityMention, analysis: ArticleAnalysis, mentions: MentionIndex): Hover {
  const articleDate = analysis.header ? parseIsoDate(analysis.header.date) : undefined;
  let articles: { count: number; examples: { label: string; target: string }[] } | undefined;
  if (mention.entity && mentions.isReady) {
    const found = mentions.articlesMentioning(mention.entity.id);
    articles = {
      count: found.length,
      examples: found.slice(0, 3).map((a) => ({ label: path.basename(a.file), target: `${a.uri}#L${a.first.start.line + 1}` })),
    };
  }
  return {
    contents: {
      kind: MarkupKind.Markdown,
      value: describeMention(mention, { ...(articleDate ? { articleDate } : {}), ...(articles ? { articles } : {}) }),
    },
    range: mention.range,
  };
}

export function definitionOf(entity: Entity): Location {
  return { uri: fileUri(entity.nameLocation.source), range: entity.nameLocation.range };
}

export function referencesTo(entity: Entity, mentions: MentionIndex, includeDeclaration: boolean): Location[] {
  const found = mentions.mentionsOf(entity.id).map((m) => ({ uri: m.uri, range: m.range }));
  return includeDeclaration ? [definitionOf(entity), ...found] : found;
}

const SYMBOL_KINDS: Record<BuiltInEntityType, SymbolKind> = {
  person: SymbolKind.Constant,
  organisation: SymbolKind.Class,
  place: SymbolKind.Namespace,
  agreement: SymbolKind.Struct,
  initiative: SymbolKind.Interface,
  exercise: SymbolKind.EnumMember,
  event: SymbolKind.Event,
};

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

export function semanticTokens(analysis: ArticleAnalysis, index: EntityIndex): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  for (const m of analysis.entities) {
    const type = m.entity ? index.baseTypeOf(m.entity) : (m.type as BuiltInEntityType);
    const typeIndex = TOKEN_TYPES.indexOf(type);
    if (typeIndex < 0 || m.range.start.line !== m.range.end.line) continue;
    const modifiers = (m.kind === 'unknown' ? 1 : 0) | (m.kind === 'misspelled' ? 2 : 0);
    builder.push(m.range.start.line, m.range.start.character, m.range.end.character - m.range.start.character, typeIndex, modifiers);
  }
  return builder.build();
}
