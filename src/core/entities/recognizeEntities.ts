// Every mention of an entity in an article: names and aliases from the knowledge base, surnames and
// given names of people named earlier, misspellings of known names, and capitalised names the
// knowledge base does not know.

import type { Entity } from '../knowledgeBase/knowledgeBase';
import { type Line, type Range, positionAt, splitLines } from '../textPosition';
import type { EntityIndex } from './entityIndex';
import { nameParts } from './entityIndex';
import { guessType } from './guessType';
import { EVENT_WORDS, AGREEMENT_WORDS, INITIATIVE_WORDS, NAME_JOINERS, ORGANISATION_HEADS, PERSON_TITLES, PLACE_HEADS, SENTENCE_OPENERS, TITLE_WORDS, EXERCISE_WORDS } from './nameLexicon';
import { capitalisedRuns, isHeadlineLike, type Word } from './nameRuns';

export type MentionKind =
  /** The name or an alias as written in the KB. */
  | 'name'
  /** A given name or surname of a person named in full earlier (`Singh`, `Secretary Austin`). */
  | 'short'
  /** One typo away from a KB name. */
  | 'misspelled'
  /** Not in the KB. */
  | 'unknown';

export interface EntityMention {
  readonly start: number;
  readonly end: number;
  readonly range: Range;
  readonly text: string;
  /** The KB entity meant; undefined for unknown names. */
  readonly entity: Entity | undefined;
  /** The entity's type, or for unknown names the guessed one. */
  readonly type: string;
  readonly kind: MentionKind;
  /** For misspellings: the KB spelling the text is closest to. */
  readonly suggestion?: string;
  /** Unknown names in the header's scraper text are listed but not worth a hint. */
  readonly quiet?: boolean;
  /**
   * Names of other entities written inside this one's (`ASEAN` in `11th ASEAN Defence Ministers'
   * Meeting`, `India` and `US` in `India-US Defence Acceleration Ecosystem`). Mentions in the main
   * list never overlap; these are the ones the longest match covered.
   */
  readonly inner?: readonly EntityMention[];
}

export interface RecognitionOptions {
  /** The first line is a date header whose text after the date is scraper residue (bylines, menus). */
  readonly firstLineIsHeader?: boolean;
}

export function recognizeEntities(text: string, index: EntityIndex, options: RecognitionOptions = {}): EntityMention[] {
  const lines = splitLines(text);
  const mentions: EntityMention[] = [];
  /** Name part → who it last stood for in this article (null: an unknown person). */
  const partOwners = new Map<string, Entity | null>();
  const mention = (start: number, end: number, m: Omit<EntityMention, 'start' | 'end' | 'range' | 'text'>): EntityMention => ({
    start,
    end,
    range: { start: positionAt(lines, start), end: positionAt(lines, end) },
    text: text.slice(start, end),
    ...m,
  });
  const remember = (entity: Entity) => {
    if (entity.type !== 'person') return;
    for (const name of [entity.name, ...entity.aliases]) for (const part of nameParts(name)) partOwners.set(part, entity);
  };

  for (const line of lines) {
    if (line.text.length === 0) continue;
    const lineEnd = line.offset + line.text.length;
    const known = index.matcher.findAll(text, line.offset, lineEnd);
    const header = options.firstLineIsHeader === true && line.line === 0;
    const headline = !header && isHeadlineLike(line.text);
    const runs = capitalisedRuns(text, line.offset, lineEnd).flatMap((run) => splitAround(run, known));
    // Known names and runs in reading order, so "earlier in the article" means what it says.
    type Step = { start: number; known?: (typeof known)[number]; run?: Word[] };
    const steps: Step[] = [...known.map((k) => ({ start: k.start, known: k })), ...runs.map((r) => ({ start: r[0].start, run: r }))];
    steps.sort((a, b) => a.start - b.start);
    for (const step of steps) {
      if (step.known) {
        const entity = step.known.pattern.value;
        const inner = index.matcher
          .findInside(text, step.known, (start) => afterPreposition(text, step.known!.start, start))
          .filter((m) => m.pattern.value !== entity)
          .map((m) => mention(m.start, m.end, { entity: m.pattern.value, type: m.pattern.value.type, kind: 'name' }));
        mentions.push(mention(step.known.start, step.known.end, { entity, type: entity.type, kind: 'name', ...(inner.length ? { inner } : {}) }));
        remember(entity);
      } else if (step.run) {
        readRun(step.run, line, header, headline);
      }
    }
  }
  return mentions;

  function readRun(run: Word[], line: Line, header: boolean, headline: boolean): void {
    const words = trimRun(run);
    if (words.length === 0) return;
    // A surname or given name of someone named earlier, possibly after titles.
    for (let i = 0; i < words.length; i++) {
      const owner = partOwners.get(words[i].text);
      if (owner !== undefined && words.slice(0, i).every((w) => TITLE_WORDS.has(w.text))) {
        if (owner) mentions.push(mention(words[i].start, words[i].end, { entity: owner, type: owner.type, kind: 'short' }));
        readRun(words.slice(i + 1), line, header, headline);
        return;
      }
      if (!TITLE_WORDS.has(words[i].text)) break;
    }
    const titles = leadingTitles(words);
    const core = words.slice(titles);
    if (core.length === 0) return;
    const misspelling = findMisspelling(core);
    if (misspelling) {
      const { start, end, entity, suggestion } = misspelling;
      mentions.push(mention(start, end, { entity, type: entity.type, kind: 'misspelled', suggestion }));
      remember(entity);
      return;
    }
    if (headline) return;
    // A name ending in a head word (`National Security Council`) keeps its leading words.
    const head = words[words.length - 1].text;
    const headed = [ORGANISATION_HEADS, PLACE_HEADS, AGREEMENT_WORDS, INITIATIVE_WORDS, EVENT_WORDS, EXERCISE_WORDS].some((s) => s.has(head));
    const name = headed ? words : core;
    const nameWords = name.filter((w) => !NAME_JOINERS.has(w.text));
    if (nameWords.length < 2) return;
    const guess = guessType({
      words: name.map((w) => w.text),
      titled: !headed && words.slice(0, titles).some((w) => PERSON_TITLES.has(w.text)),
      sharesPersonName: nameWords.some((w) => index.personNameParts.has(w.text)),
    });
    // Scraper residue on the header line (`Left Menu`) is only taken for a name with evidence of one.
    if (header && !guess.evidence) return;
    // A run-in heading (`Key Discussion Points:` at the start of a line) is a label, not a name.
    if (isRunInHeading(line, name[0].start, name[name.length - 1].end)) return;
    const type = guess.type;
    const start = name[0].start;
    const end = name[name.length - 1].end;
    mentions.push(mention(start, end, { entity: undefined, type, kind: 'unknown', ...(header ? { quiet: true } : {}) }));
    if (type === 'person') for (const part of nameParts(text.slice(start, end))) partOwners.set(part, null);
  }

  function findMisspelling(core: Word[]): { start: number; end: number; entity: Entity; suggestion: string } | undefined {
    const n = core.length;
    // The whole name first, then shorter windows of it, longest first.
    for (let size = Math.min(n, 4); size >= 1; size--) {
      for (let from = 0; from + size <= n; from++) {
        const window = core.slice(from, from + size);
        if (NAME_JOINERS.has(window[0].text) || NAME_JOINERS.has(window[size - 1].text)) continue;
        if (size === 1 && (TITLE_WORDS.has(window[0].text) || SENTENCE_OPENERS.has(window[0].text))) continue;
        const start = window[0].start;
        const end = window[size - 1].end;
        const hit = index.fuzzy.nearest(text.slice(start, end));
        if (hit) return { start, end, entity: hit.entry.value, suggestion: hit.entry.name };
      }
    }
    return undefined;
  }
}

/**
 * Whether a name inside a longer one stands after a lower-case word of it (`Indo-Pacific` in
 * `Maritime Initiative for Training in the Indo-Pacific`). A name that ends the longer one without
 * such a word is its head, the kind of thing the longer name is an instance of (`ASEAN Defence
 * Ministers' Meeting` in `11th ASEAN Defence Ministers' Meeting`, `X` in `INDUS-X`): not another mention.
 */
function afterPreposition(text: string, outerStart: number, start: number): boolean {
  return /(?:^|[\s\u00a0])\p{Ll}+[\s\u00a0]/u.test(text.slice(outerStart, start));
}

function isRunInHeading(line: Line, start: number, end: number): boolean {
  const before = line.text.slice(0, start - line.offset);
  const after = line.text.slice(end - line.offset);
  return /^[\s\u00a0]*$/.test(before) && /^[\s\u00a0]*:/.test(after);
}

/** Splits a run of capitalised words where a known name stands inside it. */
function splitAround(run: Word[], known: readonly { start: number; end: number }[]): Word[][] {
  const parts: Word[][] = [];
  let current: Word[] = [];
  for (const word of run) {
    if (known.some((k) => k.start < word.end && word.start < k.end)) {
      if (current.length) parts.push(current);
      current = [];
    } else {
      current.push(word);
    }
  }
  if (current.length) parts.push(current);
  return parts;
}

/** Drops sentence openers and joiners from both ends (`The`, `By`, a dangling `of`). */
function trimRun(run: Word[]): Word[] {
  let from = 0;
  let to = run.length;
  const loose = (w: Word) => SENTENCE_OPENERS.has(w.text) || NAME_JOINERS.has(w.text);
  while (from < to && loose(run[from])) from++;
  while (to > from && loose(run[to - 1])) to--;
  return run.slice(from, to);
}

/** How many of the first words are titles (`Defence Minister`, `Secretary of Defense`). */
function leadingTitles(words: readonly Word[]): number {
  let i = 0;
  while (i < words.length - 1 && TITLE_WORDS.has(words[i].text)) i++;
  // Never leave a joiner at the front (`Secretary of` + `Defense`… already counted as titles).
  while (i < words.length && NAME_JOINERS.has(words[i].text)) i++;
  return i;
}
