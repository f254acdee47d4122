// Date expressions in the body, resolved against the publication date: the specification.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type CalendarDate, findBodyDates } from '../../../src/core';

/** Friday 2024-11-22, the reference of most cases (the Vientiane ADMM-Plus reports). */
const FRIDAY: CalendarDate = { year: 2024, month: 11, day: 22 };

/** `text=value` for each date found: `value` is the reading(s), `|` between two, `..` before a range's end. */
function dates(text: string, reference: CalendarDate | undefined = FRIDAY): string[] {
  return findBodyDates(text, reference).map(
    (d) => `${d.text}=${d.readings.map((r) => (r.end ? `${r.value}..${r.end}` : r.value)).join('|')}`,
  );
}

const one = (text: string, reference?: CalendarDate) => {
  const found = findBodyDates(text, reference ?? FRIDAY);
  assert.equal(found.length, 1, JSON.stringify(found.map((d) => d.text)));
  return found[0];
};

describe('absolute dates', () => {
  test('day, month and year in the orders news uses', () => {
    assert.deepEqual(dates('Signed on 22 November 2024 and again on Nov. 23, 2024.'), [
      '22 November 2024=2024-11-22',
      'Nov. 23, 2024=2024-11-23',
    ]);
    assert.deepEqual(dates('07-Feb-2025, 03:02 PM'), ['07-Feb-2025=2025-02-07']);
    assert.deepEqual(dates('Posted On: 22 NOV 2024 3:05PM by PIB Delhi'), ['22 NOV 2024=2024-11-22']);
    assert.deepEqual(dates('the 2nd of December, 2019'), ['2nd of December, 2019=2019-12-02']);
    assert.deepEqual(dates('Released 2024-11-22.'), ['2024-11-22=2024-11-22']);
  });

  test('a year of two digits after a day and an abbreviated month (military releases), never after a month in full', () => {
    assert.deepEqual(dates('Held at Pearl Harbor on 8 Aug 24, and on 08-Aug-24.'), ['8 Aug 24=2024-08-08', '08-Aug-24=2024-08-08']);
    assert.deepEqual(dates('On 21 November 22 people were evacuated.'), ['21 November=2024-11-21']);
    assert.deepEqual(dates('Meet on 3 Jan 23:00 hours.'), ['3 Jan=2025-01-03']);
  });

  test('a weekday written before a full date is part of it and takes its value', () => {
    assert.deepEqual(dates('On Monday, November 25, 2024 the talks began.'), ['Monday, November 25, 2024=2024-11-25']);
  });

  test('months and years at their precision', () => {
    const august = one('his visit to the US in August 2024');
    assert.deepEqual(august.readings, [{ value: '2024-08', precision: 'month' }]);
    assert.equal(august.relative, false);
    assert.deepEqual(one('It was founded in 2023.').readings, [{ value: '2023', precision: 'year' }]);
    assert.deepEqual(dates('since 2019, by 2030'), ['2019=2019', '2030=2030']);
  });

  test('ranges of years and of days', () => {
    const decade = one('a framework for 2025-2035');
    assert.deepEqual(decade.readings, [{ value: '2025', precision: 'year', end: '2035' }]);
    assert.deepEqual(dates('in 2025–26'), ['2025–26=2025..2026']);
    assert.deepEqual(dates('between 2020 and 2023'), ['2020 and 2023=2020..2023']);
    assert.deepEqual(dates('in 2020 and 2023'), ['2020=2020', '2023=2023'], 'two years, not a span');
    assert.deepEqual(dates('The exercise will run from 10-15 April 2025.'), ['10-15 April 2025=2025-04-10..2025-04-15']);
  });

  test('a numeric date that reads two ways keeps both, neither preferred; one that reads one way has one', () => {
    assert.deepEqual(dates('dated 05/06/2024'), ['05/06/2024=2024-06-05|2024-05-06']);
    assert.deepEqual(dates('dated 22/11/2024'), ['22/11/2024=2024-11-22']);
    assert.deepEqual(dates('dated 11/22/2024'), ['11/22/2024=2024-11-22']);
  });
});

describe('dates without a year take the year the tense points to', () => {
  test('a dateline is the publication day', () => {
    const dateline = one('Vientiane [Laos], November 22 : Defence Minister Rajnath Singh met');
    assert.deepEqual(dateline.readings, [{ value: '2024-11-22', precision: 'day' }]);
    assert.equal(dateline.relative, true, 'its year came from the publication date');
  });

  test('in a past-tense sentence, the latest on or before publication; in a future one, the next', () => {
    assert.deepEqual(dates('They met in February.'), ['February=2024-02']);
    assert.deepEqual(dates('The upcoming 2+2 in February will review it.'), ['February=2025-02']);
    assert.deepEqual(dates('The exercise ran April 10 to 15.'), ['April 10 to 15=2024-04-10..2024-04-15']);
    assert.deepEqual(dates('The summit will be held on 3 March.'), ['3 March=2025-03-03']);
    assert.deepEqual(dates('the QUAD Summit held in September'), ['September=2024-09']);
  });

  test('May and March are months only where they are written as names after a cue', () => {
    assert.deepEqual(dates('in May the minister said'), ['May=2024-05']);
    assert.deepEqual(dates('You may go. They march on.'), []);
    assert.deepEqual(dates('May I ask?'), []);
  });

  test('`June this year`, `last June`', () => {
    assert.deepEqual(dates('launched in June this year'), ['June this year=2024-06']);
    assert.deepEqual(dates('since last June'), ['last June=2024-06']);
    assert.deepEqual(dates('until next March'), ['next March=2025-03']);
    assert.deepEqual(dates('last December', FRIDAY), ['last December=2023-12']);
  });
});

describe('weekdays', () => {
  test('in a report of what happened: the most recent such day on or before publication', () => {
    assert.deepEqual(dates('The meeting was held on Thursday.'), ['Thursday=2024-11-21']);
    assert.deepEqual(dates('Rajnath Singh on Friday said the relationship has evolved.'), ['Friday=2024-11-22']);
    assert.deepEqual(dates('India and the US on Monday chalked out a roadmap.', { year: 2023, month: 6, day: 5 }), ['Monday=2023-06-05']);
  });

  test('in an announcement: the next such day', () => {
    assert.deepEqual(dates('They will meet on Thursday.'), ['Thursday=2024-11-28']);
    assert.deepEqual(dates('Austin is scheduled to visit Delhi on Monday.'), ['Monday=2024-11-25']);
    assert.deepEqual(dates('Singh said he will meet Austin on Tuesday.'), ['Tuesday=2024-11-26'], 'the verb nearest the day decides');
  });

  test('where the tense does not decide, both readings', () => {
    assert.deepEqual(dates('Austin in Delhi on Thursday'), ['Thursday=2024-11-21|2024-11-28']);
  });

  test('last, next and this', () => {
    assert.deepEqual(dates('He came last Thursday.'), ['last Thursday=2024-11-21']);
    assert.deepEqual(dates('He comes next Thursday.'), ['next Thursday=2024-11-28']);
    assert.deepEqual(dates('Last Friday was busy.'), ['Last Friday=2024-11-15']);
    assert.deepEqual(dates('this Wednesday'), ['this Wednesday=2024-11-20']);
  });

  test('`Wednesday last week` is the Wednesday of the calendar week before, not the latest one', () => {
    // (2024-11-22 is a Friday.)
    assert.deepEqual(dates('They met on Wednesday last week.'), ['Wednesday last week=2024-11-13']);
    assert.deepEqual(dates('They met on Wednesday last.'), ['Wednesday last=2024-11-20']);
    assert.deepEqual(dates('They will meet on Tuesday next week.'), ['Tuesday next week=2024-11-26']);
    assert.deepEqual(dates('They met on Monday this week.'), ['Monday this week=2024-11-18']);
    assert.deepEqual(dates('On Thursday this agreement was signed.'), ['Thursday=2024-11-21']);
  });

  test('a word that only starts like a weekday is none', () => {
    assert.deepEqual(dates('the Mondayisation of work, a sunday roast'), []);
  });
});

describe('relative expressions', () => {
  test('days around publication', () => {
    assert.deepEqual(dates('today, this morning, tonight, yesterday, tomorrow'), [
      'today=2024-11-22',
      'this morning=2024-11-22',
      'tonight=2024-11-22',
      'yesterday=2024-11-21',
      'tomorrow=2024-11-23',
    ]);
    assert.deepEqual(dates('the day before yesterday'), ['the day before yesterday=2024-11-20']);
  });

  test('the following day, the day before: counted from the day written just before', () => {
    assert.deepEqual(dates('Talks were held on Tuesday 19 November. A follow-up call took place the following day.'), [
      'Tuesday 19 November=2024-11-19',
      'the following day=2024-11-20',
    ]);
    assert.deepEqual(dates('They met on Thursday evening. The day before, they had spoken by phone.'), [
      'Thursday=2024-11-21',
      'The day before=2024-11-20',
    ]);
    // From a span: the day after its last day; each counted from the one before, in turn.
    assert.deepEqual(dates('The talks ran from 4 to 6 November and the ministers left the next day. On the previous day, nothing.'), [
      '4 to 6 November=2024-11-04..2024-11-06',
      'the next day=2024-11-07',
      'the previous day=2024-11-06',
    ]);
  });

  test('with no day written just before, or one that is not a day, `the next day` has no reading', () => {
    assert.deepEqual(dates('The minister left the next day.'), ['the next day=']);
    assert.deepEqual(dates('They met in October. They left the following day.'), ['October=2024-10', 'the following day=']);
    assert.deepEqual(dates(`They met on 4 November.${' Words.'.repeat(80)} They left the following day.`), [
      '4 November=2024-11-04',
      'the following day=',
    ]);
  });

  test('`the day before the summit` counts from the summit, which is no date: none', () => {
    assert.deepEqual(dates('The summit opened on 4 November. The day before the summit, they met.'), ['4 November=2024-11-04']);
  });

  test('`the day after` in apposition to a date is said of it, not counted from it', () => {
    assert.deepEqual(dates('On November 22 - the day after - they met.'), ['November 22=2024-11-22', 'the day after=']);
  });

  test('weeks are weeks (Monday to Sunday), not a day', () => {
    const lastWeek = one('Talks were held last week.');
    assert.deepEqual(lastWeek.readings, [{ value: '2024-11-11', precision: 'week', end: '2024-11-17' }]);
    assert.deepEqual(dates('Austin is scheduled to visit next week.'), ['next week=2024-11-25..2024-12-01']);
  });

  test('months and years', () => {
    assert.deepEqual(dates('last month, next month, this month'), ['last month=2024-10', 'next month=2024-12', 'this month=2024-11']);
    assert.deepEqual(dates('last year, earlier this year, later this year, next year'), [
      'last year=2023',
      'earlier this year=2024',
      'later this year=2024',
      'next year=2025',
    ]);
  });

  test('`ago`, at the precision of its unit', () => {
    assert.deepEqual(dates('there were no sales 20 years ago', { year: 2025, month: 2, day: 7 }), ['20 years ago=2005']);
    assert.deepEqual(dates('three days ago'), ['three days ago=2024-11-19']);
    assert.deepEqual(dates('two months ago'), ['two months ago=2024-09']);
    assert.deepEqual(dates('a fortnight ago'), ['a fortnight ago=2024-11-08']);
  });

  test('`over the past N years`: from then to publication', () => {
    const span = one('over the past two and a half years');
    assert.deepEqual(span.readings, [{ value: '2022-05', precision: 'month', end: '2024-11' }]);
    assert.deepEqual(dates('in the last three years'), ['in the last three years=2021..2024']);
  });

  test('without a publication date, relative expressions are found but not resolved; absolute ones are', () => {
    const found = findBodyDates('On Thursday, and on 22 November 2024.', undefined);
    assert.deepEqual(
      found.map((d) => [d.text, d.relative, d.readings.length]),
      [
        ['Thursday', true, 0],
        ['22 November 2024', false, 1],
      ],
    );
  });
});

describe('bad input', () => {
  test('a day that does not exist is no date', () => {
    assert.deepEqual(dates('February 30 and 31 April 2024 and 2024-02-30'), []);
  });

  test('a table of figures gives no false days', () => {
    assert.deepEqual(dates('Troops: 1500 | 2300 | 12.5 | 3/4 | 100 km | 45,000 personnel | 2+2'), []);
  });

  test('a 1 MB line of digits, and one of repeated dates, are read in linear time without throwing', () => {
    assert.deepEqual(findBodyDates('7'.repeat(1_000_000), FRIDAY), []);
    const many = 'On Thursday the ministers met. '.repeat(30_000);
    assert.equal(findBodyDates(many, FRIDAY).length, 30_000);
  });

  test('ranges and offsets are exact, also after CRLF line ends and astral characters', () => {
    const text = '😀 line one\r\nThey met on Thursday.';
    const [thursday] = findBodyDates(text, FRIDAY);
    assert.equal(text.slice(thursday.start, thursday.end), 'Thursday');
    assert.deepEqual(thursday.range, { start: { line: 1, character: 12 }, end: { line: 1, character: 20 } });
  });

  test('the header line is not searched before `from`', () => {
    assert.deepEqual(
      findBodyDates(' date 2024-11-22 x\nOn Friday.', FRIDAY, { from: 16 }).map((d) => d.text),
      ['Friday'],
    );
  });
});

describe('weekends and days of the month', () => {
  test('`last`, `this` and `next weekend` are a Saturday and Sunday; weeks run Monday to Sunday', () => {
    assert.deepEqual(dates('They met last weekend. They meet this weekend, and again next weekend.'), [
      'last weekend=2024-11-16..2024-11-17',
      'this weekend=2024-11-23..2024-11-24',
      'next weekend=2024-11-30..2024-12-01',
    ]);
  });

  test('`over the weekend` is the one the tense points to: the latest past, the next to come, both when open', () => {
    assert.deepEqual(dates('They met over the weekend.'), ['weekend=2024-11-16..2024-11-17']);
    assert.deepEqual(dates('They met over the weekend.', { year: 2024, month: 11, day: 24 }), ['weekend=2024-11-23..2024-11-24']);
    assert.deepEqual(dates('They will meet over the weekend.'), ['weekend=2024-11-23..2024-11-24']);
    assert.deepEqual(dates('Talks at the weekend.'), ['weekend=2024-11-16..2024-11-17|2024-11-23..2024-11-24']);
    assert.deepEqual(dates('The weekend was calm.'), []);
  });

  test('`on the 12th` is a day of the publication’s month, or of the month before or after as the tense says', () => {
    assert.deepEqual(dates('The talks were held on the 12th.'), ['12th=2024-11-12']);
    assert.deepEqual(dates('They met on the 25th.'), ['25th=2024-10-25']);
    assert.deepEqual(dates('They will meet on the 28th.'), ['28th=2024-11-28']);
    assert.deepEqual(dates('They will meet on the 5th.'), ['5th=2024-12-05']);
    // Opening a sentence, its subject a pronoun after it: `On the 15th she met …`.
    assert.deepEqual(dates('On the 15th she met Doval.'), ['15th=2024-11-15']);
    // Official letters' `inst.` (this month) and `ult.` (the month before).
    assert.deepEqual(dates('They met on the 21st inst.'), ['21st inst.=2024-11-21']);
    assert.deepEqual(dates('They met on the evening of the 21st.'), ['21st=2024-11-21']);
    assert.deepEqual(dates('They met on the 30th ult. in Delhi.'), ['30th ult.=2024-10-30']);
  });

  test('an ordinal before a noun is no day: `the 11th ADMM-Plus`, `on the 75th anniversary`', () => {
    assert.deepEqual(dates('They met at the 11th ADMM-Plus, on the 75th anniversary of ties.'), []);
  });
});

describe('tense and attribution', () => {
  test('the verb a date hangs on decides, whatever comes after it: `met on the 2nd and agreed to meet again`', () => {
    assert.deepEqual(dates('They met on the 2nd and agreed to meet again in Delhi.'), ['2nd=2024-11-02']);
    assert.deepEqual(dates('They met on Thursday and agreed to meet again soon.'), ['Thursday=2024-11-21']);
    // …unless an auxiliary of what is to come stands before it.
    assert.deepEqual(dates('The talks will be held on the 28th and they agreed to meet.'), ['28th=2024-11-28']);
  });

  test('an attribution after a comma tells when it was said, not which way the date points', () => {
    assert.deepEqual(dates('Modi is expected to meet Xi on Sunday, two government sources said.'), ['Sunday=2024-11-24']);
    assert.deepEqual(dates('The meeting was held on Thursday, officials said.'), ['Thursday=2024-11-21']);
  });
});
