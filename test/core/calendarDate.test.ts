// Calendar arithmetic behind the header checks: leap years, impossible dates, "today anywhere on Earth".

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  type CalendarDate,
  compareDates,
  dayNumber,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  isLeapYear,
  isValidDate,
  latestDateOnEarth,
  monthName,
  parseIsoDate,
  whyNotADate,
} from '../../src/core/calendarDate';

const date = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });

describe('leap years and month lengths', () => {
  test('a year divisible by 4 is a leap year, except centuries not divisible by 400', () => {
    assert.equal(isLeapYear(2024), true);
    assert.equal(isLeapYear(2023), false);
    assert.equal(isLeapYear(1900), false);
    assert.equal(isLeapYear(2000), true);
    assert.equal(isLeapYear(2100), false);
  });

  test('February has 29 days in leap years and 28 otherwise; April, June, September, November have 30', () => {
    assert.equal(daysInMonth(2024, 2), 29);
    assert.equal(daysInMonth(2023, 2), 28);
    assert.equal(daysInMonth(1900, 2), 28);
    assert.equal(daysInMonth(2000, 2), 29);
    assert.deepEqual(
      [4, 6, 9, 11].map((m) => daysInMonth(2024, m)),
      [30, 30, 30, 30],
    );
    assert.deepEqual(
      [1, 3, 5, 7, 8, 10, 12].map((m) => daysInMonth(2024, m)),
      [31, 31, 31, 31, 31, 31, 31],
    );
  });

  test('months are named in English', () => {
    assert.equal(monthName(1), 'January');
    assert.equal(monthName(12), 'December');
    assert.equal(monthName(13), 'month 13');
  });
});

describe('valid and impossible dates', () => {
  test('2024-02-29 is a date but 2023-02-29 is not', () => {
    assert.equal(isValidDate(2024, 2, 29), true);
    assert.equal(isValidDate(2023, 2, 29), false);
  });

  test('2000-02-29 is a date but 1900-02-29 is not', () => {
    assert.equal(isValidDate(2000, 2, 29), true);
    assert.equal(isValidDate(1900, 2, 29), false);
  });

  test('says in words why a year, month and day are not a date', () => {
    assert.equal(whyNotADate(2024, 2, 30), 'February 2024 has 29 days');
    assert.equal(whyNotADate(2023, 2, 29), 'February 2023 has 28 days');
    assert.equal(whyNotADate(2020, 26, 10), 'there is no month 26');
    assert.equal(whyNotADate(2020, 0, 10), 'there is no month 0');
    assert.equal(whyNotADate(2020, 1, 0), 'there is no day 0');
    assert.equal(whyNotADate(2024, 4, 31), 'April 2024 has 30 days');
    assert.equal(whyNotADate(2024, 11, 22), undefined);
  });
});

describe('ISO dates', () => {
  test('formats with four-digit years and two-digit months and days', () => {
    assert.equal(formatIsoDate(date(2024, 1, 5)), '2024-01-05');
    assert.equal(formatIsoDate(date(33, 11, 2)), '0033-11-02');
  });

  test('parses exactly YYYY-MM-DD denoting a real date', () => {
    assert.deepEqual(parseIsoDate('2024-11-22'), date(2024, 11, 22));
    assert.deepEqual(parseIsoDate('2024-02-29'), date(2024, 2, 29));
  });

  test('rejects other forms and impossible dates', () => {
    for (const text of ['2024-1-5', '2024/11/22', '20241122', '22/11/2024', ' 2024-11-22', '2024-11-22 ', '2023-02-29', '2020-26-10', '']) {
      assert.equal(parseIsoDate(text), undefined, text);
    }
  });
});

describe('differences between dates', () => {
  test('counts days across month, year and leap-day boundaries', () => {
    assert.equal(daysBetween(date(2024, 11, 20), date(2024, 11, 22)), 2);
    assert.equal(daysBetween(date(2024, 11, 22), date(2024, 11, 12)), -10);
    assert.equal(daysBetween(date(2024, 12, 31), date(2025, 1, 2)), 2);
    assert.equal(daysBetween(date(2024, 2, 28), date(2024, 3, 1)), 2);
    assert.equal(daysBetween(date(2023, 2, 28), date(2023, 3, 1)), 1);
  });

  test('day numbers count from 1970-01-01', () => {
    assert.equal(dayNumber(date(1970, 1, 1)), 0);
    assert.equal(dayNumber(date(1970, 1, 2)), 1);
    assert.equal(dayNumber(date(1969, 12, 31)), -1);
  });

  test('years before 100 are years of the first century, not of the 1900s', () => {
    assert.equal(daysBetween(date(99, 12, 31), date(100, 1, 1)), 1);
    assert.equal(dayNumber(date(1, 1, 1)), -719_162);
    assert.notEqual(dayNumber(date(24, 11, 22)), dayNumber(date(1924, 11, 22)));
  });

  test('day numbers are the days a Date counts, for every day of four centuries and beyond a month’s end', () => {
    const byDate = (year: number, month: number, day: number) => {
      const instant = new Date(0);
      instant.setUTCFullYear(year, month - 1, day);
      return Math.floor(instant.getTime() / 86_400_000);
    };
    for (let year = -401; year <= 2401; year += year < 1890 || year > 2110 ? 37 : 1)
      for (let month = 1; month <= 12; month++)
        for (const day of [0, 1, 15, 28, 29, 30, 31, 32, 45])
          assert.equal(dayNumber(date(year, month, day)), byDate(year, month, day), `${year}-${month}-${day}`);
    // Months out of range count on into the years around, as Date counts them.
    assert.equal(dayNumber(date(2024, 13, 1)), dayNumber(date(2025, 1, 1)));
    assert.equal(dayNumber(date(2024, 0, 31)), dayNumber(date(2023, 12, 31)));
  });

  test('compares dates in calendar order', () => {
    assert.ok(compareDates(date(2024, 11, 22), date(2024, 11, 23)) < 0);
    assert.ok(compareDates(date(2025, 1, 1), date(2024, 12, 31)) > 0);
    assert.equal(compareDates(date(2024, 11, 22), date(2024, 11, 22)), 0);
  });
});

describe("today's date anywhere on Earth", () => {
  test('is the date in UTC+14', () => {
    assert.deepEqual(latestDateOnEarth(new Date('2026-11-21T12:00:00Z')), date(2026, 11, 22));
    assert.deepEqual(latestDateOnEarth(new Date('2026-11-21T09:59:59.999Z')), date(2026, 11, 21));
    assert.deepEqual(latestDateOnEarth(new Date('2026-11-21T10:00:00Z')), date(2026, 11, 22));
  });

  test('turns the year over ten hours before UTC does', () => {
    assert.deepEqual(latestDateOnEarth(new Date('2024-12-31T10:00:00Z')), date(2025, 1, 1));
    assert.deepEqual(latestDateOnEarth(new Date('2024-02-28T10:00:00Z')), date(2024, 2, 29));
  });
});
