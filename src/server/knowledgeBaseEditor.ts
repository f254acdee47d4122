// "Add to knowledge base" and "Rename entity" as LSP workspace edits on entities.yaml files. The
// YAML itself is edited by the core (comments and layout kept); this file picks the file and
// translates offsets into LSP positions.

import * as path from 'node:path';
import type { TextDocumentEdit, WorkspaceEdit, CreateFile } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  KnowledgeBaseEditError,
  addAliasEdits,
  addEntityEdits,
  applyOffsetEdits,
  type Entity,
  newKnowledgeBaseText,
  type OffsetEdit,
  renameEntityEdits,
} from '../core';
import { KNOWLEDGE_BASE_FILE_NAME, type KnowledgeBaseInForce } from '../node/knowledgeBaseFiles';
import type { AddToKnowledgeBase } from '../shared/protocol';
import { fileUri } from './uris';

/** An edit to a KB file, or why none can be made (in words for the user). */
export type KnowledgeBaseEditResult = { readonly ok: true; readonly edit: WorkspaceEdit } | { readonly ok: false; readonly reason: string };

const made = (edit: WorkspaceEdit): KnowledgeBaseEditResult => ({ ok: true, edit });
const refused = (reason: string): KnowledgeBaseEditResult => ({ ok: false, reason });

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
  // Never over an existing file: a create made earlier and applied late fails instead of inserting a second KB.
  const create: CreateFile = { kind: 'create', uri, options: { overwrite: false, ignoreIfExists: false } };
  return {
    documentChanges: [
      create,
      {
        textDocument: { uri, version: null },
        edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }],
      },
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

/** What the editor of KB files needs to know about the workspace and the client. */
export interface KnowledgeBaseEditorContext {
  /** The bundled KB where the user cannot edit it. */
  isBundledOutsideWorkspace(file: string): boolean;
  workspaceFolders(): readonly string[];
  /** The open document of a file, whose unsaved text is what an edit applies to. */
  openDocument(file: string): TextDocument | undefined;
  canCreateFiles(): boolean;
  exists(file: string): boolean;
  /** A file's text from disk. */
  readText(file: string): string;
}

/** Decides which entities.yaml an edit goes to, and makes the edit. */
export class KnowledgeBaseEditor {
  constructor(private readonly context: KnowledgeBaseEditorContext) {}

  /** The file an entity is written in, if the user may edit it (not the bundled KB outside the workspace). */
  editableSource(entity: Entity): string | undefined {
    return this.isUserFile(entity.location.source) ? entity.location.source : undefined;
  }

  /** Renames an entity in its KB file (where that file is the user's and exists). */
  rename(entity: Entity, name: string): KnowledgeBaseEditResult {
    const newName = oneLine(name);
    if (!newName) return refused('A name cannot be empty.');
    const source = this.editableSource(entity);
    if (!source) return refused(bundledReason(entity));
    const state = this.fileState(source);
    if (state.text === undefined) return refused(`${source} no longer exists.`);
    try {
      return made(renameEntityEdit({ ...state, text: state.text }, entity, newName));
    } catch (error) {
      if (error instanceof KnowledgeBaseEditError) return refused(error.message);
      throw error;
    }
  }

  /**
   * The edit that adds a name to the KB in force for an article (`articleFile` undefined: an
   * untitled document), or why it cannot be made.
   */
  add(articleFile: string | undefined, inForce: KnowledgeBaseInForce, request: AddToKnowledgeBase): KnowledgeBaseEditResult {
    const name = oneLine(request.name);
    if (!name) return refused('Select a name first: the selection is empty.');
    try {
      return this.addTo(articleFile, inForce, { ...request, name });
    } catch (error) {
      // A KB file that does not parse is not edited: the user's text stays as it is.
      if (error instanceof KnowledgeBaseEditError) return refused(error.message);
      throw error;
    }
  }

  /**
   * Whether `add` of a new entity would make an edit, answered without making it (no file read, no copy of
   * the bundled KB): code actions are asked for on every move of the cursor.
   */
  canAddEntity(articleFile: string | undefined, inForce: KnowledgeBaseInForce): boolean {
    const folders = this.context.workspaceFolders();
    const nearest = inForce.files[0];
    const target =
      nearest && this.isUserFile(nearest)
        ? nearest
        : articleFile
          ? newKnowledgeBaseFile(articleFile, folders)
          : folders.length
            ? path.join(folders[0], KNOWLEDGE_BASE_FILE_NAME)
            : undefined;
    if (!target) return false;
    // A file that does not parse is never edited (`add` refuses it).
    if (inForce.problems.get(target)?.some((p) => p.code === 'kb-syntax-error')) return false;
    return this.context.openDocument(target) !== undefined || this.context.exists(target) || this.context.canCreateFiles();
  }

  private addTo(articleFile: string | undefined, inForce: KnowledgeBaseInForce, request: AddToKnowledgeBase): KnowledgeBaseEditResult {
    const folders = this.context.workspaceFolders();
    const nearest = inForce.files[0];
    const fresh = () => {
      if (!articleFile && folders.length === 0) return undefined;
      return this.fileState(articleFile ? newKnowledgeBaseFile(articleFile, folders) : path.join(folders[0], KNOWLEDGE_BASE_FILE_NAME));
    };
    const noFolder = 'Open a folder first: the knowledge base file is created in it.';
    if (request.aliasOf) {
      const entity = inForce.index.knowledgeBase.byId.get(request.aliasOf);
      if (!entity) return refused(`No entity with id "${request.aliasOf}" in the knowledge base for this article.`);
      const target = this.isUserFile(entity.location.source) ? this.fileState(entity.location.source) : fresh();
      if (!target) return refused(noFolder);
      return made(addAliasEdit(target, entity, request.name, target.text === undefined ? this.textOf(entity.location.source) : undefined));
    }
    const target = nearest && this.isUserFile(nearest) ? this.fileState(nearest) : fresh();
    if (!target) return refused(noFolder);
    if (target.text === undefined && !this.context.canCreateFiles())
      return refused('This editor cannot create files; create an empty entities.yaml first.');
    const inForceText = target.text === undefined && nearest ? this.textOf(nearest) : undefined;
    return made(addEntityEdit(target, { name: request.name, type: request.type ?? 'organisation' }, inForceText));
  }

  private isUserFile(file: string): boolean {
    return path.basename(file) === KNOWLEDGE_BASE_FILE_NAME && !this.context.isBundledOutsideWorkspace(file);
  }

  private fileState(file: string): KbFileState {
    const open = this.context.openDocument(file);
    if (open) return { file, text: open.getText(), version: open.version };
    return { file, text: this.context.exists(file) ? this.context.readText(file) : undefined, version: null };
  }

  /** The text a new KB file starts from; a KB in force that cannot be read (gone, unreadable) gives none. */
  private textOf(file: string): string | undefined {
    const open = this.context.openDocument(file);
    if (open) return open.getText();
    try {
      return this.context.readText(file);
    } catch {
      return undefined;
    }
  }
}

/** Why an entity from the bundled KB cannot be edited where it is, and what to do instead. */
export function bundledReason(entity: Entity): string {
  return `${entity.name} comes from the bundled knowledge base; add an entities.yaml to your folder (use "Add to knowledge base") to rename it.`;
}

/** A name as one line: a selection across a line break, or a pasted name with a tab, must not break the YAML. */
function oneLine(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}
