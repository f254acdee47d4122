// A country's office standing for its holder: `received the Indonesian President`, `called on the Prime Minister of
// Australia`, `met the US Defence Secretary`. Whoever the article named with that office and country before, else the
// one KB person of that country holding it on the day.

import type { CalendarDate } from '../calendarDate';
import { rolesOn } from '../entities/roles';
import type { Entity } from '../knowledgeBase/knowledgeBase';
import { COUNTRY_ADJECTIVES, countryOfAdjective, titleNamesCountry } from './countryAdjectives';
import type { Person } from './meetingPeople';
import { officeNamed, titleNames } from './officeHolders';

const OFFICES =
  '(?:Vice President|President|Deputy Prime Minister|Prime Minister|Defen[cs]e Minister|Minister of Defen[cs]e|Minister for Defen[cs]e|Foreign Minister|Minister for Foreign Affairs|Minister of Foreign Affairs|External Affairs Minister|Secretary of State|Secretary of Defen[cs]e|Defen[cs]e Secretary|Foreign Secretary|National Security Advis[eo]r)';

/** `the Indonesian President`, `the Prime Minister of Australia` (the country by its adjective, or after `of`). */
export const OFFICE_OF_COUNTRY = new RegExp(
  `\\bthe (?:(${COUNTRY_ADJECTIVES}) (${OFFICES})\\b|(${OFFICES}) of (?:the )?([A-Z][a-z]+(?: [A-Z][a-z]+)?)\\b)`,
  'g',
);

export interface OfficeOfCountry {
  readonly office: string;
  readonly country: string;
  readonly start: number;
  readonly end: number;
}

/** The offices of a country a sentence's text names, in order (offsets in `body`). */
export function officesOfCountry(body: string): OfficeOfCountry[] {
  const found: OfficeOfCountry[] = [];
  OFFICE_OF_COUNTRY.lastIndex = 0;
  for (let m = OFFICE_OF_COUNTRY.exec(body); m !== null; m = OFFICE_OF_COUNTRY.exec(body)) {
    const country = m[1] ? countryOfAdjective(m[1]) : (COUNTRY_NAMES[m[4]] ?? m[4]);
    const office = (m[2] ?? m[3])
      .replace(/^Minister (?:of|for) Defen[cs]e$/, 'Defence Minister')
      .replace(/^Minister (?:of|for) Foreign Affairs$/, 'Foreign Minister');
    // (Not an office that only says whose another is: `Assistant to the Prime Minister of India`, `Office of the President`.)
    if (country && !OFFICE_OF_ANOTHER.test(body.slice(Math.max(0, m.index - 12), m.index)))
      found.push({ office, country, start: m.index, end: m.index + m[0].length });
  }
  return found;
}
const OFFICE_OF_ANOTHER = /\b(?:to|of|for)\s+$/;
/** Countries written otherwise after `of` than the KB's `country:` fields name them. */
const COUNTRY_NAMES: Readonly<Record<string, string>> = { US: 'United States', America: 'United States', Britain: 'United Kingdom' };

/**
 * Who holds the office: the latest of the article's people named before `before` (the last thirty of `named`, in text
 * order) of that country whose titles, written before their name (`Indonesian President Prabowo Subianto`) or in the
 * KB on the day, name the office; else the one KB person of the country holding it on the day.
 */
export function holderOfCountryOffice(
  found: OfficeOfCountry,
  named: readonly Person[],
  before: number,
  text: string,
  entities: readonly Entity[],
  day: CalendarDate | undefined,
): Entity | Person | undefined {
  const office = officeNamed(found.office);
  for (let i = named.length - 1, looked = 0; i >= 0 && looked < NAMED_BEFORE; i--) {
    const person = named[i];
    if (person.end > before) continue;
    looked++;
    if (person.country !== found.country) continue;
    const titles = text
      .slice(Math.max(0, person.start - 60), person.start)
      .toLowerCase()
      .replace('defense', 'defence');
    if (titles.includes(office)) return person;
    const entity = person.id ? entityById(entities, person.id) : undefined;
    if (entity && day && rolesOn(entity, day).some((r) => namesOffice(r.title, office))) return person;
  }
  return day && kbHolder(entities, office, found.country, day);
}
/** How far back the article's people are looked at (a text of megabytes names tens of thousands). */
const NAMED_BEFORE = 30;

/** For each knowledge base: office, country and day → its one holder (or null), asked once. */
const holders = new WeakMap<readonly Entity[], Map<string, Entity | null>>();
function kbHolder(entities: readonly Entity[], office: string, country: string, day: CalendarDate): Entity | undefined {
  let known = holders.get(entities);
  if (!known) holders.set(entities, (known = new Map()));
  const key = `${office}|${country}|${day.year}-${day.month}-${day.day}`;
  let holder = known.get(key);
  if (holder === undefined) {
    const all = entities.filter(
      (e) =>
        e.type === 'person' &&
        rolesOn(e, day).some((r) => namesOffice(r.title, office) && (e.country === country || titleNamesCountry(r.title, country))),
    );
    holder = all.length === 1 ? all[0] : null;
    known.set(key, holder);
  }
  return holder ?? undefined;
}

/** For each knowledge base: its entities by id. */
const byIds = new WeakMap<readonly Entity[], Map<string, Entity>>();
function entityById(entities: readonly Entity[], id: string): Entity | undefined {
  let index = byIds.get(entities);
  if (!index) byIds.set(entities, (index = new Map(entities.map((e) => [e.id, e]))));
  return index.get(id);
}

/**
 * A title of the office, under any of its names (`US Secretary of Defense` for `the US Defence Secretary`), and not of
 * its deputy (`Deputy Prime Minister of Australia` is no `prime minister`).
 */
function namesOffice(title: string, office: string): boolean {
  const lower = title.toLowerCase().replace('defense', 'defence');
  return (SAME_OFFICE[office] ?? [office]).some((name) => {
    if (!titleNames(lower, name)) return false;
    const at = lower.indexOf(name);
    return at < 0 || !/\b(?:deputy|vice|assistant|under|junior|state)\s+$/.test(lower.slice(0, at));
  });
}
const SAME_OFFICE: Readonly<Record<string, readonly string[]>> = {
  'defence minister': ['defence minister', 'minister for defence', 'minister of defence', 'secretary of defence'],
  'defence secretary': ['defence secretary', 'secretary of defence', 'secretary of state for defence'],
  'foreign minister': ['foreign minister', 'minister for foreign affairs', 'minister of foreign affairs', 'external affairs minister'],
};
