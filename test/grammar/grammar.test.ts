// Specification of the seed highlighting: the TextMate grammar run through the real engine (vscode-textmate +
// oniguruma), and the word pattern / auto-closing rules of language-configuration.json.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { GRAMMAR_PATH, loadOniguruma, scopesOf, spansOf, splitLines, tokenize, tokenizeLines } from './tokenize';

const ROOT = path.resolve(__dirname, '../..');
const SEEDS_DIR = path.join(ROOT, 'seeds');

const DATE = 'constant.numeric.date.seed';
const HEADER_DATE = 'constant.numeric.date.iso.seed';
const DATE_KEYWORD = 'keyword.other.date.seed';
const BAD_DATE = 'invalid.illegal.date.seed';
const NONSTANDARD_HEADER = 'invalid.deprecated.header.seed';
const WEEKDAY = 'constant.language.weekday.seed';
const DATELINE = 'meta.dateline.seed';
const PLACE = 'entity.name.section.dateline.seed';
const QUOTE = 'string.quoted.double.seed';
const HANDLE = 'entity.name.tag.handle.seed';

function readSeed(prefix: string): string {
  const name = fs.readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed file starting with ${prefix} in ${SEEDS_DIR}`);
  return fs.readFileSync(path.join(SEEDS_DIR, name), 'utf8');
}

function lineOf(text: string, lineNumber: number): string {
  return splitLines(text)[lineNumber - 1] ?? '';
}

describe('the header on line 1', () => {
  const headerDates: Record<string, string> = { '000': '2024-11-22', '001': '2024-11-22', '002': '2023-11-11', '004': '2023-06-05' };
  for (const [sample, date] of Object.entries(headerDates)) {
    test(`sample ${sample} has the ISO date ${date} and the keyword "date" in its header, and nowhere else`, async () => {
      const text = readSeed(sample);
      assert.deepEqual(await spansOf(text, HEADER_DATE), [date]);
      assert.deepEqual(await spansOf(text, DATE_KEYWORD), ['date']);
      assert.deepEqual(await spansOf(text, BAD_DATE), []);
      assert.deepEqual(await spansOf(text, NONSTANDARD_HEADER), []);
    });
  }

  test('sample 003 has no header: its first line is prose', async () => {
    const text = readSeed('003');
    assert.deepEqual(await spansOf(text, 'meta.header.seed'), []);
    assert.deepEqual(await scopesOf(text, 'newshots banner'), ['text.seed']);
  });

  test('a header-like line after line 1 is prose', async () => {
    assert.deepEqual(await spansOf('Intro\n date 2024-11-22 Left Menu', 'meta.header.seed'), []);
  });

  test('the whole first line is the header and what follows the date is the header rest', async () => {
    const text = readSeed('000');
    assert.deepEqual(await spansOf(text, 'meta.header.seed'), [lineOf(text, 1)]);
    assert.deepEqual(await spansOf(text, 'meta.header.rest.seed'), ['Left Menu']);
  });

  test('a UTF-8 byte order mark before the header is allowed', async () => {
    const text = '\uFEFF date 2024-11-22 Left Menu\n\nBody.';
    assert.deepEqual(await spansOf(text, HEADER_DATE), ['2024-11-22']);
    assert.deepEqual(await spansOf(text, 'meta.header.rest.seed'), ['Left Menu']);
  });

  test('a CRLF file is split like VS Code does and its header rest holds no carriage return', async () => {
    const text = ' date 2024-11-22 Left Menu\r\n\r\nDefence Minister Rajnath Singh met on November 22.\r\n';
    assert.deepEqual(await spansOf(text, HEADER_DATE), ['2024-11-22']);
    assert.deepEqual(await spansOf(text, 'meta.header.rest.seed'), ['Left Menu']);
    assert.deepEqual(await spansOf(text, DATE), ['November 22']);
  });

  test('a line that still ends in a carriage return keeps a valid header', async () => {
    const [line] = await tokenizeLines([' date 2024-11-22\r']);
    assert.ok(line);
    const dateToken = line.tokens.find((t) => t.text === '2024-11-22');
    assert.ok(dateToken?.scopes.includes(HEADER_DATE));
    assert.ok(line.tokens.every((t) => !t.scopes.some((s) => s.startsWith('invalid'))));
  });

  const malformed: Array<[string, string]> = [
    [' date 22/11/2024 Left Menu', '22/11/2024'],
    [' date 2024-1-5 Left Menu', '2024-1-5'],
    [' date Nov 22, 2024 Left Menu', 'Nov 22, 2024'],
    [' date yesterday', 'yesterday'],
    [' date 2024-11-22Left Menu', '2024-11-22Left'],
    ['date 22/11/2024 Left Menu', '22/11/2024'],
    ['  date 2024-1-5', '2024-1-5'],
    ['Date: 20241122 Left Menu', '20241122'],
  ];
  for (const [line, badDate] of malformed) {
    test(`the malformed header date in ${JSON.stringify(line)} is invalid.illegal`, async () => {
      assert.deepEqual(await spansOf(line, BAD_DATE), [badDate]);
      assert.deepEqual(await spansOf(line, HEADER_DATE), []);
    });
  }

  test('trailing punctuation after the header date belongs to the header rest', async () => {
    const line = ' date 2024-11-22, Left Menu';
    assert.deepEqual(await spansOf(line, HEADER_DATE), ['2024-11-22']);
    assert.deepEqual(await spansOf(line, 'meta.header.rest.seed'), [', Left Menu']);
  });

  test('a first line that only starts with the word "date" is prose, not a header', async () => {
    for (const line of ['Date night in Delhi', 'Dated 22 November 2024', ' Date unknown', 'date']) {
      assert.deepEqual(await spansOf(line, 'meta.header.seed'), [], line);
    }
  });

  test('a header without its leading space is read with a warning on its prefix', async () => {
    const line = 'date 2024-11-22 Left Menu';
    assert.deepEqual(await spansOf(line, NONSTANDARD_HEADER), ['date ']);
    assert.deepEqual(await spansOf(line, DATE_KEYWORD), ['date']);
    assert.deepEqual(await spansOf(line, HEADER_DATE), ['2024-11-22']);
    assert.deepEqual(await spansOf(line, 'meta.header.rest.seed'), ['Left Menu']);
  });

  for (const line of [
    '  date 2024-11-22 Left Menu',
    '\tdate 2024-11-22 Left Menu',
    ' Date 2024-11-22 Left Menu',
    ' DATE 2024-11-22 Left Menu',
    'Date: 2024-11-22 Left Menu',
    ' date  2024-11-22 Left Menu',
  ]) {
    test(`the nonstandard prefix of ${JSON.stringify(line)} is read with a warning`, async () => {
      const word = line.trim().slice(0, 4);
      const scopes = await scopesOf(line, word);
      assert.ok(scopes.includes(DATE_KEYWORD));
      assert.equal(scopes.at(-1), NONSTANDARD_HEADER, 'the warning scope is innermost, so themes paint it');
      assert.deepEqual(await spansOf(line, HEADER_DATE), ['2024-11-22']);
    });
  }

  test('an impossible but well-formed date (2024-02-30) is a header date; the language server reports it', async () => {
    assert.deepEqual(await spansOf(' date 2024-02-30 Left Menu', HEADER_DATE), ['2024-02-30']);
  });

  test('the header rest gets body scopes: sample 001 opens with a dateline there', async () => {
    const text = readSeed('001');
    assert.deepEqual(await spansOf(text, DATELINE), ['Vientiane [Laos], November 22 :']);
    const placeScopes = await scopesOf(text, 'Vientiane');
    assert.ok(placeScopes.includes('meta.header.rest.seed'));
    assert.ok(placeScopes.includes(PLACE));
    assert.ok((await scopesOf(text, 'November 22')).includes(DATE));
  });

  test('the header rest gets body scopes: sample 004 mentions Monday there', async () => {
    const scopes = await scopesOf(readSeed('004'), 'Monday');
    assert.ok(scopes.includes('meta.header.rest.seed'));
    assert.ok(scopes.includes(WEEKDAY));
  });
});

describe('dates in the body', () => {
  const forms = [
    'November 22',
    '22 November 2024',
    'August 2024',
    '07-Feb-2025',
    'Dec. 3, 2018',
    'Feb. 9, 2017',
    'Sept. 5',
    '2025-2035',
    '2024-11-22',
    '22/11/2024',
  ];
  for (const form of forms) {
    test(`"${form}" is one date`, async () => {
      assert.deepEqual(await spansOf(`Intro\nThe ministers met on ${form} in Vientiane.`, DATE), [form]);
    });
  }

  test('a date at the end of a sentence leaves the full stop out', async () => {
    assert.deepEqual(await spansOf('Intro\nThey met on Sept. 5. Then on 22 November.', DATE), ['Sept. 5', '22 November']);
  });

  test('a year written after a day is not taken from a following year range', async () => {
    assert.deepEqual(await spansOf('Intro\nSigned Sept. 5, 2025-2035 plan.', DATE), ['Sept. 5', '2025-2035']);
  });

  test('"May" and "March" as verbs, or a month without a day or year, are not dates', async () => {
    const text = 'Intro\nThe ministers May meet again. Troops March on. In March they met. Mayank Singh wrote.';
    assert.deepEqual(await spansOf(text, DATE), []);
  });

  test('a year alone, an ordinal and 2+2 are not dates', async () => {
    assert.deepEqual(await spansOf('Intro\nIn 2024 the 11th ASEAN meeting and the 2+2 dialogue.', DATE), []);
  });

  test('sample 003 has exactly the dates 07-Feb-2025 and 2025-2035', async () => {
    assert.deepEqual(await spansOf(readSeed('003'), DATE), ['07-Feb-2025', '2025-2035']);
  });
});

describe('weekdays', () => {
  test('weekday names are weekdays', async () => {
    assert.deepEqual(await spansOf('Intro\nHeld on Thursday, reported on Friday; no talks on Sundays.', WEEKDAY), [
      'Thursday',
      'Friday',
      'Sundays',
    ]);
  });

  test('Tue and Thu are weekdays on their own', async () => {
    assert.deepEqual(await spansOf('Intro\nTue, Thu. and Thurs.', WEEKDAY), ['Tue', 'Thu.', 'Thurs.']);
  });

  test('Sat, Sun, Wed, Mon and Fri are weekdays only right before a date', async () => {
    assert.deepEqual(await spansOf('Intro\nSat, 5 Nov 2024 and Sun, Nov. 3.', WEEKDAY), ['Sat', 'Sun']);
    assert.deepEqual(await spansOf('Intro\nThe Sun rose; they Wed in Mon. Fri. Sat down.', WEEKDAY), []);
  });
});

describe('datelines', () => {
  const examples: Array<{ line: string; dateline: string; place: string; date: string[]; separator: string }> = [
    {
      line: 'Vientiane [Laos], November 22 : Defence Minister Rajnath Singh met Lloyd Austin.',
      dateline: 'Vientiane [Laos], November 22 :',
      place: 'Vientiane',
      date: ['November 22'],
      separator: ':',
    },
    {
      line: 'NEW DELHI: With an upswing in ties with the US, Rajnath Singh said on Friday.',
      dateline: 'NEW DELHI:',
      place: 'NEW DELHI',
      date: [],
      separator: ':',
    },
    {
      line: 'WASHINGTON, Feb. 9, 2017 — Defense Secretary Jim Mattis spoke with his Indian counterpart.',
      dateline: 'WASHINGTON, Feb. 9, 2017 —',
      place: 'WASHINGTON',
      date: ['Feb. 9, 2017'],
      separator: '—',
    },
  ];
  for (const example of examples) {
    test(`"${example.dateline}" is a dateline with place, date and separator`, async () => {
      const text = `Intro\n\n${example.line}`;
      assert.deepEqual(await spansOf(text, DATELINE), [example.dateline]);
      assert.deepEqual(await spansOf(text, PLACE), [example.place]);
      assert.deepEqual(await spansOf(text, DATE), example.date);
      assert.deepEqual(await spansOf(text, 'punctuation.separator.dateline.seed'), [example.separator]);
    });
  }

  test('a Title-Case place may hold short particles and abbreviations', async () => {
    const text = 'Intro\nRio de Janeiro, Nov. 5, 2024 — Text.\nSt. Louis [US], 5 November: Text.';
    assert.deepEqual(await spansOf(text, PLACE), ['Rio de Janeiro', 'St. Louis']);
  });

  test('the country in brackets is part of the dateline', async () => {
    assert.deepEqual(await spansOf('Intro\nVientiane [Laos], November 22 : Text', 'entity.name.section.country.seed'), ['Laos']);
  });

  test('Title-Case labels ending in a colon are prose (sample 003)', async () => {
    const text = readSeed('003');
    assert.ok(text.includes('Key Discussion Points:'));
    assert.ok(text.includes('Commitment to Partnership: Hegseth reaffirmed'));
    assert.deepEqual(await spansOf(text, DATELINE), []);
  });

  test('a place in the middle of a line is not a dateline', async () => {
    assert.deepEqual(await spansOf('Intro\nHe flew to NEW DELHI: talks followed.', DATELINE), []);
  });

  test('a capitalised word, a date and a dash without a comma are prose', async () => {
    assert.deepEqual(await spansOf('Intro\nOn November 22 - the day after - they met.', DATELINE), []);
  });
});

describe('quoted speech', () => {
  test('straight double quotes are a string with begin and end punctuation (sample 001)', async () => {
    const line = lineOf(readSeed('001'), 5);
    const quote = line.slice(line.indexOf('"'));
    assert.deepEqual(await spansOf(line, QUOTE), [quote]);
    assert.deepEqual(await spansOf(line, 'punctuation.definition.string.begin.seed'), ['"']);
    assert.deepEqual(await spansOf(line, 'punctuation.definition.string.end.seed'), ['"']);
  });

  test('curly double quotes are a string (sample 002)', async () => {
    const line = lineOf(readSeed('002'), 9);
    assert.deepEqual(await spansOf(line, QUOTE), ['“Our teams are working on substantive outcomes,”']);
  });

  test('the scraped ”…” of sample 004 is a string that ends on its own line', async () => {
    const text = readSeed('004');
    const lines = await tokenize(text);
    const quoted = lines.filter((l) => l.tokens.some((t) => t.scopes.includes(QUOTE)));
    assert.deepEqual(
      quoted.map((l) => l.text.slice(0, 20)),
      ['”Great to meet again', '”Delighted to meet m', 'In another tweet, he'],
    );
    assert.deepEqual(await spansOf(lineOf(text, 11), 'punctuation.definition.string.begin.seed'), ['”']);
    assert.deepEqual(await spansOf(lineOf(text, 11), 'punctuation.definition.string.end.seed'), ['”']);
  });

  test('an unclosed quote stops at the end of its line', async () => {
    const text = 'Intro\nHe said "we will meet again\nThe next paragraph is prose.';
    assert.deepEqual(await spansOf(text, QUOTE), ['"we will meet again']);
  });

  test('a closing quote on its own does not open a string', async () => {
    assert.deepEqual(await spansOf('Intro\npartnership," he said, and ” more.', QUOTE), []);
  });

  test('dates and handles inside a quote keep their scopes', async () => {
    const text = 'Intro\n“Thanks @SecDef for the talks on November 22,” he said.';
    assert.ok((await scopesOf(text, 'November 22')).includes(QUOTE));
    assert.deepEqual(await spansOf(text, DATE), ['November 22']);
    assert.deepEqual(await spansOf(text, HANDLE), ['@SecDef']);
  });
});

describe('handles', () => {
  test('@rajnathsingh and @SecDef are handles (sample 004)', async () => {
    assert.deepEqual(await spansOf(readSeed('004'), HANDLE), ['@rajnathsingh', '@SecDef']);
  });

  test('the @ of a handle is its punctuation', async () => {
    assert.deepEqual(await spansOf('Intro\nThanks @SecDef.', 'punctuation.definition.handle.seed'), ['@']);
    assert.deepEqual(await spansOf('Intro\nThanks @SecDef.', HANDLE), ['@SecDef']);
  });

  test('e-mail addresses (even cut short), domains and bare numbers are not handles', async () => {
    const text = 'Intro\nWrite to name@example.com or press@pib, see @example.com, not @2024.';
    assert.deepEqual(await spansOf(text, HANDLE), []);
  });
});

describe('the grammar as a whole', () => {
  for (const sample of ['000', '001', '002', '003', '004']) {
    test(`sample ${sample} tokenizes within the editor's time limit and leaves no rule open at a line end`, async () => {
      const lines = await tokenize(readSeed(sample));
      assert.deepEqual(
        lines.filter((l) => l.stoppedEarly).map((l) => l.text),
        [],
      );
      assert.deepEqual(
        lines.filter((l) => l.depthAfter !== 1).map((l) => l.text),
        [],
      );
    });
  }

  test('pathological 5,000-character lines tokenize within the time limit (no catastrophic backtracking)', async () => {
    const lines = [
      'NEW DELHI '.repeat(500),
      'Washington, India '.repeat(280),
      'Rio de '.repeat(720),
      ' "a'.repeat(1700),
      '“'.repeat(5000),
      '22 November 2024 '.repeat(300),
      'Vientiane ['.repeat(460),
    ];
    for (const line of lines) {
      for (const asHeader of [true, false]) {
        const [first, second] = await tokenizeLines(asHeader ? [` date 2024-11-22 ${line}`] : ['Intro', line]);
        assert.equal((asHeader ? first : second)?.stoppedEarly, false, `${asHeader ? 'header' : 'body'}: ${line.slice(0, 30)}…`);
      }
    }
  });

  test('every regular expression in the grammar compiles in oniguruma', async () => {
    await loadOniguruma();
    const failures: string[] = [];
    for (const { where, source } of regexesOf(JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8')))) {
      try {
        new oniguruma.OnigScanner([source]);
      } catch (error) {
        failures.push(`${where}: ${String(error)}`);
      }
    }
    assert.deepEqual(failures, []);
  });

  test('every include names a rule of the repository', () => {
    const grammar = JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8')) as { repository: Record<string, unknown> };
    const includes = [...JSON.stringify(grammar).matchAll(/"include":"#([^"]+)"/g)].map((m) => m[1] ?? '');
    assert.deepEqual(
      includes.filter((name) => !(name in grammar.repository)),
      [],
    );
  });
});

/** Every match/begin/end/while pattern of a grammar, with the JSON path where it sits. */
function* regexesOf(node: unknown, where = '$'): Generator<{ where: string; source: string }> {
  if (Array.isArray(node)) {
    for (const [i, child] of node.entries()) yield* regexesOf(child, `${where}[${i}]`);
  } else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string' && ['match', 'begin', 'end', 'while'].includes(key)) {
        yield { where: `${where}.${key}`, source: value };
      } else {
        yield* regexesOf(value, `${where}.${key}`);
      }
    }
  }
}

describe('language configuration', () => {
  interface LanguageConfiguration {
    wordPattern: { pattern: string; flags: string };
    brackets: Array<[string, string]>;
    autoClosingPairs: Array<{ open: string; close: string; notIn?: string[] }>;
    surroundingPairs: Array<[string, string]>;
  }
  const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'language-configuration.json'), 'utf8')) as LanguageConfiguration;

  /** The words VS Code finds in a line: it runs the word pattern globally, keeping its own flags. */
  function wordsIn(text: string): string[] {
    const pattern = new RegExp(config.wordPattern.pattern, `g${config.wordPattern.flags}`);
    return [...text.matchAll(pattern)].map((m) => m[0]);
  }

  test('INDUS-X, Indo-Pacific, 2+2, @handles, U.S. and dates are one word each', () => {
    assert.deepEqual(wordsIn('INDUS-X Indo-Pacific 2+2 @rajnathsingh @SecDef U.S. e.g. 2024-11-22 22/11/2024 07-Feb-2025'), [
      'INDUS-X',
      'Indo-Pacific',
      '2+2',
      '@rajnathsingh',
      '@SecDef',
      'U.S.',
      'e.g.',
      '2024-11-22',
      '22/11/2024',
      '07-Feb-2025',
    ]);
  });

  test("a sentence's final full stop and commas stay out of words", () => {
    assert.deepEqual(wordsIn('They met on 2024-11-22. Austin, Singh and the Indo-Pacific.'), [
      'They',
      'met',
      'on',
      '2024-11-22',
      'Austin',
      'Singh',
      'and',
      'the',
      'Indo-Pacific',
    ]);
  });

  test("possessives like India's and China’s are one word; a trailing apostrophe is not part of it", () => {
    assert.deepEqual(wordsIn("India's China’s countries’ 'free'"), ["India's", 'China’s', 'countries', 'free']);
  });

  test('the word pattern never matches an empty string (VS Code would loop)', () => {
    assert.equal(new RegExp(config.wordPattern.pattern, config.wordPattern.flags).test(''), false);
    assert.deepEqual(wordsIn(' .,;:—“”‘’"()[]{} '), []);
  });

  test('round, square and curly brackets are brackets', () => {
    assert.deepEqual(config.brackets, [
      ['(', ')'],
      ['[', ']'],
      ['{', '}'],
    ]);
  });

  test('straight and curly quotes auto-close outside strings, the apostrophe never does', () => {
    const pairs = config.autoClosingPairs.map((p) => `${p.open}${p.close}`);
    assert.deepEqual(pairs, ['()', '[]', '{}', '""', '“”', '‘’']);
    for (const quote of config.autoClosingPairs.filter((p) => /["“‘]/.test(p.open))) {
      assert.deepEqual(quote.notIn, ['string'], `${quote.open} must not auto-close inside quoted speech`);
    }
  });

  test('a selection can be surrounded with brackets and every quote style', () => {
    assert.deepEqual(
      config.surroundingPairs.map(([open, close]) => `${open}${close}`),
      ['()', '[]', '{}', '""', '“”', '‘’', "''"],
    );
  });
});
