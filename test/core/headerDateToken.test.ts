// Reading the token where a header's date belongs: valid ISO dates, and for everything else what is
// wrong and which dates the writer could have meant.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type HeaderDateReading, readHeaderDateToken } from '../../src/core/headerDateToken';

function invalid(token: string): Extract<HeaderDateReading, { kind: 'invalid' }> {
  const reading = readHeaderDateToken(token);
  assert.equal(reading.kind, 'invalid', `${token} should be invalid`);
  return reading as Extract<HeaderDateReading, { kind: 'invalid' }>;
}

const iso = (reading: { candidates: readonly { year: number; month: number; day: number }[] }) =>
  reading.candidates.map((d) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`);

describe('valid header dates', () => {
  test('reads YYYY-MM-DD denoting a real date', () => {
    assert.deepEqual(readHeaderDateToken('2024-11-22'), { kind: 'valid', date: { year: 2024, month: 11, day: 22 } });
  });

  test('accepts 29 February in leap years, including 2000', () => {
    assert.equal(readHeaderDateToken('2024-02-29').kind, 'valid');
    assert.equal(readHeaderDateToken('2000-02-29').kind, 'valid');
  });
});

describe('impossible ISO dates', () => {
  test('29 February of a common year is impossible and has no fix', () => {
    const reading = invalid('2023-02-29');
    assert.match(reading.reason, /February 2023 has 28 days/);
    assert.deepEqual(reading.candidates, []);
  });

  test('1900 was not a leap year', () => {
    assert.match(invalid('1900-02-29').reason, /February 1900 has 28 days/);
  });

  test('30 February is impossible even in a leap year', () => {
    const reading = invalid('2024-02-30');
    assert.match(reading.reason, /February 2024 has 29 days/);
    assert.deepEqual(reading.candidates, []);
  });

  test('a month above 12 is read as swapped month and day when that gives a date', () => {
    const reading = invalid('2020-26-10');
    assert.match(reading.reason, /there is no month 26/);
    assert.deepEqual(iso(reading), ['2020-10-26']);
    assert.match(reading.reason, /did you mean 2020-10-26\?$/);
  });

  test('no swap is offered when the swapped reading is no date either', () => {
    assert.deepEqual(invalid('2020-13-13').candidates, []);
    assert.deepEqual(invalid('2020-00-10').candidates, []);
  });
});

describe('dates not written as YYYY-MM-DD', () => {
  test('2024-1-5 is year, month, day without zero padding', () => {
    const reading = invalid('2024-1-5');
    assert.match(reading.reason, /not written as YYYY-MM-DD/);
    assert.deepEqual(iso(reading), ['2024-01-05']);
  });

  test('2024/11/22 and 2024.11.22 use the wrong separator', () => {
    assert.deepEqual(iso(invalid('2024/11/22')), ['2024-11-22']);
    assert.deepEqual(iso(invalid('2024.11.22')), ['2024-11-22']);
  });

  test('mixed separators are not read as a date', () => {
    assert.deepEqual(invalid('2024/11-22').candidates, []);
  });

  test('20241122 lacks separators', () => {
    const reading = invalid('20241122');
    assert.match(reading.reason, /20241122 is not written as YYYY-MM-DD/);
    assert.deepEqual(iso(reading), ['2024-11-22']);
  });

  test('22/11/2024 can only be day first', () => {
    const reading = invalid('22/11/2024');
    assert.deepEqual(iso(reading), ['2024-11-22']);
    assert.doesNotMatch(reading.reason, /ambiguous/);
  });

  test('11/22/2024 can only be month first', () => {
    assert.deepEqual(iso(invalid('11/22/2024')), ['2024-11-22']);
  });

  test('05/06/2024 is ambiguous: both readings are offered, day first first', () => {
    const reading = invalid('05/06/2024');
    assert.deepEqual(iso(reading), ['2024-06-05', '2024-05-06']);
    assert.match(reading.reason, /ambiguous/);
    assert.match(reading.reason, /2024-06-05 or 2024-05-06/);
  });

  test('05/05/2024 reads the same both ways, so it is not ambiguous', () => {
    assert.deepEqual(iso(invalid('05/05/2024')), ['2024-05-05']);
  });

  test('a day-first date that is impossible either way has no reading', () => {
    const reading = invalid('31/02/2024');
    assert.deepEqual(reading.candidates, []);
    assert.match(reading.reason, /31\/02\/2024 is not a date/);
  });

  test('a year-first date with an impossible day offers no fix', () => {
    assert.deepEqual(invalid('2023/02/29').candidates, []);
  });

  test('other tokens starting with a digit are not dates', () => {
    for (const token of ['2024', '2024-11', '2024-11-22T10:00', '1', '24-11-22']) {
      const reading = invalid(token);
      assert.deepEqual(reading.candidates, [], token);
      assert.match(reading.reason, /not a date written as YYYY-MM-DD/, token);
    }
  });

  test('a word or nothing where the date belongs is reported as such', () => {
    assert.match(invalid('foo').reason, /found "foo"/);
    assert.match(invalid('').reason, /^expected a date as YYYY-MM-DD after "date"$/);
  });
});
