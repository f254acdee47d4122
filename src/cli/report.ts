// The CLI's two output formats. The JSON field names are a public interface: add, never rename.

import { type ArticleAnalysis, describeProblemCounts, plural, type Problem, type Range, type Tally } from '../core';

export interface FileReport {
  readonly path: string;
  readonly analysis: ArticleAnalysis;
}

interface JsonProblem {
  readonly code: string;
  readonly severity: string;
  readonly message: string;
  readonly range: Range;
}

export interface JsonFile {
  readonly path: string;
  readonly header: ArticleAnalysis['header'];
  readonly problems: readonly JsonProblem[];
}

export function toJsonFile({ path, analysis }: FileReport): JsonFile {
  return {
    path,
    header: analysis.header,
    problems: analysis.problems.map(({ code, severity, message, range }: Problem) => ({ code, severity, message, range })),
  };
}

/** `file:line:col: severity code message`, 1-based, as compilers print and problem matchers read. */
export function toTextLines({ path, analysis }: FileReport): string[] {
  return analysis.problems.map(
    (p) => `${path}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.severity} ${p.code} ${p.message}`,
  );
}

/** `5 files checked: 1 error, 0 warnings.` */
export function summaryLine(tally: Tally): string {
  return `${plural(tally.files, 'file')} checked: ${describeProblemCounts(tally)}.`;
}
