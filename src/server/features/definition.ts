// Go to definition: a known entity's entry in its entities.yaml.

import type { Location, Position } from 'vscode-languageserver';
import type { Entity } from '../../core';
import { fileUri } from '../uris';
import type { WorkspaceStore } from '../workspace/workspaceStore';
import { mentionUnder } from './articleAt';

export function definitionOf(entity: Entity): Location {
  return { uri: fileUri(entity.nameLocation.source), range: entity.nameLocation.range };
}

export async function getDefinition(store: WorkspaceStore, uri: string, position: Position): Promise<Location | null> {
  const entity = (await mentionUnder(store, uri, position))?.mention.entity;
  return entity ? definitionOf(entity) : null;
}
