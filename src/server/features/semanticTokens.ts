// Semantic tokens: entity mentions coloured by type, unknown and misspelt names marked, and dates in
// the body (the grammar colours only absolute ones, and cannot tell a date from a look-alike). The legend
// is this feature's own (dates and meetings will add token types), not the list of entity types.

import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import { SemanticTokensBuilder } from 'vscode-languageserver';
import type { BuiltInEntityType } from '../../core';
import type { WorkspaceStore } from '../workspace/workspaceStore';
import { openArticle } from './articleAt';

/** Token types, in legend order; package.json's semanticTokenTypes declares the same ids. */
export const TOKEN_TYPES = ['person', 'organisation', 'place', 'agreement', 'initiative', 'exercise', 'event', 'date'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];
export const TOKEN_MODIFIERS = ['unknown', 'misspelled'] as const;

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

/** Each entity type's token type. */
const ENTITY_TOKEN: Record<BuiltInEntityType, TokenType> = {
  person: 'person',
  organisation: 'organisation',
  place: 'place',
  agreement: 'agreement',
  initiative: 'initiative',
  exercise: 'exercise',
  event: 'event',
};

const modifierBits = (...modifiers: (typeof TOKEN_MODIFIERS)[number][]) =>
  modifiers.reduce((bits, m) => bits | (1 << TOKEN_MODIFIERS.indexOf(m)), 0);

export async function getSemanticTokens(store: WorkspaceStore, uri: string): Promise<SemanticTokens> {
  const article = await openArticle(store, uri);
  if (!article) return { data: [] };
  const index = article.knowledgeBase.index;
  const tokens: [line: number, character: number, length: number, type: number, modifiers: number][] = [];
  for (const m of article.analysis.entities) {
    if (m.range.start.line !== m.range.end.line) continue;
    // Custom KB types are coloured as the built-in type they are `like`.
    const type = ENTITY_TOKEN[m.entity ? index.baseTypeOf(m.entity) : (m.type as BuiltInEntityType)];
    if (type === undefined) continue;
    const modifiers = m.kind === 'unknown' ? modifierBits('unknown') : m.kind === 'misspelled' ? modifierBits('misspelled') : 0;
    tokens.push([
      m.range.start.line,
      m.range.start.character,
      m.range.end.character - m.range.start.character,
      TOKEN_TYPES.indexOf(type),
      modifiers,
    ]);
  }
  for (const d of article.analysis.dates) {
    if (d.range.start.line !== d.range.end.line) continue;
    tokens.push([
      d.range.start.line,
      d.range.start.character,
      d.range.end.character - d.range.start.character,
      TOKEN_TYPES.indexOf('date'),
      0,
    ]);
  }
  // The builder encodes positions relative to the previous token: they must come in document order.
  tokens.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const builder = new SemanticTokensBuilder();
  let last: (typeof tokens)[number] | undefined;
  for (const token of tokens) {
    if (last && last[0] === token[0] && token[1] < last[1] + last[2]) continue; // overlapping: the first wins
    builder.push(...token);
    last = token;
  }
  return builder.build();
}
