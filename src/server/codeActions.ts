// Quick fixes: the core's fixes for the problems under the cursor, as LSP code actions.

import { type CodeAction, CodeActionKind, type CodeActionParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, Range } from '../core';
import { toCodeAction, toDiagnostic } from './toLsp';

export function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

export function codeActionsFor(
  document: TextDocument,
  analysis: ArticleAnalysis,
  params: CodeActionParams,
  snippets: boolean,
): CodeAction[] {
  const only = params.context.only;
  if (only && !only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];
  const target = { uri: document.uri, version: document.version, snippets };
  return analysis.problems
    .filter((problem) => overlaps(problem.range, params.range))
    .flatMap((problem) => problem.fixes.map((fix) => toCodeAction(fix, toDiagnostic(problem), target)));
}
