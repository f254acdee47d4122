// What the language service needs from the world around it, and nothing more: the workspace folders,
// the editor's open documents, the file system and the settings. The server implements it over LSP
// and Node (nodeWorkspaceHost.ts); the in-memory test tier over maps.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { SeedAnnotatorSettings } from '../../shared/protocol';

export interface WorkspaceHost {
  /** The workspace folders, as absolute paths. */
  folders(): readonly string[];
  /** The open document with this URI (its unsaved text wins over the disk). */
  document(uri: string): TextDocument | undefined;
  /** Every open document. */
  documents(): readonly TextDocument[];
  /** Whether files are on the real disk, where a worker thread can read them itself (not in tests). */
  readonly readsDisk?: boolean;
  /** A file's text without BOM; rejects when it cannot be read. */
  readText(file: string): Promise<string>;
  /** `readText` for the knowledge bases, which are compiled synchronously. */
  readTextSync(file: string): string;
  exists(file: string): boolean;
  /** Every article file in a folder (one definition: src/node/articleFiles.ts). */
  findArticles(folder: string): Promise<string[]>;
  /** The `seedAnnotator` settings for a resource (a folder or a file URI). */
  settings(scopeUri: string): Promise<SeedAnnotatorSettings>;
}
