// What "the same name" means, shared by the matcher, the duplicate-name check and the misspelling
// finder: the case rule, and spaces, apostrophes and dashes unified.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isCaseSensitiveName, nameKey, normalizeName } from '../../../src/core/entities/nameText';

describe('names compared with text', () => {
  test('acronyms and words with a capital inside match case-sensitively; other names and handles do not', () => {
    for (const name of ['US', 'SOSA', 'INDUS-X', 'U.S.', 'MoD', 'iCET', 'ADMM-Plus', 'F-35', 'X'])
      assert.equal(isCaseSensitiveName(name), true, name);
    for (const name of ['Rajnath Singh', 'Laos', 'Indo-Pacific', '@rajnathsingh', '@SecDef', "Defence Ministers' Meeting", '2+2 meeting']) {
      assert.equal(isCaseSensitiveName(name), false, name);
    }
  });

  test('a name without letters (`2+2`) is not case-sensitive, as it has no case', () => {
    assert.equal(isCaseSensitiveName('2+2'), false);
  });

  test('runs of spaces collapse, ends are trimmed; curly apostrophes and dashes become plain ones', () => {
    assert.equal(normalizeName('  Lloyd \u00a0 J\tAustin ', false), 'Lloyd J Austin');
    assert.equal(normalizeName('Defence Ministers’ Meeting', false), "Defence Ministers' Meeting");
    assert.equal(normalizeName('Indo–Pacific', false), 'Indo-Pacific');
    assert.equal(normalizeName('Indo—Pacific', true), 'indo-pacific');
  });

  test('the duplicate key folds case too', () => {
    assert.equal(nameKey('Lloyd  AUSTIN'), nameKey('lloyd austin'));
    assert.notEqual(nameKey('Lloyd Austin'), nameKey('Lloyd J Austin'));
  });
});
