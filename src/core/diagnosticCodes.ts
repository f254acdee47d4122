// The stable diagnostic codes: one place that names every problem the editor and the CLI report.
// Codes are part of the public interface (CI scripts grep for them): never rename one.

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const DIAGNOSTIC_RULES = {
  'missing-date-header': {
    severity: 'error',
    summary: 'The first line is not a date header (` date YYYY-MM-DD …`).',
  },
  'invalid-date-header': {
    severity: 'error',
    summary: 'The header has a date that is malformed (`22/11/2024`, `2024-1-5`) or impossible (`2024-02-30`).',
  },
  'noncanonical-date-header': {
    severity: 'warning',
    summary: 'The header is readable but not in the canonical form (e.g. no leading space, `Date:`).',
  },
  'future-date-header': {
    severity: 'warning',
    summary: 'The header date is later than today (anywhere on Earth).',
  },
  'header-date-mismatch': {
    severity: 'warning',
    summary: 'The dateline or first explicit date of the article is more than a few days from the header date.',
  },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_RULES;

export const DIAGNOSTIC_CODES = Object.keys(DIAGNOSTIC_RULES) as DiagnosticCode[];

export function severityOf(code: DiagnosticCode): Severity {
  return DIAGNOSTIC_RULES[code].severity;
}
