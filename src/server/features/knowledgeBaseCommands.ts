// The commands behind "Annotate Selection as Entity…": the entities to pick from, and adding a name
// to the right entities.yaml through the client (workspace/applyEdit).

import type { WorkspaceEdit } from 'vscode-languageserver';
import type { AddToKnowledgeBase, AddToKnowledgeBaseResult, EntityChoice } from '../../shared/protocol';
import type { KnowledgeBaseEditor } from '../knowledgeBaseEditor';
import { uriToPath } from '../uris';
import type { WorkspaceStore } from '../workspace/workspaceStore';

export type ApplyEdit = (label: string, edit: WorkspaceEdit) => Promise<{ applied: boolean; failureReason?: string }>;

/** The entities of the KB in force for an article (`uri` need not be open). */
export async function listEntities(store: WorkspaceStore, uri: string): Promise<EntityChoice[]> {
  const article = store.isOpen(uri) ? await store.article(uri) : undefined;
  let inForce = article?.knowledgeBase;
  inForce ??= store.knowledgeBases.forArticle(uriToPath(uri), await store.settingsFor(uri));
  return inForce.index.knowledgeBase.entities.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    ...(e.description ? { description: e.description } : {}),
  }));
}

export async function addToKnowledgeBase(
  store: WorkspaceStore,
  kbEditor: KnowledgeBaseEditor,
  applyEdit: ApplyEdit,
  request: AddToKnowledgeBase | undefined,
): Promise<AddToKnowledgeBaseResult> {
  const name = request?.name?.trim();
  const article = request && name && store.isOpen(request.uri) ? await store.article(request.uri) : undefined;
  if (!request || !name || !article) return { applied: false, message: 'Select a name in an open seed article first.' };
  const result = kbEditor.add(uriToPath(request.uri), article.knowledgeBase, { ...request, name });
  if (!result.ok) return { applied: false, message: result.reason };
  const applied = await applyEdit(`Add "${name}" to the knowledge base`, result.edit);
  const change = result.edit.documentChanges?.find((c) => 'textDocument' in c);
  const file = change && 'textDocument' in change ? uriToPath(change.textDocument.uri) : undefined;
  return {
    applied: applied.applied,
    ...(file ? { file } : {}),
    ...(applied.applied ? {} : { message: applied.failureReason ?? 'The editor did not apply the edit.' }),
  };
}
