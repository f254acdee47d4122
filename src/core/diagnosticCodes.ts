// The stable diagnostic codes: one place that names every problem the editor and the CLI report.
// Codes are part of the public interface (CI scripts grep for them): never rename one.

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** What a code is about: an article's date header, its entities, a knowledge base file, or the file as a whole. */
export type DiagnosticArea = 'header' | 'entities' | 'knowledge-base' | 'file';

export const DIAGNOSTIC_RULES = {
  'missing-date-header': {
    area: 'header',
    severity: 'error',
    summary: 'The first line is not a date header (` date YYYY-MM-DD …`).',
  },
  'invalid-date-header': {
    area: 'header',
    severity: 'error',
    summary: 'The header has a date that is malformed (`22/11/2024`, `2024-1-5`) or impossible (`2024-02-30`).',
  },
  'noncanonical-date-header': {
    area: 'header',
    severity: 'warning',
    summary: 'The header is readable but not in the canonical form (e.g. no leading space, `Date:`).',
  },
  'future-date-header': {
    area: 'header',
    severity: 'warning',
    summary: 'The header date is later than today (anywhere on Earth).',
  },
  'header-date-mismatch': {
    area: 'header',
    severity: 'warning',
    summary: 'The dateline or first explicit date of the article is more than a few days from the header date.',
  },
  'misspelled-entity': {
    area: 'entities',
    severity: 'warning',
    summary: 'A name one typo away from a name in the knowledge base (`Llyod Austin`).',
  },
  'file-too-large': {
    area: 'file',
    severity: 'information',
    summary: 'The article is larger than `seedAnnotator.maxFileSize` (`--max-file-size` in the CLI): it is not analysed.',
  },
  'unknown-entity': {
    area: 'entities',
    severity: 'hint',
    summary: 'A capitalised multi-word name that the knowledge base does not know, with a guessed type.',
  },
  'kb-syntax-error': {
    area: 'knowledge-base',
    severity: 'error',
    summary: 'The knowledge base file is not valid YAML.',
  },
  'kb-invalid-entry': {
    area: 'knowledge-base',
    severity: 'error',
    summary: 'A knowledge base entry lacks `id`, `name` or `type`, or a field has the wrong shape.',
  },
  'kb-unknown-type': {
    area: 'knowledge-base',
    severity: 'error',
    summary: 'An entity type that is neither built in nor declared under `types:`.',
  },
  'kb-invalid-date': {
    area: 'knowledge-base',
    severity: 'error',
    summary: 'A role date that is not a date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), or a role that ends before it starts.',
  },
  'kb-duplicate-id': {
    area: 'knowledge-base',
    severity: 'error',
    summary: 'Two entities with the same id.',
  },
  'kb-duplicate-name': {
    area: 'knowledge-base',
    severity: 'error',
    summary: 'Two entities claiming the same name or alias.',
  },
  'kb-unknown-key': {
    area: 'knowledge-base',
    severity: 'warning',
    summary: 'A key the knowledge base format does not define (probably a typo).',
  },
} as const satisfies Record<string, { area: DiagnosticArea; severity: Severity; summary: string }>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_RULES;

export const DIAGNOSTIC_CODES = Object.keys(DIAGNOSTIC_RULES) as DiagnosticCode[];

export function severityOf(code: DiagnosticCode): Severity {
  return DIAGNOSTIC_RULES[code].severity;
}

export function codesOf(area: DiagnosticArea): DiagnosticCode[] {
  return DIAGNOSTIC_CODES.filter((code) => DIAGNOSTIC_RULES[code].area === area);
}
