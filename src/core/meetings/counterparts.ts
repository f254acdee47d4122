// `Marles said after meeting his Indian counterpart in Canberra`: a counterpart named by country alone is the one
// person the knowledge base has of that country holding, on the day, the office the other holds — the Defence
// Minister of India for Australia's Minister for Defence or the US Secretary of Defense, the External Affairs
// Minister for a Secretary of State. Offices are compared as kinds (`officeKind`), since countries title them
// differently; a kind several people of the country hold on the day (or none) names no one.

import type { CalendarDate } from '../calendarDate';
import { rolesOn } from '../entities/roles';
import type { Entity } from '../knowledgeBase/knowledgeBase';
import { countryOfAdjective, titleNamesCountry } from './countryAdjectives';

/** `his Indian counterpart`, `her U.S. counterpart`, `their Australian counterparts`: the country's adjective. */
export const COUNTRY_COUNTERPART = /\b(?:his|her|their) ((?:U\.S\.|US|UK|[A-Z][a-z]+)) counterparts?\b/;

/** The kinds of office a counterpart holds too; deputies, ambassadors and officials of a ministry are none of them. */
const KINDS: readonly (readonly [string, RegExp])[] = [
  ['defence', /\b(?:secretary of (?:defen[cs]e|war)|defen[cs]e minister|minister (?:for|of) (?:national )?defen[cs]e)\b/i],
  ['foreign', /\b(?:secretary of state|external affairs minister|foreign minister|minister (?:for|of) foreign affairs)\b/i],
  ['security', /\bnational security advis[eo]r\b/i],
  ['government', /\bprime minister\b/i],
];
const NOT_A_PRINCIPAL = /\b(?:deputy|vice|assistant|under|ambassador|envoy)\b/i;

export function officeKind(title: string): string | undefined {
  if (NOT_A_PRINCIPAL.test(title)) return undefined;
  for (const [kind, pattern] of KINDS) if (pattern.test(title)) return kind;
  return undefined;
}

/** For each knowledge base (its entity list): person, adjective and day → the counterpart (null: none). */
const answers = new WeakMap<readonly Entity[], Map<string, Entity | null>>();

/**
 * The one KB person of the country `adjective` names who holds on `day` an office of a kind the person with id
 * `personId` holds then (a long article asks again and again: each answer is kept with the knowledge base).
 */
export function counterpartOf(entities: readonly Entity[], personId: string, adjective: string, day: CalendarDate): Entity | undefined {
  let known = answers.get(entities);
  if (!known) answers.set(entities, (known = new Map()));
  const key = `${personId}|${adjective.toLowerCase()}|${day.year}-${day.month}-${day.day}`;
  let answer = known.get(key);
  if (answer === undefined) {
    const person = entities.find((e) => e.id === personId);
    answer = (person && findCounterpart(entities, person, adjective, day)) ?? null;
    known.set(key, answer);
  }
  return answer ?? undefined;
}

function findCounterpart(entities: readonly Entity[], person: Entity, adjective: string, day: CalendarDate): Entity | undefined {
  const country = countryOfAdjective(adjective);
  if (!country) return undefined;
  const kinds = new Set(rolesOn(person, day).map((r) => officeKind(r.title)));
  kinds.delete(undefined);
  if (kinds.size === 0) return undefined;
  let found: Entity | undefined;
  for (const e of entities) {
    if (e === person || e.type !== 'person') continue;
    if (!rolesOn(e, day).some((r) => kinds.has(officeKind(r.title)) && titleNamesCountry(r.title, country))) continue;
    if (found) return undefined;
    found = e;
  }
  return found;
}
