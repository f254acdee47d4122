// "Add to knowledge base" and "Rename entity" as LSP workspace edits on entities.yaml files. The
// YAML itself is edited by the core (comments and layout kept); this file picks the file and
// translates offsets into LSP positions.

import * as path from 'node:path';
import { type TextDocumentEdit, type WorkspaceEdit, type CreateFile } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  addAliasEdits,
  addEntityEdits,
  applyOffsetEdits,
  type Entity,
  newKnowledgeBaseText,
  type OffsetEdit,
  renameEntityEdits,
} from '../core';
import { KNOWLEDGE_BASE_FILE_NAME } from '../node/knowledgeBaseFiles';
import { fileUri } from './entityFeatures';

export interface KbFileState {
  readonly file: string;
  /** The file's text (unsaved editor text when open); undefined when it does not exist yet. */
  readonly text: string | undefined;
  /** The open document's version, if open. */
  readonly version: number | null;
}

/** Offsets into `text` as an LSP text document edit. */
export function toDocumentEdit(state: KbFileState & { text: string }, edits: readonly OffsetEdit[]): TextDocumentEdit {
  const document = TextDocument.create(fileUri(state.file), 'yaml', 0, state.text);
  return {
    textDocument: { uri: fileUri(state.file), version: state.version },
    edits: edits.map((e) => ({ range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.newText })),
  };
}

/** Creates a KB file with the given text. */
export function createFileEdit(file: string, text: string): WorkspaceEdit {
  const uri = fileUri(file);
  const create: CreateFile = { kind: 'create', uri, options: { overwrite: false, ignoreIfExists: true } };
  return {
    documentChanges: [
      create,
      { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] },
    ],
  };
}

/** Where a new entry goes when the article has no entities.yaml of its own yet. */
export function newKnowledgeBaseFile(articleFile: string, workspaceFolders: readonly string[]): string {
  const folder = workspaceFolders.find((f) => !path.relative(f, articleFile).startsWith('..')) ?? path.dirname(articleFile);
  return path.join(folder, KNOWLEDGE_BASE_FILE_NAME);
}

/**
 * Adds a new entity to `target`. A file that does not exist yet starts as a copy of the KB that
 * was in force (the bundled one), so creating it does not make the article forget every entity.
 */
export function addEntityEdit(target: KbFileState, entity: { name: string; type: string }, inForceText: string | undefined): WorkspaceEdit {
  if (target.text === undefined) return createFileEdit(target.file, newKnowledgeBaseText(entity, inForceText ?? ''));
  return { documentChanges: [toDocumentEdit({ ...target, text: target.text }, addEntityEdits(target.text, entity))] };
}

export function addAliasEdit(target: KbFileState, entity: Entity, alias: string, inForceText: string | undefined): WorkspaceEdit {
  if (target.text === undefined) {
    const base = inForceText ?? '';
    return createFileEdit(target.file, applyOffsetEdits(base, addAliasEdits(base, entity.id, alias)));
  }
  return { documentChanges: [toDocumentEdit({ ...target, text: target.text }, addAliasEdits(target.text, entity.id, alias))] };
}

export function renameEntityEdit(target: KbFileState & { text: string }, entity: Entity, newName: string): WorkspaceEdit {
  return { documentChanges: [toDocumentEdit(target, renameEntityEdits(target.text, entity.id, newName))] };
}
