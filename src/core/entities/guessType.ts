// The likely type of a name the knowledge base does not know, from the words it is made of.

import type { BuiltInEntityType } from '../knowledgeBase/entityTypes';
import {
  AGREEMENT_WORDS,
  BUILDING_WORDS,
  EVENT_WORDS,
  EXERCISE_WORDS,
  INITIATIVE_WORDS,
  NAME_PARTICLES,
  OPERATION_WORDS,
  ORGANISATION_HEADS,
  PLACE_HEADS,
  PLACE_PREFIXES,
  VESSEL_PREFIXES,
} from './nameLexicon';

export interface TypeEvidence {
  /** The name's words, without titles. */
  readonly words: readonly string[];
  /** A personal title stood before the name (`Mr`, `General`, `Minister`). */
  readonly titled: boolean;
  /** Some word of the name is a known person's given name or surname. */
  readonly sharesPersonName: boolean;
}

export interface TypeGuess {
  readonly type: BuiltInEntityType;
  /** False when nothing in the name pointed at the type (the default guess). */
  readonly evidence: boolean;
}

export function guessType(evidence: TypeEvidence): TypeGuess {
  const type = guessFromWords(evidence);
  return type ? { type, evidence: true } : { type: defaultGuess(evidence.words), evidence: false };
}

function guessFromWords({ words, titled, sharesPersonName }: TypeEvidence): BuiltInEntityType | undefined {
  if (titled) return 'person';
  const first = words[0] ?? '';
  const head = words[words.length - 1] ?? '';
  // `Exercise Yudh Abhyas`, `Operation Sindoor`, `INS Vikrant`: the word before the name says what it is.
  if (EXERCISE_WORDS.has(first) && words.length > 1) return 'exercise';
  if (OPERATION_WORDS.has(first) && words.length > 1) return 'event';
  if (VESSEL_PREFIXES.has(first) && words.length > 1) return 'organisation';
  if (PLACE_PREFIXES.has(first) && words.length > 1 && !HEADS.some(([, heads]) => heads.has(head))) return 'place';
  // The head word says what a name is: the word before `of` or `for` when it is one (`Treaty of
  // the Pacific Ocean`, `Centre for Policy Research`), else the last word (`Express News Service`).
  const beforeOf = wordBeforeOf(words);
  if (beforeOf) for (const [type, heads] of HEADS) if (heads.has(beforeOf)) return type;
  for (const [type, heads] of HEADS) if (heads.has(head)) return type;
  // A programme or a pact may be named with its kind inside: `Maritime Initiative for Training`.
  for (const [type, heads] of HEADS_ANYWHERE) if (words.some((w) => heads.has(w))) return type;
  // `Guest House Jamuna`, `Hotel Taj`: a building named, not a person (the last word was looked at above).
  for (let i = 0; i < words.length - 1; i++) if (BUILDING_WORDS.has(words[i])) return 'place';
  if (sharesPersonName) return 'person';
  return undefined;
}

const HEADS: readonly (readonly [BuiltInEntityType, ReadonlySet<string>])[] = [
  ['organisation', ORGANISATION_HEADS],
  ['agreement', AGREEMENT_WORDS],
  ['initiative', INITIATIVE_WORDS],
  ['event', EVENT_WORDS],
  ['exercise', EXERCISE_WORDS],
  ['place', PLACE_HEADS],
];

const HEADS_ANYWHERE: readonly (readonly [BuiltInEntityType, ReadonlySet<string>])[] = [
  ['agreement', AGREEMENT_WORDS],
  ['initiative', INITIATIVE_WORDS],
  ['exercise', EXERCISE_WORDS],
];

/** The word before the first `of` or `for` of a name, where a head word often stands. */
function wordBeforeOf(words: readonly string[]): string | undefined {
  const at = words.findIndex((w) => w === 'of' || w === 'for');
  return at > 0 ? words[at - 1] : undefined;
}

/** Whether the name's last word, or the word before its `of` or `for`, says what kind of thing it names. */
export function isHeaded(words: readonly string[]): boolean {
  const head = words[words.length - 1] ?? '';
  if (HEADS.some(([, heads]) => heads.has(head))) return true;
  const beforeOf = wordBeforeOf(words);
  return beforeOf !== undefined && HEADS.some(([, heads]) => heads.has(beforeOf));
}

/**
 * Two or three plain capitalised words with no head word are most often a person's name, and so are
 * they with initials, particles and a generational suffix (`Ferdinand R. Marcos Jr.`, `Ursula von der Leyen`).
 */
function defaultGuess(words: readonly string[]): BuiltInEntityType {
  const named = words.filter((w) => !INITIAL.test(w) && !GENERATION.test(w) && !NAME_PARTICLES.has(w));
  // (A hyphenated given name is one word: `Jean-Yves Le Drian`, `Won-sik`; so is a family name with its Arabic
  // article: `al-Sisi`.)
  return named.length >= 1 && named.length <= 3 && named.every((w) => /^(?:\p{Ll}{2,3}-)?\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)?$/u.test(w))
    ? 'person'
    : 'organisation';
}
const INITIAL = /^\p{Lu}\.$/u;
const GENERATION = /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/;
