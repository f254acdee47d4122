// Scores entity recognition on the sample articles against the hand-checked gold file
// (test/fixtures/seeds.gold.yaml) with the bundled knowledge base (seeds/entities.yaml).
// Used by goldScore.test.ts (which asserts the targets) and scripts/score-entities.ts (which prints
// the table).
//
// The scoring unit is one distinct (file, category, entity, surface form):
// - categories are the gold's people, organisations and places; a mention counts in the category of
//   its KB type (person, organisation, place; other types are not scored) or, for a name the KB does
//   not know, of its guessed type;
// - the entity of a KB mention is its KB id; a gold entity is resolved to a KB id through its canonical
//   name (with or without a trailing "(qualifier)") or, failing that, through its surface forms; an
//   unknown mention and a gold entity the KB lacks are both "not in the KB", so such a mention is
//   right when its text and guessed category are the gold's;
// - surface forms are compared exactly (case included: `rajnath singh` is its own form), after
//   unifying spaces and apostrophes; the titles the gold sometimes keeps on people
//   (`Defence Minister Singh`) are stripped from gold forms, as the recogniser reports the name alone; adjacent mentions of
//   one entity make one form (`@SecDef Austin`);
// - mentions inside a longer name (`ASEAN` in `11th ASEAN Defence Ministers' Meeting`) count: the
//   gold lists them;
// - misspellings are scored apart: each gold misspelling must be a `misspelled-entity` warning on its
//   line, covering its text, whose preferred fix writes the right name; any other misspelling warning
//   is a false alarm.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  analyzeArticle,
  buildEntityIndex,
  combineKnowledgeBases,
  type EntityIndex,
  type EntityMention,
  parseKnowledgeBase,
} from '../../../src/core';
import { nameKey } from '../../../src/core/entities/nameText';

export const ROOT = join(__dirname, '..', '..', '..');
export const SEEDS = join(ROOT, 'seeds');
export const GOLD_FILE = join(ROOT, 'test', 'fixtures', 'seeds.gold.yaml');
export const BUNDLED_KB = join(SEEDS, 'entities.yaml');

export const CATEGORIES = ['people', 'organisations', 'places'] as const;
export type Category = (typeof CATEGORIES)[number];

const CATEGORY_OF_TYPE: Record<string, Category> = { person: 'people', organisation: 'organisations', place: 'places' };

/** Words the gold keeps in front of some names (`Indian Defense Minister Singh`, `Secretary Austin`). */
const GOLD_TITLE_WORDS = new Set(['Minister', 'Defence', 'Defense', 'Secretary', 'Prime', 'President', 'Indian']);

interface GoldMisspelling {
  readonly text: string;
  /** 1-based. */
  readonly line: number;
  readonly should_be: string;
}

interface GoldFile {
  readonly file: string;
  readonly people?: Record<string, string[]>;
  readonly organisations?: Record<string, string[]>;
  readonly places?: Record<string, string[]>;
  readonly misspellings?: GoldMisspelling[];
}

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface FileScore {
  readonly file: string;
  readonly byCategory: Record<Category, Counts>;
  /** `category: form (entity)` of each gold item not found, and of each found item not in the gold. */
  readonly missed: string[];
  readonly extra: string[];
}

export interface MisspellingScore {
  expected: number;
  found: number;
  readonly falseAlarms: string[];
  readonly missed: string[];
}

export interface GoldScore {
  readonly files: FileScore[];
  readonly byCategory: Record<Category, Counts>;
  readonly overall: Counts;
  readonly misspellings: MisspellingScore;
}

export const precision = (c: Counts) =>
  c.truePositives + c.falsePositives === 0 ? 1 : c.truePositives / (c.truePositives + c.falsePositives);
export const recall = (c: Counts) =>
  c.truePositives + c.falseNegatives === 0 ? 1 : c.truePositives / (c.truePositives + c.falseNegatives);

const NOW = new Date('2026-11-21T12:00:00Z');
const NOT_IN_KB = '?';

export function loadBundledIndex(): EntityIndex {
  const parsed = parseKnowledgeBase(readFileSync(BUNDLED_KB, 'utf8'), BUNDLED_KB);
  return buildEntityIndex(combineKnowledgeBases([parsed]).knowledgeBase);
}

const unify = (form: string) =>
  form
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[’‘]/g, "'")
    .trim();

function stripTitles(form: string): string {
  const words = unify(form).split(' ');
  let i = 0;
  while (i < words.length - 1 && GOLD_TITLE_WORDS.has(words[i])) i++;
  return words.slice(i).join(' ');
}

/** Every mention worth scoring: top-level ones and those inside longer names. */
function allMentions(mentions: readonly EntityMention[]): EntityMention[] {
  return mentions.flatMap((m) => [m, ...allMentions(m.inner ?? [])]);
}

/** Adjacent mentions of one entity (`@SecDef` `Austin`) as one mention-like span. */
function mergeAdjacent(text: string, mentions: readonly EntityMention[]): { text: string; mention: EntityMention }[] {
  const out: { start: number; end: number; mention: EntityMention }[] = [];
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && m.entity && last.mention.entity === m.entity && /^[ \t\u00a0]+$/.test(text.slice(last.end, m.start))) last.end = m.end;
    else out.push({ start: m.start, end: m.end, mention: m });
  }
  return out.map((s) => ({ text: text.slice(s.start, s.end), mention: s.mention }));
}

function emptyCounts(): Counts {
  return { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
}

function add(into: Counts, from: Counts): void {
  into.truePositives += from.truePositives;
  into.falsePositives += from.falsePositives;
  into.falseNegatives += from.falseNegatives;
}

export function scoreSamples(index: EntityIndex = loadBundledIndex()): GoldScore {
  const gold: GoldFile[] = parse(readFileSync(GOLD_FILE, 'utf8')).files;
  const byKey = new Map<string, string>();
  for (const entity of index.knowledgeBase.entities)
    for (const name of [entity.name, ...entity.aliases]) byKey.set(nameKey(name), entity.id);
  const resolve = (canonical: string, forms: readonly string[]): string => {
    const direct = byKey.get(nameKey(canonical)) ?? byKey.get(nameKey(canonical.replace(/\s*\([^)]*\)\s*$/, '')));
    if (direct) return direct;
    const ids = new Set(forms.map((f) => byKey.get(nameKey(f))).filter((id) => id !== undefined));
    return ids.size === 1 ? [...ids][0]! : NOT_IN_KB;
  };

  const files: FileScore[] = [];
  const misspellings: MisspellingScore = { expected: 0, found: 0, falseAlarms: [], missed: [] };
  const seedFiles = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  for (const file of seedFiles) {
    const expected = gold.find((g) => g.file === file);
    if (!expected) throw new Error(`no gold annotation for ${file}`);
    const text = readFileSync(join(SEEDS, file), 'utf8');
    const analysis = analyzeArticle(text, { now: NOW, entities: index });

    const goldItems = new Set<string>();
    for (const category of CATEGORIES) {
      for (const [canonical, forms] of Object.entries(expected[category] ?? {})) {
        const id = resolve(canonical, forms);
        for (const form of forms) goldItems.add(`${category}: ${category === 'people' ? stripTitles(form) : unify(form)} (${id})`);
      }
    }
    const found = new Set<string>();
    const scored = allMentions(analysis.entities).filter((m) => m.kind !== 'misspelled');
    for (const { text: form, mention } of mergeAdjacent(text, scored)) {
      const category = CATEGORY_OF_TYPE[mention.type];
      if (category) found.add(`${category}: ${unify(form)} (${mention.entity?.id ?? NOT_IN_KB})`);
    }
    const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, emptyCounts()])) as Record<Category, Counts>;
    const missed = [...goldItems].filter((item) => !found.has(item));
    const extra = [...found].filter((item) => !goldItems.has(item));
    const categoryOf = (item: string) => item.slice(0, item.indexOf(':')) as Category;
    for (const item of goldItems) byCategory[categoryOf(item)][found.has(item) ? 'truePositives' : 'falseNegatives']++;
    for (const item of extra) byCategory[categoryOf(item)].falsePositives++;
    files.push({ file, byCategory, missed, extra });

    const warnings = analysis.problems.filter((p) => p.code === 'misspelled-entity');
    const lines = text.split(/\r\n|\r|\n/);
    const matched = new Set<unknown>();
    for (const m of expected.misspellings ?? []) {
      misspellings.expected++;
      const warning = warnings.find(
        (w) =>
          w.range.start.line === m.line - 1 &&
          lines[m.line - 1].slice(w.range.start.character, w.range.end.character) === m.text &&
          w.fixes.find((f) => f.preferred)?.edits[0]?.newText === m.should_be,
      );
      if (warning) {
        misspellings.found++;
        matched.add(warning);
      } else {
        misspellings.missed.push(`${file}:${m.line}: ${m.text} → ${m.should_be}`);
      }
    }
    for (const w of warnings) if (!matched.has(w)) misspellings.falseAlarms.push(`${file}:${w.range.start.line + 1}: ${w.message}`);
  }

  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, emptyCounts()])) as Record<Category, Counts>;
  const overall = emptyCounts();
  for (const f of files) {
    for (const c of CATEGORIES) {
      add(byCategory[c], f.byCategory[c]);
      add(overall, f.byCategory[c]);
    }
  }
  return { files, byCategory, overall, misspellings };
}

/** The figures as a fixed-width table: one row per file and category, then the totals. */
export function formatScore(score: GoldScore): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
  const row = (label: string, c: Counts) =>
    `${label.padEnd(44)}${String(c.truePositives).padStart(4)}${String(c.falsePositives).padStart(4)}${String(c.falseNegatives).padStart(4)}${pct(precision(c))}${pct(recall(c))}`;
  const out = [`${'file / category'.padEnd(44)}  TP  FP  FN   prec  recall`];
  for (const f of score.files) {
    const total = emptyCounts();
    for (const c of CATEGORIES) add(total, f.byCategory[c]);
    out.push(row(f.file, total));
    for (const c of CATEGORIES) out.push(row(`  ${c}`, f.byCategory[c]));
  }
  for (const c of CATEGORIES) out.push(row(`all files: ${c}`, score.byCategory[c]));
  out.push(row('all files, all categories', score.overall));
  const m = score.misspellings;
  out.push(`misspellings: ${m.found} of ${m.expected} found with the right fix, ${m.falseAlarms.length} false alarms`);
  const notes = score.files.flatMap((f) => [
    ...f.missed.map((x) => `  missed ${f.file} ${x}`),
    ...f.extra.map((x) => `  extra  ${f.file} ${x}`),
  ]);
  if (notes.length) out.push('differences:', ...notes);
  for (const x of [...m.missed.map((x) => `  missed misspelling ${x}`), ...m.falseAlarms.map((x) => `  false alarm ${x}`)]) out.push(x);
  return out.join('\n');
}
