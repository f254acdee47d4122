// An article's Outline: the date header, the headline and the section headings, found by the shape of the lines alone.
// The articles here are written for the tests, in styles the samples in seeds/ do not have.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type OutlineSymbol, type Position, type Range, analyzeArticle, articleOutline, range } from '../../src/core';

const NOW = new Date('2026-11-21T12:00:00Z');

/** The Outline with the header the analysis finds, checked for well-formed ranges on the way. */
function outline(text: string): OutlineSymbol[] {
  const symbols = articleOutline(text, analyzeArticle(text, { now: NOW }).header);
  assertWellFormed(text, symbols);
  return symbols;
}

/** The Outline as the editor shows it: one entry a line, children indented. */
function view(text: string): string[] {
  const lines: string[] = [];
  const walk = (symbols: readonly OutlineSymbol[], indent: string) => {
    for (const s of symbols) {
      lines.push(`${indent}${s.kind}: ${s.name}${s.detail === undefined ? '' : ` — ${s.detail}`}`);
      walk(s.children, `${indent}  `);
    }
  };
  walk(outline(text), '');
  return lines;
}

const compare = (p: Position, q: Position) => p.line - q.line || p.character - q.character;
const inside = (inner: Range, outer: Range) => compare(outer.start, inner.start) <= 0 && compare(inner.end, outer.end) <= 0;

/** What every Outline must be, whatever the text: names where they stand, parts within wholes, siblings in order. */
function assertWellFormed(text: string, symbols: readonly OutlineSymbol[], parent?: Range): void {
  const lines = text.split(/\r\n|\r|\n/);
  let previous: Range | undefined;
  for (const s of symbols) {
    const where = `${s.kind} ${JSON.stringify(s.name)}`;
    assert.ok(inside(s.selectionRange, s.range), `${where}: the selection range lies within the range`);
    if (parent) assert.ok(inside(s.range, parent), `${where}: a child lies within its parent`);
    if (previous) assert.ok(compare(previous.end, s.range.start) < 0, `${where}: siblings follow one another without overlapping`);
    if (s.kind !== 'header') {
      const { start, end } = s.selectionRange;
      assert.equal(start.line, end.line, `${where}: a name stands on one line`);
      assert.equal(lines[start.line].slice(start.character, end.character), s.name, `${where}: the name is the text it selects`);
      assert.ok(s.range.end.character <= lines[s.range.end.line].length, `${where}: the range ends within its last line`);
    }
    assertWellFormed(text, s.children, s.range);
    previous = s.range;
  }
}

function named(symbols: readonly OutlineSymbol[], name: string): OutlineSymbol {
  const found = symbols.find((s) => s.name === name);
  assert.ok(found, `no symbol named ${JSON.stringify(name)} among ${JSON.stringify(symbols.map((s) => s.name))}`);
  return found;
}

/** The first and last line of a symbol's range. */
const lineSpan = (s: OutlineSymbol) => [s.range.start.line, s.range.end.line];

/** A body under a header and a headline, with prose after it; the names of the sections it gives. */
function sectionsIn(...body: string[]): string[] {
  const text = [
    ' date 2024-03-01 Pentagon',
    '',
    'Ministers Agree to Deepen Maritime Cooperation',
    '',
    ...body,
    '',
    'The story ends here.',
  ].join('\n');
  return outline(text)
    .filter((s) => s.kind === 'section')
    .map((s) => s.name);
}

/** The headline found when `line` is the first line of the body, or undefined. */
function headlineOf(...body: string[]): string | undefined {
  const text = [' date 2024-03-01 Pentagon', '', ...body, '', 'The story begins here, as stories do.'].join('\n');
  return outline(text).find((s) => s.kind === 'headline')?.name;
}

// A government readout: a title, plain headings, and a colon heading over label paragraphs.
const READOUT_LINES = [
  " date 2024-03-01 Readout of Secretary of Defense Lloyd J. Austin III's Meeting With India's Defence Minister",
  '',
  "Readout of Secretary Austin's Meeting With Indian Defence Minister",
  '',
  'Background',
  '',
  'Secretary Austin welcomed Minister Singh to the Pentagon on Friday. The two leaders last met in New Delhi.',
  '',
  'The visit follows the second India-US 2+2 dialogue held earlier in the year.',
  '',
  '',
  'Outcomes',
  '',
  'The leaders agreed to finalise a framework for the next decade of defence cooperation.',
  '',
  'Next Steps:',
  '',
  'Co-production: Both sides will study the co-production of armoured vehicles in India.',
  'The study is due by the end of the year.',
  '',
  "Liaison Officers: The first officers will be posted to each other's commands next year.",
  '',
  'The readout was issued by the Pentagon press office.',
  '',
  '',
];
const READOUT = READOUT_LINES.join('\n');

describe('the header', () => {
  test('is named by its date, with the rest of the first line as detail; it spans line 0 and selects the date', () => {
    const [header] = outline(' date 2024-11-22 Left Menu\n\nBody text goes here.');
    assert.deepEqual(header, {
      name: '2024-11-22',
      detail: 'Left Menu',
      kind: 'header',
      range: range(0, 0, 26),
      selectionRange: range(0, 6, 16),
      children: [],
    });
  });

  test('its detail is cut to about 60 characters, at a space, with an ellipsis', () => {
    const detail = outline(READOUT)[0].detail!;
    assert.equal(detail, "Readout of Secretary of Defense Lloyd J. Austin III's…");
    assert.ok(detail.length <= 60);
  });

  test('its detail is on one line: runs of white space read as one space', () => {
    assert.equal(outline(' date 2024-11-22 Left\t\t Menu  \n').at(0)?.detail, 'Left Menu');
  });

  test('has no detail when nothing follows the date', () => {
    for (const text of [' date 2024-11-22', ' date 2024-11-22   \t', ' date 2024-11-22\n\nBody text.']) {
      const [header] = outline(text);
      assert.equal(header.kind, 'header');
      assert.equal('detail' in header, false, JSON.stringify(text));
    }
  });

  test('a detail cut short never splits a character outside the Basic Multilingual Plane', () => {
    const detail = outline(` date 2024-11-22 ${'🇮🇳'.repeat(40)}`)[0].detail!;
    assert.ok(detail.endsWith('…'));
    assert.ok(detail.length <= 60);
    assert.doesNotMatch(detail, /[\uD800-\uDBFF]…$/);
  });

  test('is absent when the analysis found no valid header', () => {
    assert.deepEqual(view('newshots banner\n\nMinisters Agree to Deepen Maritime Cooperation\n\nStory.'), [
      'headline: Ministers Agree to Deepen Maritime Cooperation',
    ]);
  });

  test('a first line read as a header with an invalid date is still not body text, so never the headline', () => {
    assert.deepEqual(view(' date 2024-02-30 Ministers Meet in Delhi Today\n\nThe story begins here.'), []);
    assert.deepEqual(view(' date 22/11/2024 Left Menu\n\nMinisters Agree to Deepen Maritime Cooperation\n\nStory.'), [
      'headline: Ministers Agree to Deepen Maritime Cooperation',
    ]);
  });

  test('the header range always holds the date range it is given, even one past the end of the line', () => {
    const [header] = articleOutline(' date 2024-11-22', { date: '2024-11-22', range: range(0, 6, 40) });
    assert.deepEqual(header.range, range(0, 0, 40));
    assert.equal('detail' in header, false);
  });
});

describe('the headline', () => {
  test('is the first short standalone line of the body; it runs to just before the first section', () => {
    const symbols = outline(READOUT);
    const headline = named(symbols, "Readout of Secretary Austin's Meeting With Indian Defence Minister");
    assert.equal(headline.kind, 'headline');
    assert.deepEqual(headline.selectionRange, range(2, 0, 66));
    assert.deepEqual(headline.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 66 } });
    assert.deepEqual(headline.children, []);
  });

  test('runs over the lead paragraphs up to the first section, or to the end of the text', () => {
    const text = ' date 2024-03-01 x\n\nMinisters Agree to Deepen Maritime Cooperation\n\nThe lead.\n\nMore of it.\n\n\n';
    assert.deepEqual(lineSpan(named(outline(text), 'Ministers Agree to Deepen Maritime Cooperation')), [2, 6]);
  });

  test('is read from line 0 when there is no header', () => {
    assert.deepEqual(outline('Ministers Agree to Deepen Maritime Cooperation\n\nThe story.')[0].selectionRange, range(0, 0, 46));
  });

  test('is looked for past fragments before it (menu text, tags, a dateline), but not past the first sentence', () => {
    const text = [
      'Home | World | Asia',
      'Menu',
      '',
      '12 Mar 2024, 10:15 AM IST',
      '',
      'Ministers Agree to Deepen Maritime Cooperation',
      '',
      'TOKYO: Japan and India agreed on Tuesday to deepen maritime cooperation.',
    ].join('\n');
    assert.deepEqual(view(text), ['headline: Ministers Agree to Deepen Maritime Cooperation']);
    assert.equal(headlineOf('The ministers met on Tuesday.', '', 'Ministers Agree to Deepen Maritime Cooperation'), undefined);
    assert.equal(
      headlineOf('A lead paragraph of more than sixteen words, with no full stop at its end, is still prose and', '', 'A Title'),
      undefined,
    );
  });

  test('does not end a sentence: . ! ? : ; , or any of them inside a closing quote or bracket', () => {
    for (const end of ['.', '!', '?', ':', ';', ',', '…', '."', '.”', '?’', '.)']) {
      assert.equal(headlineOf(`Ministers Agree to Deepen Maritime Cooperation${end}`), undefined, end);
    }
    assert.equal(headlineOf('Ministers Agree to “Deepen” Cooperation'), 'Ministers Agree to “Deepen” Cooperation');
    assert.equal(headlineOf('Strengthening Bonds: India and US Move Forward'), 'Strengthening Bonds: India and US Move Forward');
  });

  test('has at most 16 words and 120 characters', () => {
    const words = (n: number) => ['Ministers', ...Array.from({ length: n - 1 }, () => 'agree')].join(' ');
    assert.equal(headlineOf(words(16)), words(16));
    assert.equal(headlineOf(words(17)), undefined);
    const chars = (n: number) => `Ministers ${'x'.repeat(n - 22)} cooperation`;
    assert.equal(headlineOf(chars(120)), chars(120));
    assert.equal(headlineOf(chars(121)), undefined);
  });

  test('has at least three words: one or two are menu text, kickers or bylines', () => {
    assert.equal(headlineOf('Left Menu'), undefined);
    assert.equal(headlineOf('Defence'), undefined);
    assert.equal(headlineOf('Modi Meets Biden'), 'Modi Meets Biden');
  });

  test('stands alone: a line with text right under it is not the headline', () => {
    assert.equal(headlineOf('Ministers Agree to Deepen Maritime Cooperation', 'rajnath singh'), undefined);
    assert.equal(
      headlineOf('newshots banner', 'rajnath singh', '', 'Ministers Agree to Deepen Cooperation'),
      'Ministers Agree to Deepen Cooperation',
    );
  });

  test('opens like a title, not with a bullet, a bracket or a lowercase letter', () => {
    assert.equal(headlineOf('• Ministers agree to deepen cooperation'), undefined);
    assert.equal(headlineOf('(Photo by the Ministry of Defence)'), undefined);
    assert.equal(headlineOf('ministers agree to deepen cooperation'), undefined);
    assert.equal(headlineOf('“Our Partnership Is Strong” Says Austin'), '“Our Partnership Is Strong” Says Austin');
    assert.equal(headlineOf('2+2 Dialogue Opens in Delhi'), '2+2 Dialogue Opens in Delhi');
  });

  test('is never a dateline', () => {
    assert.equal(headlineOf('Friday, 22 November 2024, 10:15 a.m. IST'), undefined);
  });

  test('there is at most one, and nothing when the body opens with prose', () => {
    const text = ' date 2023-06-05 India and the US chalked out a roadmap.\n\nVisiting US Secretary Lloyd Austin held talks.\n\nMore.';
    assert.deepEqual(view(text), ['header: 2023-06-05 — India and the US chalked out a roadmap.']);
    assert.equal(outline(READOUT).filter((s) => s.kind === 'headline').length, 1);
  });
});

describe('sections', () => {
  test('a government readout: its headings in text order after the headline, a colon heading with its labels', () => {
    assert.deepEqual(view(READOUT), [
      "header: 2024-03-01 — Readout of Secretary of Defense Lloyd J. Austin III's…",
      "headline: Readout of Secretary Austin's Meeting With Indian Defence Minister",
      'section: Background',
      'section: Outcomes',
      'section: Next Steps',
      '  section: Co-production',
      '  section: Liaison Officers',
    ]);
  });

  test('a section runs from its heading to the last non-blank line before the next heading, or of the text', () => {
    const symbols = outline(READOUT);
    assert.deepEqual(named(symbols, 'Background').range, { start: { line: 4, character: 0 }, end: { line: 8, character: 76 } });
    assert.deepEqual(lineSpan(named(symbols, 'Outcomes')), [11, 13]);
    assert.deepEqual(named(symbols, 'Next Steps').range, { start: { line: 15, character: 0 }, end: { line: 22, character: 52 } });
  });

  test('selects the heading text without its indentation or trailing colon, which the name leaves out too', () => {
    const symbols = outline(' date 2024-03-01 x\n\n  Key Discussion Points :  \n\nThe ministers spoke.');
    assert.deepEqual(named(symbols, 'Key Discussion Points').selectionRange, range(2, 2, 23));
    assert.deepEqual(named(symbols, 'Key Discussion Points').range, { start: { line: 2, character: 0 }, end: { line: 4, character: 20 } });
  });

  test('without a headline, headings are looked for from the start of the body', () => {
    assert.deepEqual(view(' date 2024-03-01 x\n\nBackground\n\nThe ministers met.\n\nOutcomes\n\nThey agreed.'), [
      'header: 2024-03-01 — x',
      'section: Background',
      'section: Outcomes',
    ]);
  });

  test('a heading stands at the start of a paragraph, and may have its text right under it', () => {
    assert.deepEqual(sectionsIn('Background', 'The ministers met on Friday.'), ['Background']);
    assert.deepEqual(sectionsIn('The ministers met on Friday.', 'Background'), []);
  });

  test('has at most 10 words and 80 characters', () => {
    const words = (n: number) => ['Talks', ...Array.from({ length: n - 1 }, () => 'on')].join(' ');
    assert.deepEqual(sectionsIn(words(10)), [words(10)]);
    assert.deepEqual(sectionsIn(words(11)), []);
    const chars = (n: number) => `Talks ${'x'.repeat(n - 6)}`;
    assert.deepEqual(sectionsIn(chars(80)), [chars(80)]);
    assert.deepEqual(sectionsIn(chars(81)), []);
  });

  test('does not end a sentence; only a trailing colon is allowed', () => {
    for (const end of ['.', '!', '?', ';', ',', '."', '.)', '::']) assert.deepEqual(sectionsIn(`Key Points${end}`), [], end);
    assert.deepEqual(sectionsIn('Key Points:'), ['Key Points']);
  });

  test('is not a bullet or a caption', () => {
    for (const line of [
      '  • Laos',
      '- Laos',
      '* Laos',
      '• Joint exercises with the Navy',
      '(Photo/ ANI)',
      '[Image: Reuters]',
      '— Reuters',
    ]) {
      assert.deepEqual(sectionsIn(line), [], line);
    }
  });

  test('is not a dateline', () => {
    for (const line of ['07-Feb-2025, 03:02 PM', 'Updated: Nov 22, 2024 10:15 a.m. IST', 'Friday, 22 November 2024', '2024-11-22T10:15Z']) {
      assert.deepEqual(sectionsIn(line), [], line);
    }
    assert.deepEqual(sectionsIn('2+2 Ministerial Dialogue'), ['2+2 Ministerial Dialogue']);
  });

  test('is not a story opening with a place in capitals, nor a speaker’s turn', () => {
    for (const line of ['NEW DELHI: Talks continue', 'VIENTIANE, Laos (Reuters) — Talks continue', 'MINISTER SINGH: Thank you']) {
      assert.deepEqual(sectionsIn(line), [], line);
    }
    assert.deepEqual(sectionsIn('BACKGROUND'), ['BACKGROUND']);
    assert.deepEqual(sectionsIn('US, India Agree on Roadmap: Details'), ['US, India Agree on Roadmap: Details']);
  });

  test('opens like a title: a line opening in lowercase is tag or continuation text', () => {
    assert.deepEqual(sectionsIn('rajnath singh'), []);
    assert.deepEqual(sectionsIn('“Strategic Convergence”'), ['“Strategic Convergence”']);
  });

  test('a transcript: speaker labels on lines of their own are sections, turns that open with the speaker are not', () => {
    const text = [
      ' date 2024-06-17 Transcript',
      '',
      'Remarks by Secretary Austin and Minister Singh Before Their Meeting',
      '',
      'SECRETARY OF DEFENSE LLOYD J. AUSTIN III:',
      '',
      'Well, good morning, and welcome to the Pentagon, Minister Singh.',
      '',
      'MINISTER RAJNATH SINGH:',
      '',
      'Thank you, Mr. Secretary.',
      '',
      'Q: Will the framework be signed this year?',
      '',
      'SECRETARY AUSTIN: We expect so',
    ].join('\n');
    assert.deepEqual(view(text), [
      'header: 2024-06-17 — Transcript',
      'headline: Remarks by Secretary Austin and Minister Singh Before Their Meeting',
      'section: SECRETARY OF DEFENSE LLOYD J. AUSTIN III',
      'section: MINISTER RAJNATH SINGH',
    ]);
    assert.deepEqual(lineSpan(named(outline(text), 'MINISTER RAJNATH SINGH')), [8, 14]);
  });

  test('an article with no headings has none', () => {
    const text = [
      ' date 2023-06-05 India and the United States on Monday chalked out a roadmap.',
      '',
      'Visiting US Secretary of Defence Lloyd Austin held talks with Defence Minister Rajnath Singh on Monday.',
      '',
      '“Delighted to meet my friend,” Rajnath tweeted.',
      '',
      'The two ministers explored ways of building resilient supply chains.',
    ].join('\n');
    assert.deepEqual(
      outline(text).map((s) => s.kind),
      ['header'],
    );
  });
});

describe('labels under a colon heading', () => {
  test('each label paragraph is a child section named by its label; it spans its own paragraph', () => {
    const next = named(outline(READOUT), 'Next Steps');
    const [coProduction, liaison] = next.children;
    assert.equal(coProduction.kind, 'section');
    assert.deepEqual(coProduction.selectionRange, range(17, 0, 13));
    assert.deepEqual(coProduction.range, { start: { line: 17, character: 0 }, end: { line: 18, character: READOUT_LINES[18].length } });
    assert.deepEqual(liaison.range, range(20, 0, READOUT_LINES[20].length));
    assert.deepEqual(liaison.children, []);
  });

  test('the labels end at the first paragraph that is not one, which stays in the heading’s section', () => {
    const next = named(outline(READOUT), 'Next Steps');
    assert.equal(next.children.length, 2);
    assert.equal(next.range.end.line, 22);
  });

  test('lines holding only white space (non-breaking spaces too) separate labels like blank lines', () => {
    const text =
      ' date 2024-03-01 x\n\nKey Points:\n\nPartnership: They agreed.\n\u00a0\n\u00a0\nFramework: They agreed again.\n\nSources said so.';
    assert.deepEqual(view(text), ['header: 2024-03-01 — x', 'section: Key Points', '  section: Partnership', '  section: Framework']);
  });

  test('labels right under the heading, with no blank line, are labels too', () => {
    const text = ' date 2024-03-01 x\n\nKey Points:\nPartnership: They agreed.\nFramework: They agreed again.';
    assert.deepEqual(view(text), ['header: 2024-03-01 — x', 'section: Key Points', '  section: Partnership', '  section: Framework']);
  });

  test('only a heading ending with a colon has labels', () => {
    const text = ' date 2024-03-01 x\n\nKey Points\n\nPartnership: They agreed.\n\nFramework: They agreed again.';
    assert.deepEqual(view(text), ['header: 2024-03-01 — x', 'section: Key Points']);
  });

  test('a label has at most six words, and words after its colon', () => {
    const labels = (line: string) =>
      outline(` date 2024-03-01 x\n\nKey Points:\n\n${line}\n\nEnd.`)
        .filter((s) => s.kind === 'section')
        .flatMap((s) => s.children.map((c) => c.name));
    assert.deepEqual(labels('The Six Words of a Label: prose.'), ['The Six Words of a Label']);
    assert.deepEqual(labels('The Seven Words of a Long Label: prose.'), []);
    assert.deepEqual(labels('Partnership: 2025'), []);
    assert.deepEqual(labels('At 10:30 the ministers met.'), []);
    assert.deepEqual(labels('https://example.com/story'), []);
  });
});

describe('any text', () => {
  test('line ends are LF, CRLF or a lone CR alike', () => {
    const lf = outline(READOUT);
    assert.deepEqual(outline(READOUT.replace(/\n/g, '\r\n')), lf);
    assert.deepEqual(outline(READOUT.replace(/\n/g, '\r')), lf);
  });

  test('characters are counted in UTF-16 code units, as the LSP counts them', () => {
    const headline = outline('\uFEFFIndia 🇮🇳 and US 🇺🇸 Sign a Pact\n\nThe story.')[0];
    assert.equal(headline.name, 'India 🇮🇳 and US 🇺🇸 Sign a Pact');
    assert.deepEqual(headline.selectionRange, range(0, 1, 1 + 'India 🇮🇳 and US 🇺🇸 Sign a Pact'.length));
  });

  test('an empty text, or one of blank lines, has an empty Outline', () => {
    for (const text of ['', '\n', '\r\n\r\n', '  \n\t\n\u00a0']) assert.deepEqual(outline(text), [], JSON.stringify(text));
  });

  test('a header alone is the whole Outline', () => {
    assert.deepEqual(view(' date 2024-11-22 Left Menu\n'), ['header: 2024-11-22 — Left Menu']);
  });

  test('never throws, and always gives a well-formed Outline', () => {
    const texts = [
      ':',
      '•',
      '\r',
      ' date',
      '\uFEFF',
      '\uD800',
      'A:\n\nB: c',
      'Key:\nA: b\nc\n\nd: e',
      ':\n\n: x',
      '\n\nTitle Of It\n\n',
      'X',
    ];
    for (const text of texts) {
      assert.doesNotThrow(() => assertWellFormed(text, articleOutline(text, null)), JSON.stringify(text));
      assert.doesNotThrow(() => outline(text), JSON.stringify(text));
    }
  });

  test('a single line of 5 MB is read in one pass', () => {
    const huge = 'x'.repeat(5_000_000);
    const header = { date: '2024-11-22', range: range(0, 6, 16) };
    const [symbol, ...rest] = articleOutline(` date 2024-11-22 ${huge}`, header);
    assert.equal(symbol.kind, 'header');
    assert.ok(symbol.detail!.endsWith('…') && symbol.detail!.length <= 60);
    assert.deepEqual(rest, []);
    assert.deepEqual(articleOutline(huge, null), []);
    // Only the opening of a first line decides whether it is a header, however many dates the line goes on to hold.
    assert.deepEqual(articleOutline(` date ${'Nov 22 '.repeat(700_000)}`, null), []);
    assert.deepEqual(articleOutline(`Some Words Then ${'a '.repeat(2_500_000)}`, null), []);
    const labels = articleOutline(`Points:\n\nLabel: ${'word '.repeat(1_000_000)}`, null);
    assert.deepEqual(
      labels.map((s) => [s.name, s.children.map((c) => c.name)]),
      [['Points', ['Label']]],
    );
  });

  test('a text of many short paragraphs is read in one pass', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `Heading Number ${i}\n\nThe text of section ${i}.`).join('\n\n');
    const symbols = articleOutline(text, null);
    assert.equal(symbols.length, 20_000);
    assert.deepEqual(symbols[19_999].range, { start: { line: 79_996, character: 0 }, end: { line: 79_998, character: 26 } });
  });
});
