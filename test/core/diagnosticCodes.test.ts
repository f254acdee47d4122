// The stable diagnostic codes and their severities: part of the public interface.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DIAGNOSTIC_CODES, DIAGNOSTIC_RULES, severityOf } from '../../src/core/diagnosticCodes';

describe('diagnostic codes', () => {
  test('are the documented ones, with their severities', () => {
    assert.deepEqual(Object.fromEntries(DIAGNOSTIC_CODES.map((code) => [code, severityOf(code)])), {
      'missing-date-header': 'error',
      'invalid-date-header': 'error',
      'noncanonical-date-header': 'warning',
      'future-date-header': 'warning',
      'header-date-mismatch': 'warning',
      'misspelled-entity': 'warning',
      'file-too-large': 'information',
      'unknown-entity': 'hint',
      'kb-syntax-error': 'error',
      'kb-invalid-entry': 'error',
      'kb-unknown-type': 'error',
      'kb-invalid-date': 'error',
      'kb-duplicate-id': 'error',
      'kb-duplicate-name': 'error',
      'kb-unknown-key': 'warning',
    });
  });

  test('are lowercase words joined by hyphens, each with a one-sentence summary', () => {
    for (const code of DIAGNOSTIC_CODES) {
      assert.match(code, /^[a-z]+(-[a-z]+)*$/);
      assert.match(DIAGNOSTIC_RULES[code].summary, /\.$/);
    }
  });
});
