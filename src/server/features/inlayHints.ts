// Inlay hints after dates: the calendar date a relative expression resolves to (`Thursday` →
// `2024-11-21`), or after every date, as `seedAnnotator.inlayHints.dates` says.

import type { InlayHint, Range } from 'vscode-languageserver';
import { dateHint } from '../../core';
import type { WorkspaceStore } from '../workspace/workspaceStore';
import { openArticle } from './articleAt';

export async function getInlayHints(store: WorkspaceStore, uri: string, range: Range): Promise<InlayHint[]> {
  const article = await openArticle(store, uri);
  if (!article) return [];
  const { dateHints } = await store.settingsFor(uri);
  if (dateHints === 'off') return [];
  const hints: InlayHint[] = [];
  for (const date of article.analysis.dates) {
    if (date.range.end.line < range.start.line || date.range.start.line > range.end.line) continue;
    if (dateHints === 'relative' && !date.relative) continue;
    const label = dateHint(date);
    const tooltip = `Resolved against the publication date, ${article.analysis.referenceDate ?? 'unknown'}`;
    if (label) hints.push({ position: date.range.end, label, paddingLeft: true, tooltip });
  }
  return hints;
}
