// What the VS Code client and the language server agree on: ids, command names and settings.
// Declared once here so neither side can drift from the other.

export const LANGUAGE_ID = 'seed';
export const SETTINGS_SECTION = 'seedAnnotator';

/** VS Code commands (the palette's "Seed Annotator: …"), contributed in package.json. */
export const Commands = {
  /** Publishes diagnostics for every seed article in the workspace, open or not. */
  checkAllArticles: 'seedAnnotator.checkAllArticles',
  /** Adds the selected text to the knowledge base: a new entity or an alias of an existing one. */
  annotateSelection: 'seedAnnotator.annotateSelection',
  /** Shows a meeting's reports in the references peek: `[uri, position, locations]` (a CodeLens runs it). */
  showMeetingReports: 'seedAnnotator.showMeetingReports',
  /** The Meetings view's title buttons. */
  refreshMeetings: 'seedAnnotator.meetings.refresh',
  filterMeetingsByPerson: 'seedAnnotator.meetings.filterByPerson',
  toggleBackgroundMeetings: 'seedAnnotator.meetings.toggleBackground',
  /** Opens the meetings timeline (a webview). */
  showMeetingsTimeline: 'seedAnnotator.showMeetingsTimeline',
  /** Exports the workspace's annotations (brat, JSONL or CSV) with `seed-annotator export`. */
  exportAnnotations: 'seedAnnotator.exportAnnotations',
} as const;

/** LSP commands (`workspace/executeCommand`) that any client may call. */
export const ServerCommands = {
  /** Answers with a WorkspaceCheckSummary; reports progress on the request's workDoneToken if any. */
  checkAllArticles: 'seedAnnotator.server.checkAllArticles',
  /** Answers with the EntityChoice[] of the knowledge base in force for an article (`[uri]`). */
  listEntities: 'seedAnnotator.server.listEntities',
  /** `[AddToKnowledgeBase]`: edits the right entities.yaml (through workspace/applyEdit); answers with an AddToKnowledgeBaseResult. */
  addToKnowledgeBase: 'seedAnnotator.server.addToKnowledgeBase',
  /** Answers with the CorpusMeeting[] of the workspace as indexed so far (never waits for the whole index). */
  listMeetings: 'seedAnnotator.server.listMeetings',
} as const;

/** Notifications the server sends the VS Code client (other clients ignore them). */
export const ServerNotifications = {
  /** The workspace's meetings changed (an article was analysed or removed): ask for them again. Debounced. */
  meetingsChanged: 'seedAnnotator/meetingsChanged',
  /** Indexing progress: `IndexProgress`; `done === total` when complete. */
  indexProgress: 'seedAnnotator/indexProgress',
} as const;

export interface IndexProgress {
  readonly done: number;
  readonly total: number;
}

/** One real meeting of the workspace, with every report of it (as `seed-annotator meetings` lists them). */
export interface CorpusMeeting {
  readonly id: string;
  /** `Rajnath Singh – Lloyd Austin · 2024-11-21 · Vientiane, Laos`. */
  readonly label: string;
  /** `YYYY-MM-DD` when a report fixes the day, else null. */
  readonly date: string | null;
  /** The earliest publication date of its reports: where an undated meeting goes on a timeline. */
  readonly reported: string | null;
  readonly participants: readonly string[];
  readonly participantIds: readonly (string | null)[];
  readonly kind: string;
  readonly status: string;
  readonly background: boolean;
  readonly place: string | null;
  readonly occasion: string | null;
  readonly reports: readonly {
    readonly uri: string;
    readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
  }[];
}

/** An entity as offered in a picker. */
export interface EntityChoice {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly description?: string;
}

export interface AddToKnowledgeBase {
  /** The article the name was found in: its nearest entities.yaml is edited. */
  readonly uri: string;
  readonly name: string;
  /** A new entity of this type… */
  readonly type?: string;
  /** …or a new alias of this entity. */
  readonly aliasOf?: string;
}

export interface AddToKnowledgeBaseResult {
  readonly applied: boolean;
  /** The KB file that was edited (or created). */
  readonly file?: string;
  /** Why nothing was done, in words for the user. */
  readonly message?: string;
}

export type ValidateMode = 'onType' | 'onSave';

/** Which dates get an inlay hint with their value: the relative ones (`Thursday`), all, or none. */
export type DateHints = 'relative' | 'all' | 'off';

/** The `seedAnnotator.*` settings, read per document (per workspace folder). */
export interface SeedAnnotatorSettings {
  readonly validate: ValidateMode;
  /** Knowledge base files used for every article besides the nearest entities.yaml. */
  readonly knowledgeBase: readonly string[];
  /** Use the bundled domain KB where no entities.yaml is found. */
  readonly useBundledKnowledgeBase: boolean;
  /** `seedAnnotator.inlayHints.dates`. */
  readonly dateHints: DateHints;
  /** `seedAnnotator.maxFileSize`: articles larger than this many MB are not analysed (one note says so). */
  readonly maxFileSize: number;
}

export const DEFAULT_SETTINGS: SeedAnnotatorSettings = {
  validate: 'onType',
  knowledgeBase: [],
  useBundledKnowledgeBase: true,
  dateHints: 'relative',
  maxFileSize: 5,
};

/** Reads whatever a client sent as settings, keeping only well-formed values. */
export function readSettings(raw: unknown): SeedAnnotatorSettings {
  const section = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const validate = section.validate === 'onSave' || section.validate === 'onType' ? section.validate : DEFAULT_SETTINGS.validate;
  const knowledgeBase = Array.isArray(section.knowledgeBase)
    ? section.knowledgeBase.filter((f): f is string => typeof f === 'string' && f.trim() !== '')
    : typeof section.knowledgeBase === 'string' && section.knowledgeBase.trim() !== ''
      ? [section.knowledgeBase]
      : [];
  const useBundledKnowledgeBase = section.useBundledKnowledgeBase !== false;
  // VS Code sends `inlayHints.dates` nested; a client may send the dotted key as it is.
  const hints =
    section.inlayHints && typeof section.inlayHints === 'object'
      ? (section.inlayHints as Record<string, unknown>).dates
      : section['inlayHints.dates'];
  const dateHints = hints === 'all' || hints === 'off' || hints === 'relative' ? hints : DEFAULT_SETTINGS.dateHints;
  const size = Number(section.maxFileSize);
  const maxFileSize = Number.isFinite(size) && size > 0 ? size : DEFAULT_SETTINGS.maxFileSize;
  return { validate, knowledgeBase, useBundledKnowledgeBase, dateHints, maxFileSize };
}

/** What "Check All Articles" answers with. */
export interface WorkspaceCheckSummary {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly unreadable: number;
  /** Stopped before the end (the user cancelled): `files` of `total` were checked. */
  readonly cancelled?: boolean;
  /** How many articles the workspace has (all of them were checked unless `cancelled`). */
  readonly total?: number;
}
