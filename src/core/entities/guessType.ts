// The likely type of a name the knowledge base does not know, from the words it is made of.

import type { BuiltInEntityType } from '../knowledgeBase/entityTypes';
import {
  AGREEMENT_WORDS,
  EVENT_WORDS,
  EXERCISE_WORDS,
  INITIATIVE_WORDS,
  ORGANISATION_HEADS,
  PLACE_HEADS,
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
  const head = words[words.length - 1] ?? '';
  const has = (set: Set<string>) => words.some((w) => set.has(w));
  if (titled) return 'person';
  if (has(EXERCISE_WORDS) && words[0] && EXERCISE_WORDS.has(words[0])) return 'exercise';
  if (has(AGREEMENT_WORDS)) return 'agreement';
  if (EVENT_WORDS.has(head)) return 'event';
  if (has(INITIATIVE_WORDS)) return 'initiative';
  if (ORGANISATION_HEADS.has(head) || (words[0] && ORGANISATION_HEADS.has(words[0]) && words[1] === 'of')) {
    return 'organisation';
  }
  if (PLACE_HEADS.has(head) || (words[0] && PLACE_HEADS.has(words[0]) && words[1] === 'of')) return 'place';
  if (has(EXERCISE_WORDS)) return 'exercise';
  if (sharesPersonName) return 'person';
  return undefined;
}

/** Two or three plain capitalised words with no head word are most often a person's name. */
function defaultGuess(words: readonly string[]): BuiltInEntityType {
  return words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) ? 'person' : 'organisation';
}
