// The date header check: every diagnostic code, its range, message and fixes; each fix is applied
// to the text and the result checked again.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { codesOf, type DiagnosticCode, type Fix, type Problem, range } from '../../src/core';
import { DATE_PLACEHOLDER, MISMATCH_TOLERANCE_DAYS, checkDateHeader } from '../../src/core/headerCheck';
import { applyEdits } from './applyEdits';

const NOW = new Date('2026-11-21T12:00:00Z');

const check = (text: string, now = NOW): Problem[] => checkDateHeader(text, { now }).problems;
const codes = (text: string, now = NOW): DiagnosticCode[] => check(text, now).map((p) => p.code);

function only(text: string, code: DiagnosticCode, now = NOW): Problem {
  const problems = check(text, now);
  assert.deepEqual(
    problems.map((p) => p.code),
    [code],
    `problems of ${JSON.stringify(text.slice(0, 80))}`,
  );
  return problems[0];
}

/** Applies a fix as an editor would; a placeholder is then typed over with `typed`. */
function applyFix(text: string, fix: Fix, typed = '2024-11-22'): string {
  const fixed = applyEdits(text, fix.edits);
  const placeholder = fix.edits.find((e) => e.placeholder)?.placeholder;
  return placeholder ? fixed.replace(placeholder, typed) : fixed;
}

/** Every fix of every problem removes that problem and leaves the others as they were. */
function assertEveryFixWorks(text: string, now = NOW): void {
  const problems = check(text, now);
  assert.ok(problems.length > 0, 'the example should have a problem');
  for (const problem of problems) {
    for (const fix of problem.fixes) {
      const others = problems.filter((p) => p !== problem).map((p) => p.code);
      assert.deepEqual(codes(applyFix(text, fix), now), others, `after "${fix.title}" on ${JSON.stringify(text.slice(0, 60))}`);
    }
  }
}

function lines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

describe('every diagnostic code', () => {
  const examples: Partial<Record<DiagnosticCode, string>> = {
    'missing-date-header': 'Defence ministers meet\n\nNEW DELHI, Nov 22, 2024: talks',
    'invalid-date-header': ' date 22/11/2024 Left Menu',
    'noncanonical-date-header': 'date 2024-11-22 Left Menu',
    'future-date-header': ' date 2027-01-01 Left Menu',
    'header-date-mismatch': ' date 2024-11-22 Vientiane [Laos], November 12 : talks',
  };
  const severities: Partial<Record<DiagnosticCode, string>> = {
    'missing-date-header': 'error',
    'invalid-date-header': 'error',
    'noncanonical-date-header': 'warning',
    'future-date-header': 'warning',
    'header-date-mismatch': 'warning',
  };

  test('the header codes are exactly the five of the specification', () => {
    assert.deepEqual(codesOf('header').sort(), Object.keys(examples).sort());
  });

  for (const code of codesOf('header')) {
    test(`reports ${code} as ${severities[code]} on its example, and every fix removes it`, () => {
      const problem = only(examples[code]!, code);
      assert.equal(problem.severity, severities[code]);
      assert.ok(problem.message.length > 0);
      assertEveryFixWorks(examples[code]!);
    });
  }

  test('a canonical header with a plausible date has no problems', () => {
    assert.deepEqual(check(' date 2024-11-22 Left Menu\n\nStrengthening Bonds'), []);
  });
});

describe('missing-date-header', () => {
  test('reports a prose first line as an error over the whole line', () => {
    const problem = only('newshots banner\nrajnath singh\n', 'missing-date-header');
    assert.deepEqual(problem.range, range(0, 0, 15));
    assert.match(problem.message, /not a date header/);
  });

  test('reports a missing header and offers the date the text gives, in front of the first line', () => {
    const text = 'newshots banner\nrajnath singh\n\nHeadline\n\n07-Feb-2025, 03:02 PM\n\nDefense Minister Rajnath Singh and U.S. Secretary';
    const problem = only(text, 'missing-date-header');
    assert.match(problem.message, /The text gives 2025-02-07 \("07-Feb-2025, 03:02 PM", line 6\)/);
    assert.equal(problem.fixes.length, 1);
    const [fix] = problem.fixes;
    assert.equal(fix.preferred, true);
    assert.match(fix.title, /2025-02-07/);
    assert.deepEqual(fix.edits, [{ range: range(0, 0, 0), newText: ' date 2025-02-07 ' }]);
    const fixed = applyFix(text, fix);
    assert.equal(lines(fixed)[0], ' date 2025-02-07 newshots banner');
    assert.deepEqual(lines(fixed).slice(1), lines(text).slice(1), 'body lines keep their numbers');
    assert.deepEqual(check(fixed), []);
  });

  for (const [written, iso] of [
    ['Published Feb 7, 2025', '2025-02-07'],
    ['Dec. 3, 2018', '2018-12-03'],
    ['07-Feb-2025, 03:02 PM', '2025-02-07'],
    ['Posted on 22 November 2024 by staff', '2024-11-22'],
  ]) {
    test(`infers ${iso} from "${written}" and the inserted header is clean`, () => {
      const text = `Defence ties deepen\n${written}\n\nThe two ministers met.`;
      const [fix] = only(text, 'missing-date-header').fixes;
      assert.equal(fix.edits[0].newText, ` date ${iso} `);
      assert.deepEqual(check(applyFix(text, fix)), []);
    });
  }

  test('without a date in the text, offers a placeholder header for the editor to select', () => {
    const text = 'Defence ties deepen\n\nThe two ministers met on Friday.';
    const problem = only(text, 'missing-date-header');
    assert.doesNotMatch(problem.message, /The text gives/);
    assert.equal(problem.fixes.length, 1);
    const [fix] = problem.fixes;
    assert.equal(fix.preferred, false);
    assert.deepEqual(fix.edits, [{ range: range(0, 0, 0), newText: ` date ${DATE_PLACEHOLDER} `, placeholder: DATE_PLACEHOLDER }]);
    assert.ok(fix.edits[0].newText.includes(fix.edits[0].placeholder!));
    const inserted = applyEdits(text, fix.edits);
    assert.equal(lines(inserted)[0], ' date YYYY-MM-DD Defence ties deepen');
    assert.deepEqual(codes(inserted), ['invalid-date-header'], 'until a date is typed over the placeholder');
    assert.deepEqual(check(applyFix(text, fix, '2024-11-22')), []);
  });

  test('dates without a year, ambiguous dates and weekdays are not evidence of the publication date', () => {
    const text = 'Talks on November 22\nOn Friday they met\nSigned 05/06/2024\n';
    const [fix] = only(text, 'missing-date-header').fixes;
    assert.equal(fix.edits[0].placeholder, DATE_PLACEHOLDER);
  });

  test('reports an empty file and inserts a header with nothing after it', () => {
    const problem = only('', 'missing-date-header');
    assert.deepEqual(problem.range, range(0, 0, 0));
    const [fix] = problem.fixes;
    assert.deepEqual(fix.edits, [{ range: range(0, 0, 0), newText: ` date ${DATE_PLACEHOLDER}`, placeholder: DATE_PLACEHOLDER }]);
    assert.equal(applyFix('', fix), ' date 2024-11-22');
    assert.deepEqual(check(applyFix('', fix)), []);
  });

  test('a file whose first line is empty gets a header on that line', () => {
    const text = '\nPublished Feb 7, 2025\nBody';
    const [fix] = only(text, 'missing-date-header').fixes;
    assert.equal(applyFix(text, fix), ' date 2025-02-07\nPublished Feb 7, 2025\nBody');
    assert.deepEqual(check(applyFix(text, fix)), []);
  });

  test('inserts the header after a BOM and keeps CRLF line endings', () => {
    const text = '\uFEFFDefence ties deepen\r\nPublished Feb 7, 2025\r\n\r\nBody\r\n';
    const problem = only(text, 'missing-date-header');
    assert.deepEqual(problem.range, range(0, 1, 20));
    const fixed = applyFix(text, problem.fixes[0]);
    assert.equal(fixed, '\uFEFF date 2025-02-07 Defence ties deepen\r\nPublished Feb 7, 2025\r\n\r\nBody\r\n');
    assert.deepEqual(check(fixed), []);
  });

  test('prose first lines such as "Dated yesterday" or "Date of the visit was…" are not headers', () => {
    for (const first of ['Dated yesterday, the memo was leaked', 'Date of the visit was kept secret', 'Dates: to be announced']) {
      only(`${first}\nMore text`, 'missing-date-header');
    }
  });

  test('a header on the second line does not count', () => {
    only('Left Menu\n date 2024-11-22 Body', 'missing-date-header');
  });

  test('looks for the publication date only near the top of the text', () => {
    const far = `Headline\n${'Paragraph.\n'.repeat(45)}Published Feb 7, 2025\n`;
    assert.equal(only(far, 'missing-date-header').fixes[0].edits[0].placeholder, DATE_PLACEHOLDER);
    const near = `Headline\n${'Paragraph.\n'.repeat(10)}Published Feb 7, 2025\n`;
    assert.equal(only(near, 'missing-date-header').fixes[0].edits[0].newText, ' date 2025-02-07 ');
  });
});

describe('invalid-date-header', () => {
  const fixable: [string, string][] = [
    ['22/11/2024', '2024-11-22'],
    ['11/22/2024', '2024-11-22'],
    ['2024-1-5', '2024-01-05'],
    ['2024/11/22', '2024-11-22'],
    ['20241122', '2024-11-22'],
    ['2020-26-10', '2020-10-26'],
    ['Nov 22, 2024', '2024-11-22'],
  ];
  for (const [written, intended] of fixable) {
    test(`${written} has one preferred fix to ${intended}`, () => {
      const text = ` date ${written} Left Menu\n\nBody`;
      const problem = only(text, 'invalid-date-header');
      assert.deepEqual(problem.range, range(0, 6, 6 + written.length));
      assert.equal(problem.fixes.length, 1);
      assert.equal(problem.fixes[0].preferred, true);
      assert.deepEqual(problem.fixes[0].edits, [{ range: range(0, 6, 6 + written.length), newText: intended }]);
      assert.equal(applyFix(text, problem.fixes[0]), ` date ${intended} Left Menu\n\nBody`);
      assertEveryFixWorks(text);
    });
  }

  test('05/06/2024 is ambiguous: both readings are offered, neither preferred', () => {
    const text = ' date 05/06/2024 Left Menu';
    const problem = only(text, 'invalid-date-header');
    assert.match(problem.message, /ambiguous/);
    assert.deepEqual(
      problem.fixes.map((f) => [f.edits[0].newText, f.preferred]),
      [
        ['2024-06-05', false],
        ['2024-05-06', false],
      ],
    );
    assertEveryFixWorks(text);
  });

  for (const [written, reason] of [
    ['2024-02-30', 'February 2024 has 29 days'],
    ['2023-02-29', 'February 2023 has 28 days'],
    ['1900-02-29', 'February 1900 has 28 days'],
  ]) {
    test(`${written} is impossible: the message says "${reason}" and no fix is guessed`, () => {
      const problem = only(` date ${written} Left Menu`, 'invalid-date-header');
      assert.match(problem.message, new RegExp(reason));
      assert.deepEqual(problem.fixes, []);
    });
  }

  test('29 February is valid in 2024 and in 2000', () => {
    assert.deepEqual(check(' date 2024-02-29 Left Menu'), []);
    assert.deepEqual(check(' date 2000-02-29 Left Menu'), []);
  });

  test('a canonical prefix with no date after it is reported on the prefix', () => {
    const problem = only(' date ', 'invalid-date-header');
    assert.deepEqual(problem.range, range(0, 0, 6));
    assert.match(problem.message, /expected a date as YYYY-MM-DD/);
  });

  test('a word where the date belongs is named in the message', () => {
    assert.match(only(' date unknown Left Menu', 'invalid-date-header').message, /found "unknown"/);
  });

  test('a header without a valid date is not checked for the future or against its dateline', () => {
    assert.deepEqual(codes(' date 2099-02-30 Vientiane [Laos], November 12 : talks'), ['invalid-date-header']);
  });
});

describe('noncanonical-date-header', () => {
  test('a header without the leading space is read, with a warning on the prefix and a fix', () => {
    const text = 'date 2024-11-22 Left Menu';
    const problem = only(text, 'noncanonical-date-header');
    assert.deepEqual(problem.range, range(0, 0, 5));
    assert.equal(problem.fixes.length, 1);
    assert.equal(problem.fixes[0].preferred, true);
    assert.equal(applyFix(text, problem.fixes[0]), ' date 2024-11-22 Left Menu');
    assertEveryFixWorks(text);
  });

  test('"Date: 2024-11-22" is read as a header and rewritten as " date 2024-11-22"', () => {
    const text = 'Date: 2024-11-22 Left Menu\r\nBody';
    const problem = only(text, 'noncanonical-date-header');
    assert.equal(applyFix(text, problem.fixes[0]), ' date 2024-11-22 Left Menu\r\nBody');
    assertEveryFixWorks(text);
  });

  test('a header date followed by a comma gets a separating space', () => {
    const text = ' date 2024-11-22, Left Menu';
    const problem = only(text, 'noncanonical-date-header');
    assert.deepEqual(problem.range, range(0, 6, 16));
    assert.match(problem.message, /followed by a space/);
    assert.equal(applyFix(text, problem.fixes[0]), ' date 2024-11-22 , Left Menu');
    assertEveryFixWorks(text);
  });

  test('both faults at once are fixed by one fix', () => {
    const text = 'Date:2024-11-22,Left Menu';
    const problem = only(text, 'noncanonical-date-header');
    assert.equal(applyFix(text, problem.fixes[0]), ' date 2024-11-22 ,Left Menu');
    assertEveryFixWorks(text);
  });

  test('a noncanonical header with a malformed date reports both, and each fix removes its own problem', () => {
    const text = 'date 22/11/2024 Left Menu';
    assert.deepEqual(codes(text), ['noncanonical-date-header', 'invalid-date-header']);
    assertEveryFixWorks(text);
    const preferred = check(text).flatMap((p) => p.fixes.filter((f) => f.preferred).flatMap((f) => f.edits));
    assert.equal(applyEdits(text, preferred), ' date 2024-11-22 Left Menu');
    assert.deepEqual(check(applyEdits(text, preferred)), []);
  });
});

describe('future-date-header', () => {
  test('a header one day after today in UTC+14 is in the future', () => {
    // 09:59:59 UTC on the 21st is 23:59:59 on the 21st in UTC+14: nowhere on Earth is it the 22nd yet.
    const now = new Date('2026-11-21T09:59:59Z');
    const problem = only(' date 2026-11-22 Left Menu', 'future-date-header', now);
    assert.equal(problem.severity, 'warning');
    assert.deepEqual(problem.range, range(0, 6, 16));
    assert.match(problem.message, /2026-11-22 is in the future: it is no later than 2026-11-21 anywhere on Earth now/);
    assert.deepEqual(problem.fixes, []);
  });

  test('a second later it is the 22nd in UTC+14, so the same header is not in the future', () => {
    assert.deepEqual(check(' date 2026-11-22 Left Menu', new Date('2026-11-21T10:00:00Z')), []);
  });

  test('a header dated tomorrow in UTC but today somewhere on Earth is not in the future', () => {
    assert.deepEqual(check(' date 2026-11-22 Left Menu', NOW), []);
    assert.deepEqual(codes(' date 2026-11-23 Left Menu', NOW), ['future-date-header']);
  });

  test('today and past dates are not in the future', () => {
    assert.deepEqual(check(' date 2026-11-21 Left Menu'), []);
    assert.deepEqual(check(' date 1999-12-31 Left Menu'), []);
  });
});

describe('header-date-mismatch', () => {
  const header = ' date 2024-11-22';

  test(`a dateline 2 days off the header is within the tolerance of ${MISMATCH_TOLERANCE_DAYS} days`, () => {
    assert.deepEqual(check(`${header} Vientiane [Laos], November 20 : talks`), []);
  });

  test('the tolerance is exactly 3 days either way', () => {
    assert.equal(MISMATCH_TOLERANCE_DAYS, 3);
    assert.deepEqual(check(`${header} NEW DELHI, November 19: talks`), []);
    assert.deepEqual(check(`${header} NEW DELHI, November 25: talks`), []);
    assert.deepEqual(codes(`${header} NEW DELHI, November 18: talks`), ['header-date-mismatch']);
    assert.deepEqual(codes(`${header} NEW DELHI, November 26: talks`), ['header-date-mismatch']);
  });

  test('a dateline 10 days off is a warning with a non-preferred fix to the dateline date', () => {
    const text = `${header} Vientiane [Laos], November 12 : Defence Minister Rajnath Singh met`;
    const problem = only(text, 'header-date-mismatch');
    assert.equal(problem.severity, 'warning');
    assert.deepEqual(problem.range, range(0, 6, 16));
    assert.equal(problem.message, `The article's dateline "November 12" (2024-11-12) is 10 days before the header date 2024-11-22.`);
    assert.equal(problem.fixes.length, 1);
    assert.equal(problem.fixes[0].preferred, false);
    assert.deepEqual(problem.fixes[0].edits, [{ range: range(0, 6, 16), newText: '2024-11-12' }]);
    assertEveryFixWorks(text);
  });

  test('a dateline later than the header says "after"', () => {
    assert.match(only(`${header} x\n\nNEW DELHI, December 2: talks`, 'header-date-mismatch').message, /10 days after the header date/);
  });

  test('a date without a year takes the year nearest the header date', () => {
    assert.deepEqual(check(' date 2025-01-02 Left Menu\n\nNEW DELHI, December 31: talks'), []);
    assert.deepEqual(check(' date 2024-12-30 Left Menu\n\nNEW DELHI, January 2: talks'), []);
  });

  test('a date with a year is taken as written', () => {
    const problem = only(`${header} Left Menu\n\nWASHINGTON, Dec. 3, 2018: talks`, 'header-date-mismatch');
    assert.match(problem.message, /"Dec\. 3, 2018" \(2018-12-03\)/);
    assertEveryFixWorks(`${header} Left Menu\n\nWASHINGTON, Dec. 3, 2018: talks`);
  });

  test('without a dateline, the first explicit date of the lead is compared, and named so', () => {
    const text = `${header} Left Menu\n\nThe talks on November 1 were the first since August.`;
    assert.match(only(text, 'header-date-mismatch').message, /^The article's first date "November 1" \(2024-11-01\) is 21 days before/);
  });

  test('only the first day-precise date of the lead counts', () => {
    assert.deepEqual(check(`${header} Left Menu\n\nNEW DELHI, November 22: recalling the talks of March 3, 2019.`), []);
  });

  test('weekdays, months without a day and ambiguous numeric dates are not compared', () => {
    assert.deepEqual(check(`${header} Left Menu\n\nThe meeting was held on Friday.\nIn August 2024 they signed.\nSigned 05/06/2024.`), []);
  });

  test('the lead is the header text and the first 5 non-empty lines', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i + 1}.`).join('\n\n');
    assert.deepEqual(codes(`${header} Left Menu\n\n${filler(4)}\n\nNEW DELHI, November 1: talks`), ['header-date-mismatch']);
    assert.deepEqual(check(`${header} Left Menu\n\n${filler(5)}\n\nNEW DELHI, November 1: talks`), []);
  });

  test('blank and whitespace-only lines do not count towards the lead, however many there are', () => {
    assert.deepEqual(codes(`${header} Left Menu${'\n'.repeat(30)}NEW DELHI, November 1: talks`), ['header-date-mismatch']);
    assert.deepEqual(codes(`${header} Left Menu${'\n \t\n'.repeat(15)}NEW DELHI, November 1: talks`), ['header-date-mismatch']);
  });

  test('a header with a BOM and CRLF line endings is compared with its dateline like any other', () => {
    assert.deepEqual(check(`\uFEFF${header} Left Menu\r\n\r\nNEW DELHI, November 21: talks\r\n`), []);
    const text = `\uFEFF${header} Left Menu\r\n\r\nNEW DELHI, November 1: talks\r\n`;
    const problem = only(text, 'header-date-mismatch');
    assert.deepEqual(problem.range, range(0, 7, 17));
    assertEveryFixWorks(text);
  });

  test('a future header is also compared with its dateline', () => {
    assert.deepEqual(codes(' date 2027-01-10 x\n\nNEW DELHI, January 1: talks'), ['future-date-header', 'header-date-mismatch']);
  });
});

describe('robustness', () => {
  test('a header with nothing after the date, or that is the whole file, is valid', () => {
    assert.deepEqual(check(' date 2024-11-22'), []);
    assert.deepEqual(check(' date 2024-11-22 '), []);
    assert.deepEqual(check(' date 2024-11-22\n'), []);
    assert.deepEqual(check(' date 2024-11-22\r\n'), []);
  });

  test('a BOM before the header and CRLF line endings still make a valid header', () => {
    assert.deepEqual(check('\uFEFF date 2024-11-22 Left Menu\r\n\r\nStrengthening Bonds\r\n'), []);
  });

  test('a 200 KB single-line file is analysed in one go, whatever its first line looks like', () => {
    // Run for catastrophic backtracking or whole-line parsing; the timing itself is not asserted.
    const words = 'word '.repeat(40_000);
    assert.deepEqual(codes(words), ['missing-date-header']);
    assert.deepEqual(codes(` date 2024-11-22 ${words}`), []);
    assert.deepEqual(codes(`Date ${words}`), ['missing-date-header']);
    assert.deepEqual(codes(`date ${'x'.repeat(200_000)}`), ['missing-date-header']);
    assert.deepEqual(codes(' '.repeat(200_000)), ['missing-date-header']);
    assert.deepEqual(codes(` date ${'1'.repeat(200_000)}`), ['invalid-date-header']);
    assert.deepEqual(codes(` date 2024-11-22${'.'.repeat(200_000)}`), ['noncanonical-date-header']);
    assert.deepEqual(codes(`${'November 22, 2024 '.repeat(11_000)}`), ['missing-date-header']);
  });
});

describe('a header date with text glued to it (found by the property tests)', () => {
  test('the date fix keeps the glued text after a space, so the fixed header is valid', () => {
    const text = ' date 2024-11-2{2 Vientiane\nBody.\n';
    const invalid = checkDateHeader(text, { now: new Date('2026-01-01') }).problems.find((p) => p.code === 'invalid-date-header')!;
    const fixed = applyEdits(text, invalid.fixes[0].edits);
    assert.equal(fixed.split('\n')[0], ' date 2024-11-02 {2 Vientiane');
    assert.deepEqual(
      checkDateHeader(fixed, { now: new Date('2026-01-01') }).problems.map((p) => p.code),
      [],
    );
  });
});
