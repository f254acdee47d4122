// The JSON report and analysis results are add-only, so tests check promised fields as a subset: adding a field never breaks them.

import assert from 'node:assert/strict';

/** Fails when `actual` is not an object or lacks any of `expectedKeys` (own keys); other keys are allowed. */
export function assertHasKeys(actual: unknown, expectedKeys: readonly string[], message?: string): void {
  const prefix = message ? `${message}: ` : '';
  assert.ok(typeof actual === 'object' && actual !== null, `${prefix}expected an object, got ${JSON.stringify(actual)}`);
  const missing = expectedKeys.filter((key) => !Object.hasOwn(actual, key));
  assert.deepEqual(missing, [], `${prefix}missing field(s) ${missing.join(', ')}; the object has ${Object.keys(actual).join(', ')}`);
}

/** assertHasKeys for the keys of `expected`, then deepEqual on the values of those keys only. */
export function assertHasFields(actual: unknown, expected: Record<string, unknown>, message?: string): void {
  const keys = Object.keys(expected);
  assertHasKeys(actual, keys, message);
  const promised = Object.fromEntries(keys.map((key) => [key, (actual as Record<string, unknown>)[key]]));
  assert.deepEqual(promised, expected, message);
}
