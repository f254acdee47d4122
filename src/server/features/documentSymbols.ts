// The Outline of an article: its header date and its sections (meetings come next), from the core.

import { type DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import { articleOutline, type OutlineSymbol } from '../../core';
import type { WorkspaceStore } from '../workspace/workspaceStore';
import { openArticle } from './articleAt';

const KINDS: Record<OutlineSymbol['kind'], SymbolKind> = {
  header: SymbolKind.Key,
  headline: SymbolKind.String,
  section: SymbolKind.Namespace,
};

export async function getDocumentSymbols(store: WorkspaceStore, uri: string): Promise<DocumentSymbol[]> {
  const article = await openArticle(store, uri);
  return article ? articleOutline(article.text, article.analysis.header).map(toDocumentSymbol) : [];
}

function toDocumentSymbol(symbol: OutlineSymbol): DocumentSymbol {
  return {
    name: symbol.name,
    ...(symbol.detail ? { detail: symbol.detail } : {}),
    kind: KINDS[symbol.kind],
    range: symbol.range,
    selectionRange: symbol.selectionRange,
    children: symbol.children.map(toDocumentSymbol),
  };
}
