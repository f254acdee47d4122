// The people an article's meetings are between, as the meeting reader keeps them, and the knowledge
// base's people by surname (to tell who `Minister Singh` or `MINISTER SINGH:` is).

import type { Entity } from '../knowledgeBase/knowledgeBase';
import { COUNTRY_ADJECTIVES, countryOfAdjective } from './countryAdjectives';
import type { Participant } from './findMeetings';

/** A person named in the text: who (`key`: the KB id, or `name:` and the name) and where. */
export interface Person extends Omit<Participant, 'range'> {
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly country?: string;
}

/** A KB person as one of the article's people, written at [start, end). */
export function personOf(entity: Entity, start: number, end: number): Person {
  return { key: entity.id, name: entity.name, id: entity.id, country: entity.country, start, end };
}

/** The last word of a name, in lower case: what `resolveTitled` compares a surname with. */
export const lastWord = (name: string) => name.toLowerCase().split(/\s+/).at(-1);

/** For each knowledge base (its entity list), its people by the last word of their name or of an alias, in KB order. */
const kbSurnames = new WeakMap<readonly Entity[], Map<string | undefined, Entity[]>>();

/**
 * The KB people with a name or alias ending in `surname` (lower case), in KB order. Reading every name
 * of every KB entity for each `Minister Singh` of a transcript cost more than all the rest of
 * `findMeetings` on one: the index is built once per knowledge base (whose lists are never changed).
 */
export function kbPeopleWithSurname(entities: readonly Entity[], surname: string): readonly Entity[] {
  let index = kbSurnames.get(entities);
  if (!index) {
    index = new Map();
    for (const e of entities) {
      if (e.type !== 'person') continue;
      for (const name of [e.name, ...e.aliases]) {
        const key = lastWord(name);
        const list = index.get(key) ?? [];
        if (list.at(-1) !== e) list.push(e); // once per entity, however many of its names end so
        index.set(key, list);
      }
    }
    kbSurnames.set(entities, index);
  }
  return index.get(surname) ?? [];
}

/** An Indian honorific right before a name (`Shri Randhir Jaiswal`, `Smt. Nirmala Sitharaman`). */
const INDIAN_HONORIFIC = /\b(?:Shri|Smt\.?|Shrimati|Sushri|Kumari)\s+$/;
/** A country's adjective opening the title run before a name (`Spanish Foreign Minister`, `Indian Defence Secretary`). */
const DEMONYM_BEFORE = new RegExp(`\\b(${COUNTRY_ADJECTIVES})(?:\\s+(?:[A-Z][\\w.'’-]*|of|for|the|and))*\\s+$`);

/**
 * The country of someone the KB does not know, where the text says it right before their name: an Indian honorific,
 * or a country's adjective before their titles. (What `the Prime Minister` of an article is depends on it.)
 */
export function countryBefore(text: string, start: number): string | undefined {
  const before = text.slice(Math.max(0, start - 80), start);
  if (INDIAN_HONORIFIC.test(before)) return 'India';
  const m = DEMONYM_BEFORE.exec(before);
  return m ? countryOfAdjective(m[1]) : undefined;
}
