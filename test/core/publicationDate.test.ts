// Where an article's own text says when it was published: the date a missing header is inferred
// from, and the lead date a header is checked against.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { range } from '../../src/core';
import { type CalendarDate, parseIsoDate } from '../../src/core/calendarDate';
import { type DateHeader, readDateHeader } from '../../src/core/dateHeader';
import { firstLine } from '../../src/core/textPosition';
import { type LeadDate, leadDate, publicationDateInText } from '../../src/core/publicationDate';

const iso = (text: string): CalendarDate => parseIsoDate(text)!;

function lead(text: string): LeadDate | undefined {
  const header: DateHeader | undefined = readDateHeader(firstLine(text));
  assert.ok(header?.date, 'the example needs a valid header');
  return leadDate(text, header, header.date);
}

describe('inferring the publication date of a text without a header', () => {
  test('reads "07-Feb-2025, 03:02 PM" on its own line', () => {
    const found = publicationDateInText('newshots banner\nrajnath singh\n\nHeadline\n\n07-Feb-2025, 03:02 PM\n\nBody');
    assert.deepEqual(found, { text: '07-Feb-2025, 03:02 PM', date: iso('2025-02-07'), range: range(5, 0, 21) });
  });

  test('reads "Published Feb 7, 2025", without the word "Published"', () => {
    const found = publicationDateInText('Headline\nPublished Feb 7, 2025\nBody');
    assert.equal(found?.text, 'Feb 7, 2025');
    assert.deepEqual(found?.date, iso('2025-02-07'));
    assert.deepEqual(found?.range, range(1, 10, 21));
  });

  test('reads "Dec. 3, 2018"', () => {
    assert.deepEqual(publicationDateInText('Headline\r\n\r\nDec. 3, 2018\r\nBody')?.date, iso('2018-12-03'));
  });

  test('reads a date in the first line itself', () => {
    assert.deepEqual(publicationDateInText('Posted 22 November 2024 in Defence')?.date, iso('2024-11-22'));
  });

  test('takes the first full date when there are several', () => {
    assert.deepEqual(publicationDateInText('Updated Feb 9, 2025\nPublished Feb 7, 2025')?.date, iso('2025-02-09'));
  });

  test('skips dates without a year, weekdays and ambiguous numeric dates', () => {
    const text = 'Talks on November 22\nOn Friday they met\nSigned 05/06/2024\nPublished Feb 7, 2025';
    assert.deepEqual(publicationDateInText(text)?.date, iso('2025-02-07'));
    assert.equal(publicationDateInText('Talks on November 22\nOn Friday\nSigned 05/06/2024\n'), undefined);
  });

  test('a date counted from another (`three days ago`, `the day before`) is no evidence: it would be counted from today', () => {
    assert.deepEqual(
      publicationDateInText('Talks three days ago\nThe day before, they met\nPublished Feb 7, 2025')?.date,
      iso('2025-02-07'),
    );
    assert.equal(publicationDateInText('Singh met Marles a day after the summit\n2 hours later'), undefined);
  });

  test('a numeric date that can only be read one way is evidence', () => {
    assert.deepEqual(publicationDateInText('Signed 22/11/2024')?.date, iso('2024-11-22'));
  });

  test('reads only the first 40 lines', () => {
    const at = (line: number) => `${'x\n'.repeat(line)}Published Feb 7, 2025\n`;
    assert.deepEqual(publicationDateInText(at(39))?.range, range(39, 10, 21));
    assert.equal(publicationDateInText(at(40)), undefined);
  });

  test('reads only the first 4000 characters', () => {
    assert.equal(publicationDateInText(`${'x'.repeat(4000)} Feb 7, 2025`), undefined);
    assert.deepEqual(publicationDateInText(`${'x'.repeat(3000)} Feb 7, 2025`)?.date, iso('2025-02-07'));
  });

  test('an empty text gives no date', () => {
    assert.equal(publicationDateInText(''), undefined);
  });

  test('positions count a BOM as a character', () => {
    assert.deepEqual(publicationDateInText('\uFEFFFeb 7, 2025 headline')?.range, range(0, 1, 12));
  });
});

describe('the lead date of an article with a header', () => {
  test('a dateline in the header text is found where it stands', () => {
    const found = lead(' date 2024-11-22 Vientiane [Laos], November 22 : Defence Minister Rajnath Singh met');
    assert.equal(found?.kind, 'dateline');
    assert.equal(found?.text, 'November 22');
    assert.deepEqual(found?.date, iso('2024-11-22'));
    assert.deepEqual(found?.range, range(0, 35, 46));
  });

  test('a dateline on a later line is found, in capitals or with a particle in the place name', () => {
    assert.deepEqual(lead(' date 2024-11-22 Left Menu\n\nNEW DELHI, Nov 21: talks')?.range, range(2, 11, 17));
    assert.equal(lead(' date 2024-11-22 Left Menu\n\nNEW DELHI, Nov 21: talks')?.kind, 'dateline');
    assert.equal(lead(' date 2024-11-22 Left Menu\n\nRio de Janeiro, Nov 21: talks')?.kind, 'dateline');
  });

  test('a date after prose is the first date, not a dateline', () => {
    for (const line of ['The talks on November 20 went well', 'Published November 20', 'Updated: November 20']) {
      assert.equal(lead(` date 2024-11-22 x\n${line}`)?.kind, 'first date', line);
    }
    assert.equal(lead(' date 2024-11-22 x\nNovember 20 : talks')?.kind, 'first date');
    // (Short words are not a place's particles unless they are: `Rio de Janeiro`, `Dar es Salaam`.)
    assert.equal(lead(' date 2024-11-22 x\nSingh met Marles on Friday, November 22, in Delhi')?.kind, 'first date');
    assert.equal(lead(' date 2024-11-22 x\nDar es Salaam, November 21: talks')?.kind, 'dateline');
  });

  test('a date counted from the header is not the lead date (`a day after` would check the header against itself)', () => {
    assert.equal(lead(' date 2025-11-20 x\nRajnath Singh met Marles on Friday, a day after holding talks with Hegseth.'), undefined);
  });

  test('a date without a year takes the year nearest the header date', () => {
    assert.deepEqual(lead(' date 2025-01-02 x\nNEW DELHI, December 31: talks')?.date, iso('2024-12-31'));
    assert.deepEqual(lead(' date 2024-12-30 x\nNEW DELHI, January 2: talks')?.date, iso('2025-01-02'));
    assert.deepEqual(lead(' date 2024-06-15 x\nNEW DELHI, December 1: talks')?.date, iso('2024-12-01'));
  });

  test('a date with a year keeps it', () => {
    assert.deepEqual(lead(' date 2024-11-22 x\nWASHINGTON, Dec. 3, 2018: talks')?.date, iso('2018-12-03'));
  });

  test('the lead is the header text and the first 5 non-empty lines after it', () => {
    const article = (before: number) =>
      [' date 2024-11-22 Left Menu', ...Array.from({ length: before }, (_, i) => `Paragraph ${i}.`), 'NEW DELHI, November 1: talks'].join(
        '\n\n',
      );
    assert.deepEqual(lead(article(4))?.date, iso('2024-11-01'));
    assert.equal(lead(article(5)), undefined);
  });

  test('blank lines do not shorten the lead', () => {
    assert.deepEqual(lead(` date 2024-11-22 Left Menu${'\n'.repeat(30)}NEW DELHI, November 1: talks`)?.range.start.line, 30);
  });

  test('a header text of more than 2000 characters is read only so far', () => {
    assert.equal(lead(` date 2024-11-22 ${'x'.repeat(2000)} NEW DELHI, November 1: talks`), undefined);
    assert.equal(lead(` date 2024-11-22 ${'x'.repeat(1900)} NEW DELHI, November 1: talks`)?.text, 'November 1');
  });

  test('an article without dates in its lead has no lead date', () => {
    assert.equal(lead(' date 2024-11-22'), undefined);
    assert.equal(lead(' date 2024-11-22 Left Menu\n\nThe meeting was held on Friday.'), undefined);
  });
});
