// Rename on a mention renames the entity in its entities.yaml (the old name stays as an alias).

import type { Position, Range, WorkspaceEdit } from 'vscode-languageserver';
import { type KnowledgeBaseEditor, bundledReason } from '../knowledgeBaseEditor';
import { RequestFailure } from '../requestFailure';
import type { WorkspaceStore } from '../workspace/workspaceStore';
import { mentionUnder } from './articleAt';

export async function prepareRename(
  store: WorkspaceStore,
  kbEditor: KnowledgeBaseEditor,
  uri: string,
  position: Position,
): Promise<{ range: Range; placeholder: string }> {
  const mention = (await mentionUnder(store, uri, position))?.mention;
  if (!mention?.entity) throw new RequestFailure('invalidRequest', 'Only a name the knowledge base knows can be renamed.');
  if (!kbEditor.editableSource(mention.entity)) throw new RequestFailure('invalidRequest', bundledReason(mention.entity));
  return { range: mention.range, placeholder: mention.entity.name };
}

export async function rename(
  store: WorkspaceStore,
  kbEditor: KnowledgeBaseEditor,
  uri: string,
  position: Position,
  newName: string,
): Promise<WorkspaceEdit | null> {
  const entity = (await mentionUnder(store, uri, position))?.mention.entity;
  if (!entity) return null;
  if (!newName.trim()) throw new RequestFailure('invalidParams', 'A name cannot be empty.');
  const result = kbEditor.rename(entity, newName.trim());
  if (!result.ok) throw new RequestFailure('invalidRequest', result.reason);
  return result.edit;
}
