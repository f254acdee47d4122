// A text of megabytes (a dump of many articles) is read in sections: where it is cut, that each
// section's findings stand where the section does, that nothing carries from one section to the next, and
// that reading it again after an edit reads only the sections the edit changed.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeArticle, buildEntityIndex, combineKnowledgeBases, parseKnowledgeBase, positionAt, splitLines } from '../../src/core';
import { readHead } from '../../src/core/analyzeArticle';
import { analyzeBody } from '../../src/core/analyzeBody';
import { cutSections, MAX_SECTION, MIN_SECTION, SECTIONED_FROM } from '../../src/core/sections/cutSections';
import { SectionedBody, SectionMemo } from '../../src/core/sections/sectionedBody';
import { SMALL_KB } from './entities/entityFixture';

const entities = buildEntityIndex(combineKnowledgeBases([parseKnowledgeBase(SMALL_KB, 'entities.yaml')]).knowledgeBase);
const NOW = new Date('2026-01-01T00:00:00Z');

/** Paragraphs of several kinds, each different (a number in it), as a dump's would be. */
function paragraph(i: number): string {
  switch (i % 4) {
    case 0:
      return `Defence Minister Rajnath Singh met US Secretary of Defense Lloyd Austin in New Delhi on Friday, report ${i} said.`;
    case 1:
      return `Lloyd reviewed ${i} projects of the India-US Defence Acceleration Ecosystem with him on November 22, 2024.`;
    case 2:
      return `Mayank Tewari of the Observer Research Foundation wrote note ${i} on maritime security in the region.`;
    default:
      return `The talks were productive, and a ${i}th round would follow in Washington next month.`;
  }
}

/** A dump: a header, then paragraphs until `length`. */
function dump(length: number, first = 0): string {
  const parts = [' date 2024-11-23 Collected reports'];
  let size = parts[0].length;
  for (let i = first; size < length; i++) {
    parts.push(paragraph(i));
    size += parts[parts.length - 1].length + 2;
  }
  return parts.join('\n\n');
}

describe('cutSections', () => {
  const text = dump(SECTIONED_FROM);
  const sections = cutSections(text);

  test('covers the text, in order, each section cut at the start of a line after a blank line', () => {
    assert.equal(sections[0].start, 0);
    assert.equal(sections[sections.length - 1].end, text.length);
    for (let i = 1; i < sections.length; i++) {
      assert.equal(sections[i].start, sections[i - 1].end);
      assert.match(text.slice(sections[i].start - 2, sections[i].start), /\n\n$/);
      assert.equal(sections[i].character, 0);
      assert.deepEqual(positionAt(splitLines(text), sections[i].start).line, sections[i].line);
    }
  });

  test('sections are neither shorter than the minimum (but the last) nor much longer than the maximum', () => {
    assert.ok(sections.length > SECTIONED_FROM / MAX_SECTION, `${sections.length} sections`);
    for (const s of sections.slice(0, -1)) {
      assert.ok(s.end - s.start >= MIN_SECTION, `${s.end - s.start}`);
      assert.ok(s.end - s.start <= MAX_SECTION + 1000, `${s.end - s.start}`);
    }
  });

  test('an edit moves the cuts of its own section at most: the sections after it are the same text', () => {
    const middle = sections[Math.floor(sections.length / 2)];
    const at = middle.start + 100;
    const edited = `${text.slice(0, at)} (an inserted remark, written twice: an inserted remark)${text.slice(at)}`;
    const before = new Set(sections.map((s) => text.slice(s.start, s.end)));
    const after = cutSections(edited).map((s) => edited.slice(s.start, s.end));
    const changed = after.filter((s) => !before.has(s));
    assert.ok(changed.length >= 1 && changed.length <= 2, `${changed.length} sections changed`);
  });

  test('a text without blank lines is cut at line breaks, and one without line breaks after a space, positions kept', () => {
    const lines = dump(SECTIONED_FROM).replace(/\n\n/g, '\n');
    for (const s of cutSections(lines).slice(1)) assert.equal(lines[s.start - 1], '\n');
    const oneLine = dump(SECTIONED_FROM).replace(/\n\n/g, ' ');
    const cuts = cutSections(oneLine);
    assert.ok(cuts.length > 1);
    for (const s of cuts.slice(1)) {
      assert.equal(oneLine[s.start - 1], ' ');
      assert.deepEqual({ line: s.line, character: s.character }, { line: 0, character: s.start });
    }
  });
});

describe('a text read in sections', () => {
  const text = dump(SECTIONED_FROM + 50_000);
  const analysis = analyzeArticle(text, { now: NOW, entities });

  test('each mention, date and meeting stands where its text does', () => {
    const lines = splitLines(text);
    const at = (offset: number) => positionAt(lines, offset);
    assert.ok(analysis.entities.length > 10_000);
    for (const m of analysis.entities) {
      assert.equal(text.slice(m.start, m.end), m.text);
      assert.deepEqual(m.range, { start: at(m.start), end: at(m.end) });
    }
    assert.ok(analysis.dates.length > 5_000);
    for (const d of analysis.dates) assert.deepEqual(d.range, { start: at(d.start), end: at(d.end) });
    // The same two people meeting on the same day again is the same meeting, within a section: one in each.
    assert.equal(analysis.meetings.length, cutSections(text).length);
    for (const m of analysis.meetings) {
      assert.deepEqual(m.range, { start: at(m.start), end: at(m.end) });
      for (const p of m.participants)
        assert.equal(text.slice(...offsetsOf(lines, p.range)), p.name === 'Lloyd Austin' ? 'Lloyd Austin' : 'Rajnath Singh');
    }
  });

  test('is each section read as a body of its own, under the header’s date', () => {
    const head = readHead(text, { now: NOW, entities });
    const sections = cutSections(text);
    const last = sections[sections.length - 1];
    const alone = analyzeBody(text.slice(last.start), { ...head.body, from: 0, firstLineIsHeader: false, dateline: false });
    const inText = analysis.entities.filter((m) => m.start >= last.start);
    assert.deepEqual(
      inText.map((m) => [m.start - last.start, m.text, m.kind, m.entity?.id]),
      alone.entities.map((m) => [m.start, m.text, m.kind, m.entity?.id]),
    );
    assert.equal(analysis.meetings.filter((m) => m.start >= last.start).length, alone.meetings.length);
  });

  test('a name does not carry from one section to the next: a surname alone after a cut is not the person named before it', () => {
    const sections = cutSections(text);
    // `Lloyd reviewed …` opens paragraphs: within a section it is the Lloyd Austin named just before (a given
    // name alone: no KB rule finds it without him)…
    const short = analysis.entities.filter((m) => m.text === 'Lloyd' && m.kind === 'short');
    assert.ok(short.length > 1000, `${short.length}`);
    // …but the ones right after a cut have no one named before them in their section.
    const opening = sections.slice(1).filter((s) => text.startsWith('Lloyd reviewed', s.start));
    assert.ok(opening.length > 0, 'no section opens with `Lloyd reviewed`');
    assert.deepEqual(
      analysis.entities.filter((m) => opening.some((s) => m.start === s.start)),
      [],
    );
  });

  test('with CRLF line ends too, each finding stands where its text does', () => {
    const crlf = dump(SECTIONED_FROM + 10_000).replace(/\n/g, '\r\n');
    const found = analyzeArticle(crlf, { now: NOW, entities });
    const lines = splitLines(crlf);
    assert.ok(cutSections(crlf).length > 1);
    for (const m of found.entities) assert.deepEqual(m.range, { start: positionAt(lines, m.start), end: positionAt(lines, m.end) });
    for (const m of found.meetings) assert.deepEqual(m.range.start, positionAt(lines, m.start));
  });

  test('texts shorter than the threshold are read whole, as before', () => {
    const short = dump(SECTIONED_FROM - 100_000);
    const head = readHead(short, { now: NOW, entities });
    const whole = analyzeBody(short, head.body);
    assert.deepEqual(analyzeArticle(short, { now: NOW, entities }).entities, whole.entities);
  });
});

describe('reading a long text again after an edit', () => {
  test('reads only the sections the edit changed, and gives what a first reading of the edited text gives', () => {
    const text = dump(SECTIONED_FROM + 50_000);
    const memo = new SectionMemo();
    const read = (t: string) => {
      const head = readHead(t, { now: NOW, entities });
      return new SectionedBody(t, head.body, memo).result();
    };
    const first = read(text);
    const sections = cutSections(text).length;
    assert.equal(memo.read, sections);
    const at = text.indexOf('Lloyd Austin', text.length >> 1);
    const edited = `${text.slice(0, at)}Llyod${text.slice(at + 'Lloyd'.length)}`;
    const again = read(edited);
    assert.ok(memo.read <= 2, `${memo.read} of ${sections} sections read again`);
    const fresh = analyzeArticle(edited, { now: NOW, entities });
    assert.deepEqual(again.entities, fresh.entities);
    assert.deepEqual(again.meetings, fresh.meetings);
    assert.deepEqual(again.dates, fresh.dates);
    assert.equal(fresh.problems.filter((p) => p.code === 'misspelled-entity').length, 1);
    // The edit kept the text's length: every other section stands where it stood, its findings not even moved again.
    const last = first.entities.length - 1;
    assert.equal(again.entities[last], first.entities[last]);
    assert.equal(again.entities[last].start, first.entities[last].start);
  });

  test('readings made under another knowledge base are not reused', () => {
    const text = dump(SECTIONED_FROM + 10_000);
    const memo = new SectionMemo();
    const other = buildEntityIndex(combineKnowledgeBases([parseKnowledgeBase(SMALL_KB, 'entities.yaml')]).knowledgeBase);
    const head = readHead(text, { now: NOW, entities });
    new SectionedBody(text, head.body, memo).result();
    new SectionedBody(text, { ...head.body, entities: other }, memo).result();
    assert.equal(memo.read, cutSections(text).length);
  });
});

function offsetsOf(
  lines: ReturnType<typeof splitLines>,
  range: { start: { line: number; character: number }; end: { line: number; character: number } },
): [number, number] {
  return [lines[range.start.line].offset + range.start.character, lines[range.end.line].offset + range.end.character];
}
