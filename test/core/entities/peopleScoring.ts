// Scores people recognition on the articles of peopleArticles.ts with the bundled knowledge base.
// The unit is one distinct (article, surface form) of a person: a form is found when some mention typed
// `person` (a KB person, or a name the KB does not know that the recogniser took for a person) has
// exactly that text.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle, buildEntityIndex, combineKnowledgeBases, parseKnowledgeBase } from '../../../src/core';
import type { PeopleArticle } from './peopleArticles';

const KB_FILE = join(__dirname, '..', '..', '..', 'seeds', 'entities.yaml');
const entities = buildEntityIndex(combineKnowledgeBases([parseKnowledgeBase(readFileSync(KB_FILE, 'utf8'), KB_FILE)]).knowledgeBase);

export interface PeopleScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** `style: form` of each person missed, and of each form wrongly taken for a person. */
  readonly missed: string[];
  readonly extra: string[];
}

/** The distinct texts of the mentions the analysis types `person`. */
export function peopleFound(text: string): Set<string> {
  const { entities: mentions } = analyzeArticle(text, { entities, now: new Date('2026-01-01') });
  return new Set(mentions.filter((m) => m.type === 'person').map((m) => m.text));
}

export function scorePeople(articles: readonly PeopleArticle[]): PeopleScore {
  const score: PeopleScore = { truePositives: 0, falsePositives: 0, falseNegatives: 0, missed: [], extra: [] };
  for (const { style, text, people } of articles) {
    const found = peopleFound(text);
    const expected = new Set(people);
    for (const form of expected) {
      if (found.has(form)) score.truePositives++;
      else {
        score.falseNegatives++;
        score.missed.push(`${style}: ${form}`);
      }
    }
    for (const form of found) {
      if (expected.has(form)) continue;
      score.falsePositives++;
      score.extra.push(`${style}: ${form}`);
    }
  }
  return score;
}

export const precision = (s: PeopleScore) => s.truePositives / Math.max(1, s.truePositives + s.falsePositives);
export const recall = (s: PeopleScore) => s.truePositives / Math.max(1, s.truePositives + s.falseNegatives);
export const f1 = (s: PeopleScore) => {
  const p = precision(s);
  const r = recall(s);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};

export function formatPeopleScore(name: string, s: PeopleScore): string {
  const lines = [
    `${name}: people precision ${precision(s).toFixed(2)}, recall ${recall(s).toFixed(2)}, F1 ${f1(s).toFixed(2)} (${s.truePositives} found, ${s.falsePositives} wrong, ${s.falseNegatives} missed)`,
  ];
  for (const m of s.missed) lines.push(`  missed  ${m}`);
  for (const e of s.extra) lines.push(`  extra   ${e}`);
  return lines.join('\n');
}
