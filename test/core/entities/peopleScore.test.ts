// People recognition on articles in the styles of the unseen corpus (peopleArticles.ts), scored with
// the bundled knowledge base. The test prints each set's score and holds floors: the target is
// F1 0.92 on articles nobody tuned to. First runs, before any rule was changed for the set: HELD_OUT
// 0.90, FRESH 0.85, FRESH_2 0.98 (its one miss, a name in Devanagari the KB lacks, then became a rule),
// FRESH_3 1.00, FRESH_4 0.97 (`the Talisman Sabre exercise` taken for a person: the kind written after a
// name became a rule), FRESH_5 0.90 (titled people in a list's title-case items, and `Maritime Element`
// after an office in apposition: both became rules), FRESH_6 1.00, FRESH_7 0.83 (joiners in capitals
// in a speaker label, `Prince` as a title, compass words before a place: rules now).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FRESH, FRESH_2, FRESH_3, FRESH_4, FRESH_5, FRESH_6, FRESH_7, HELD_OUT, TUNING } from './peopleArticles';
import { f1, formatPeopleScore, precision, scorePeople } from './peopleScoring';

const sets = {
  tuning: TUNING,
  'held out': HELD_OUT,
  fresh: FRESH,
  'second fresh': FRESH_2,
  'third fresh': FRESH_3,
  'fourth fresh': FRESH_4,
  'fifth fresh': FRESH_5,
  'sixth fresh': FRESH_6,
  'seventh fresh': FRESH_7,
};

for (const [name, articles] of Object.entries(sets)) {
  test(`people in the ${name} articles: F1 at least 0.92, precision at least 0.95`, () => {
    const score = scorePeople(articles);
    console.log(formatPeopleScore(name, score));
    assert.ok(articles.length >= 6);
    assert.ok(f1(score) >= 0.92, formatPeopleScore(name, score));
    assert.ok(precision(score) >= 0.95, formatPeopleScore(name, score));
  });
}
