// The workspace host of the real server: the client's open documents and settings, Node's file system.

import { existsSync } from 'node:fs';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { findArticleFiles } from '../node/articleFiles';
import { readText, readTextSync } from '../node/findFiles';
import type { DocumentSettings } from './settings';
import type { WorkspaceHost } from './workspace/workspaceHost';

export function createLspWorkspaceHost(
  documents: TextDocuments<TextDocument>,
  settings: DocumentSettings,
  folders: () => readonly string[],
): WorkspaceHost {
  return {
    folders,
    document: (uri) => documents.get(uri),
    documents: () => documents.all(),
    readsDisk: true,
    readText,
    readTextSync,
    exists: existsSync,
    findArticles: (folder) => findArticleFiles(folder),
    settings: (scopeUri) => settings.get(scopeUri),
  };
}
