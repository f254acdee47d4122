// Misspellings of knowledge base names: found on words that look like names, reported as a
// `misspelled-entity` warning whose fixes (one name, or every one in the file) give the right text.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeArticle, type Problem, range } from '../../../src/core';
import { FuzzyNames } from '../../../src/core/entities/fuzzyNames';
import { applyEdits } from '../applyEdits';
import { entity, foundOfKind, indexOf, SMALL_KB } from './entityFixture';

const NOW = new Date('2026-11-21T12:00:00Z');
const misspelled = (text: string, yaml?: string) => foundOfKind('misspelled', text, yaml === undefined ? undefined : indexOf(yaml));

function problems(text: string, yaml = SMALL_KB): Problem[] {
  return analyzeArticle(text, { now: NOW, entities: indexOf(yaml) }).problems.filter((p) => p.code === 'misspelled-entity');
}

describe('finding misspellings', () => {
  test('one typo in a full name: `Llyod Austin` (letters swapped), `Rajanth Singh`, `Rajnath Sing`', () => {
    assert.deepEqual(misspelled('US Secretary of Defence Llyod Austin met Rajanth Singh and Rajnath Sing.'), [
      'Llyod Austin ! lloyd-austin → Lloyd Austin',
      'Rajanth Singh ! rajnath-singh → Rajnath Singh',
      'Rajnath Sing ! rajnath-singh → Rajnath Singh',
    ]);
  });

  test('titles and possessives stay outside the misspelled name', () => {
    const text = "Defence Secretary Llyod Austin's visit";
    const [m] = foundOfKind('misspelled', text);
    assert.equal(m, 'Llyod Austin ! lloyd-austin → Lloyd Austin');
  });

  test('a long name may have two typos', () => {
    assert.deepEqual(misspelled('They signed the Securty of Suplies Agreement.'), [
      'Securty of Suplies Agreement ! sosa → Security of Supplies Agreement',
    ]);
  });

  test('a given name or surname alone is misspelled only after the person was named', () => {
    assert.deepEqual(misspelled('Rajnath Singh arrived. Rajanth said so.'), ['Rajanth ! rajnath-singh → Rajnath']);
    assert.deepEqual(misspelled('Rajanth said so.'), []);
  });

  test('an extra or missing letter on one word is another word, not a typo: `Indian` is not `India`, `Pakistani` not `Pakistan`', () => {
    assert.deepEqual(misspelled('Indian and Pakistani troops met.'), []);
    assert.deepEqual(misspelled('Indian officials said.', [SMALL_KB, ...entity('indiana', 'Indiana', 'place')].join('\n')), []);
  });

  test('a one-word name with a wrong letter is misspelled, unless the article writes that word in lower case', () => {
    assert.deepEqual(misspelled('They flew to Vientiana.'), ['Vientiana ! vientiane → Vientiane']);
    const yaml = [
      'entities:',
      ...entity('antony-blinken', 'Antony Blinken', 'person'),
      ...entity('blinken-report', 'Blinken', 'event'),
    ].join('\n');
    assert.deepEqual(misspelled('Blinked twice, he blinked again.', yaml), []);
  });

  test('a word at a sentence start that is one letter from a surname is not that person', () => {
    const yaml = ['entities:', ...entity('antony-blinken', 'Antony Blinken', 'person')].join('\n');
    assert.deepEqual(misspelled('Blinked, the crowd cheered.', yaml), []);
  });

  test('office words one letter from a KB name are those words: `Defence Minister` is not `Defence Ministry`', () => {
    const yaml = [SMALL_KB, ...entity('defence-ministry', 'Defence Ministry', 'organisation')].join('\n');
    assert.deepEqual(misspelled('Japanese Defence Minister Gen Nakatani spoke.', yaml), []);
  });

  test('each word may have one typo at most, and in prose the name ends its run of capitals: `Indian Armed Forces` is not `Indian Army`', () => {
    const yaml = [SMALL_KB, ...entity('indian-army', 'Indian Army', 'organisation')].join('\n');
    assert.deepEqual(misspelled('The Indian Armed Forces and the Indian Armed.', yaml), []);
    assert.deepEqual(misspelled('The Indain Army Museum opened.', yaml), []);
    assert.deepEqual(misspelled('Troops of the Indain Army.', yaml), ['Indain Army ! indian-army → Indian Army']);
    assert.deepEqual(misspelled('The Indain Army Chief spoke.', yaml), ['Indain Army ! indian-army → Indian Army']);
  });

  test('a different first letter is a different name: `Floyd Austin` is not `Lloyd Austin`', () => {
    assert.deepEqual(misspelled('Floyd Austin spoke.'), []);
  });

  test('acronyms and short names are never guessed at: `SOSE`, `Lagos`', () => {
    assert.deepEqual(misspelled('SOSE and SOSA; Lagos', [SMALL_KB, ...entity('laos', 'Laos', 'place')].join('\n')), []);
  });

  test('a name spelled right, in any case, is not a misspelling', () => {
    assert.deepEqual(misspelled('Lloyd Austin, LLOYD AUSTIN, lloyd austin, Rajnath Singh'), []);
  });

  test('when two names are equally close, none is suggested', () => {
    const yaml = [
      'entities:',
      ...entity('rajnath-singh', 'Rajnath Singh', 'person'),
      ...entity('rajnish-singh', 'Rajnish Singh', 'person'),
    ].join('\n');
    assert.deepEqual(misspelled('Rajnith Singh spoke.', yaml), []);
  });

  test('a name in capitals gets its suggestion in capitals', () => {
    assert.deepEqual(misspelled('LLYOD AUSTIN ARRIVES'), ['LLYOD AUSTIN ! lloyd-austin → LLOYD AUSTIN']);
  });

  test('the fuzzy index keeps names apart by initials and by length', () => {
    const fuzzy = new FuzzyNames([
      { name: 'Lloyd Austin', value: 'lloyd' },
      { name: 'Pakistan', value: 'pakistan' },
      { name: 'Laos', value: 'laos' },
    ]);
    assert.equal(fuzzy.nearest('Llyod Austin')?.entry.value, 'lloyd');
    assert.equal(fuzzy.nearest('Llyod Austin')?.distance, 1);
    assert.equal(fuzzy.nearest('Lloyd Austin'), undefined);
    assert.equal(fuzzy.nearest('Pakistani'), undefined);
    assert.equal(fuzzy.nearest('Pakistna')?.entry.value, 'pakistan');
    assert.equal(fuzzy.nearest('Lais'), undefined);
  });
});

describe('the misspelled-entity warning and its fixes', () => {
  test('is a warning on the misspelled name, saying what it should be', () => {
    const [problem] = problems(' date 2024-11-22 Left Menu\n\nDefence Minister Rajnath Singh with US Secretary of Defence Llyod Austin.');
    assert.equal(problem.severity, 'warning');
    assert.deepEqual(problem.range, range(2, 60, 72));
    assert.equal(problem.message, '"Llyod Austin" looks like a misspelling of "Lloyd Austin" (person).');
  });

  test('names the entity when the nearest spelling is one of its aliases', () => {
    const [problem] = problems(' date 2024-11-22 Left Menu\n\nUS Secretary of Defence Llyod J Austin arrived.');
    assert.equal(problem.message, '"Llyod J Austin" looks like a misspelling of "Lloyd J Austin" (Lloyd Austin, person).');
  });

  test('a given name or surname with a letter dropped is a misspelling only once its person has been named', () => {
    const named = problems(' date 2018-09-06 x\n\nDefence Minister Rajnath Singh spoke. Later Rajnth tweeted.');
    assert.deepEqual(
      named.map((p) => p.message),
      ['"Rajnth" looks like a misspelling of "Rajnath" (Rajnath Singh, person).'],
    );
    assert.deepEqual(problems(' date 2018-09-06 x\n\nLater Rajnth tweeted.'), []);
  });

  test('one misspelling: one preferred fix, which writes the right name and leaves the rest as it was', () => {
    const text = ' date 2024-11-22 x\n\nUS Secretary of Defence Llyod Austin’s visit.';
    const [problem] = problems(text);
    assert.deepEqual(
      problem.fixes.map((f) => [f.title, f.preferred]),
      [['Change to "Lloyd Austin"', true]],
    );
    const fixed = applyEdits(text, problem.fixes[0].edits);
    assert.equal(fixed, ' date 2024-11-22 x\n\nUS Secretary of Defence Lloyd Austin’s visit.');
    assert.deepEqual(problems(fixed), []);
    assert.ok(
      analyzeArticle(fixed, { now: NOW, entities: indexOf() }).entities.some((m) => m.text === 'Lloyd Austin' && m.kind === 'name'),
    );
  });

  test('several misspellings: each warning also offers to fix all of them in the file', () => {
    const text = ' date 2024-11-22 x\n\nLlyod Austin met Rajanth Singh.\nLater Llyod Austin left.';
    const found = problems(text);
    assert.equal(found.length, 3);
    for (const problem of found) {
      assert.equal(problem.fixes.length, 2);
      assert.equal(problem.fixes[1].title, 'Fix all 3 misspelled names in this file');
      assert.equal(problem.fixes[1].preferred, false);
    }
    const fixed = applyEdits(text, found[0].fixes[1].edits);
    assert.equal(fixed, ' date 2024-11-22 x\n\nLloyd Austin met Rajnath Singh.\nLater Lloyd Austin left.');
    assert.deepEqual(problems(fixed), []);
    assert.equal(
      applyEdits(text, found[1].fixes[0].edits),
      ' date 2024-11-22 x\n\nLlyod Austin met Rajnath Singh.\nLater Llyod Austin left.',
    );
  });
});
