// Articles written after the meeting rules were fixed, not used to tune them: their score is a fairer
// estimate than the probes'. The test prints precision and recall and holds a floor, not every item.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeArticle, buildEntityIndex, combineKnowledgeBases, parseKnowledgeBase } from '../../../src/core';

const KB_FILE = join(__dirname, '..', '..', '..', 'seeds', 'entities.yaml');
const entities = buildEntityIndex(combineKnowledgeBases([parseKnowledgeBase(readFileSync(KB_FILE, 'utf8'), KB_FILE)]).knowledgeBase);

interface Blind {
  readonly text: string;
  /** Each expected meeting: its participants' surnames, as the judging compares them. */
  readonly meetings: readonly (readonly string[])[];
}

const BLIND: readonly Blind[] = [
  {
    text: ` date 2024-06-18 NSA Doval meets US counterpart
National Security Adviser Ajit Doval held talks with US National Security Adviser Jake Sullivan in New Delhi on Monday. The two NSAs reviewed the iCET initiative.
`,
    meetings: [['Doval', 'Sullivan']],
  },
  {
    text: ` date 2025-02-13 Readout
Secretary of State Marco Rubio spoke by phone with External Affairs Minister S. Jaishankar today. They discussed the upcoming visit of Prime Minister Modi.
`,
    meetings: [['Rubio', 'Jaishankar']],
  },
  {
    text: ` date 2023-09-09 G20 sidelines
On the sidelines of the G20 Summit in New Delhi, Prime Minister Narendra Modi held bilateral meetings with President Joe Biden and Australian Prime Minister Anthony Albanese on Friday.
`,
    // Written first as one meeting of three; the convention (a list of bilateral meetings: each its own) says two.
    meetings: [
      ['Modi', 'Biden'],
      ['Modi', 'Albanese'],
    ],
  },
  {
    text: ` date 2024-04-02 Canberra
Australian Deputy Prime Minister Richard Marles will host Defence Minister Rajnath Singh in Canberra next week for the annual defence ministers' dialogue.
`,
    meetings: [['Marles', 'Singh']],
  },
  {
    text: ` date 2022-04-12 Washington
EAM S. Jaishankar and Defence Minister Rajnath Singh met Secretary Antony Blinken and Secretary Lloyd Austin for the fourth 2+2 Ministerial Dialogue in Washington on Monday.
`,
    meetings: [['Jaishankar', 'Singh', 'Blinken', 'Austin']],
  },
  {
    text: ` date 2024-07-30 Comment
Defence ties have deepened over the past decade. The Roadmap for Defence Industrial Cooperation guides co-production, and analysts expect more orders next year.
`,
    meetings: [],
  },
  {
    text: ` date 2023-01-31 Washington
Ajit Doval and Jake Sullivan launched the iCET in Washington on Tuesday. Doval also called on Secretary of Defense Lloyd Austin at the Pentagon.
`,
    meetings: [
      ['Doval', 'Sullivan'],
      ['Doval', 'Austin'],
    ],
  },
  {
    text: ` date 2024-11-22 Photo caption
Rajnath Singh and Lloyd Austin pose for a photograph.
`,
    meetings: [],
  },
];

const surname = (name: string) => name.split(/\s+/).at(-1)!.toLowerCase();
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

test('meetings in articles written after the rules: precision and recall', () => {
  let found = 0;
  let right = 0;
  let expected = 0;
  const misses: string[] = [];
  for (const blind of BLIND) {
    const reported = analyzeArticle(blind.text, { now: new Date('2026-01-01'), entities }).meetings.filter((m) => !m.background);
    found += reported.length;
    expected += blind.meetings.length;
    const unmatched = blind.meetings.map((m) => m.map((n) => n.toLowerCase()));
    for (const meeting of reported) {
      const names = meeting.participants.map((p) => surname(p.name));
      const at = unmatched.findIndex((m) => sameSet(m, names));
      if (at >= 0) {
        right++;
        unmatched.splice(at, 1);
      } else misses.push(`reported ${names.join('+')}`);
    }
    for (const m of unmatched) misses.push(`missed ${m.join('+')}`);
  }
  const precision = found ? right / found : 1;
  const recall = expected ? right / expected : 1;
  console.log(`blind meetings: precision ${precision.toFixed(2)} (${right}/${found}), recall ${recall.toFixed(2)} (${right}/${expected})`);
  if (misses.length) console.log(`  ${misses.join('; ')}`);
  assert.ok(precision >= 0.7 && recall >= 0.7, misses.join('; '));
});
