// Quick fixes: the core's fixes for the problems under the cursor, and "Add to the knowledge base"
// for the unknown names there.

import { type CodeAction, CodeActionKind, type CodeActionParams } from 'vscode-languageserver';
import type { Range } from '../../core';
import { type AddToKnowledgeBase, ServerCommands } from '../../shared/protocol';
import type { KnowledgeBaseEditor } from '../knowledgeBaseEditor';
import { toCodeAction, toDiagnostic } from '../toLsp';
import { uriToPath } from '../uris';
import type { WorkspaceStore } from '../workspace/workspaceStore';
import { openArticle } from './articleAt';

export function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

const sameRange = (a: Range, b: Range) =>
  a.start.line === b.start.line &&
  a.start.character === b.start.character &&
  a.end.line === b.end.line &&
  a.end.character === b.end.character;

export async function getCodeActions(
  store: WorkspaceStore,
  kbEditor: KnowledgeBaseEditor,
  params: CodeActionParams,
  client: { readonly snippets: boolean; readonly documentChanges: boolean },
): Promise<CodeAction[]> {
  const only = params.context.only;
  if (only && !only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];
  const article = await openArticle(store, params.textDocument.uri);
  if (!article || article.version === null) return [];
  const { analysis } = article;
  const target = { uri: article.uri, version: article.version, snippets: client.snippets, versioned: client.documentChanges };
  const here = analysis.problems.filter((problem) => overlaps(problem.range, params.range));
  const actions = here.flatMap((problem) => problem.fixes.map((fix) => toCodeAction(fix, toDiagnostic(problem), target)));
  for (const problem of here) {
    if (problem.code !== 'unknown-entity') continue;
    const mention = analysis.entities.find((m) => m.kind === 'unknown' && sameRange(m.range, problem.range));
    if (!mention) continue;
    // The edit is made when the action runs, not now: a code action computed earlier and applied later
    // must not write a stale copy of the KB (it used to duplicate a whole new entities.yaml), and the
    // list of actions stays small.
    if (!kbEditor.canAddEntity(uriToPath(article.uri), article.knowledgeBase)) continue;
    const request: AddToKnowledgeBase = { uri: article.uri, name: mention.text, type: mention.type };
    actions.push({
      title: `Add "${mention.text}" to the knowledge base as ${mention.type}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [toDiagnostic(problem)],
      command: { title: `Add "${mention.text}" to the knowledge base`, command: ServerCommands.addToKnowledgeBase, arguments: [request] },
    });
  }
  return actions;
}
