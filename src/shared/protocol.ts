// What the VS Code client and the language server agree on: ids, command names and settings.
// Declared once here so neither side can drift from the other.

export const LANGUAGE_ID = 'seed';
export const SETTINGS_SECTION = 'seedAnnotator';

/** VS Code commands (the palette's "Seed Annotator: …"), contributed in package.json. */
export const Commands = {
  /** Publishes diagnostics for every seed article in the workspace, open or not. */
  checkAllArticles: 'seedAnnotator.checkAllArticles',
} as const;

/** LSP commands (`workspace/executeCommand`) that any client may call. */
export const ServerCommands = {
  /** Answers with a WorkspaceCheckSummary; reports progress on the request's workDoneToken if any. */
  checkAllArticles: 'seedAnnotator.server.checkAllArticles',
} as const;

export type ValidateMode = 'onType' | 'onSave';

/** The `seedAnnotator.*` settings, read per document (per workspace folder). */
export interface SeedAnnotatorSettings {
  readonly validate: ValidateMode;
}

export const DEFAULT_SETTINGS: SeedAnnotatorSettings = { validate: 'onType' };

/** Reads whatever a client sent as settings, keeping only well-formed values. */
export function readSettings(raw: unknown): SeedAnnotatorSettings {
  const section = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const validate = section.validate === 'onSave' || section.validate === 'onType' ? section.validate : DEFAULT_SETTINGS.validate;
  return { validate };
}

/** What "Check All Articles" answers with. */
export interface WorkspaceCheckSummary {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly unreadable: number;
}
