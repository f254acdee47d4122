// Dates in the knowledge base may be partial (`2019`, `2019-05`): each stands for the days it may mean.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { earliestDay, latestDay, readPartialDate } from '../../../src/core/knowledgeBase/partialDate';

describe('partial dates', () => {
  test('reads a year, a month or a day', () => {
    assert.deepEqual(readPartialDate('2019'), { year: 2019 });
    assert.deepEqual(readPartialDate('2019-05'), { year: 2019, month: 5 });
    assert.deepEqual(readPartialDate('2019-05-30'), { year: 2019, month: 5, day: 30 });
  });

  test('anything else is not a date, with the reason', () => {
    assert.match((readPartialDate('2019-5') as { error: string }).error, /expected YYYY-MM-DD/);
    assert.match((readPartialDate('May 2019') as { error: string }).error, /expected YYYY-MM-DD/);
    assert.match((readPartialDate('2019-00') as { error: string }).error, /no month 0/);
    assert.match((readPartialDate('2023-02-29') as { error: string }).error, /February 2023 has 28 days/);
    assert.match((readPartialDate('2019-05-30 ') as { error: string }).error, /not a date/);
  });

  test('a year runs from 1 January to 31 December, a month to its last day (leap years included)', () => {
    assert.deepEqual(earliestDay({ year: 2024 }), { year: 2024, month: 1, day: 1 });
    assert.deepEqual(latestDay({ year: 2024 }), { year: 2024, month: 12, day: 31 });
    assert.deepEqual(latestDay({ year: 2024, month: 2 }), { year: 2024, month: 2, day: 29 });
    assert.deepEqual(latestDay({ year: 2023, month: 2 }), { year: 2023, month: 2, day: 28 });
    assert.deepEqual(earliestDay({ year: 2024, month: 2, day: 10 }), latestDay({ year: 2024, month: 2, day: 10 }));
  });
});
