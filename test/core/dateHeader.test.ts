// Reading a first line as a date header: where its parts stand, and which lines are not headers at all.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { range } from '../../src/core';
import { type DateHeader, readDateHeader } from '../../src/core/dateHeader';

function header(line: string): DateHeader {
  const read = readDateHeader(line);
  assert.ok(read, `"${line}" should be read as a header`);
  return read;
}

describe('canonical headers', () => {
  test('reads the date and the scraper text after it', () => {
    const h = header(' date 2024-11-22 Left Menu');
    assert.equal(h.lineStart, 0);
    assert.equal(h.canonicalPrefix, true);
    assert.deepEqual(h.prefixRange, range(0, 0, 6));
    assert.equal(h.dateText, '2024-11-22');
    assert.deepEqual(h.dateRange, range(0, 6, 16));
    assert.deepEqual(h.date, { year: 2024, month: 11, day: 22 });
    assert.equal(h.dateError, undefined);
    assert.equal(h.rest, 'Left Menu');
    assert.deepEqual(h.restRange, range(0, 17, 26));
    assert.equal(h.spaceAfterDate, true);
  });

  test('a header may end right after the date', () => {
    const h = header(' date 2024-11-22');
    assert.deepEqual(h.date, { year: 2024, month: 11, day: 22 });
    assert.equal(h.rest, '');
    assert.deepEqual(h.restRange, range(0, 16, 16));
    assert.equal(h.spaceAfterDate, true);
  });

  test('the scraper text keeps its own spacing after the one separating space', () => {
    assert.equal(header(' date 2024-11-22   indented').rest, '  indented');
  });

  test('a BOM before the header is skipped and counted in the positions', () => {
    const h = header('\uFEFF date 2024-11-22 Left Menu');
    assert.equal(h.lineStart, 1);
    assert.equal(h.canonicalPrefix, true);
    assert.deepEqual(h.prefixRange, range(0, 1, 7));
    assert.deepEqual(h.dateRange, range(0, 7, 17));
    assert.equal(h.rest, 'Left Menu');
  });

  test('counts positions in UTF-16 code units', () => {
    const h = header(' date 2024-11-22 😀 Left');
    assert.equal(h.rest, '😀 Left');
    assert.deepEqual(h.restRange, range(0, 17, 24));
  });
});

describe('near-miss headers are read so that the checker can explain them', () => {
  test('without the leading space', () => {
    const h = header('date 2024-11-22 Left Menu');
    assert.equal(h.canonicalPrefix, false);
    assert.deepEqual(h.prefixRange, range(0, 0, 5));
    assert.deepEqual(h.date, { year: 2024, month: 11, day: 22 });
  });

  test('as "Date:"', () => {
    const h = header('Date: 2024-11-22 Left Menu');
    assert.equal(h.canonicalPrefix, false);
    assert.deepEqual(h.prefixRange, range(0, 0, 6));
    assert.deepEqual(h.dateRange, range(0, 6, 16));
  });

  test('in capitals, indented by a tab, or with two spaces', () => {
    for (const line of [' DATE 2024-11-22 x', '\tdate 2024-11-22 x', '  date 2024-11-22 x', ' date  2024-11-22 x', 'date:2024-11-22 x']) {
      const h = header(line);
      assert.equal(h.canonicalPrefix, false, line);
      assert.deepEqual(h.date, { year: 2024, month: 11, day: 22 }, line);
    }
  });

  test('a comma or other punctuation right after the date is not part of the date', () => {
    for (const [line, rest] of [
      [' date 2024-11-22, Left Menu', ', Left Menu'],
      [' date 2024-11-22,Left', ',Left'],
      [' date 2024-11-22; x', '; x'],
      [' date 2024-11-22: x', ': x'],
      [' date 2024-11-22.', '.'],
    ]) {
      const h = header(line);
      assert.equal(h.dateText, '2024-11-22', line);
      assert.deepEqual(h.date, { year: 2024, month: 11, day: 22 }, line);
      assert.equal(h.spaceAfterDate, false, line);
      assert.equal(h.rest, rest, line);
    }
  });

  test('a tab after the date is not the separating space', () => {
    assert.equal(header(' date 2024-11-22\tx').spaceAfterDate, false);
  });

  test('a malformed date is kept as written, with the reason and the possible readings', () => {
    const h = header(' date 22/11/2024 Left');
    assert.equal(h.date, undefined);
    assert.equal(h.dateText, '22/11/2024');
    assert.deepEqual(h.dateRange, range(0, 6, 16));
    assert.deepEqual(h.dateError?.candidates, [{ year: 2024, month: 11, day: 22 }]);
    assert.equal(h.rest, 'Left');
  });

  test('an impossible date is kept as written', () => {
    const h = header(' date 2024-02-30 Left');
    assert.equal(h.date, undefined);
    assert.match(h.dateError!.reason, /February 2024 has 29 days/);
  });

  test('a date written in words where the ISO date belongs is read whole', () => {
    const h = header(' date Nov 22, 2024 Left Menu');
    assert.equal(h.dateText, 'Nov 22, 2024');
    assert.deepEqual(h.dateRange, range(0, 6, 18));
    assert.equal(h.date, undefined);
    assert.deepEqual(h.dateError?.candidates, [{ year: 2024, month: 11, day: 22 }]);
    assert.equal(h.rest, 'Left Menu');
  });

  test('a day-first date in words is read whole too, with its one reading', () => {
    const h = header(' date 22 Nov 2024 Left Menu');
    assert.equal(h.dateText, '22 Nov 2024');
    assert.deepEqual(h.dateError?.candidates, [{ year: 2024, month: 11, day: 22 }]);
    assert.equal(h.rest, 'Left Menu');
  });

  test('a kilobyte of junk where the date belongs is quoted short in the reason', () => {
    const h = header(` date ${'x'.repeat(5000)} Left Menu`);
    assert.ok(h.dateError!.reason.length < 120, h.dateError!.reason);
    assert.match(h.dateError!.reason, /x…/);
  });

  test('"Date: Nov 22, 2024" is a header written in words', () => {
    assert.equal(header('Date: Nov 22, 2024').dateText, 'Nov 22, 2024');
  });

  test('the canonical prefix makes a header even without a date after it', () => {
    const h = header(' date ');
    assert.equal(h.dateText, '');
    assert.equal(h.date, undefined);
    assert.equal(header(' date foo').dateText, 'foo');
  });
});

describe('lines that are not headers', () => {
  test('prose that starts with "Date"', () => {
    for (const line of [
      'Dated yesterday, the memo',
      'Date of the visit was not announced',
      'Date of the visit was 12 Nov 2024',
      'Dates and venues',
      'dated 2024-11-22',
      'date',
      ' date',
      'date-2024-11-22',
      'date2024-11-22',
      'Date2024-11-22',
    ]) {
      assert.equal(readDateHeader(line), undefined, line);
    }
  });

  test('lines that do not start with "date"', () => {
    for (const line of ['', 'newshots banner', '2024-11-22 date', 'Update 2024-11-22', 'x date 2024-11-22', '\uFEFF', '\uFEFFNEW DELHI']) {
      assert.equal(readDateHeader(line), undefined, line);
    }
  });
});
