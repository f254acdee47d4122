// What an analysis reports: problems at ranges, each with the fixes that would resolve it.

import type { DiagnosticCode, Severity } from './diagnosticCodes';
import type { Range } from './textPosition';

export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
  /**
   * A part of `newText` the user is expected to type over (e.g. `YYYY-MM-DD`). Editors that
   * support snippets select it after applying the edit; others just insert the text.
   */
  readonly placeholder?: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The one obvious fix: editors offer it first and may apply it with "auto fix". */
  readonly preferred: boolean;
}

export interface Problem {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  readonly fixes: readonly Fix[];
}
