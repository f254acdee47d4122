// Day-precise dates written in prose, as the header checks need them.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { strict } from 'chrono-node/en';
import { CHRONO_WORDS, PARSER_GATES, findDates, windows } from '../../src/core/writtenDates';
import { textsOfPieces } from '../support/pieceTexts';

const REFERENCE = { year: 2024, month: 11, day: 22 };
const found = (text: string) =>
  findDates(text, REFERENCE).map((d) => [d.text, d.index, `${d.date.year}-${d.date.month}-${d.date.day}`, d.yearCertain]);

describe('dates written in prose', () => {
  test('reads the forms scraped articles use, with where each stands', () => {
    assert.deepEqual(found('07-Feb-2025, 03:02 PM'), [['07-Feb-2025, 03:02 PM', 0, '2025-2-7', true]]);
    assert.deepEqual(found('Published Feb 7, 2025'), [['Feb 7, 2025', 10, '2025-2-7', true]]);
    assert.deepEqual(found('WASHINGTON, Dec. 3, 2018 -'), [['Dec. 3, 2018', 12, '2018-12-3', true]]);
    assert.deepEqual(found('posted 22 November 2024'), [['22 November 2024', 7, '2024-11-22', true]]);
  });

  test('finds several dates in order', () => {
    assert.deepEqual(
      found('On Nov 20, 2024 and Dec. 3, 2018').map((d) => d[2]),
      ['2024-11-20', '2018-12-3'],
    );
  });

  test('a date without a year takes the year nearest the reference and says the year is not certain', () => {
    assert.deepEqual(found('Vientiane [Laos], November 22 :'), [['November 22', 18, '2024-11-22', false]]);
    assert.deepEqual(findDates('December 31', { year: 2025, month: 1, day: 2 })[0].date, { year: 2024, month: 12, day: 31 });
    assert.deepEqual(findDates('January 2', { year: 2024, month: 12, day: 30 })[0].date, { year: 2025, month: 1, day: 2 });
  });

  test('works with references in the first century', () => {
    assert.deepEqual(findDates('Rome, March 15', { year: 44, month: 3, day: 14 })[0].date, { year: 44, month: 3, day: 15 });
  });

  test('weekdays, months and years without a day, and relative dates are not day-precise', () => {
    assert.deepEqual(found('on Friday, in August 2024, in September, today, yesterday, 20 years ago, in 2023'), []);
  });

  test('a numeric date that reads two ways is skipped; one that reads one way is kept', () => {
    assert.deepEqual(found('Signed 05/06/2024'), []);
    assert.deepEqual(
      found('Signed 22/11/2024').map((d) => d[2]),
      ['2024-11-22'],
    );
    assert.deepEqual(
      found('Signed 05/05/2024').map((d) => d[2]),
      ['2024-5-5'],
    );
  });

  test('an empty text has no dates', () => {
    assert.deepEqual(findDates(''), []);
  });
});

test('a leading "on" that chrono matches is not part of the written date', () => {
  assert.deepEqual(found('The talks on 07-Feb-2025 went well.'), [['07-Feb-2025', 13, '2025-2-7', true]]);
  assert.deepEqual(found('On 3 Nov. the ministers met.'), [['3 Nov.', 3, '2024-11-3', false]]);
});

describe('the windows chrono reads', () => {
  test("every run of letters in chrono's strict patterns is one of CHRONO_WORDS (else a barrier could be part of a date)", () => {
    const context = { option: {} } as never;
    const sources: string[] = strict.parsers.map((p) => p.pattern(context).source);
    for (const parser of strict.parsers) {
      const following = (parser as unknown as { getFollowingTimePatternThroughCache?: () => RegExp }).getFollowingTimePatternThroughCache;
      if (following) sources.push(following.call(parser).source);
    }
    for (const refiner of strict.refiners) {
      const between = (refiner as unknown as { patternBetween?: () => RegExp }).patternBetween;
      if (between) sources.push(between.call(refiner).source);
    }
    sources.push('(?:GMT|UTC)'); // the time zone offset refiner's
    assert.ok(sources.length > 15);
    for (const source of sources) {
      // Escapes (\s, \b) and character classes are not letters of words.
      const bare = source.replace(/\\[a-zA-Z]/g, ' ').replace(/\[[^\]]*\]/g, ' ');
      for (const m of bare.matchAll(/[A-Za-z]+/g)) {
        const word = m[0].toLowerCase();
        assert.ok(CHRONO_WORDS.has(word), [word, source.slice(0, 60)].join(' in '));
        // 'an?': the word without its optional last letter.
        if (/^[?*{]/.test(bare.slice(m.index + word.length)) && word.length > 1) assert.ok(CHRONO_WORDS.has(word.slice(0, -1)), word);
      }
    }
  });

  test('only text around a day number or a time unit is read, cut at words chrono cannot spell', () => {
    const text = 'Ministers discussed regional security cooperation at length, then met again on November 22 in Vientiane.';
    // 'Vientiane.' is not between white space: the window runs to the end.
    assert.deepEqual(
      windows(text).map(([from, to]) => text.slice(from, to)),
      ['again on November 22 in Vientiane.'],
    );
    assert.deepEqual(windows('Ministers discussed regional security on Monday.'), []);
    // 'theday' is chrono's 'the day' (an anchor, not a barrier): the window starts at 'xxxxxxx'.
    assert.deepEqual(
      windows('Ministers discussed security xxxxxxx theday after 3 weeks later').map(([from]) => from),
      [29],
    );
  });

  test('reads dates the same wherever windows are cut', () => {
    const filler = 'government ministers discussed cooperation ';
    const many = filler.repeat(5);
    const text = [many, 'in the week, ', many, 'Friday, November 22, 2024 at 3 pm EST ', many, '2 days later'].join('');
    assert.deepEqual(
      findDates(text, REFERENCE).map((d) => d.text),
      strict
        .parse(text, { instant: new Date(Date.UTC(2024, 10, 22, 12)) })
        .filter((r) => r.start.isCertain('day') && r.start.isCertain('month') && !r.start.tags().has('result/relativeDate'))
        .map((r) => r.text.replace(/^\s*(?:on\s+)?/i, '').trimEnd()),
    );
  });
});

describe('the parsers chrono runs on a window', () => {
  test("every gated parser is one of chrono's strict parsers, and its pattern does not match where its gate finds nothing", () => {
    const context = { option: {} } as never;
    const names = strict.parsers.map((p) => p.constructor.name);
    for (const name of Object.keys(PARSER_GATES)) assert.ok(names.includes(name), name);
    // Texts made of the pieces chrono's patterns spell, run together or apart, in any case.
    const pieces = (
      'Sunday|mon.|Tue|wed|thurs|Fri.|SAT|weekend|weekday|next|last|this|second|minutes|Hour|days|' +
      'week|months|quarter|years|ago|before|earlier|later|after|from now|within|in|for|about|a few|' +
      'the|several|half an|two|1|07|12|22nd|2024|199|AD|BC|bce|CE|be|of|Nov.|March|sept|/|-|.|,|:|T|Z|' +
      'pm|(| |  |x|2024-11-22|1999/nov/3|2024 12 1|11/2024|22.11|3-4-24|2024-11-22T10:00+0800'
    ).split('|');
    const matched = new Map<string, number>();
    for (const text of textsOfPieces(pieces, 7, 30000, 7)) {
      for (const parser of strict.parsers) {
        const gate = PARSER_GATES[parser.constructor.name];
        if (!gate || !parser.pattern(context).test(text)) continue;
        matched.set(parser.constructor.name, (matched.get(parser.constructor.name) ?? 0) + 1);
        assert.ok(gate.test(text), `${parser.constructor.name} matches ${JSON.stringify(text)}`);
      }
    }
    // The texts reach every gated parser's pattern.
    for (const name of Object.keys(PARSER_GATES)) assert.ok((matched.get(name) ?? 0) > 10, `${name} ${matched.get(name)}`);
  });

  test('reads the same dates with the parsers that can match as with all of them', () => {
    const texts = [
      'Vientiane [Laos], November 22 : Defence',
      'agreed upon by US\n\n07-Feb-2025, 03:02 PM\n\nDefense',
      'Friday, November 22, 2024 at 3 pm EST',
      'on 2024-11-22T10:00Z, 3 days ago',
      'from 22/11/2024 to 11/2024 within a week',
      'in 2024 November, the 3rd of March 2023 BC',
    ];
    const instant = new Date(Date.UTC(2024, 10, 22, 12));
    for (const text of texts) {
      assert.deepEqual(
        findDates(text, REFERENCE).map((d) => d.text),
        strict
          .parse(text, { instant })
          .filter((r) => r.start.isCertain('day') && r.start.isCertain('month') && !r.start.tags().has('result/relativeDate'))
          .map((r) => r.text.replace(/^\s*(?:on\s+)?/i, '').trimEnd()),
        text,
      );
    }
  });
});
